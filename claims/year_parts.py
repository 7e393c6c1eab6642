"""A compared figure dated by a whole past year, set against part of a later year, is that
same part of its year ("last year" after a partner of part of this year, too).

"More than 20,000 people have crossed this year. The figures show a drop compared to last year,
when more than 25,000 people had already made the journey": the 25,000 are those of 1 January
to the same day last year, not of all last year. So are "contre 25 500 sur la même période de
2021 et 10 900 en 2020" (the 10 900 of 2020's same weeks) and "a 10% increase on the figure
recorded last year, which was 17,346"; not one said to cover the whole year ("contre un total,
sur toute l'année, de 12 360 en 2015"). The figure set against is the latest stated figure
(not a baseline) of the sentence, else of the sentence before; it must cover part of one year
from its 1 January. A figure of a past year with no comparison ("In 2023, a total of 29,437
made the crossing") keeps its whole year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.figure_model import Figure, partner_claim
from claims.lang import ExtractionTable
from claims.models import DATED, Claim, Period, PeriodKind, Role
from claims.period_match import add_years, shift
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase

_PARTS = frozenset({PeriodKind.to_date, PeriodKind.interval})


def same_part_of_a_past_year(
    period: Period | None,
    text: str,
    at: int,
    set_against: list[Claim],
    table: ExtractionTable,
    published: date | None,
) -> Period | None:
    """The part of the figure's past year that the figure set against covers in its own year,
    when the sentence compares before the figure (``at``: where the figure starts in
    ``text``); None otherwise. ``set_against``: the stated claims to compare with, latest
    last."""
    year = _compared_past_year(period, text, at, table, published)
    if year is None:
        return None
    span = _part_of_a_year(set_against)
    if span is None or span.start is None or span.end is None or span.start.year <= year:
        return None
    shift = year - span.start.year
    return Period(start=add_years(span.start, shift), end=add_years(span.end, shift),
                  text=period.text, resolution="relative", kind=PeriodKind.interval)


def _compared_past_year(period: Period | None, text: str, at: int, table: ExtractionTable,
                        published: date | None) -> int | None:
    """The whole past year that dates a figure the sentence sets against another before it
    ("compared to last year, when ..."), unless the sentence says the whole year or an average
    ("contre un total, sur toute l'année, de ...", "en moyenne"); None otherwise."""
    if period is None or published is None:
        return None
    year = _whole_year(period)
    if year is None or year >= published.year or not _compared(text[:at], table):
        return None
    if _said_whole(text, table) or _any_of(table.periods.average_words, text):
        return None
    if period.text and _any_of(table.periods.whole_year_words, period.text):
        return None  # "contre 39 sur l'ensemble de 2024": the year's own phrase says all of it
    return year


def _whole_year(period: Period) -> int | None:
    start, end = period.start, period.end
    if start is None or end is None or not _whole_calendar_year(start, end):
        return None
    return start.year if start.year == end.year else None


def _compared(before: str, table: ExtractionTable) -> bool:
    """Whether the text before the figure sets it against another ("compared to", "contre",
    "qu'en" or "qu’en")."""
    return _any_of(table.periods.year_part_comparisons, before)


def _said_whole(text: str, table: ExtractionTable) -> bool:
    return _any_of(table.periods.whole_year_cues, text)


def _any_of(words: list[str], text: str) -> bool:
    """Whether any of the words stands in the text as whole words (either apostrophe)."""
    return _stands_in(words, text.replace("\u2019", "'"))


def _stands_in(words: list[str], text: str) -> bool:
    """Whether any of the words stands in the text as whole words, in any case."""
    if not words:
        return False
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.I) is not None


def _part_of_a_year(claims: list[Claim]) -> Period | None:
    """The period of the latest stated figure, when it covers part of one year from 1 January
    (the year to date, January to July)."""
    for claim in reversed(claims):
        period = claim.period
        if claim.role is not Role.value or period is None or period.resolution not in DATED:
            continue
        return period if _from_january(period) else None
    return None


def _from_january(period: Period) -> bool:
    """Part of one year from its 1 January, not all of it (January to July, the year to
    date)."""
    start, end = period.start, period.end
    return (
        period.kind in _PARTS and start is not None and end is not None
        and (start.month, start.day) == (1, 1) and start.year == end.year
        and (end.month, end.day) != (12, 31)
    )


def last_year_of_a_shorter_partner(f: Figure, bound: PeriodMatch, done: list[Claim],
                                   table: ExtractionTable) -> bool:
    """ "335 morts en août, contre 306 l'an passé", "up 4% in May from 1,210 last year": a
    compared figure dated "last year" when the figure it is compared with covers part of a year
    is that part a year back, not the whole of last year; not when its phrase says all of it
    ("compared with 654 in the whole of last year")."""
    span = _dated_partner_span(f, done) if bound.kind is Phrase.yearref else None
    last = bound.period
    if span is None or last.start is None or last.end is None:
        return False
    if last.text and _any_of(table.periods.whole_year_words, last.text):
        return False
    start, end = span
    return (
        not _whole_calendar_year(start, end)
        and start.year == end.year == last.start.year + 1
        and last.start.year == last.end.year
    )


def _dated_partner_span(f: Figure, done: list[Claim]) -> tuple[date, date] | None:
    """The start and end of the dated period of the figure a compared figure is set against
    (None: the figure is no comparison, or its partner's period is not dated with both ends)."""
    twin = partner_claim(f, done) if f.role is Role.comparison else None
    partner = twin.period if twin is not None else None
    if partner is None or partner.start is None or partner.end is None:
        return None
    return (partner.start, partner.end) if partner.resolution in DATED else None


def _whole_calendar_year(start: date, end: date) -> bool:
    """From January 1 to December 31: a figure over it is last year's whole, no part of it."""
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def units_to_publication(bound: PeriodMatch, published: date | None) -> Period | None:
    """ "the previous 12 months", "les douze mois précédents" with no figure before to step
    back from: the twelve months to publication, as "the past 12 months" are. None for one
    unit ("the previous week" steps back from the figure it follows, or dates nothing)."""
    if bound.kind is not Phrase.unit_earlier or bound.steps < 2 or bound.step in (None, "day"):
        return None
    if published is None:
        return None
    start = shift(published + timedelta(days=1), bound.step, -bound.steps)
    return Period(start=start, end=published, text=bound.period.text, resolution="relative",
                  kind=PeriodKind.to_date)
