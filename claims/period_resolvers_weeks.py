"""Resolvers of weeks: the calendar week of publication ("this week", "over the weekend", "la
semaine dernière") and numbered (ISO) weeks ("en semaine 48", "depuis la semaine 46"), as
epidemic bulletins count them (see ``claims.period_resolvers`` for the conventions)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from claims.models import PeriodKind
from claims.period_match import UNRESOLVED, Match, Resolved, span
from claims.phrase_kinds import Phrase


def _numbered_week(r: Match, n: int | None = None) -> date | None:
    """The Monday of a numbered (ISO) week: of the year named, else the latest such week that
    began by publication ("en semaine 52" read on 6 January is last year's)."""
    n = r.count() if n is None else n
    if n is None or not 1 <= n <= 53:
        return None
    year = r.year() if r.named_year() else None
    if not r.named_year() and r.published is not None:
        year = r.published.isocalendar().year
        if date.fromisocalendar(year, min(n, 52), 1) > r.published:
            year -= 1
    if year is None or n > date(year, 12, 28).isocalendar().week:
        return None  # week 53 of a year that has 52 names no week
    return date.fromisocalendar(year, n, 1)


def _week_number(r: Match) -> Resolved | None:
    """ "en semaine 48": the epidemic bulletins' week, Monday to Sunday (to publication while
    it runs)."""
    monday = _numbered_week(r)
    if monday is None:
        return UNRESOLVED if r.published is None else None
    return span(monday, monday + timedelta(days=6), r.explicit())


def _week_range(r: Match) -> Resolved | None:
    """ "between weeks 11 and 14", "entre les semaines 11 et 14": the Monday of the first week
    to the Sunday of the last, of the year named, else of the latest such weeks (the year of
    the last one)."""
    last = r.group("n2") or ""
    if not last.isdigit():
        return None
    last_monday = _numbered_week(r, int(last))
    first = r.count()
    if last_monday is None or first is None or not 1 <= first <= int(last):
        return UNRESOLVED if r.published is None else None
    monday = date.fromisocalendar(last_monday.isocalendar().year, first, 1)
    return span(monday, last_monday + timedelta(days=6), r.explicit())


def _since_week_number(r: Match) -> Resolved | None:
    """ "depuis la semaine 46": from that week's Monday to publication."""
    monday = _numbered_week(r)
    if monday is None or r.published is None or monday > r.published:
        return UNRESOLVED if r.published is None else None
    return (monday, r.published, False, PeriodKind.to_date)


def _this_week(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return UNRESOLVED
    return (pub - timedelta(days=pub.weekday()), pub, False, PeriodKind.to_date)


def _weekend(r: Match) -> Resolved | None:
    """ "over the weekend": the latest Saturday and Sunday, up to publication."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    return span(saturday, min(saturday + timedelta(days=1), pub), False)


def _last_week(r: Match) -> Resolved | None:
    """The previous Monday to Sunday (not the seven days ending at publication)."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
    monday = pub - timedelta(days=pub.weekday() + 7)
    return span(monday, monday + timedelta(days=6), False)


# Each phrase kind of weeks, and its resolver.
WEEK_RESOLVERS: dict[Phrase, Callable[[Match], Resolved | None]] = {
    Phrase.week_number: _week_number,
    Phrase.since_week_number: _since_week_number,
    Phrase.week_range: _week_range,
    Phrase.this_week: _this_week,
    Phrase.weekend: _weekend,
    Phrase.last_week: _last_week,
}
