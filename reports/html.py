"""A self-contained HTML report for fact-checkers: one file to read, share and link to.

Conflicts come first (most confident first, when findings carry a confidence), then the other
verdicts by severity. Each finding shows its explanation and its claims' source sentences with
the figure highlighted, linking to the article's line (the article's text is in the page) and to
its URL when known. Each quantity gets a timeline (``reports.timeline``). Filters by verdict,
article and text run in the page itself: no server, no CDN, nothing fetched.

Every text from an article goes through Jinja2's autoescape; nothing is marked safe but the
page's own style and script.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, TextIO

from claims.models import Article, Claim, Period
from reconcile.models import SEVERITY, Finding, Group, Report, Verdict
from reports import register
from reports.timeline import Timeline, timeline

# Verdicts in the order the page lists them (most severe first), with their labels.
ORDER: tuple[Verdict, ...] = (
    Verdict.conflict, Verdict.minor_discrepancy, Verdict.period_mismatch, Verdict.change,
    Verdict.consistent,
)
LABELS: dict[str, str] = {
    "conflict": "conflict", "minor_discrepancy": "minor discrepancy",
    "period_mismatch": "period mismatch", "change": "change", "consistent": "consistent",
}


@dataclass(frozen=True)
class Source:
    """A claim as a finding shows it: the sentence cut around the figure."""

    claim: Claim
    before: str
    figure: str
    after: str
    period: str
    frame: str  # "source: la police · place: Lyon": the frame slots the sentence gave
    where: str
    anchor: str
    url: str | None
    outlet: str | None
    published: date | None


@dataclass
class FindingView:
    finding: Finding
    label: str
    confidence: float | None
    sources: list[Source]
    articles: str  # article numbers, space separated, for the article filter
    group_anchor: str | None


@dataclass
class QuantityView:
    group: Group
    anchor: str
    verdicts: str  # verdicts of its findings, space separated, for the verdict filter
    articles: str
    chart: Timeline
    sources: list[Source]


@dataclass
class ArticleView:
    article: Article
    number: int
    anchor: str
    chunks: list[tuple[int | None, str]] = field(default_factory=list)

    @property
    def url(self) -> str | None:
        return _safe_url(self.article.url)


def confidence_of(finding: Finding) -> float | None:
    value = getattr(finding, "confidence", None)
    return float(value) if isinstance(value, int | float) else None


def ordered(findings: list[Finding]) -> list[Finding]:
    """Conflicts first, then by verdict severity; within a verdict, most confident first (when
    findings carry a confidence), then by id, so the page is stable."""
    rank = {v: i for i, v in enumerate(ORDER)}

    def key(f: Finding) -> tuple[int, float, str]:
        confidence = confidence_of(f)
        return rank[f.verdict], -(confidence if confidence is not None else 0.0), f.id

    return sorted(findings, key=key)


FRAME_SLOTS = ("source", "place", "event", "whole", "entity")


def period_words(claim: Claim) -> str:
    """The period as a reader says it: "as of 2024-03-31", "on 2024-03-14", "2024-01-01 to
    2024-07-31", "2024-01-01 to 2024-09-02, still running", with the kind the extractor read."""
    p = claim.period
    if p is None:
        return "no period"
    if p.start is None and p.end is None:
        return "period unresolved"
    return _span_words(p)


def _span_words(p: Period) -> str:
    """A period with a start or an end, in words."""
    kind = str(getattr(p, "kind", "") or "")
    start, end = (d.isoformat() if d else "" for d in (p.start, p.end))
    if p.start is None or kind == "as_of":
        return f"as of {end}"
    if p.end is None:
        return f"since {start}"
    if start == end:
        return f"on {start}"
    words = f"{start} to {end}"
    return {"to_date": f"{words}, still running", "rate": f"{words} (rate)"}.get(kind, words)


def frame_words(claim: Claim) -> str:
    """The frame slots a claim carries (who says it, where, what happened...), in words."""
    slots = [(name, getattr(claim, name, None) or "") for name in FRAME_SLOTS]
    if not slots[0][1] and claim.actor:
        slots[0] = ("source", claim.actor)
    return " · ".join(f"{name}: {text}" for name, text in slots if text)


