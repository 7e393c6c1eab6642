"""The HTML report in a real headless Chromium (Debian's package, driven by Playwright):
findings and highlighted figures are there, filters work without a server, nothing is fetched,
no script from an article runs. Skips only when no browser can be found, and never in CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import claims
import reconcile
from reconcile_cli.main import main
from reports.html import render_html
from tests import browser

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [str(ROOT / "seeds"), str(ROOT / "tests/fixtures/html/linked.md"),
          str(ROOT / "tests/fixtures/html/hostile.md")]

why = browser.missing()
if why is not None and os.environ.get("CI"):
    raise RuntimeError(f"CI must run the browser test: {why}")
pytestmark = pytest.mark.skipif(why is not None, reason=why or "")


@pytest.fixture(scope="module", params=["all drawn", "drawn by the script"])
def report(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The page as the CLI writes it (every finding of this small input drawn as HTML), and
    with all but the first finding left to the page's script, as for large inputs."""
    out = tmp_path_factory.mktemp("html") / "report.html"
    browser.report_page(out, *INPUTS)
    if request.param == "drawn by the script":
        articles = claims.load(INPUTS)
        result = reconcile.reconcile(claims.extract_all(articles), articles=articles)
        out.write_text(render_html(result, static_findings=1), encoding="utf-8")
    data = json.loads(CliRunner().invoke(main, ["report", *INPUTS, "--format", "json"]).stdout)
    return out, data


def visible_verdicts(page) -> list[str]:
    return page.eval_on_selector_all(
        ".finding:not([hidden])", "els => els.map(e => e.dataset.verdict)"
    )


def test_report_in_chromium(report: tuple[Path, dict], tmp_path: Path) -> None:
    html, data = report
    with browser.chromium() as chromium:
        page = chromium.new_page(viewport={"width": 1200, "height": 1400})
        dialogs: list[str] = []
        errors: list[str] = []
        requests: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(html.as_uri())
        page.wait_for_function("document.documentElement.dataset.ready === 'true'")

        findings = data["findings"]
        assert page.locator(".finding").count() == len(findings)
        assert visible_verdicts(page)[0] == "conflict"
        marked = page.eval_on_selector_all(".finding mark", "els => els.map(e => e.textContent)")
        assert {"410", "178", "140", "305", "466"} <= set(marked)
        assert page.locator("#quantities svg.timeline").count() >= 3
        assert page.locator("#filter-count").text_content() == (
            f"{len(findings)} of {len(findings)} findings"
        )

        for box in page.locator("input[name=verdict]").all():  # conflicts only
            if box.get_attribute("value") != "conflict":
                box.uncheck()
        conflicts = [f for f in findings if f["verdict"] == "conflict"]
        assert visible_verdicts(page) == ["conflict"] * len(conflicts)
        page.locator("input[name=verdict]").first.uncheck()
        assert visible_verdicts(page) == []
        for box in page.locator("input[name=verdict]").all():
            box.check()

        page.fill("#text-filter", "plaintes")
        page.wait_for_timeout(400)  # the text filter waits for typing to pause
        shown = page.eval_on_selector_all(".finding:not([hidden])", "els => els.map(e => e.id)")
        expected = [f["id"] for f in findings if "plaintes" in f["quantity"] + f["explanation"]]
        assert shown and set(expected) <= set(shown)
        assert len(shown) < len(findings)
        page.fill("#text-filter", "")
        page.wait_for_timeout(400)

        number = page.eval_on_selector(
            "#article-filter", "s => [...s.options].find(o => o.text.includes('bilan de juillet'))"
                               ".value")
        page.select_option("#article-filter", number)
        shown = page.eval_on_selector_all(".finding:not([hidden])", "els => els.map(e => e.id)")
        linked = [f["id"] for f in findings
                  if any(c.startswith(INPUTS[1]) or "linked.md" in c for c in f["claim_ids"])]
        assert sorted(shown) == sorted(linked)

        where = page.locator(".finding:not([hidden]) a.where").first
        where.click()
        target = page.locator(where.get_attribute("href"))
        assert target.is_visible()  # the article opened at its line

        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        assert (tmp_path / "report.png").stat().st_size > 10_000
        assert dialogs == [] and errors == []
        assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
