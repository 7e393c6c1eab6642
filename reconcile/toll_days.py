"""A day's casualty toll told again later: an update, not a conflict.

"Fifteen people were killed during Tuesday's protest" in Wednesday's paper and "Sixteen people
were killed during Tuesday's protest" in Friday's are one day's dead (the extractor keeps a
protest or strike day's casualties on that day: ``claims.tolls``), but told two days apart: the
injured die of their wounds, bodies are found, hospitals report late, and the toll of the day
grows after the day. Two such figures are not two readings of one moment, and the later,
larger one updates the earlier: one ``consistent`` finding with detail ``growth``, as a running
count's timeline is (``reconcile.structural.counter``).

The rule holds only when nothing else can explain the gap: every figure counts casualties (the
table's ``[cumulative] tolls``: the dead, the injured) of one named day, each article's
publication day is known (``Corpus.published``), the figures come from articles published on
different days after that day, and no figure told later is below one told earlier. A toll
told at a stated time ("27 deaths by Tuesday evening", an ``as_of``) is a moment's reading and
keeps its conflict; so does a later, lower figure (a toll of a day does not shrink unless the
text says it was revised), two articles published the same day, and two named sources that
disagree (``sources_differ``), which is the disagreement a reader wants to see.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claims.lexicon import Lexicon
from claims.models import Claim, PeriodKind
from reconcile.clusters import cite
from reconcile.evidence_articles import Corpus
from reconcile.models import Finding, Verdict
from reconcile.reading_times import readings_apart
from reconcile.slim import event_concepts
from reconcile.structural.counter import GROWTH

_COMPARED = (Verdict.conflict, Verdict.minor_discrepancy)
_SOURCES_DIFFER = "sources_differ"


def told_later(findings: list[Finding], corpus: Corpus) -> list[Finding]:
    """The pairwise findings, each disagreement between tolls of one day told on later and
    later days with figures that never fall made a ``growth`` finding (see the module);
    updated in place, as ``assess.weaken`` updates them. Two readings of one day at two times
    of it are told apart first (``reconcile.reading_times``)."""
    for finding in readings_apart(findings, corpus.by_id):
        values = finding.__dict__
        if values["verdict"] not in _COMPARED or values["detail"] == _SOURCES_DIFFER:
            continue
        explained = _as_update(values["claim_ids"], corpus)
        if explained is not None:
            values.update(verdict=Verdict.consistent, detail=GROWTH, explanation=explained)
    return findings


def _as_update(ids: list[str], corpus: Corpus) -> str | None:
    """Why the figures are a day's toll updated, or None when they are not one."""
    claims = [corpus.by_id[i] for i in ids if i in corpus.by_id]
    if len(claims) != len(ids) or len(claims) < 2:
        return None
    day = _one_day(claims)
    if day is None or not all(_a_toll(c) for c in claims):
        return None
    told = {c.article: corpus.published(c.article) for c in claims}
    if any(t is None or t < day for t in told.values()):
        return None
    told_on: dict[str, date] = told  # type: ignore[assignment]
    return _explained(claims, told_on, day) if _grows(claims, told_on) else None


def _one_day(claims: Sequence[Claim]) -> date | None:
    """The one named day every figure counts (a ``day`` period), or None."""
    days = {(c.period.start, c.period.end) for c in claims
            if c.period is not None and c.period.kind is PeriodKind.day}
    if len(days) != 1 or len(claims) != sum(
            c.period is not None and c.period.kind is PeriodKind.day for c in claims):
        return None
    start, end = days.pop()
    return end if start == end else None


def _a_toll(claim: Claim) -> bool:
    """The figure counts casualties (the dead, the injured): a toll that grows after its day."""
    return bool(Lexicon.shipped().tolls.intersection(event_concepts(claim)))


def _grows(claims: Sequence[Claim], told: dict[str, date]) -> bool:
    """The articles were published on two days or more, and every figure told later is at
    least every figure told earlier: a toll that only grew between the tellings."""
    if len(set(told.values())) < 2:
        return False
    for earlier in claims:
        for later in claims:
            if told[later.article] > told[earlier.article] and not _at_least(later, earlier):
                return False
            if told[later.article] == told[earlier.article] and later.value != earlier.value:
                return False  # told the same day, two figures: a moment's disagreement
    return True


def _at_least(later: Claim, earlier: Claim) -> bool:
    """The later figure is no lower than the earlier one."""
    if later.value is None or earlier.value is None:
        return False
    return later.value >= earlier.value


def _explained(claims: Sequence[Claim], told: dict[str, date], day: date) -> str:
    """The finding's sentence: each article's figure with the day it was told."""
    by_day: dict[date, list[Claim]] = {}
    for claim in claims:
        by_day.setdefault(told[claim.article], []).append(claim)
    steps = [f"{cite(by_day[d])} told on {_day(d)}" for d in sorted(by_day)]
    return (
        f"{' then '.join(steps)}: both count the casualties of {_day(day)}. A day's "
        "toll grows after the day (the injured die, the missing are found), so the later, "
        "larger figure updates the earlier one."
    )


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"
