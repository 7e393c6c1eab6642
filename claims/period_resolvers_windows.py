"""Resolvers of windows and days: quarters, halves, "the past 12 months", "the week of June
25", "on Tuesday", "le 3 mars", "du 1er au 15 juin", "three days ago", "since Monday" (see
``claims.period_resolvers`` for the conventions; weeks counted from publication or numbered
are ``claims.period_resolvers_weeks``')."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from claims.models import PeriodKind
from claims.named_days import holiday_window, named_day, named_day_range
from claims.period_match import (
    UNRESOLVED,
    Match,
    Resolved,
    add_months,
    add_years,
    closing_month_end,
    lookup,
    month_end,
    shift,
    span,
    year_of_month,
)
from claims.phrase_kinds import Phrase

# --- windows -----------------------------------------------------------------------------


def _quarter_or_half(r: Match, months: int) -> Resolved | None:
    index = int(lookup(r.table.periods.ordinals, r.group("ord1") or "") or 0)  # type: ignore[call-overload]
    if index == -1 and r.named_year():  # "the last quarter of 2018"; alone, which one is unsure
        index = 12 // months
    if not 1 <= index <= 12 // months:
        return None
    first = (index - 1) * months + 1
    y = r.year() if r.named_year() else r.latest_year_of(first)
    if y is None:
        return UNRESOLVED
    return span(date(y, first, 1), month_end(y, first + months - 1), r.explicit())


def _quarter(r: Match) -> Resolved | None:
    return _quarter_or_half(r, 3)


def _through_quarter(r: Match) -> Resolved | None:
    """ "3분기 누적 영업이익", "올해 1~3분기": a company's or a market's running total, from
    the year's start to that quarter's end (the latest such quarter when no year is named)."""
    index = int(lookup(r.table.periods.ordinals, r.group("ord1") or "") or 0)  # type: ignore[call-overload]
    if not 1 <= index <= 4:
        return None
    last = index * 3
    y = r.year() if r.named_year() else r.latest_year_of(last - 2)
    if y is None:
        return UNRESOLVED
    return span(date(y, 1, 1), month_end(y, last), r.explicit())


def _as_of_quarter(r: Match) -> Resolved | None:
    """ "at the end of the second quarter", "as of the end of Q3": a balance or a backlog is a
    level known at the quarter's end, not a flow over the quarter."""
    quarter = _quarter(r)
    if quarter is None or quarter is UNRESOLVED:
        return quarter
    return (None, quarter[1], quarter[2], PeriodKind.as_of)


def _half(r: Match) -> Resolved | None:
    return _quarter_or_half(r, 6)


def _leading_window(r: Match) -> Resolved | None:
    """ "the first seven months of 2024"; "the first two weeks of September" (of a month);
    "지난 16일부터 5일간" (of a day: that many units from it)."""
    n = r.count()
    if r.group("day1"):
        return _window_from_day(r, n)
    if r.group("month1"):
        return _window_from_month(r, n)
    return _window_from_year(r, n)


def _first_units(r: Match, start: date, n: int) -> Resolved | None:
    """The ``n`` units of the match's unit that begin on ``start``."""
    return span(start, shift(start, r.unit(), n) - timedelta(days=1), r.explicit())


def _window_from_day(r: Match, n: int | None) -> Resolved | None:
    """ "지난 16일부터 5일간": that many units from the day named."""
    day = _date(r)
    if day is None or n is None:
        return UNRESOLVED if r.published is None else None
    return _first_units(r, day, n)


def _window_from_month(r: Match, n: int | None) -> Resolved | None:
    """ "the first two weeks of September": from the month's first day."""
    m = r.month(1)
    month_year = year_of_month(r, m)
    if month_year is None or n is None:
        return UNRESOLVED
    return _first_units(r, date(month_year, m, 1), n)


def _window_from_year(r: Match, n: int | None) -> Resolved | None:
    """ "the first seven months of 2024": from 1 January, none not yet over at publication."""
    y = r.year()
    if y is None or n is None:
        return UNRESOLVED
    start = date(y, 1, 1)
    end = shift(start, r.unit(), n) - timedelta(days=1)
    if not r.named_year() and r.published is not None and end > r.published:
        return None  # "sur neuf mois" read in March: not months of this year yet
    return _first_units(r, start, n)


def _closing_window(r: Match) -> Resolved | None:
    """ "the last three months of 2018", "les trois derniers mois de 2018": up to 31 December."""
    y, n = r.year(), r.count()
    if y is None or n is None:
        return UNRESOLVED
    end = date(y, 12, 31)
    return span(shift(end + timedelta(days=1), r.unit(), -n), end, r.explicit())


