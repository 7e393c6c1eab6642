"""From a matched period phrase to dates: one small resolver per kind of phrase.

``RESOLVERS`` maps every ``Phrase`` to the function that reads its dates; a kind without one is
caught by a test, not dropped at run time. Each resolver returns ``(start, end, explicit, kind)``,
or None when the match is not a period after all ("the fifth quarter"). Relative phrases need
the publication date: without it they come back with neither end (unresolved), never resolved
against today's date.

The conventions (DESIGN.md, "Periods"): a day is start = end; a window still running ends at
publication, never at the end of a year or month that has not finished; a month or day written
without a year is the latest one not after publication.

The resolvers live by family of phrases (``period_resolvers_calendar`` for years and months,
``period_resolvers_windows`` for windows and days), on the ``Match`` of ``period_match``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from claims.models import PeriodKind
from claims.period_match import Match, Resolved, safe, shift
from claims.period_resolvers_calendar import YEAR_MONTH_RESOLVERS
from claims.period_resolvers_weeks import WEEK_RESOLVERS
from claims.period_resolvers_windows import WINDOW_DAY_RESOLVERS
from claims.phrase_kinds import Phrase


def later_day(r: Match, after: date) -> date | None:
    """ "the next day", "deux jours plus tard": the day that many days (weeks) after ``after``
    (the day said before), or None for a unit too coarse to name a day ("a year later")."""
    n = r.count()
    named = any(r.group(f"unit{i}") for i in (1, 2, 3))
    unit = r.unit() if named else "day"
    if n is None or unit not in ("day", "week"):
        return None
    return shift(after, unit, n)


RESOLVERS: dict[Phrase, Callable[[Match], Resolved | None]] = {
    **YEAR_MONTH_RESOLVERS,
    **WINDOW_DAY_RESOLVERS,
    **WEEK_RESOLVERS,
}


def resolve(kind: Phrase, r: Match) -> Resolved | None:
    """Dates for one phrase; a window still running at publication ends at publication."""
    resolved = safe(lambda: RESOLVERS[kind](r))
    if resolved is None:
        return None
    start, end, explicit, period_kind = resolved
    pub = r.published
    if (
        period_kind is PeriodKind.interval
        and pub is not None
        and start is not None
        and end is not None
        and start <= pub < end
    ):
        return (start, pub, explicit, PeriodKind.to_date)
    return resolved
