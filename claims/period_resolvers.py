"""From a matched period phrase to dates: one small resolver per kind of phrase.

``RESOLVERS`` maps every ``Phrase`` to the function that reads its dates; a kind without one is
caught by a test, not dropped at run time. Each resolver returns ``(start, end, explicit, kind)``,
or None when the match is not a period after all ("the fifth quarter"). Relative phrases need
the publication date: without it they come back with neither end (unresolved), never resolved
against today's date.

The conventions (DESIGN.md, "Periods"): a day is start = end; a window still running ends at
publication, never at the end of a year or month that has not finished; a month or day written
without a year is the latest one not after publication.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from datetime import date, timedelta

from claims.lang import ExtractionTable
from claims.models import PeriodKind
from claims.numbers import parse_number
from claims.phrase_kinds import Phrase

Resolved = tuple[date | None, date | None, bool, PeriodKind]
_UNRESOLVED: Resolved = (None, None, False, PeriodKind.none)


def lookup(mapping: dict[str, object], text: str) -> object | None:
    """The table value of a phrase as written (any blanks, either apostrophe, any case)."""
    key = re.sub(r"[\s\u00a0\u202f]+", " ", text.lower()).replace("’", "'")
    for candidate, value in mapping.items():
        if candidate.lower().replace("’", "'") == key:
            return value
    return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` calendar units (negative goes back); hours round up to days."""
    if unit == "hour":
        return day + timedelta(days=int(math.copysign(math.ceil(abs(n) / 24), n)))
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    return add_months(day, months * n)


class Match:
    """One regex match of one phrase, read against the table and the publication date."""

    def __init__(
        self, match: re.Match[str], table: ExtractionTable, lang: str, published: date | None
    ):
        self.m = match
        self.table = table
        self.lang = lang
        self.published = published

    def group(self, name: str) -> str | None:
        try:
            return self.m.group(name)
        except IndexError:
            return None

    def explicit(self, index: int = 1) -> bool:
        return bool(self.group(f"year{index}"))

    def year(self, index: int = 1) -> int | None:
        """An explicit year, or one relative to publication; None when neither is known."""
        text = self.group(f"year{index}")
        if text:
            return int(text)
        ref = self.group(f"yearref{index}")
        if ref is not None:
            offset = lookup(self.table.periods.year_refs, ref)
            return None if self.published is None else self.published.year + int(offset or 0)  # type: ignore[call-overload]
        return self.published.year if self.published else None

    def named_year(self, index: int = 1) -> bool:
        """Whether the phrase names its year (explicitly or relative to publication)."""
        return bool(self.group(f"year{index}") or self.group(f"yearref{index}"))

    def month(self, index: int) -> int:
        text = self.group(f"month{index}") or ""
        if text.isdigit():  # "1~9월": a month named by its number before a range mark
            return int(text)
        return int(lookup(self.table.periods.months, text) or 1)  # type: ignore[call-overload]

    def month_of(self, index: int, day: int) -> int:
        """The named month, or, for a day named alone ("지난 25일"), the latest month whose
        such day is not after publication."""
        if self.group(f"month{index}") or self.published is None:
            return self.month(index)
        pub = self.published
        return pub.month if day <= pub.day else (pub.month - 2) % 12 + 1

    def day(self, index: int) -> int | None:
        digits = re.sub(r"\D", "", self.group(f"day{index}") or "")
        return int(digits) if digits else None

    def weekday(self, index: int = 1) -> int:
        names = [w.lower() for w in self.table.periods.weekdays]
        return names.index((self.group(f"weekday{index}") or "").lower())

    def unit(self) -> str:
        """The phrase's calendar unit (in whichever alternative of the pattern matched)."""
        text = self.group("unit1") or self.group("unit2") or self.group("unit3") or ""
        return str(lookup(self.table.periods.units, text) or "month")

    def count(self) -> int | None:
        text = self.group("n1")
        if text is None:
            return 1
        if text.isdigit():
            return int(text) or None
        if text in self.table.periods.count_words:
            return self.table.periods.count_words[text]  # "최근 두 달간"
        value = parse_number(text, self.lang)
        if value is None:
            value = 1 if text.lower() in self.table.article_numerators else None
        return int(value) if value is not None and value == int(value) and value > 0 else None

    def latest_year_of(self, month: int, day: int = 1) -> int | None:
        """The year of the latest such month (day) not after publication: "in December" read
        in March is last December. (The nearest occurrence, future included, read more
        figures wrong: news names past months far more often than coming ones.)"""
        pub = self.published
        if pub is None:
            return None
        return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1

    def recent_weekday(self, index: int = 1, strictly_before: bool = False) -> date | None:
        """The latest such weekday on or before publication ("on Thursday")."""
        pub = self.published
        if pub is None:
            return None
        back = (pub.weekday() - self.weekday(index)) % 7
        return pub - timedelta(days=back or (7 if strictly_before else 0))


