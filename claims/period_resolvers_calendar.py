"""Resolvers of phrases that name years and months: "2024", "l'an dernier", "in March",
"de janvier à mars", "cet été", "fin mai", "since 2019", "a year earlier" (see
``claims.period_resolvers`` for the conventions)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from claims.models import PeriodKind
from claims.period_match import (
    UNRESOLVED,
    Match,
    Resolved,
    add_months,
    add_years,
    closing_month_end,
    lookup,
    month_end,
    safe,
    shift,
    span,
    year_of_month,
)
from claims.phrase_kinds import Phrase

# --- years -------------------------------------------------------------------------------


def _year(r: Match) -> Resolved | None:
    y = r.year()
    return span(date(y, 1, 1), date(y, 12, 31), r.explicit()) if y else None


def _year_range(r: Match) -> Resolved | None:
    """ "2021∼2023년", "between 2021 and 2023"; the second year may be named from publication
    ("2021년부터 지난해까지"; "2021년부터 올해까지" runs to publication)."""
    y1, y2 = r.year(1), r.year(2)
    if not y1 or not y2 or y1 > y2:
        return None
    if not r.group("year2") and r.published is not None and y2 == r.published.year:
        return (date(y1, 1, 1), r.published, True, PeriodKind.to_date)
    return span(date(y1, 1, 1), date(y2, 12, 31), True)


def _yearref(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return UNRESOLVED
    offset = int(lookup(r.table.periods.year_refs, r.group("yearref1") or "") or 0)  # type: ignore[call-overload]
    y = pub.year + offset
    if offset == 0:
        return (date(y, 1, 1), pub, False, PeriodKind.to_date)
    return span(date(y, 1, 1), date(y, 12, 31), False)


def _split_year(r: Match) -> Resolved | None:
    """ "2023-24": a fiscal, school or season year; which months it spans is the reporter's
    convention, unknown here, so it dates nothing (rather than the wrong calendar year).
    Years further apart ("2010-2020") are a range of whole years."""
    y1, y2 = int(r.group("year1") or 0), int(r.group("year2") or 0)
    if y2 and y2 != y1 + 1:
        return _year_range(r)
    return UNRESOLVED


def _since_year(r: Match) -> Resolved | None:
    y = r.year()
    return (date(y, 1, 1), r.published, True, PeriodKind.to_date) if y else None


def _year_to_date(r: Match) -> Resolved | None:
    pub = r.published
    return (date(pub.year, 1, 1), pub, False, PeriodKind.to_date) if pub else UNRESOLVED


def _year_earlier(r: Match) -> Resolved | None:
    """Resolved against the figure it is compared with, by the binding; alone, last year."""
    pub = r.published
    return span(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), False) if pub else None


def _unit_earlier(r: Match) -> Resolved | None:
    """ "the previous week", "le mois précédent": shifted from the figure compared with, by the
    binding; alone, the calendar unit before publication's."""
    pub = r.published
    if pub is None:
        return None
    named = any(r.group(f"unit{i}") for i in (1, 2, 3))
    unit = r.unit() if named else "day"
    n = r.count() or 1  # "deux ans plus tôt"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday() + 7 * n)
        return span(monday, monday + timedelta(days=6), False)
    if unit == "month":
        first = add_months(pub.replace(day=1), -n)
        return span(first, month_end(first.year, first.month), False)
    if unit == "year":
        return span(date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), False)
    if unit == "quarter":
        first = add_months(date(pub.year, (pub.month - 1) // 3 * 3 + 1, 1), -3)
        last = add_months(first, 2)
        return span(first, month_end(last.year, last.month), False)
    day = shift(pub, unit, -1)
    return (day, day, False, PeriodKind.day)


def _same_weekday(r: Match) -> Resolved | None:
    """ "le même samedi l'an dernier": stepped back from the day compared with, by the
    binding; alone, the latest such weekday by publication, 52 weeks back."""
    pub = r.published
    if pub is None:
        return None
    if not r.group("weekday1"):  # "le même week-end l'an dernier": the latest weekend's
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7) - timedelta(weeks=52)
        return span(saturday, saturday + timedelta(days=1), False)
    back = (r.recent_weekday() or pub) - timedelta(weeks=52)
    return (back, back, False, PeriodKind.day)


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
    return span(date(year, 1, 1), add_years(pub, year - pub.year), r.explicit())


# --- months ------------------------------------------------------------------------------


def _month(r: Match) -> Resolved | None:
    m = r.month(1)
    y = year_of_month(r, m)
    if y is None:
        return UNRESOLVED
    return span(date(y, m, 1), month_end(y, m), r.explicit())


_RECENT_MONTH_DAYS = 185  # a statistic's month, named without a year, is of the last half-year


def _month_of(r: Match) -> Resolved | None:
    """ "le déficit d'octobre", "le solde de mai": the month a statistic names. The month still
    running at publication is left out: "l'épisode d'août" read in August names an event the
    article dates better, not the whole month."""
    m = r.month(1)
    y = year_of_month(r, m)
    pub = r.published
    if y is None:
        return UNRESOLVED
    if pub is not None and not r.named_year() and (
        (y, m) == (pub.year, pub.month) or (pub - month_end(y, m)).days > _RECENT_MONTH_DAYS
    ):  # nor a month long gone: "l'échéance de janvier" read in December is likely the next
        return None
    return span(date(y, m, 1), month_end(y, m), r.explicit())


def _month_range(r: Match) -> Resolved | None:
    """ "between January and July", "d'octobre (dernier) à mai": a range whose last month comes
    before its first runs over the new year ("from October to May" read in July: October of
    last year to May), the year named being the last month's."""
    m1, m2 = r.month(1), r.month(2)
    if m2 < m1:
        y2 = r.year() if r.named_year() else r.latest_year_of(m2)
        if y2 is None:
            return UNRESOLVED
        return span(date(y2 - 1, m1, 1), month_end(y2, m2), r.explicit())
    y = r.year() if r.named_year() else r.latest_year_of(m1)
    if y is None:
        return UNRESOLVED
    return span(date(y, m1, 1), month_end(y, m2), r.explicit())


def _month_part(r: Match) -> Resolved | None:
    m = r.month(1)
    y = year_of_month(r, m)
    if y is None:
        return UNRESOLVED
    days = lookup(r.table.periods.month_parts, r.group("part1") or "") or [1, 31]
    first, last = int(days[0]), int(days[1])  # type: ignore[index]
    end = month_end(y, m)
    return span(date(y, m, first), min(date(y, m, min(last, end.day)), end), r.explicit())


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
        return None if y1 is None else safe(lambda: span(*_season_span(r, y1), True))
    if r.group("year1") or r.group("yearref1"):
        return _season_of_year(r)
    return _latest_season(r)


def _season_of_year(r: Match) -> Resolved | None:
    """ "au printemps 2024", "l'hiver 2023": the season the year names (a winter, the one
    that ends in it)."""
    y = r.year()
    if y is None:
        return UNRESOLVED
    start, end = _season_span(r, y)
    if end.year > start.year:  # "l'hiver 2023": the winter that ends in 2023
        start, end = _season_span(r, y - 1)
    return safe(lambda: _clipped(start, end, r.published, r.explicit()))


def _latest_season(r: Match) -> Resolved | None:
    """ "cet été", "l'été dernier": the latest such season begun (or, with "dernier", ended)
    by publication, while it is recent."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
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
    return span(start, end, explicit)


def _first_month_year(r: Match, m1: int, m2: int, y2: int) -> int:
    """The first month's year: its own when each month names one, else the last month's
    (the year before when the first month comes later in the year)."""
    if r.group("year1") and r.group("year2"):
        return int(r.group("year1"))
    return y2 if m1 <= m2 else y2 - 1


def _month_part_range(r: Match) -> Resolved | None:
    """ "entre début juin et fin juillet", "de mi-juillet à mi-août 2023": from the first day
    of the first part to the last day of the second (the year named is the last month's,
    unless each month names its own)."""
    m1, m2 = r.month(1), r.month(2)
    named2 = r.group("year2") or r.group("year1")
    y2 = int(named2) if named2 else r.latest_year_of(m2)
    if y2 is None:
        return UNRESOLVED
    y1 = _first_month_year(r, m1, m2, y2)
    parts = r.table.periods.month_parts
    first = lookup(parts, r.group("part1") or "") or [1, 31]
    last = lookup(parts, r.group("part2") or "") or [1, 31]

    def build() -> Resolved | None:
        end = month_end(y2, m2)
        start = date(y1, m1, int(first[0]))  # type: ignore[index]
        return span(start, min(date(y2, m2, min(int(last[1]), end.day)), end), bool(named2))  # type: ignore[index]

    return safe(build)


def _month_yearref_range(r: Match) -> Resolved | None:
    """ "between October last year and May this year": each month with its own year."""
    y1, y2 = r.year(1), r.year(2)
    if y1 is None or y2 is None:
        return UNRESOLVED
    return span(date(y1, r.month(1), 1), month_end(y2, r.month(2)), r.explicit(1))


def _month_to_weekday(r: Match) -> Resolved | None:
    """ "from January to last Friday": the month's first day to that weekday."""
    end = r.recent_weekday()
    if end is None:
        return UNRESOLVED
    m = r.month(1)
    y = end.year if m <= end.month else end.year - 1
    return span(date(y, m, 1), end, False)


def _day_to_weekday(r: Match) -> Resolved | None:
    """ "between March 1 and Friday", "entre le 1er mars et vendredi": a count from a day up to
    the latest such weekday (the first day in the year before when it comes later); "until last
    Friday" on a Friday is the week before's."""
    end, d = r.recent_weekday(strictly_before=bool(r.group("last1"))), r.day(1)
    if end is None or d is None:
        return UNRESOLVED
    m = r.month(1)

    def build() -> Resolved | None:
        start = date(end.year, m, d)
        start = start if start <= end else add_years(start, -1)
        return (start, end, False, PeriodKind.to_date)

    return safe(build)


def _through_month(r: Match) -> Resolved | None:
    """ "through June", "jusqu'à fin juin": from the start of that year to the month's end."""
    m = r.month(1)
    y = year_of_month(r, m)
    if y is None:
        return UNRESOLVED
    return span(date(y, 1, 1), month_end(y, m), r.explicit())


def _this_month(r: Match) -> Resolved | None:
    pub = r.published
    return (pub.replace(day=1), pub, False, PeriodKind.to_date) if pub else UNRESOLVED


def _last_month(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return UNRESOLVED
    first = add_months(pub.replace(day=1), -1)
    return span(first, month_end(first.year, first.month), False)


def _since_month(r: Match) -> Resolved | None:
    pub = r.published
    if pub is None:
        return UNRESOLVED
    m = r.month(1)
    y = r.year() if r.named_year() else (pub.year if m <= pub.month else pub.year - 1)
    start = date(y, m, 1)
    return (start, closing_month_end(r, start) or pub, r.explicit(), PeriodKind.to_date)


def _since_month_part(r: Match) -> Resolved | None:
    """ "지난달 중순 이후", "8월 말부터", "이달 초부터": from the first day of that part of the
    month (the month named, else last month or this one) to publication."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
    days = lookup(r.table.periods.month_parts, r.group("part1") or "") or [1, 31]
    if r.group("month1"):
        m = r.month(1)
        y = r.year() if r.named_year() else r.latest_year_of(m)
        if y is None:
            return UNRESOLVED
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
    y = year_of_month(r, m)
    if y is None:
        return UNRESOLVED
    # A month not yet ended names a target ("by the end of June", read in May): kept whole.
    return (None, month_end(y, m), r.explicit(), PeriodKind.as_of)


def _as_of_weekday(r: Match) -> Resolved | None:
    d = r.recent_weekday()
    return (None, d, False, PeriodKind.as_of) if d else UNRESOLVED


def _as_of_last_month(r: Match) -> Resolved | None:
    """ "지난달 말 기준": a total known on the last day of the month before publication's."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
    return (None, pub.replace(day=1) - timedelta(days=1), False, PeriodKind.as_of)


def _last_month_day(r: Match) -> Resolved | None:
    """ "지난달 22일" (a day of last month), "지난달 28일부터 (이달) 3일까지", "지난달 5일부터"
    (to publication), "지난달 30일 기준" (as of)."""
    pub = r.published
    day = r.day(1)
    if pub is None or day is None:
        return UNRESOLVED
    first = add_months(pub.replace(day=1), -1)
    start = first.replace(day=day)
    last = r.day(2)
    if last is not None:
        month = pub.replace(day=1) if r.group("this1") or last < day else first
        return span(start, month.replace(day=last), False)
    if r.group("since1"):
        return (start, pub, False, PeriodKind.to_date)
    if r.group("asof1"):
        return (None, start, False, PeriodKind.as_of)
    return (start, start, False, PeriodKind.day)


def _through_last_month(r: Match) -> Resolved | None:
    """ "올해 들어 지난달까지": from the start of last month's year to that month's end."""
    pub = r.published
    if pub is None:
        return UNRESOLVED
    end = pub.replace(day=1) - timedelta(days=1)
    return span(date(end.year, 1, 1), end, False)


def _year_end(r: Match) -> Resolved | None:
    """ "at the end of last year", "fin 2023": a total known on 31 December."""
    y = r.year()
    if y is None:
        return UNRESOLVED
    # "by the end of 2025" read in 2024 is a target: its date is kept.
    return (None, date(y, 12, 31), r.explicit(), PeriodKind.as_of)


# Each phrase kind of years and months, and its resolver.
YEAR_MONTH_RESOLVERS: dict[Phrase, Callable[[Match], Resolved | None]] = {
    Phrase.year: _year,
    Phrase.report_year: _year,
    Phrase.year_range: _year_range,
    Phrase.split_year: _split_year,
    Phrase.month: _month,
    Phrase.month_of: _month_of,
    Phrase.month_range: _month_range,
    Phrase.month_part: _month_part,
    Phrase.season: _season,
    Phrase.month_part_range: _month_part_range,
    Phrase.month_yearref_range: _month_yearref_range,
    Phrase.month_to_weekday: _month_to_weekday,
    Phrase.day_to_weekday: _day_to_weekday,
    Phrase.through_month: _through_month,
    Phrase.this_month: _this_month,
    Phrase.as_of_weekday: _as_of_weekday,
    Phrase.as_of_last_month: _as_of_last_month,
    Phrase.through_last_month: _through_last_month,
    Phrase.last_month_day: _last_month_day,
    Phrase.year_end: _year_end,
    Phrase.last_month: _last_month,
    Phrase.as_of_month: _as_of_month,
    Phrase.since_month: _since_month,
    Phrase.since_month_part: _since_month_part,
    Phrase.since_year: _since_year,
    Phrase.year_to_date: _year_to_date,
    Phrase.yearref: _yearref,
    Phrase.year_earlier: _year_earlier,
    Phrase.unit_earlier: _unit_earlier,
    Phrase.same_point: _same_point,
    Phrase.same_weekday: _same_weekday,
}