def split_sentence(claim: Claim, text: str | None) -> tuple[str, str, str]:
    """The claim's sentence as (before, figure, after), cut at the claim's own offsets when the
    sentence can be found in the article's text, else at the figure's first occurrence."""
    sentence, surface = claim.sentence, claim.surface
    if text is not None:
        begin = text.rfind(sentence, 0, claim.start + len(sentence))
        if begin >= 0 and begin <= claim.start and claim.end <= begin + len(sentence):
            a, b = claim.start - begin, claim.end - begin
            return sentence[:a], sentence[a:b], sentence[b:]
    at = sentence.find(surface)
    if at < 0:
        return sentence, "", ""
    return sentence[:at], surface, sentence[at + len(surface):]


# Findings drawn as HTML by the page itself; the others travel as compressed data that the
# page's script draws on demand (filters search them all). A page of every finding as HTML
# grew past 40 MB for a thousand articles with thousands of findings; the first ones, the
# conflicts, are what a reader reads first, and what a page without script still shows.
STATIC_FINDINGS = 300


def _article_views(report: Report) -> list[ArticleView]:
    """The articles in order, numbered, each cut into chunks around the lines its claims cite."""
    cited: dict[str, set[int]] = defaultdict(set)
    for claim in report.claims:
        cited[claim.article].add(claim.line)
    return [
        ArticleView(a, n, f"a{n}", _chunks(a, cited.get(a.id, set())))
        for n, a in enumerate(report.articles, start=1)
    ]


def _worst_verdicts(findings: Sequence[Finding]) -> dict[str, str]:
    """The most severe verdict that names each claim."""
    worst: dict[str, str] = {}
    for f in sorted(findings, key=lambda f: SEVERITY[f.verdict]):
        for claim_id in f.claim_ids:
            worst[claim_id] = f.verdict.value
    return worst


