"""How the HTML report scales in a real browser: run by hand, prints figures.

    python bench/html.py [--articles 1000] [--keep DIR]

Writes the seeds plus ARTICLES synthetic articles (bench/gate.py's generator: French and
English, figures with periods, places and sources) to a temporary folder, renders
``reconcile report --format html`` of them, then opens the page in headless Chromium (Debian's
package, through Playwright, as the browser test does) and prints: the page's size (target:
under 10 MB), the time from navigation to the load event with the filter script run (target:
under 3 s), the time of a verdict filter and of a text filter over every finding, and the
number of findings and timelines on the page.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from gate import article  # noqa: E402  (bench/gate.py: the synthetic article generator)

from tests import browser  # noqa: E402

SIZE_TARGET_MB = 10
OPEN_TARGET_S = 3.0


def build(root: Path, count: int) -> Path:
    import random

    corpus = root / "articles"
    shutil.copytree(ROOT / "seeds", corpus / "seeds")
    rng = random.Random(13)
    for n in range(count):
        path = corpus / "synthetic" / f"{n:05}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, n), encoding="utf-8")
    return corpus


def render(corpus: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reconcile_cli", "report", str(corpus), "--format", "html",
         "-o", str(out)], check=True, cwd=ROOT,
    )
    return time.perf_counter() - start


def measure(page_path: Path) -> dict[str, object]:
    with browser.chromium() as chromium:
        page = chromium.new_page(viewport={"width": 1200, "height": 900})
        start = time.perf_counter()
        page.goto(page_path.as_uri(), wait_until="load")
        page.wait_for_function("document.documentElement.dataset.ready === 'true'")
        opened = time.perf_counter() - start  # every finding searchable, the first drawn
        timing = page.evaluate(
            "() => { const t = performance.getEntriesByType('navigation')[0];"
            " return {load: t.loadEventEnd, dom: t.domContentLoadedEventEnd}; }"
        )
        findings = page.evaluate("() => document.getElementById('filter-count').textContent")
        charts = page.locator("svg.timeline").count()
        start = time.perf_counter()
        page.locator("input[name=verdict][value=consistent]").uncheck()
        verdict_filter = time.perf_counter() - start
        start = time.perf_counter()
        page.fill("#text-filter", "suspects")
        page.wait_for_timeout(150)  # the filter runs 120 ms after typing stops
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        text_filter = time.perf_counter() - start - 0.15
        return {"wall": opened, "load": timing["load"] / 1000, "dom": timing["dom"] / 1000,
                "findings": findings, "charts": charts, "verdict_filter": verdict_filter,
                "text_filter": max(text_filter, 0.0)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    opts = parser.parse_args()
    if (why := browser.missing()) is not None:
        print(f"no browser: {why}", file=sys.stderr)
        return 2
    root = opts.keep or Path(tempfile.mkdtemp(prefix="reconcile-html-"))
    try:
        corpus = build(root, opts.articles)
        out = root / "report.html"
        rendered = render(corpus, out)
        size_mb = out.stat().st_size / 1e6
        figures = measure(out)
    finally:
        if opts.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(f"seeds + {opts.articles} synthetic articles: {figures['findings']}, "
          f"{figures['charts']:.0f} timelines")
    print(f"report --format html: {rendered:.1f} s (extraction, grouping and rendering)")
    print(f"page size: {size_mb:.2f} MB (target < {SIZE_TARGET_MB} MB)")
    print(f"open in headless Chromium: {figures['wall']:.2f} s until every finding is "
          f"searchable (target < {OPEN_TARGET_S} s); DOM ready at {figures['dom']:.2f} s, "
          f"load event at {figures['load']:.2f} s")
    print(f"verdict filter: {figures['verdict_filter'] * 1000:.0f} ms; "
          f"text filter: {figures['text_filter'] * 1000:.0f} ms")
    ok = size_mb < SIZE_TARGET_MB and figures["wall"] < OPEN_TARGET_S
    print("within targets" if ok else "OUTSIDE TARGETS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