def _span(start: date, end: date, explicit: bool) -> Resolved | None:
    return (start, end, explicit, PeriodKind.interval) if start <= end else None


def _safe(build: Callable[[], Resolved | None]) -> Resolved | None:
    """A resolver's dates, or None when the text names no real day ("February 30", year 1)."""
    try:
        return build()
    except (ValueError, OverflowError):
        return None


# --- years -------------------------------------------------------------------------------


def _year(r: Match) -> Resolved | None:
    y = r.year()
    return _span(date(y, 1, 1), date(y, 12, 31), r.explicit()) if y else None


def _year_range(r: Match) -> Resolved | None:
    y1, y2 = int(r.group("year1") or 0), int(r.group("year2") or 0)
    return _span(date(y1, 1, 1), date(y2, 12, 31), True) if y1 and y1 <= y2 else None


def _yearref(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    offset = int(lookup(r.table.periods.year_refs, r.group("yearref1") or "") or 0)  # type: ignore[call-overload]
    y = pub.year + offset
    if offset == 0:
        return (date(y, 1, 1), pub, False, PeriodKind.to_date)
    return _span(date(y, 1, 1), date(y, 12, 31), False)


def _split_year(r: Match) -> Resolved | None:
    """ "2023-24": a fiscal, school or season year; which months it spans is the reporter's
    convention, unknown here, so it dates nothing (rather than the wrong calendar year).
    Years further apart ("2010-2020") are a range of whole years."""
    y1, y2 = int(r.group("year1") or 0), int(r.group("year2") or 0)
    if y2 and y2 != y1 + 1:
        return _year_range(r)
    return _UNRESOLVED


def _since_year(r: Match) -> Resolved | None:
    y = r.year()
    return (date(y, 1, 1), r.published, True, PeriodKind.to_date) if y else None


def _year_to_date(r: Match) -> Resolved | None:
    pub = r.published
    return (date(pub.year, 1, 1), pub, False, PeriodKind.to_date) if pub else _UNRESOLVED


def _year_earlier(r: Match) -> Resolved | None:
    """Resolved against the figure it is compared with, by the binding; alone, last year."""
    pub = r.published
    return _span(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), False) if pub else None


