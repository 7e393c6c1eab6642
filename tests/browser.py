"""A real headless Chromium for the HTML report: Debian's ``chromium`` driven by Playwright.

Shared by the browser test, ``bench/html.py`` and the README's screenshot, which this module
makes::

    .venv/bin/python -m tests.browser docs/report-html.png

Playwright drives the system browser (``/usr/bin/chromium``, or ``$CHROMIUM``): nothing is
downloaded. ``.ci/run`` installs the package.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")


def find_browser() -> str | None:
    """The Chromium binary to drive, or None."""
    for name in (os.environ.get("CHROMIUM", ""), *CANDIDATES):
        found = shutil.which(name) if name else None
        if found:
            return found
    return None


def missing() -> str | None:
    """Why no browser can run here, or None when one can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if find_browser() is None:
        return "no Chromium found (apt-get install chromium, or set CHROMIUM)"
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser (Playwright's ``Browser``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_browser(), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def screenshot(html: Path, out: Path, *, width: int = 1200, height: int = 1500) -> Path:
    """The top of the page, as a reader first sees it, in ``out``; and the first timeline that
    joins a cumulative series beside it (``-timeline`` added to the name)."""
    timeline = out.with_name(f"{out.stem}-timeline{out.suffix}")
    with chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(html.resolve().as_uri())
        page.screenshot(path=str(out))
        page.evaluate("() => { document.getElementById('filters').style.position = 'static'; }")
        block = page.locator(".quantity-block:has(polyline)").first
        block.scroll_into_view_if_needed()  # drawn only once on screen (content-visibility)
        page.wait_for_timeout(300)
        block.screenshot(path=str(timeline))
    return timeline


def report_page(out: Path, *paths: str) -> Path:
    """``reconcile report PATHS --format html --output OUT`` through the CLI."""
    from click.testing import CliRunner

    from reconcile_cli.main import main

    result = CliRunner().invoke(main, ["report", *paths, "--format", "html", "-o", str(out)])
    if result.exit_code != 0:
        raise RuntimeError(result.output)
    return out


README_INPUTS = ("seeds", "tests/fixtures/html/linked.md", "tests/fixtures/report/police_en.md")


def main(argv: list[str]) -> int:
    """Make the README's screenshot: the seeds with two small articles that add a conflict and
    a cumulative series."""
    if (why := missing()) is not None:
        print(f"cannot take a screenshot: {why}", file=sys.stderr)
        return 2
    target = Path(argv[0] if argv else ROOT / "docs" / "report-html.png")
    os.chdir(ROOT)
    html = report_page(target.with_suffix(".html"), *README_INPUTS)
    try:
        timeline = screenshot(html, target)
    finally:
        html.unlink()
    print(f"wrote {target} and {timeline}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
