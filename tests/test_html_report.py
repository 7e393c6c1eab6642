"""``reconcile report --format html``: one self-contained page, every article text escaped,
conflicts first, figures highlighted, a timeline per quantity (the browser test drives it)."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.models import Article, Claim, Period
from reconcile.models import Finding, Group, Membership, Reconciliation, Report, Verdict
from reconcile_cli.main import main
from reports.html import ordered, period_words, render_html, split_sentence
from reports.timeline import timeline

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HOSTILE, LINKED = str(FIXTURES / "hostile.md"), str(FIXTURES / "linked.md")


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside ``<mark>``."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marked: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marked.append(data)


def page(*paths: str) -> str:
    result = CliRunner().invoke(main, ["report", *paths, "--format", "html"])
    assert result.exit_code == 0, result.output
    return result.stdout


def parsed(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def test_article_text_is_escaped_everywhere() -> None:
    html = page(HOSTILE, LINKED)
    tags = parsed(html)
    assert [t for t, _ in tags.tags].count("script") == 1  # the page's own filter script
    assert not [t for t, _ in tags.tags if t in ("img", "b")]
    handlers = [(t, a) for t, attrs in tags.tags for a in attrs if a.startswith("on")]
    assert handlers == []
    assert "<script>alert" not in html
    assert '"onerror=' not in html
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in html
    assert "&#34;onerror=alert(1) &lt;img src=x onerror=alert(2)&gt;" in html
    hrefs = [a.get("href") or "" for t, a in tags.tags if t == "a"]
    assert not [h for h in hrefs if h.lower().startswith("javascript")]


def test_page_is_self_contained() -> None:
    tags = parsed(page(HOSTILE, LINKED))
    for tag, attrs in tags.tags:
        assert "src" not in attrs or tag != "script", "no external script"
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), "no external style"
    hrefs = {a.get("href") for t, a in tags.tags if t == "a"}
    external = {h for h in hrefs if h and not h.startswith("#")}
    assert external == {"https://example.org/deepfakes?a=1&b=2"}  # the article's own URL


def test_conflict_first_with_highlighted_figures_and_links() -> None:
    html = page(LINKED, HOSTILE)
    tags = parsed(html)
    findings = [a for t, a in tags.tags if t == "article" and "finding" in (a.get("class") or "")]
    # the as-of series of complaints is one growth finding (consistent), not a period_mismatch
    assert [f["data-verdict"] for f in findings] == ["conflict", "consistent"]
    assert {"410", "178", "140", "305", "466"} <= set(tags.marked)
    anchors = {a["id"] for t, a in tags.tags if t == "span" and a.get("id")}
    wheres = [a["href"][1:] for t, a in tags.tags if t == "a" and "where" in (a.get("class") or "")]
    assert wheres and set(wheres) <= anchors  # every article:line link lands on its line
    assert "tests/fixtures/html/linked.md:10" in html


def test_timeline_draws_the_cumulative_series_as_rising_points() -> None:
    tags = parsed(page(LINKED, HOSTILE))
    circles = [a for t, a in tags.tags if t == "circle"]
    heights = sorted(float(c["cy"]) for c in circles)
    assert len(circles) == 3
    xs = [float(c["cx"]) for c in sorted(circles, key=lambda c: float(c["cx"]))]
    ys = [float(c["cy"]) for c in sorted(circles, key=lambda c: float(c["cx"]))]
    assert xs == sorted(xs) and ys == sorted(ys, reverse=True) and heights  # later is higher
    assert [t for t, _ in tags.tags].count("polyline") == 1  # the as-of figures joined
    bars = [a for t, a in tags.tags if t == "rect"]
    assert len(bars) == 2  # the two January-July figures are bars


def _claim(n: int, start: date | None, end: date | None, value: float = 10.0) -> Claim:
    return Claim(id=f"a#{n}", article="a", line=1, start=0, end=2, sentence="10 x", surface="10",
                 value=value, period=Period(start=start, end=end))


def test_timeline_shapes() -> None:
    claims = [
        _claim(1, date(2024, 1, 1), date(2024, 6, 30)),
        _claim(2, None, date(2024, 3, 31), 20),
        _claim(3, date(2024, 2, 1), None, 30),
        _claim(4, None, None),
    ]
    chart = timeline(claims, {"a#1": "conflict"})
    by_id = {m.claim_id: m for m in chart.marks}
    assert not by_id["a#1"].is_point and by_id["a#1"].verdict == "conflict"
    assert by_id["a#2"].is_point and by_id["a#2"].verdict == ""
    assert by_id["a#3"].open_end and by_id["a#3"].x2 == chart.right
    assert chart.undated == 1
    assert by_id["a#3"].y < by_id["a#2"].y < by_id["a#1"].y  # higher values drawn higher


def test_findings_ordered_by_verdict_then_confidence() -> None:
    def finding(i: str, verdict: Verdict, confidence: float | None = None) -> Finding:
        f = Finding(id=i, verdict=verdict, claim_ids=[], explanation="")
        if confidence is not None:
            object.__setattr__(f, "__dict__", {**f.__dict__, "confidence": confidence})
        return f

    found = [finding("c1", Verdict.consistent), finding("x1", Verdict.conflict, 0.4),
             finding("p1", Verdict.period_mismatch), finding("x2", Verdict.conflict, 0.9)]
    assert [f.id for f in ordered(found)] == ["x2", "x1", "p1", "c1"]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Intro. Puis 12 cas et 12 morts.", 22, ("Puis 12 cas et ", "12", " morts.")),
        ("Puis 12 cas et 12 morts.", 5, ("Puis ", "12", " cas et 12 morts.")),
    ],
)
def test_the_claims_own_figure_is_highlighted(text: str, start: int,
                                              expected: tuple[str, str, str]) -> None:
    sentence = text[text.index("Puis"):]
    claim = Claim(id="a#1", article="a", line=1, start=start, end=start + 2, sentence=sentence,
                  surface="12", value=12)
    assert split_sentence(claim, text) == expected


def test_empty_report_renders() -> None:
    report = Report(articles=[Article(id="a", text="rien")], claims=[],
                    reconciliation=Reconciliation(groups=[], findings=[]))
    assert "No findings." in render_html(report)


def test_group_without_dates_has_no_chart() -> None:
    claim = _claim(1, None, None)
    group = Group(id="g1", label="x", kind="count", members=[Membership(claim_id="a#1", score=1)])
    finding = Finding(id="g1-f1", verdict=Verdict.consistent, group_id="g1", claim_ids=["a#1"],
                      explanation="same")
    report = Report(articles=[Article(id="a", text="10 x")], claims=[claim],
                    reconciliation=Reconciliation(groups=[group], findings=[finding]))
    html = render_html(report)
    assert "<svg" not in html and "1 figure with no period or value" in html


def test_findings_past_the_first_travel_as_data_the_script_writes_as_text() -> None:
    import base64
    import gzip
    import json
    import re

    import claims
    import reconcile

    articles = claims.load([HOSTILE, LINKED])
    result = reconcile.reconcile(claims.extract_all(articles), articles=articles)
    html = render_html(result, static_findings=0)
    assert '<article class="finding' not in html  # none drawn as HTML
    blob = re.search(r'id="more-data" data-count="(\d+)">([^<]*)</script>', html)
    assert blob is not None and int(blob.group(1)) == len(result.findings)
    data = json.loads(gzip.decompress(base64.b64decode(blob.group(2))))
    assert [row[0] for row in data["findings"]] == [f.id for f in ordered(result.findings)]
    assert any("<img src=x onerror=alert(2)>" in "".join(c[:3]) for c in data["claims"].values())
    script = (Path(__file__).parent.parent / "reports/templates/report.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script


@pytest.mark.parametrize(
    ("start", "end", "kind", "words"),
    [
        (None, date(2024, 3, 31), "as_of", "as of 2024-03-31"),
        (date(2024, 3, 14), date(2024, 3, 14), "day", "on 2024-03-14"),
        (date(2024, 1, 1), date(2024, 7, 31), "interval", "2024-01-01 to 2024-07-31"),
        (date(2024, 1, 1), date(2024, 9, 2), "to_date", "2024-01-01 to 2024-09-02, still running"),
        (date(2020, 1, 1), None, "interval", "since 2020-01-01"),
    ],
)
def test_periods_read_as_words(start: date | None, end: date | None, kind: str,
                               words: str) -> None:
    claim = _claim(1, start, end)
    claim = claim.model_copy(update={"period": claim.period.model_copy(update={"kind": kind})})
    assert period_words(claim) == words
