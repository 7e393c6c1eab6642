"""Days a calendar names: fixed dates and days counted from a weekday of a month.

Retail, travel and holiday copy dates its figures by the day's name, not by its date: "$6.7
billion online on Thanksgiving Day", "spending on Black Friday", "up from $13.5 billion on Cyber
Monday last year", "the five days from Thanksgiving Day through Cyber Monday". Christmas Day is
always 25 December, but Thanksgiving is the fourth Thursday of November, and Black Friday and
Cyber Monday are counted from it; read as their weekday alone ("Monday"), last year's Cyber
Monday became this year's, and Thanksgiving Day took the Friday of "Black Friday" named after
it. The table (``[extraction.periods].holidays``) gives each name either ``[month, day]``,
``[month, weekday, nth, days after]`` (weekday 1 = Monday; nth -1 = the last one of the month),
or ``[feast, days after]`` for a movable feast (``claims.holiday_calendar``: "easter",
"seollal", "chuseok"): Ascension is ``["easter", 39]``, the day before 설날 ``["seollal", -1]``.
A name read without a year is its latest day not after publication; "last year" or a year
named beside it picks that year's. A day counted from a weekday or a feast and named without a
year is read only in its season (``SEASON_DAYS`` before publication at most): other countries
give the same name another day (Canada's Thanksgiving is in October, the Philippines' Labor Day
is 1 May), and copy about a day of another year names the year; past its season, it is left
unread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from claims.holiday_calendar import anchor_day
from claims.lang.sections import Periods
from claims.models import Period
from claims.period_match import UNRESOLVED, Match, Resolved, lookup, month_end, span

# The two shapes of a table entry: a fixed [month, day], or [month, weekday, nth, days after].
_FIXED = 2
_COUNTED = 4
# How long after a day counted from a weekday copy still names it without its year: retail
# releases tell Thanksgiving's, Black Friday's and Cyber Monday's figures within days.
SEASON_DAYS = 31


Rule = list[int | str]


def day_in(rule: Rule, year: int) -> date | None:
    """The named day in ``year``, or None for an entry of no known shape."""
    if isinstance(rule[0], str):  # ["easter", 39]: days counted from a movable feast
        feast = anchor_day(rule[0], year)
        return None if feast is None else feast + timedelta(days=int(rule[1]))
    if len(rule) == _FIXED:
        return date(year, int(rule[0]), int(rule[1]))
    if len(rule) != _COUNTED:
        return None
    month, weekday, nth, after = (int(v) for v in rule)
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
    if day is not None and _movable(rule) and (pub - day).days > SEASON_DAYS:
        return None  # "on Labor Day" in Manila on 2 May: another country's day, not September's
    return day


def _movable(rule: Rule) -> bool:
    """A day counted from a weekday or a feast, not a fixed month and day."""
    return len(rule) == _COUNTED or isinstance(rule[0], str)


def _rule(r: Match, index: int) -> Rule | None:
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


# --- holiday windows ---------------------------------------------------------------------


def window_in(periods: Periods, name: str, year: int) -> tuple[date, date] | None:
    """The days of a holiday window in ``year``: from its day's first to its last offset ("설
    연휴": the day before 설날 to the day after)."""
    entry = lookup(periods.holiday_windows, name)
    if not isinstance(entry, tuple | list):
        return None
    day_name, first, last = entry
    rule = lookup(periods.holidays, str(day_name))
    day = day_in(rule, year) if isinstance(rule, list) else None
    if day is None:
        return None
    return day + timedelta(days=int(first)), day + timedelta(days=int(last))


def _window(r: Match, year: int) -> tuple[date, date] | None:
    return window_in(r.table.periods, r.group("holidaywindow1") or "", year)


def holiday_year_back(period: Period, periods: Periods) -> tuple[date, date] | None:
    """ "31 morts pendant le pont de l'Ascension, contre 27 le même week-end l'an dernier":
    last year's window of the holiday the compared figure's period names (Ascension moves by
    weeks), not the days 52 weeks back; None when it names no holiday window."""
    if period.start is None:
        return None
    text = _squashed(period.text)
    for name in periods.holiday_windows:
        if _squashed(name) in text:
            return window_in(periods, name, period.start.year - 1)
    return None


def holiday_window(r: Match) -> Resolved | None:
    """ "설 연휴", "le week-end de l'Ascension": the holiday's days, in the year named ("지난해
    설 연휴"), else the latest window begun by publication and not past its season (under way,
    it ends at publication). One still to come ("다음 달 설 연휴에는") dates no count.

    With a length ("설 연휴 닷새 동안"), the window is the long weekend it makes: the holiday's
    days and the weekend days next to them; a length that fits neither is left unread (the
    government may add days no calendar rule gives)."""
    if r.named_year():
        year = r.year()
        days = None if year is None else _window(r, year)
        return None if days is None else _with_length(r, *days)
    pub = r.published
    if pub is None:
        return UNRESOLVED
    for year in (pub.year, pub.year - 1):
        days = _window(r, year)
        if days is None or days[0] > pub:
            continue
        if (pub - days[1]).days > SEASON_DAYS:
            return None  # "since Chuseok" in a spring article: background, not a window
        found = _with_length(r, *days)
        if found is None or found[0] is None or found[1] is None:
            return found
        return span(found[0], min(found[1], pub), False)
    return None


def _with_length(r: Match, start: date, end: date) -> Resolved | None:
    """The window, or the long weekend around it when the phrase gives its length."""
    if not r.group("n1"):
        return span(start, end, r.explicit())
    n = r.count()
    if n == (end - start).days + 1:
        return span(start, end, r.explicit())
    while start.weekday() != 5 and (start - timedelta(days=1)).weekday() >= 5:
        start -= timedelta(days=1)  # a Monday or a Sunday holiday takes the weekend before
    while (end + timedelta(days=1)).weekday() >= 5:
        end += timedelta(days=1)
    return span(start, end, r.explicit()) if n == (end - start).days + 1 else None


def referred_holiday(previous: Sequence[Period], names: Iterable[str],
                     published: date | None) -> Period | None:
    """ "연휴 기간 교통사고는 41건": the holiday window the article named before, the latest
    and in its season (this year's, never last year's given for comparison); none when no
    such holiday was named."""
    keys = [_squashed(n) for n in names]
    told = [
        p for p in previous
        if p.start is not None and p.end is not None and p.start < p.end
        and (published is None or p.start <= published <= p.end + timedelta(days=SEASON_DAYS))
        and any(k in _squashed(p.text) for k in keys)
    ]
    return max(told, key=lambda p: p.end or date.min) if told else None


def _squashed(text: str) -> str:
    """A holiday's name or a period's text compared without case, blanks or the apostrophe's
    form ("le pont de l’Ascension" names "pont de l'ascension")."""
    return "".join(text.lower().split()).replace("’", "'")