def _week_of(r: Match) -> Resolved | None:
    """ "the week of June 25", "la semaine du 25 juin": seven days from the day named."""
    d = _date(r)
    if d is None:
        return UNRESOLVED if r.published is None else None
    return span(d, d + timedelta(days=6), r.explicit())


# How long into a year its annual reports come out: "l'année écoulée", "over the past year"
# said then is the calendar year that just ended (the weeks a quarter's release may lag).
_ANNUAL_REPORTS_DAYS = 100


def _trailing_window(r: Match) -> Resolved | None:
    n = r.count()
    if n is None:
        return None
    pub = r.published
    if pub is None:
        return UNRESOLVED
    unit = r.unit()
    if unit == "year" and r.group("n1") is None and pub.timetuple().tm_yday <= _ANNUAL_REPORTS_DAYS:
        # "Dans son bilan annuel, ... l'année écoulée" in February: last year, not a window
        # running into this one
        return (date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), False, PeriodKind.interval)
    # "the past 7 days" are publication day and the six before it; "in one month" read on
    # 30 September is 1-30 September. Hours round to whole days back.
    start = shift(pub, unit, -n) if unit == "hour" else shift(pub + timedelta(days=1), unit, -n)
    return (start, pub, False, PeriodKind.to_date)


def _window_to_month(r: Match) -> Resolved | None:
    """ "the 12 months to October": a window ending with a named month."""
    n = r.count()
    if n is None:
        return None
    m = r.month(1)
    y = year_of_month(r, m)
    if y is None:
        return UNRESOLVED
    end = month_end(y, m)
    return span(shift(end + timedelta(days=1), r.unit(), -n), end, r.explicit())


def _window_to_day(r: Match) -> Resolved | None:
    """ "in the week to Aug. 27", "the seven days to Sunday": a window ending on a day."""
    n = r.count()
    if n is None:
        return None
    named_day = r.group("day1") is not None  # "the week ending Saturday, April 6"
    end = r.recent_weekday() if r.group("weekday1") and not named_day else _date(r)
    if end is None:
        return UNRESOLVED if r.published is None else None
    return span(shift(end + timedelta(days=1), r.unit(), -n), end, r.explicit())


# --- days --------------------------------------------------------------------------------


def _date(r: Match, day_index: int = 1, month_index: int = 1) -> date | None:
    """A day of a month, in the named year or else the latest one not after publication; a
    day a calendar names ("on Christmas Day", "le jour de Noël") is its month's day."""
    if r.group("holiday1"):
        return named_day(r)
    day = r.day(day_index)
    if day is None:
        return None
    m = r.month_of(month_index, day)
    y = r.year() if r.named_year() else r.latest_year_of(m, day)
    return None if y is None else date(y, m, day)


def _weekday_year(r: Match, d: date) -> date:
    """ "Thursday, March 13" with no year, read on Tuesday 11 March 2025: the weekday says which
    year (2025's 13 March is a Thursday, 2024's a Wednesday), even a coming one. Only ever
    forward: a weekday that fits no nearer year is a slip, not a date a year back."""
    if not r.group("weekday1") or r.named_year() or r.weekday() == d.weekday():
        return d
    later = add_years(d, 1)
    return later if later.weekday() == r.weekday() and later.day == d.day else d


def _day(r: Match) -> Resolved | None:
    d = _date(r)
    if d is None:
        return UNRESOLVED if r.published is None else None
    if r.group("month1"):
        d = _weekday_year(r, d)
    return (d, d, r.explicit(), PeriodKind.day)


def _as_of(r: Match) -> Resolved | None:
    d = _date(r)
    if d is None:
        return UNRESOLVED if r.published is None else None
    return (None, d, r.explicit(), PeriodKind.as_of)


def _through_day(r: Match) -> Resolved | None:
    """ "reported through March 7": like "through June", from the start of that year."""
    d = _date(r)
    if d is None:
        return UNRESOLVED if r.published is None else None
    return span(date(d.year, 1, 1), d, r.explicit())


def _month_to_day(r: Match) -> Resolved | None:
    """ "from October 2018 thru April 12, 2019": a month's first day to a named day."""
    day, m2 = r.day(1), r.month(2)
    if day is None:
        return None
    y2 = r.year(2) if r.group("year2") else r.latest_year_of(m2, day)
    if y2 is None:
        return UNRESOLVED
    end = date(y2, m2, day)
    m = r.month(1)
    y = r.year(1) if r.group("year1") else (end.year if m <= end.month else end.year - 1)
    if y is None:
        return UNRESOLVED
    return span(date(y, m, 1), end, r.explicit())


def _event_day(r: Match) -> Resolved | None:
    """ "Tuesday's election", "the Nov. 4 referendum": the day it was held."""
    return _weekday(r) if r.group("weekday1") else _day(r)


