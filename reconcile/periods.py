"""Periods as date intervals: whether two figures cover the same time, and rates over time.

Rules:

* A period with neither end (or no period) is ``unknown``: the caller decides what that means.
* An open start ("as of 2 September") reaches back indefinitely and an open end reaches
  forward indefinitely, so an "as of" total contains any bounded period ending before it.
* A count that states no period holds as of publication (resolution ``publication``): it is
  ``unknown`` against a period ending then, and a period of its own against any other.
* Two periods are the ``same`` when both ends agree within a slack: 1 day for explicit
  periods (inclusive versus exclusive end dates), 7 days when either period was resolved
  loosely (relative to publication, carried from another sentence, or unresolved), since
  "last month" or "this period" are approximate. An open end only matches an open end.
* The slack never exceeds a quarter of the shorter of two bounded periods (``short_slack``):
  two named days are never the same day, nor are "last week" and "the week before", nor
  "this week" and "a week ago", however loosely each was resolved. Two running windows
  ("en septembre" read on 2 and on 3 September) keep the whole slack: they are one window,
  read at two dates.
* Two totals "as of" two different days (a death toll on Tuesday, another on Wednesday) are
  two readings of a running counter, never the same period, however loosely each day was
  resolved: a toll that rises over days is a timeline, not a conflict.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from claims.models import DATED, Period, PeriodKind
from reconcile.units import seconds

RUNNING = (PeriodKind.to_date, PeriodKind.as_of)  # windows that end when they were read
_NONE = timedelta(0)
DAYS_PER_MONTH = 365.25 / 12
EXPLICIT_SLACK = timedelta(days=1)
LOOSE_SLACK = timedelta(days=7)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Relation(StrEnum):
    same = "same"
    contains = "contains"  # the first period holds the second
    within = "within"  # the first period lies inside the second
    overlap = "overlap"
    disjoint = "disjoint"
    unknown = "unknown"


def span(period: Period | None) -> tuple[date | None, date | None] | None:
    """The days a period covers, whatever kind it was read as (None for no period): two
    parts of one list read as a count and a level still cover one span."""
    return None if period is None else (period.start, period.end)


def is_known(period: Period | None) -> bool:
    return period is not None and (period.start is not None or period.end is not None)


def is_bounded(period: Period | None) -> bool:
    return period is not None and period.start is not None and period.end is not None


def slack(a: Period, b: Period) -> timedelta:
    loose = {a.resolution, b.resolution} - {"explicit"}
    return LOOSE_SLACK if loose else EXPLICIT_SLACK


def _near(x: date | None, y: date | None, tolerance: timedelta) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= tolerance


def relate(a: Period | None, b: Period | None) -> Relation:
    """How period ``a`` stands to period ``b``.

    A count that states no period holds as of its article's publication (resolution
    ``publication``). It may be about the other figure's period when that period ends at the
    same time (``unknown``); told at another date, it is a different period ("25 removed" by
    2 September against "148 in a month" to 30 September).

    Verdicts ask this for each distinct pair of periods of a group (``compare.PeriodCache``
    keeps the answers), so the steps are small functions reading the dates directly.
    """
    if a is None or b is None or _undated(a) or _undated(b):
        return Relation.unknown
    tolerance = _tolerance(a, b)
    together = _ending_together(a, b, tolerance)
    return together if together is not None else _by_bounds(a, b, tolerance)


def _undated(period: Period) -> bool:
    return period.start is None and period.end is None


def _tolerance(a: Period, b: Period) -> timedelta:
    """How far apart two periods' ends may be and still be the same: a week for two explicit
    periods, else ``LOOSE_SLACK``; less for short periods (``short_slack``) when both are
    bounded, neither is read as of publication and not both are running counts."""
    tolerance = EXPLICIT_SLACK if a.resolution == b.resolution == "explicit" else LOOSE_SLACK
    if _both_bounded_windows(a, b):
        spans = min(a.end - a.start, b.end - b.start)  # type: ignore[operator]
        tolerance = min(tolerance, short_slack(spans))
    elif _two_readings_of_a_counter(a, b):
        tolerance = _NONE  # a toll on Tuesday and on Wednesday: two readings of a counter
    return tolerance


def _two_readings_of_a_counter(a: Period, b: Period) -> bool:
    return (
        a.kind is PeriodKind.as_of and b.kind is PeriodKind.as_of
        and a.start is None and b.start is None and a.end != b.end
        and a.resolution in DATED and b.resolution in DATED
    )


def _both_bounded_windows(a: Period, b: Period) -> bool:
    return (
        a.start is not None and a.end is not None and b.start is not None and b.end is not None
        and a.resolution != "publication" and b.resolution != "publication"
        and not (a.kind in RUNNING and b.kind in RUNNING)
    )


def _ending_together(a: Period, b: Period, tolerance: timedelta) -> Relation | None:
    """``same`` for periods that end and start together (or both run on with one start),
    ``unknown`` for a figure as of publication that ends with the other, None otherwise."""
    if a.end is not None and b.end is not None:
        if abs(a.end - b.end) > tolerance:
            return None
        if a.resolution == "publication" or b.resolution == "publication":
            return Relation.unknown  # as of publication, ending with the other
        return Relation.same if _near(a.start, b.start, tolerance) else None
    if a.end is None and b.end is None and _near(a.start, b.start, tolerance):
        return Relation.same
    return None


def _by_bounds(a: Period, b: Period, tolerance: timedelta) -> Relation:
    """Disjoint, one containing the other (within ``tolerance`` at each end), or overlapping;
    an open end stands at the calendar's end. Differences, not ``date + slack``: adding a
    slack to the calendar's end overflows."""
    a_lo, a_hi = _calendar_bounds(a)
    b_lo, b_hi = _calendar_bounds(b)
    if a_hi < b_lo or b_hi < a_lo:
        return Relation.disjoint
    if a_lo - b_lo <= tolerance and b_hi - a_hi <= tolerance:
        return Relation.contains
    if b_lo - a_lo <= tolerance and a_hi - b_hi <= tolerance:
        return Relation.within
    return Relation.overlap


