"""A matched period phrase read against its language table and the publication date, and the
calendar arithmetic every resolver shares (month ends, adding months and years, shifting a day
by a unit). Split from ``claims.period_resolvers`` so the resolvers of each family of phrases
(``period_resolvers_calendar``, ``period_resolvers_windows``) can live apart from the table
that maps each phrase kind to its resolver.
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

Resolved = tuple[date | None, date | None, bool, PeriodKind]
UNRESOLVED: Resolved = (None, None, False, PeriodKind.none)


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


def closing_month_end(r: Match, start: date) -> date | None:
    """The month's end a window from a start closes on ("2023년 6월 특별법 시행 이후 지난달
    말까지", "... 이후 지난 10월 말까지", "2020년 2월 ... 이후 4월 말까지"): last month's
    (group ``lastmonth2``), the latest such month's when the phrase says it is past
    (``past2``: "지난 10월"), else the month's of the start's year or the year after (a bare
    month goes on with the year named before it); None when the phrase names none, or one
    not ended by publication (the window then runs to publication)."""
    pub = r.published
    if pub is None:
        return None
    if r.group("lastmonth2"):
        end = pub.replace(day=1) - timedelta(days=1)
    elif r.group("month2"):
        m = r.month(2)
        year = r.latest_year_of(m) if r.group("past2") else start.year + (m < start.month)
        if year is None:
            return None
        end = month_end(year, m)
    else:
        return None
    return end if start <= end <= pub else None


def span(start: date, end: date, explicit: bool) -> Resolved | None:
    return (start, end, explicit, PeriodKind.interval) if start <= end else None


def safe(build: Callable[[], Resolved | None]) -> Resolved | None:
    """A resolver's dates, or None when the text names no real day ("February 30", year 1)."""
    try:
        return build()
    except (ValueError, OverflowError):
        return None


def year_of_month(r: Match, month: int) -> int | None:
    """The year of a named month: the one the phrase names, else the latest not after
    publication."""
    return r.year() if r.named_year() else r.latest_year_of(month)
