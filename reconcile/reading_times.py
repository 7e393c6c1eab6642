"""Two readings of one running count or stock on one day, at two times of it, are two levels.

"Mardi matin, le centre comptait 1 100 tortues" in one article and "Mardi soir, ... 1 240" in
another, "96,000 homes were without power on Monday morning" and "41,000 ... on Monday
evening": both are ``as_of`` that day (``claims.moment_readings``), and the count moved in
between, up or down (a stock falls as power comes back). They are not one reading that
disagrees with itself: the pair is a ``period_mismatch`` that names the two times, never a
conflict. Times are named as ``reconcile.day_times`` names them ("18:00", "evening"), the same
in every language: "mercredi soir" and "by Wednesday evening" are one time and still compare.
A time that cannot be placed on the clock (a word of no table), or one side with no time, keeps
the comparison (``reconcile.evidence_articles.times_apart`` weighs it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claims.models import Claim, PeriodKind
from reconcile.day_times import time_of_day
from reconcile.models import Finding, Verdict

_DAY = 24 * 60
# Where each named part of a day may fall, in minutes from midnight (a night runs past it).
_PARTS = {
    "morning": (5 * 60, 12 * 60),
    "noon": (11 * 60, 14 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (17 * 60, 23 * 60),
    "night": (20 * 60, _DAY + 6 * 60),
    "midnight": (23 * 60, _DAY + 60),
}


_COMPARED = (Verdict.conflict, Verdict.minor_discrepancy)


def readings_apart(findings: list[Finding], by_id: Mapping[str, Claim]) -> list[Finding]:
    """The pairwise findings, each disagreement between two readings of one day at two times
    of it made a ``period_mismatch`` that names the times (see the module); updated in place,
    as ``reconcile.toll_days.told_later`` updates them."""
    for finding in findings:
        values = finding.__dict__
        if values["verdict"] not in _COMPARED or len(values["claim_ids"]) != 2:
            continue
        sides = [by_id.get(i) for i in values["claim_ids"]]
        if None in sides:
            continue
        times = read_apart([sides[0]], [sides[1]])  # type: ignore[list-item]
        if times is not None:
            values.update(verdict=Verdict.period_mismatch, detail="", explanation=(
                f"Readings of one day at two times of it ({times}), so not compared directly: "
                "the count may have moved between them."))
    return findings


def read_apart(side_a: Sequence[Claim], side_b: Sequence[Claim]) -> str | None:
    """The two times ("morning / evening") when both sides are readings as of one day, each
    at one time of it, and the two times cannot be one moment; None otherwise."""
    if not all(_a_reading(c) for c in (*side_a, *side_b)):
        return None
    a, b = _one_time(side_a), _one_time(side_b)
    if not a or not b or a == b:
        return None
    span_a, span_b = _span(a), _span(b)
    if span_a is None or span_b is None or _meet(span_a, span_b):
        return None
    return " / ".join(sorted((a, b)))


def _a_reading(claim: Claim) -> bool:
    period = claim.period
    return (period is not None and period.kind is PeriodKind.as_of and period.start is None
            and period.end is not None)


def _one_time(claims: Sequence[Claim]) -> str:
    """The one time of day every figure of a side is given for; "" for none or several."""
    times = {time_of_day(c) for c in claims}
    return next(iter(times)) if len(times) == 1 else ""


def _span(name: str) -> tuple[int, int] | None:
    """Minutes from midnight a time may cover: one minute for a clock time ("18:00"), a part
    of the day's window; None for a time not on the clock."""
    if name in _PARTS:
        return _PARTS[name]
    hours, colon, minutes = name.partition(":")
    if not colon or not (hours.isdigit() and minutes.isdigit()):
        return None
    at = int(hours) * 60 + int(minutes)
    return at, at + 1


def _meet(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans share a minute, a night's past midnight too."""
    return any(x[0] < y[1] and y[0] < x[1]
               for x in (a, (a[0] + _DAY, a[1] + _DAY)) for y in (b, (b[0] + _DAY, b[1] + _DAY)))