class Page:
    """What the template reads, built once from a report."""

    def __init__(self, report: Report, static_findings: int = STATIC_FINDINGS) -> None:
        self.report = report
        self.articles = _article_views(report)
        self.by_article = {v.article.id: v for v in self.articles}
        self.by_claim = {c.id: c for c in report.claims}
        self._sources: dict[str, Source | None] = {}
        shown = report.shown()
        self.worst = _worst_verdicts(report.reconciliation.findings)
        self._verdicts_of: dict[str | None, set[str]] = defaultdict(set)
        for f in shown:
            self._verdicts_of[f.group_id].add(f.verdict.value)
        self.quantities = self._quantities(report.reconciliation.groups)
        self.anchors = {q.group.id: q.anchor for q in self.quantities}
        in_order = ordered(shown)
        self.total = len(in_order)
        self.findings = [self._finding(f, self.anchors.get(f.group_id or ""))
                         for f in in_order[:static_findings]]
        self.more = in_order[static_findings:]
        counts = report.verdict_counts()
        self.verdicts = [(v.value, LABELS[v.value], counts.get(v.value, 0)) for v in ORDER]
        self.shown_counts = defaultdict(int)
        for f in shown:
            self.shown_counts[f.verdict.value] += 1

    def _quantities(self, groups: Sequence[Group]) -> list[QuantityView]:
        """The groups with a finding shown, numbered in the report's order, the most severe
        first."""
        quantities = [
            self._quantity(g, n) for n, g in enumerate(groups, start=1)
            if g.id in self._verdicts_of
        ]
        return sorted(quantities, key=lambda q: (_rank(q.verdicts), q.anchor))

    def source(self, claim_id: str) -> Source | None:
        if claim_id not in self._sources:
            self._sources[claim_id] = self._source(claim_id)
        return self._sources[claim_id]

    def _source(self, claim_id: str) -> Source | None:
        claim = self.by_claim.get(claim_id)
        if claim is None:
            return None
        view = self.by_article.get(claim.article)
        article = view.article if view else None
        before, figure, after = split_sentence(claim, article.text if article else None)
        return Source(
            claim=claim, before=before, figure=figure, after=after,
            period=period_words(claim), frame=frame_words(claim),
            where=f"{claim.article}:{claim.line}",
            anchor=f"{view.anchor}-L{claim.line}" if view else "",
            url=_safe_url(article.url) if article else None,
            outlet=article.outlet if article else None,
            published=article.published if article else None,
        )

    def _article_numbers(self, claim_ids: list[str]) -> str:
        numbers = {
            self.by_article[c.article].number
            for c in (self.by_claim.get(i) for i in claim_ids)
            if c is not None and c.article in self.by_article
        }
        return " ".join(str(n) for n in sorted(numbers))

    def _finding(self, finding: Finding, group_anchor: str | None) -> FindingView:
        sources = [s for s in map(self.source, finding.claim_ids) if s is not None]
        return FindingView(finding, LABELS[finding.verdict.value], confidence_of(finding),
                           sources, self._article_numbers(finding.claim_ids), group_anchor)

    def _quantity(self, group: Group, number: int) -> QuantityView:
        members = [self.by_claim[i] for i in group.claim_ids if i in self.by_claim]
        verdicts = self._verdicts_of.get(group.id, set())
        return QuantityView(
            group=group, anchor=f"q{number}",
            verdicts=" ".join(v.value for v in ORDER if v.value in verdicts),
            articles=self._article_numbers(group.claim_ids),
            chart=timeline(members, self.worst),
            sources=[s for s in map(self.source, group.claim_ids) if s is not None],
        )


    def more_data(self) -> str:
        """The findings not drawn as HTML, for the page's script: JSON, gzip, base64 (no
        character of it can end a ``<script>`` element). Each finding is ``[id, verdict,
        label, detail, quantity, confidence, explanation, claim ids, article numbers, timeline
        anchor]``; each claim ``[before, figure, after, period, where, line anchor, url,
        outlet, published, frame]``. The script writes every text with ``textContent``."""
        if not self.more:
            return ""
        claims: dict[str, list[object]] = {}
        rows = []
        for f in self.more:
            for claim_id in f.claim_ids:
                if claim_id not in claims and (s := self.source(claim_id)) is not None:
                    claims[claim_id] = [s.before, s.figure, s.after, s.period, s.where,
                                        s.anchor, s.url, s.outlet,
                                        s.published.isoformat() if s.published else None,
                                        s.frame]
            rows.append([f.id, f.verdict.value, LABELS[f.verdict.value], f.detail, f.quantity,
                         confidence_of(f), f.explanation, [i for i in f.claim_ids if i in claims],
                         self._article_numbers(f.claim_ids), self.anchors.get(f.group_id or "")])
        data = json.dumps({"findings": rows, "claims": claims}, ensure_ascii=False,
                          separators=(",", ":"))
        return base64.b64encode(gzip.compress(data.encode("utf-8"), 6, mtime=0)).decode("ascii")


def _rank(verdicts: str) -> int:
    names = verdicts.split()
    return min((i for i, v in enumerate(ORDER) if v.value in names), default=len(ORDER))


def _chunks(article: Article, cited: set[int]) -> list[tuple[int | None, str]]:
    """The article's body as runs of text, each line a claim cites apart with its number in
    the file as stored (an anchor for ``article:line`` links); the other lines stay plain
    text, so a thousand articles do not make a hundred thousand elements."""
    first = article.text.count("\n", 0, article.body_start) + 1
    chunks: list[tuple[int | None, str]] = []
    plain: list[str] = []
    for number, line in enumerate(article.body.split("\n"), start=first):
        if number in cited:
            if plain:
                chunks.append((None, "".join(plain)))
                plain = []
            chunks.append((number, line))
            plain.append("\n")
        else:
            plain.append(line + "\n")
    if plain:
        chunks.append((None, "".join(plain).rstrip("\n")))
    return chunks


def _safe_url(url: str | None) -> str | None:
    """Only web links become links: a ``javascript:`` URL in front matter stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


@cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: Report, static_findings: int = STATIC_FINDINGS) -> str:
    page = Page(report, static_findings)
    summary = {
        "articles": len(report.articles),
        "numbers_seen": report.stats.numbers_seen,
        "claims": len(report.claims),
        "groups": len(report.reconciliation.groups),
        "uncomparable": report.reconciliation.uncomparable,
    }
    return _environment().get_template("report.html.j2").render(
        page=page, summary=summary, only=report.only
    )


@register("report", "html")
def write_report_html(report: Report, out: TextIO, **_: object) -> None:
    out.write(render_html(report))