def _unit_earlier(r: Match) -> Resolved | None:
    """ "the previous week", "le mois précédent": shifted from the figure compared with, by the
    binding; alone, the calendar unit before publication's."""
    pub = r.published
    if pub is None:
        return None
    named = any(r.group(f"unit{i}") for i in (1, 2, 3))
    unit = r.unit() if named else "day"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday() + 7)
        return _span(monday, monday + timedelta(days=6), False)
    if unit == "month":
        first = add_months(pub.replace(day=1), -1)
        return _span(first, month_end(first.year, first.month), False)
    if unit == "year":
        return _span(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), False)
    if unit == "quarter":
        first = add_months(date(pub.year, (pub.month - 1) // 3 * 3 + 1, 1), -3)
        last = add_months(first, 2)
        return _span(first, month_end(last.year, last.month), False)
    day = shift(pub, unit, -1)
    return (day, day, False, PeriodKind.day)


def _same_point(r: Match) -> Resolved | None:
    """ "at the same point last year": the year-to-date window, a year back."""
    pub = r.published
    if pub is None:
        return None
    year = r.year() if r.named_year() else pub.year - 1  # "at this stage in 2022"
    back = r.group("n1")
    if back is not None and back.isdigit():
        year = pub.year - int(back)  # "4년 전 같은 시간": so many years back
    if year is None or year >= pub.year:
        return None
    return _span(date(year, 1, 1), add_years(pub, year - pub.year), r.explicit())


# --- months ------------------------------------------------------------------------------


def _month_year(r: Match, month: int) -> int | None:
    return r.year() if r.named_year() else r.latest_year_of(month)


def _month(r: Match) -> Resolved | None:
    m = r.month(1)
    y = _month_year(r, m)
    if y is None:
        return _UNRESOLVED
    return _span(date(y, m, 1), month_end(y, m), r.explicit())


def _month_range(r: Match) -> Resolved | None:
    """ "between January and July", "d'octobre (dernier) à mai": a range whose last month comes
    before its first runs over the new year ("from October to May" read in July: October of
    last year to May), the year named being the last month's."""
    m1, m2 = r.month(1), r.month(2)
    if m2 < m1:
        y2 = r.year() if r.named_year() else r.latest_year_of(m2)
        if y2 is None:
            return _UNRESOLVED
        return _span(date(y2 - 1, m1, 1), month_end(y2, m2), r.explicit())
    y = r.year() if r.named_year() else r.latest_year_of(m1)
    if y is None:
        return _UNRESOLVED
    return _span(date(y, m1, 1), month_end(y, m2), r.explicit())


def _month_part(r: Match) -> Resolved | None:
    m = r.month(1)
    y = _month_year(r, m)
    if y is None:
        return _UNRESOLVED
    days = lookup(r.table.periods.month_parts, r.group("part1") or "") or [1, 31]
    first, last = int(days[0]), int(days[1])  # type: ignore[index]
    end = month_end(y, m)
    return _span(date(y, m, first), min(date(y, m, min(last, end.day)), end), r.explicit())


def _season_span(r: Match, year: int) -> tuple[date, date]:
    """The season that starts in ``year`` (a winter runs on into the next year)."""
    first, last = lookup(r.table.periods.seasons, r.group("season1") or "") or [1, 12]  # type: ignore[misc]
    end_year = year + 1 if int(last) < int(first) else year
    return date(year, int(first), 1), month_end(end_year, int(last))


# "cet été" read after that summer names it only while it is recent; "cet hiver" read in
# October is the winter to come (a forecast), not the one that ended in February.
_RECENT_SEASON_DAYS = 92


def _season(r: Match) -> Resolved | None:
    """ "cet été", "l'été dernier", "au printemps 2024", "l'hiver 2023" (December 2022 to
    February 2023, as weather services name winters): the season's months. Without a year,
    the latest such season begun by publication, up to publication while it lasts; with
    "dernier"/"last", the latest one ended before publication."""
    if r.group("year2"):  # "l'hiver 2022-2023"
        y1 = r.year()
        return None if y1 is None else _safe(lambda: _span(*_season_span(r, y1), True))
    if r.group("year1") or r.group("yearref1"):
        y = r.year()
        if y is None:
            return _UNRESOLVED
        start, end = _season_span(r, y)
        if end.year > start.year:  # "l'hiver 2023": the winter that ends in 2023
            start, end = _season_span(r, y - 1)
        return _safe(lambda: _clipped(start, end, r.published, r.explicit()))
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    for year in (pub.year, pub.year - 1, pub.year - 2):
        start, end = _season_span(r, year)
        if start > pub or (r.group("last1") and end >= pub):
            continue
        if not r.group("last1") and (pub - end).days > _RECENT_SEASON_DAYS:
            return None  # "cet hiver" in October: the coming winter
        return _clipped(start, end, pub, False)
    return None


def _clipped(start: date, end: date, pub: date | None, explicit: bool) -> Resolved | None:
    """A span that may still be running at publication: to publication (to_date) if so."""
    if pub is not None and start <= pub < end:
        return (start, pub, explicit, PeriodKind.to_date)
    return _span(start, end, explicit)


def _month_part_range(r: Match) -> Resolved | None:
    """ "entre début juin et fin juillet", "de mi-juillet à mi-août 2023": from the first day
    of the first part to the last day of the second (the year named is the last month's,
    unless each month names its own)."""
    m1, m2 = r.month(1), r.month(2)
    named2 = r.group("year2") or r.group("year1")
    y2 = int(named2) if named2 else r.latest_year_of(m2)
    if y2 is None:
        return _UNRESOLVED
    y1 = int(r.group("year1")) if r.group("year1") and r.group("year2") else (
        y2 if m1 <= m2 else y2 - 1
    )
    parts = r.table.periods.month_parts
    first = lookup(parts, r.group("part1") or "") or [1, 31]
    last = lookup(parts, r.group("part2") or "") or [1, 31]

    def build() -> Resolved | None:
        end = month_end(y2, m2)
        start = date(y1, m1, int(first[0]))  # type: ignore[index]
        return _span(start, min(date(y2, m2, min(int(last[1]), end.day)), end), bool(named2))  # type: ignore[index]

    return _safe(build)


def _month_yearref_range(r: Match) -> Resolved | None:
    """ "between October last year and May this year": each month with its own year."""
    y1, y2 = r.year(1), r.year(2)
    if y1 is None or y2 is None:
        return _UNRESOLVED
    return _span(date(y1, r.month(1), 1), month_end(y2, r.month(2)), r.explicit(1))


def _month_to_weekday(r: Match) -> Resolved | None:
    """ "from January to last Friday": the month's first day to that weekday."""
    end = r.recent_weekday()
    if end is None:
        return _UNRESOLVED
    m = r.month(1)
    y = end.year if m <= end.month else end.year - 1
    return _span(date(y, m, 1), end, False)


def _through_month(r: Match) -> Resolved | None:
    """ "through June", "jusqu'à fin juin": from the start of that year to the month's end."""
    m = r.month(1)
    y = _month_year(r, m)
    if y is None:
        return _UNRESOLVED
    return _span(date(y, 1, 1), month_end(y, m), r.explicit())


def _this_month(r: Match) -> Resolved | None:
    pub = r.published
    return (pub.replace(day=1), pub, False, PeriodKind.to_date) if pub else _UNRESOLVED


def _last_month(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    first = add_months(pub.replace(day=1), -1)
    return _span(first, month_end(first.year, first.month), False)


def _since_month(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    m = r.month(1)
    y = r.year() if r.named_year() else (pub.year if m <= pub.month else pub.year - 1)
    return (date(y, m, 1), pub, r.explicit(), PeriodKind.to_date)


def _since_month_part(r: Match) -> Resolved | None:
    """ "지난달 중순 이후", "8월 말부터", "이달 초부터": from the first day of that part of the
    month (the month named, else last month or this one) to publication."""
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    days = lookup(r.table.periods.month_parts, r.group("part1") or "") or [1, 31]
    if r.group("month1"):
        m = r.month(1)
        y = r.year() if r.named_year() else r.latest_year_of(m)
        if y is None:
            return _UNRESOLVED
        first = date(y, m, 1)
    elif r.group("thismonth1"):
        first = pub.replace(day=1)
    else:
        first = add_months(pub.replace(day=1), -1)
    last = month_end(first.year, first.month).day
    start = first.replace(day=min(int(days[0]), last))  # type: ignore[index]
    return (start, pub, r.explicit(), PeriodKind.to_date) if start <= pub else None


def _as_of_month(r: Match) -> Resolved | None:
    """ "as of September of this year", "à fin septembre": a total known at the month's end."""
    m = r.month(1)
    y = _month_year(r, m)
    if y is None:
        return _UNRESOLVED
    # A month not yet ended names a target ("by the end of June", read in May): kept whole.
    return (None, month_end(y, m), r.explicit(), PeriodKind.as_of)


def _as_of_weekday(r: Match) -> Resolved | None:
    d = r.recent_weekday()
    return (None, d, False, PeriodKind.as_of) if d else _UNRESOLVED


def _as_of_last_month(r: Match) -> Resolved | None:
    """ "지난달 말 기준": a total known on the last day of the month before publication's."""
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    return (None, pub.replace(day=1) - timedelta(days=1), False, PeriodKind.as_of)


def _last_month_day(r: Match) -> Resolved | None:
    """ "지난달 22일" (a day of last month), "지난달 28일부터 (이달) 3일까지", "지난달 5일부터"
    (to publication), "지난달 30일 기준" (as of)."""
    pub = r.published
    day = r.day(1)
    if pub is None or day is None:
        return _UNRESOLVED
    first = add_months(pub.replace(day=1), -1)
    start = first.replace(day=day)
    last = r.day(2)
    if last is not None:
        month = pub.replace(day=1) if r.group("this1") or last < day else first
        return _span(start, month.replace(day=last), False)
    if r.group("since1"):
        return (start, pub, False, PeriodKind.to_date)
    if r.group("asof1"):
        return (None, start, False, PeriodKind.as_of)
    return (start, start, False, PeriodKind.day)


def _through_last_month(r: Match) -> Resolved | None:
    """ "올해 들어 지난달까지": from the start of last month's year to that month's end."""
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    end = pub.replace(day=1) - timedelta(days=1)
    return _span(date(end.year, 1, 1), end, False)


def _year_end(r: Match) -> Resolved | None:
    """ "at the end of last year", "fin 2023": a total known on 31 December."""
    y = r.year()
    if y is None:
        return _UNRESOLVED
    # "by the end of 2025" read in 2024 is a target: its date is kept.
    return (None, date(y, 12, 31), r.explicit(), PeriodKind.as_of)


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
        return _UNRESOLVED
    return _span(date(y, first, 1), month_end(y, first + months - 1), r.explicit())


def _quarter(r: Match) -> Resolved | None:
    return _quarter_or_half(r, 3)


def _half(r: Match) -> Resolved | None:
    return _quarter_or_half(r, 6)


def _leading_window(r: Match) -> Resolved | None:
    """ "the first seven months of 2024"; "the first two weeks of September" (of a month);
    "지난 16일부터 5일간" (of a day: that many units from it)."""
    n = r.count()
    if r.group("day1"):
        day = _date(r)
        if day is None or n is None:
            return _UNRESOLVED if r.published is None else None
        start = day
    elif r.group("month1"):
        m = r.month(1)
        month_year = _month_year(r, m)
        if month_year is None or n is None:
            return _UNRESOLVED
        start = date(month_year, m, 1)
    else:
        y = r.year()
        if y is None or n is None:
            return _UNRESOLVED
        start = date(y, 1, 1)
    return _span(start, shift(start, r.unit(), n) - timedelta(days=1), r.explicit())


def _closing_window(r: Match) -> Resolved | None:
    """ "the last three months of 2018", "les trois derniers mois de 2018": up to 31 December."""
    y, n = r.year(), r.count()
    if y is None or n is None:
        return _UNRESOLVED
    end = date(y, 12, 31)
    return _span(shift(end + timedelta(days=1), r.unit(), -n), end, r.explicit())


def _week_of(r: Match) -> Resolved | None:
    """ "the week of June 25", "la semaine du 25 juin": seven days from the day named."""
    d = _date(r)
    if d is None:
        return _UNRESOLVED if r.published is None else None
    return _span(d, d + timedelta(days=6), r.explicit())


def _trailing_window(r: Match) -> Resolved | None:
    n = r.count()
    if n is None:
        return None
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    unit = r.unit()
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
    y = _month_year(r, m)
    if y is None:
        return _UNRESOLVED
    end = month_end(y, m)
    return _span(shift(end + timedelta(days=1), r.unit(), -n), end, r.explicit())


def _window_to_day(r: Match) -> Resolved | None:
    """ "in the week to Aug. 27", "the seven days to Sunday": a window ending on a day."""
    n = r.count()
    if n is None:
        return None
    named_day = r.group("day1") is not None  # "the week ending Saturday, April 6"
    end = r.recent_weekday() if r.group("weekday1") and not named_day else _date(r)
    if end is None:
        return _UNRESOLVED if r.published is None else None
    return _span(shift(end + timedelta(days=1), r.unit(), -n), end, r.explicit())


def _this_week(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    return (pub - timedelta(days=pub.weekday()), pub, False, PeriodKind.to_date)


def _weekend(r: Match) -> Resolved | None:
    """ "over the weekend": the latest Saturday and Sunday, up to publication."""
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    return _span(saturday, min(saturday + timedelta(days=1), pub), False)


def _last_week(r: Match) -> Resolved | None:
    """The previous Monday to Sunday (not the seven days ending at publication)."""
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    monday = pub - timedelta(days=pub.weekday() + 7)
    return _span(monday, monday + timedelta(days=6), False)


# --- days --------------------------------------------------------------------------------


def _date(r: Match, day_index: int = 1, month_index: int = 1) -> date | None:
    """A day of a month, in the named year or else the latest one not after publication."""
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
        return _UNRESOLVED if r.published is None else None
    if r.group("month1"):
        d = _weekday_year(r, d)
    return (d, d, r.explicit(), PeriodKind.day)


def _as_of(r: Match) -> Resolved | None:
    d = _date(r)
    if d is None:
        return _UNRESOLVED if r.published is None else None
    return (None, d, r.explicit(), PeriodKind.as_of)


def _through_day(r: Match) -> Resolved | None:
    """ "reported through March 7": like "through June", from the start of that year."""
    d = _date(r)
    if d is None:
        return _UNRESOLVED if r.published is None else None
    return _span(date(d.year, 1, 1), d, r.explicit())


def _month_to_day(r: Match) -> Resolved | None:
    """ "from October 2018 thru April 12, 2019": a month's first day to a named day."""
    day, m2 = r.day(1), r.month(2)
    if day is None:
        return None
    y2 = r.year(2) if r.group("year2") else r.latest_year_of(m2, day)
    if y2 is None:
        return _UNRESOLVED
    end = date(y2, m2, day)
    m = r.month(1)
    y = r.year(1) if r.group("year1") else (end.year if m <= end.month else end.year - 1)
    if y is None:
        return _UNRESOLVED
    return _span(date(y, m, 1), end, r.explicit())


def _event_day(r: Match) -> Resolved | None:
    """ "Tuesday's election", "the Nov. 4 referendum": the day it was held."""
    return _weekday(r) if r.group("weekday1") else _day(r)


def _since_day(r: Match) -> Resolved | None:
    d = _date(r)
    if d is None:
        return _UNRESOLVED if r.published is None else None
    end = r.published if r.published is not None and r.published >= d else None
    back = r.group("relday1")
    if back and end is not None:
        # "5월 15일부터 어제까지": a window closed on a day named from publication
        offset = int(lookup(r.table.periods.relative_days, back) or 0)  # type: ignore[call-overload]
        if offset < 0 and end + timedelta(days=offset) >= d:
            return (d, end + timedelta(days=offset), r.explicit(), PeriodKind.interval)
    return (d, end, r.explicit(), PeriodKind.to_date)


def _day_range(r: Match) -> Resolved | None:
    """ "between March 4 and 8", "du 4 au 8 mars", "du 28 décembre au 3 janvier"."""
    d1, d2 = r.day(1), r.day(2)
    if d1 is None and r.group("month1"):
        d1 = 1  # "from January to September 25", "1월부터 9월 25일까지"
    if d1 is None or d2 is None:
        return None
    if r.group("month2"):
        m2 = r.month(2)
    elif r.group("recent2"):
        m2 = r.month_of(2, d2)  # "5월 15일부터 지난 9일까지": the latest 9th, not May's
    else:
        m2 = r.month_of(1, d2)
    m1 = r.month(1) if r.group("month1") else m2
    y2 = r.year() if r.named_year() else r.latest_year_of(m2, d2)
    if y2 is None:
        return _UNRESOLVED
    end = date(y2, m2, d2)
    start = date(y2, m1, d1)
    if start > end:  # "du 28 décembre au 3 janvier"; "지난 28일부터 9월 3일까지"
        start = add_years(start, -1) if r.group("month1") else add_months(start, -1)
    return _span(start, end, r.explicit())


def _ago(r: Match) -> Resolved | None:
    n = r.count()
    if n is None:
        return None
    if r.published is None:
        return _UNRESOLVED
    point = shift(r.published, r.unit(), -n)
    return (point, point, False, PeriodKind.day)


def _weekday(r: Match) -> Resolved | None:
    d = r.recent_weekday()
    return (d, d, False, PeriodKind.day) if d else _UNRESOLVED


def _weekday_range(r: Match) -> Resolved | None:
    end = r.recent_weekday(2)
    if end is None:
        return _UNRESOLVED
    start = end - timedelta(days=(r.weekday(2) - r.weekday(1)) % 7)
    return _span(start, end, False)


def _since_weekday(r: Match) -> Resolved | None:
    start = r.recent_weekday(strictly_before=True)
    return (start, r.published, False, PeriodKind.to_date) if start else _UNRESOLVED


def _named_relative_day(r: Match) -> date | None:
    """The day a relative-day word names ("yesterday", "이날"), counted from publication."""
    if r.published is None:
        return None
    offset = int(lookup(r.table.periods.relative_days, r.group("relday1") or "") or 0)  # type: ignore[call-overload]
    return r.published + timedelta(days=offset)


def _relative_day(r: Match) -> Resolved | None:
    d = _named_relative_day(r)
    return _UNRESOLVED if d is None else (d, d, False, PeriodKind.day)


def _as_of_relative_day(r: Match) -> Resolved | None:
    """ "이날 오후 6시 현재", "오후 3시 현재", "현재까지": a total known that day (no day word:
    publication's)."""
    d = _named_relative_day(r)
    return _UNRESOLVED if d is None else (None, d, False, PeriodKind.as_of)


def _since_relative_day(r: Match) -> Resolved | None:
    """ "어제부터 내린 비로", "전날 밤부터": from that day to publication."""
    pub = r.published
    if pub is None:
        return _UNRESOLVED
    offset = int(lookup(r.table.periods.relative_days, r.group("relday1") or "") or 0)  # type: ignore[call-overload]
    return (pub + timedelta(days=offset), pub, False, PeriodKind.to_date)


def _back_reference(r: Match) -> Resolved | None:
    """Resolved from the periods before it (``periods._referred``), never alone."""
    return None


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
    Phrase.year: _year,
    Phrase.report_year: _year,
    Phrase.year_range: _year_range,
    Phrase.split_year: _split_year,
    Phrase.month: _month,
    Phrase.month_range: _month_range,
    Phrase.month_part: _month_part,
    Phrase.season: _season,
    Phrase.month_part_range: _month_part_range,
    Phrase.month_yearref_range: _month_yearref_range,
    Phrase.month_to_weekday: _month_to_weekday,
    Phrase.through_month: _through_month,
    Phrase.through_day: _through_day,
    Phrase.month_to_day: _month_to_day,
    Phrase.this_month: _this_month,
    Phrase.leading_window: _leading_window,
    Phrase.trailing_window: _trailing_window,
    Phrase.closing_window: _closing_window,
    Phrase.week_of: _week_of,
    Phrase.window_to_publication: _trailing_window,
    Phrase.window_to_month: _window_to_month,
    Phrase.window_to_day: _window_to_day,
    Phrase.this_week: _this_week,
    Phrase.weekend: _weekend,
    Phrase.as_of_weekday: _as_of_weekday,
    Phrase.as_of_relative_day: _as_of_relative_day,
    Phrase.as_of_last_month: _as_of_last_month,
    Phrase.through_last_month: _through_last_month,
    Phrase.last_month_day: _last_month_day,
    Phrase.since_relative_day: _since_relative_day,
    Phrase.year_end: _year_end,
    Phrase.last_week: _last_week,
    Phrase.last_month: _last_month,
    Phrase.quarter: _quarter,
    Phrase.half: _half,
    Phrase.ago: _ago,
    Phrase.weekday: _weekday,
    Phrase.weekday_range: _weekday_range,
    Phrase.relative_day: _relative_day,
    Phrase.day: _day,
    Phrase.event_day: _event_day,
    Phrase.day_range: _day_range,
    Phrase.as_of: _as_of,
    Phrase.as_of_month: _as_of_month,
    Phrase.since_day: _since_day,
    Phrase.since_weekday: _since_weekday,
    Phrase.since_month: _since_month,
    Phrase.since_month_part: _since_month_part,
    Phrase.since_year: _since_year,
    Phrase.year_to_date: _year_to_date,
    Phrase.yearref: _yearref,
    Phrase.year_earlier: _year_earlier,
    Phrase.unit_earlier: _unit_earlier,
    Phrase.same_point: _same_point,
    Phrase.back_reference: _back_reference,
    Phrase.unit_later: _back_reference,
    Phrase.future: _back_reference,
    Phrase.unnamed_time: lambda r: _UNRESOLVED,  # a time the text names but never dates
}


def resolve(kind: Phrase, r: Match) -> Resolved | None:
    """Dates for one phrase; a window still running at publication ends at publication."""
    resolved = _safe(lambda: RESOLVERS[kind](r))
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
