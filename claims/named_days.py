"""Days a calendar names: fixed dates and days counted from a weekday of a month.

Retail, travel and holiday copy dates its figures by the day's name, not by its date: "$6.7
billion online on Thanksgiving Day", "spending on Black Friday", "up from $13.5 billion on Cyber
Monday last year", "the five days from Thanksgiving Day through Cyber Monday". Christmas Day is
always 25 December, but Thanksgiving is the fourth Thursday of November, and Black Friday and
Cyber Monday are counted from it; read as their weekday alone ("Monday"), last year's Cyber
Monday became this year's, and Thanksgiving Day took the Friday of "Black Friday" named after
it. The table (``[extraction.periods].holidays``) gives each name either ``[month, day]`` or
``[month, weekday, nth, days after]`` (weekday 1 = Monday; nth -1 = the last one of the month).
A name read without a year is its latest day not after publication; "last year" or a year
named beside it picks that year's. A day counted from a weekday and named without a year is read
only in its season (``SEASON_DAYS`` before publication at most): other countries give the same
name another day (Canada's Thanksgiving is in October, the Philippines' Labor Day is 1 May), and
copy about a day of another year names the year; past its season, it is left unread.
"""

from __future__ import annotations

from datetime import date, timedelta

from claims.period_match import UNRESOLVED, Match, Resolved, lookup, month_end, span

# The two shapes of a table entry: a fixed [month, day], or [month, weekday, nth, days after].
_FIXED = 2
_COUNTED = 4
# How long after a day counted from a weekday copy still names it without its year: retail
# releases tell Thanksgiving's, Black Friday's and Cyber Monday's figures within days.
SEASON_DAYS = 31


def day_in(rule: list[int], year: int) -> date | None:
    """The named day in ``year``, or None for an entry of neither shape."""
    if len(rule) == _FIXED:
        return date(year, rule[0], rule[1])
    if len(rule) != _COUNTED:
        return None
    month, weekday, nth, after = rule
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - 1 - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = month_end(year, month)
        day = last - timedelta(days=(last.weekday() - (weekday - 1)) % 7)
    return day + timedelta(days=after)


def named_day(r: Match, index: int = 1) -> date | None:
    """The day the phrase's ``index``-th named day stands for: in the year the phrase names
    ("on Cyber Monday last year", "Black Friday 2024"), else the latest not after publication."""
    rule = _rule(r, index)
    if rule is None:
        return None
    if r.named_year():
        year = r.year()
        return None if year is None else day_in(rule, year)
    pub = r.published
    if pub is None:
        return None
    day = day_in(rule, pub.year)
    if day is not None and day > pub:
        day = day_in(rule, pub.year - 1)
    if day is not None and len(rule) == _COUNTED and (pub - day).days > SEASON_DAYS:
        return None  # "on Labor Day" in Manila on 2 May: another country's day, not September's
    return day


def _rule(r: Match, index: int) -> list[int] | None:
    rule = lookup(r.table.periods.holidays, r.group(f"holiday{index}") or "")
    return rule if isinstance(rule, list) else None


def named_day_range(r: Match) -> Resolved | None:
    """ "from Thanksgiving Day through Cyber Monday": from the first named day to the second,
    the first taken in the second's year (or the year before, when it would fall after it)."""
    end, rule = named_day(r, 2), _rule(r, 1)
    if end is None or rule is None:
        return UNRESOLVED if r.published is None else None
    start = day_in(rule, end.year)
    if start is not None and start > end:
        start = day_in(rule, end.year - 1)
    return None if start is None else span(start, end, r.explicit())