def _since_day(r: Match) -> Resolved | None:
    d = _date(r)
    if d is None:
        return UNRESOLVED if r.published is None else None
    end = r.published if r.published is not None and r.published >= d else None
    back = r.group("relday1")
    if back and end is not None:
        # "5월 15일부터 어제까지": a window closed on a day named from publication
        offset = int(lookup(r.table.periods.relative_days, back) or 0)  # type: ignore[call-overload]
        if offset < 0 and end + timedelta(days=offset) >= d:
            return (d, end + timedelta(days=offset), r.explicit(), PeriodKind.interval)
    return (d, closing_month_end(r, d) or end, r.explicit(), PeriodKind.to_date)


def _end_month(r: Match, d2: int) -> int:
    """A day range's last month: the one named, else the one its last day falls in."""
    if r.group("month2"):
        return r.month(2)
    if r.group("recent2"):
        return r.month_of(2, d2)  # "5월 15일부터 지난 9일까지": the latest 9th, not May's
    return r.month_of(1, d2)


def _first_day(r: Match) -> int | None:
    """A day range's first day; the first of its month when the range opens on a month alone
    ("from January to September 25", "1월부터 9월 25일까지")."""
    d1 = r.day(1)
    return 1 if d1 is None and r.group("month1") else d1


def _range_years(r: Match, m2: int, d2: int) -> tuple[int | None, int | None]:
    """A day range's first and last years: each side's when the last names one ("2024년 12월
    3일부터 올해 11월 30일까지"; a first side naming none takes the last's), else the one the
    phrase names, else the latest year its last day has come in."""
    if r.named_year(2):
        return r.year(1) if r.named_year(1) else r.year(2), r.year(2)
    if r.group("recent2") and r.named_year():
        # "지난해 9월 5일부터 지난 4일까지": the last day is the latest such day, in its own
        # year; the year named first is the first day's alone
        return r.year(), r.latest_year_of(m2, d2)
    y2 = r.year() if r.named_year() else r.latest_year_of(m2, d2)
    return y2, y2


def _day_range(r: Match) -> Resolved | None:
    """ "between March 4 and 8", "du 4 au 8 mars", "du 28 décembre au 3 janvier"."""
    d1, d2 = _first_day(r), r.day(2)
    if d1 is None or d2 is None:
        return None
    m2 = _end_month(r, d2)
    m1 = r.month(1) if r.group("month1") else m2
    y1, y2 = _range_years(r, m2, d2)
    if y1 is None or y2 is None:
        return UNRESOLVED
    end = date(y2, m2, d2)
    start = date(y1, m1, d1)
    if start > end and r.group("month1") and _year_leads(r):
        end = add_years(end, 1)  # "지난해 12월 28일부터 1월 3일까지": the year is the first day's
    elif start > end:  # "du 28 décembre au 3 janvier"; "지난 28일부터 9월 3일까지"
        start = add_years(start, -1) if r.group("month1") else add_months(start, -1)
    return span(start, end, r.explicit() or r.explicit(2))


def _year_leads(r: Match) -> bool:
    """A range whose only year is written before its first day ("2025년 12월 28일부터 1월
    3일까지", "지난해 12월 28일부터 1월 3일까지"): that year is the first day's, and a last day
    named by its month alone follows it. A last day told from publication ("지난 4일") has its
    own year, and so does one whose year is written."""
    if r.named_year(2) or r.group("recent2"):
        return False
    name = "year1" if r.group("year1") else "yearref1"
    return bool(r.group(name)) and r.m.start(name) < r.m.start("month1")


# Two days joined by "and" with no "between" ("les 14 et 15 juin", "March 4 and 5") are one
# event's days when at most this many days apart; further apart ("aux 7 et 21 mars, où la police
# avait compté respectivement 0,9 et 1,04 million de manifestants") they are two dates, each of
# another figure, and the phrase dates none: read as a span, one day's count became a count over
# two weeks that "cannot exceed" a part of it.
PAIR_GAP = 2


def _day_pair(r: Match) -> Resolved | None:
    resolved = _day_range(r)
    if resolved is None or resolved[0] is None or resolved[1] is None:
        return resolved
    return resolved if (resolved[1] - resolved[0]).days <= PAIR_GAP else UNRESOLVED


def _ago(r: Match) -> Resolved | None:
    n = r.count()
    if n is None:
        return None
    if r.published is None:
        return UNRESOLVED
    point = shift(r.published, r.unit(), -n)
    return (point, point, False, PeriodKind.day)


