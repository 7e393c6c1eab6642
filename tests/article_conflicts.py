"""Claims of several articles read together, and the conflicts between two of their figures:
what the tests of evidence across articles (story affinity, owners unnamed) ask."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from claims.extract import extract_text
from claims.models import Claim
from reconcile.models import Finding, Verdict
from reconcile.pipeline import reconcile


def claims_of(articles: Iterable[tuple[str, str, str]], published: date) -> list[Claim]:
    """The claims of each ``(text, lang, name)`` article, all published on ``published``."""
    claims: list[Claim] = []
    for text, lang, name in articles:
        claims += extract_text(text, lang=lang, published=published, article_id=name)
    return claims


def conflict_confidences(claims: list[Claim], a: str, b: str) -> list[float]:
    """The confidences of the conflicts naming the figures ``a`` and ``b``."""
    by_id = {c.id: c.surface for c in claims}
    found = []
    for finding in reconcile(claims).findings:
        surfaces = {by_id.get(i) for i in finding.claim_ids}
        if finding.verdict.value == "conflict" and {a, b} <= surfaces:
            found.append(finding.confidence)
    return found


def findings_of(text: str, lang: str, published: date,
                detail: str) -> list[tuple[Verdict, list[str]]]:
    """The verdict and the figures (as printed, sorted) of each finding of ``detail`` in one
    article: what the tests of a structural check ("stated_change") ask."""
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids))
            for f in _of_detail(claims, detail)]


def detail_findings(text: str, lang: str, published: date, detail: str) -> list[Finding]:
    """The findings of ``detail`` in one article ("share_of_total"), whole: what the tests
    that read a finding's explanation ask."""
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    return _of_detail(claims, detail)


def _of_detail(claims: list[Claim], detail: str) -> list[Finding]:
    return [f for f in reconcile(claims).findings if f.detail == detail]