def _calendar_bounds(period: Period) -> tuple[date, date]:
    """The period's ends, an open end at the calendar's end."""
    return period.start or date.min, period.end or date.max


def short_slack(span: timedelta) -> timedelta:
    """The most two periods may differ at either end and still be the same, for periods that
    span ``span`` (end minus start; 0 for one day): a quarter of their length, whole days. A
    day has none, a week one, a month seven (``LOOSE_SLACK``)."""
    return timedelta(days=(span.days + 1) // 4)


def days(period: Period | None) -> int | None:
    """Length in days, both ends included; None unless both ends are known."""
    if not is_bounded(period):
        return None
    assert period is not None and period.start is not None and period.end is not None
    return (period.end - period.start).days + 1


def length_in(period: Period | None, unit: str) -> float | None:
    """Length of a bounded period in ``unit`` ("week": Jan-Jul 2024 is 30.4 weeks)."""
    n_days, unit_seconds = days(period), seconds(unit)
    if n_days is None or not unit_seconds:
        return None
    return n_days * 86_400 / unit_seconds


def per_month_rate(value: float, period: Period | None) -> float | None:
    """A count spread evenly over its period, per average month (30.44 days)."""
    if period is None or period.start is None or period.end is None:
        return None  # ``days`` written out: a timeline asks this for every figure it shows
    n_days = (period.end - period.start).days + 1
    if n_days <= 0:
        return None
    return value / (n_days / DAYS_PER_MONTH)


def _month_end(d: date) -> bool:
    return (d + timedelta(days=1)).day == 1


def years_before(earlier: Period | None, later: Period | None) -> bool:
    """``earlier`` is ``later``'s window (with both ends stated) moved back by whole years: the
    same days of the same months, a month's last day standing for any year's."""
    if earlier is None or later is None:
        return False
    ends = (earlier.start, later.start), (earlier.end, later.end)
    if any(a is None or b is None for a, b in ends):
        return False
    shifts = {b.year - a.year for a, b in ends}  # type: ignore[union-attr]
    return len(shifts) == 1 and shifts.pop() > 0 and all(
        _same_day_of_year(a, b) for a, b in ends  # type: ignore[arg-type]
    )


def _same_day_of_year(a: date, b: date) -> bool:
    """The same day of the same month; a month's last day stands for any year's (29 Feb)."""
    return (a.month, a.day) == (b.month, b.day) or (
        a.month == b.month and _month_end(a) and _month_end(b)
    )


def describe(period: Period | None) -> str:
    """Period in plain English from its dates ("2023", "January–July 2024", "the period up to
    2 Sep 2024")."""
    if not is_known(period):
        return "an unstated period"
    assert period is not None
    start, end = period.start, period.end
    if start is None:
        return f"the period up to {_day(end)}"
    if end is None:
        return f"the period since {_day(start)}"
    if start.day == 1 and _month_end(end):
        return _whole_months(start, end)
    return f"{_day(start)}–{_day(end)}"


def _whole_months(start: date, end: date) -> str:
    """Whole months in words: "2023", "2023–2024", "January–July 2024", "May 2024",
    "November 2023–February 2024"."""
    if start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    first, last = _MONTHS[start.month - 1], _MONTHS[end.month - 1]
    if start.year == end.year:
        months = first if start.month == end.month else f"{first}–{last}"
        return f"{months} {start.year}"
    return f"{first} {start.year}–{last} {end.year}"


def _day(d: date | None) -> str:
    return "?" if d is None else f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"