def _ago_calendar(r: Match) -> Resolved | None:
    """ "four years ago", "two months ago": that year or month, not a day the text never named
    (the election "four years ago" was not held on this date)."""
    resolved = _ago(r)
    point = resolved[0] if resolved is not None else None
    if point is None:
        return resolved
    unit = r.unit()
    if unit == "year":
        return (date(point.year, 1, 1), date(point.year, 12, 31), False, PeriodKind.interval)
    if unit == "month":
        end = month_end(point.year, point.month)
        return (date(point.year, point.month, 1), end, False, PeriodKind.interval)
    return resolved


def _weekday(r: Match) -> Resolved | None:
    """ "on Sunday": the latest Sunday up to publication; "last Sunday" ("dimanche dernier",
    "지난 일요일") said on a Sunday is the week before, never the day of publication."""
    d = r.recent_weekday(strictly_before=bool(r.group("last1")))
    return (d, d, False, PeriodKind.day) if d else UNRESOLVED


def _weekday_range(r: Match) -> Resolved | None:
    end = r.recent_weekday(2)
    if end is None:
        return UNRESOLVED
    start = end - timedelta(days=(r.weekday(2) - r.weekday(1)) % 7)
    return span(start, end, False)


def _since_weekday(r: Match) -> Resolved | None:
    start = r.recent_weekday(strictly_before=True)
    return (start, r.published, False, PeriodKind.to_date) if start else UNRESOLVED


def _named_relative_day(r: Match) -> date | None:
    """The day a relative-day word names ("yesterday", "이날"), counted from publication."""
    if r.published is None:
        return None
    offset = int(lookup(r.table.periods.relative_days, r.group("relday1") or "") or 0)  # type: ignore[call-overload]
    return r.published + timedelta(days=offset)


def _relative_day(r: Match) -> Resolved | None:
    d = _named_relative_day(r)
    return UNRESOLVED if d is None else (d, d, False, PeriodKind.day)


def _as_of_relative_day(r: Match) -> Resolved | None:
    """ "이날 오후 6시 현재", "오후 3시 현재", "현재까지": a total known that day (no day word:
    publication's)."""
    d = _named_relative_day(r)
    return UNRESOLVED if d is None else (None, d, False, PeriodKind.as_of)


def _since_relative_day(r: Match) -> Resolved | None:
    """ "어제부터 내린 비로", "전날 밤부터": from that day to publication."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
    offset = int(lookup(r.table.periods.relative_days, r.group("relday1") or "") or 0)  # type: ignore[call-overload]
    return (pub + timedelta(days=offset), pub, False, PeriodKind.to_date)


def _since_story(r: Match) -> Resolved | None:
    """ "depuis l'ouverture": a running count as of publication whose start the phrase does
    not date (``ArticleContext.from_story_start`` gives it the story window's, if any)."""
    if r.published is None:
        return UNRESOLVED
    return (None, r.published, False, PeriodKind.as_of)


def _back_reference(r: Match) -> Resolved | None:
    """Resolved from the periods before it (``periods._referred``), never alone."""
    return None


# Each phrase kind of windows and days, and its resolver.
WINDOW_DAY_RESOLVERS: dict[Phrase, Callable[[Match], Resolved | None]] = {
    Phrase.through_day: _through_day,
    Phrase.month_to_day: _month_to_day,
    Phrase.leading_window: _leading_window,
    Phrase.trailing_window: _trailing_window,
    Phrase.closing_window: _closing_window,
    Phrase.week_of: _week_of,
    Phrase.window_to_publication: _trailing_window,
    Phrase.window_to_month: _window_to_month,
    Phrase.window_to_day: _window_to_day,
    Phrase.as_of_relative_day: _as_of_relative_day,
    Phrase.since_relative_day: _since_relative_day,
    Phrase.quarter: _quarter,
    Phrase.through_quarter: _through_quarter,
    Phrase.as_of_quarter: _as_of_quarter,
    Phrase.half: _half,
    Phrase.ago: _ago,
    Phrase.weekday: _weekday,
    Phrase.weekday_range: _weekday_range,
    Phrase.ago_calendar: _ago_calendar,
    Phrase.relative_day: _relative_day,
    Phrase.day: _day,
    Phrase.event_day: _event_day,
    Phrase.day_range: _day_range,
    Phrase.named_day_range: named_day_range,
    Phrase.holiday_window: holiday_window,
    Phrase.holiday_reference: _back_reference,
    Phrase.day_pair: _day_pair,
    Phrase.as_of: _as_of,
    Phrase.since_day: _since_day,
    Phrase.since_weekday: _since_weekday,
    Phrase.since_story: _since_story,
    Phrase.back_reference: _back_reference,
    Phrase.named_unit: _back_reference,
    Phrase.unit_later: _back_reference,
    Phrase.future: _back_reference,
    Phrase.index_base: _back_reference,  # never resolved: claims.periods skips it
    Phrase.unnamed_time: lambda r: UNRESOLVED,  # a time the text names but never dates
}
