"""Periods a figure takes from the clause it stands in, past the phrase binding gave it.

"the deadliest flood since 2011, when heavy rains killed 312 people": a clause that "when"
hangs on a year is about that year; "The fire, which started on Tuesday, ... was 15% contained":
a level within a running window holds as of the window's end, not over it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from claims.binding_as_of import TRAILING, trailing_to
from claims.binding_baselines import WINDOWS
from claims.clauses import CLAUSE_EDGE, clause_end, clause_of
from claims.figure_model import DURATIONS, Figure
from claims.lang import ExtractionTable
from claims.models import DATED, Claim, Period, PeriodKind
from claims.period_match import month_end
from claims.periods import PeriodMatch
from claims.phrase_kinds import BASELINES
from claims.sentence_memo import found_between, per_sentence
from claims.sentences import Sentence

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # the year every ``when_year_re`` match holds


@per_sentence
def _year_ends(text: str, table: ExtractionTable) -> list[int]:
    """Where the years of a sentence end, found once for all its figures: with none before a
    figure, ``when_year_re`` (which tries each position) cannot match before it."""
    return [m.end() for m in _YEAR.finditer(text)]


def when_year(
    start: int, end: int, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable,
    published: date | None,
) -> Period | None:
    """ "since 2011, when heavy rains killed 312 people", "the record set in 2016 when 321,100
    ballots were cast": the figure at ``start``..``end`` (sentence offsets) stands in a clause
    hung by "when" on a year, so it is about that year (the whole year once ended; up to
    publication in the year of publication), or on a month of a year ("March of 2024, when"),
    unless a phrase of its own clause dates it."""
    link = _when_link(start, end, s, periods, table)
    if link is None:
        return None
    value = int(link.group("year"))
    if published is not None and value > published.year:
        return None
    month = table.periods.months.get((link.group("month") or "").lower())
    if month is not None:  # "down from March of 2024, when 137,480 were recorded"
        return _month_of_year(s.text[link.start() : link.end("year")], value, month, published)
    return _year_to_publication(link, value, published)


def _when_link(
    start: int, end: int, s: Sentence, periods: list[PeriodMatch], table: ExtractionTable
) -> re.Match[str] | None:
    """The last "when" hung on a year before the figure, in its clause, when no phrase of the
    figure's own clause dates it and no finer time holds the year."""
    text = s.text
    years = _year_ends(text, table)
    if not years or years[0] >= start:
        return None  # no year before the figure: nothing for "when" to hang on
    link = None
    for m in table.when_year_re.finditer(text, 0, start):
        link = m
    if link is None or not _one_clause_on(text, link.end(), start, table):
        return None
    stop = clause_end(text, end)
    if any(link.end() <= p.start - s.start < stop for p in periods):
        return None  # "since 2011, when 312 people died in March": its own phrase
    if _finer_than_year(link.start("year") + s.start, periods):
        return None  # "mi-août 2023, quand 310 maisons": a time finer than the year
    return link


def _one_clause_on(text: str, begin: int, end: int, table: ExtractionTable) -> bool:
    """Whether ``begin``..``end`` stays in one clause, or goes on past a comma only into what
    the clause's event did ("since 2009, when a ferry capsized, killing 41 people")."""
    return all(edge.group() == "," and table.consequence_re.match(text, edge.end())
               for edge in CLAUSE_EDGE.finditer(text, begin, end))


def when_phrase(f: Figure, s: Sentence, periods: list[PeriodMatch], done: list[Claim],
                table: ExtractionTable) -> Period | None:
    """ "Bookings were up 22 percent from $8.6 billion in the same period a year earlier, when
    the airline sold 41 million seats", "in March, when 4,100 people crossed": a figure
    in a "when" clause hung on the period phrase right before it covers that phrase's time (as
    the figure it dated read it), unless a phrase of its own clause dates it. Not "where" (a
    place)."""
    text = s.text
    before = [p for p in periods if p.end - s.start <= f.start]
    if not before:
        return None
    phrase = before[-1]
    at = phrase.end - s.start
    link = table.when_link_re.match(text, at + len(text[at:]) - len(text[at:].lstrip(" ,")))
    if link is None or link.group().lower() in table.place_links_set:
        return None
    if CLAUSE_EDGE.search(text, link.end(), f.start):
        return None
    stop = clause_end(text, f.end)
    if any(link.end() <= p.start - s.start < stop for p in periods):
        return None  # its own phrase dates it
    return _the_phrase_time(phrase, done)


def _the_phrase_time(phrase: PeriodMatch, done: list[Claim]) -> Period | None:
    """The time of the phrase a "when" clause hangs on: as the latest figure it dated read it,
    else its own, carried (None for a baseline no figure anchored, or the day something was
    said)."""
    for claim in reversed(done):
        period = claim.period
        if period is not None and period.text == phrase.period.text and period.end is not None:
            return period.model_copy(update={"resolution": "carried", "source": claim.id})
    if phrase.kind in BASELINES or phrase.announced or phrase.period.end is None:
        return None
    return phrase.period.model_copy(update={"resolution": "carried"})


def _finer_than_year(at: int, periods: list[PeriodMatch]) -> bool:
    """A phrase shorter than a year holds the year at ``at`` (document offset)."""
    return any(
        p.start < at < p.end and p.period.start and p.period.end
        and (p.period.end - p.period.start).days < 360
        for p in periods
    )


def _month_of_year(named: str, value: int, month: int, published: date | None) -> Period | None:
    """ "March of 2024, when": that month, up to publication while it runs."""
    start, stop_day = date(value, month, 1), month_end(value, month)
    if published is not None and stop_day > published:
        return None if start > published else Period(
            start=start, end=published, text=named, resolution="explicit",
            kind=PeriodKind.to_date)
    return Period(start=start, end=stop_day, text=named, resolution="explicit",
                  kind=PeriodKind.interval)


def _year_to_publication(
    link: re.Match[str], value: int, published: date | None
) -> Period:
    """ "since 2011, when": the whole year once ended, up to publication in its year."""
    first = date(value, 1, 1)
    if published is not None and value == published.year:
        return Period(start=first, end=published, text=link.group("year"),
                      resolution="explicit", kind=PeriodKind.to_date)
    return Period(start=first, end=date(value, 12, 31), text=link.group("year"),
                  resolution="explicit", kind=PeriodKind.interval)


def restates(f: Figure, previous: Figure | None, s: Sentence, table: ExtractionTable) -> bool:
    """ "Callqui accounted for 118 of the deaths, or 82.5%", "4,100 burglaries, or about 11 a
    day": a figure restating the one right before it (as a share, a rate, other units) covers
    the same time."""
    if previous is None or f.role is not previous.role:
        return False
    return bool(table.restate_re.fullmatch(s.text, previous.end, f.start))


def restated_after(claims: list[Claim], figures: list[Figure], s: Sentence,
                   table: ExtractionTable) -> None:
    """ "Its order backlog stood at $18.4 billion, or 96 aircraft, as of the end of October",
    "Net income fell to $3.19 billion, or 31 cents a share, in the third quarter": a figure the
    next one restates ("or ...") takes the phrase that dates the restatement, when it has none
    of its own; the phrase closes the clause both figures stand in."""
    for at in range(len(claims) - 1):
        first, second = claims[at], claims[at + 1]
        own, later = first.period, second.period
        if (
            (own is None or own.resolution == "publication")
            and later is not None and later.resolution in ("explicit", "relative")
            and later.source is None
            and restates(figures[at + 1], figures[at], s, table)
        ):
            kind = later.kind
            if kind is PeriodKind.rate and not first.per:  # "41,300 tonnes, or 1,330 a day"
                kind = PeriodKind.interval
            first.period = later.model_copy(update={"resolution": "carried", "kind": kind,
                                                    "source": second.id})


def level_at_end(
    period: Period | None, f: Figure, figures: list[Figure], s: Sentence, table: ExtractionTable
) -> Period | None:
    """ "The Ridge fire, which started on Tuesday, had burned 8,400 acres and was 15% contained",
    "8,420 people had evacuated since Tuesday, and 2,370 of them had yet to return home": a
    level (its own clause says so) within a window still running holds as of the window's
    end; the window is what the counts beside it cover."""
    if period is None or period.kind is not PeriodKind.to_date or period.end is None:
        return period
    if f.unit in DURATIONS:
        return period
    left, right = clause_of(f, figures, s.text)
    if not found_between(table.state_re, s.text, left, right):
        return period
    return period.as_of_end()


def total_to_day(
    period: Period | None, f: Figure, s: Sentence, periods: list[PeriodMatch],
    table: ExtractionTable,
) -> Period | None:
    """ "On Aug. 17, 492 migrants crossed, taking the provisional total for the year so far to
    19,066": a running total that the day's events took to a figure runs to that day, not to
    publication, unless it says so ("up to now"); so does one a month's events took to it
    ("5,300 people crossed in September, taking the total for the year so far to 32,100"), to
    that month's end."""
    if period is None or period.kind is not PeriodKind.to_date or period.start is None:
        return period
    days = [
        p for p in periods
        if not p.announced and p.end - s.start <= f.start and _within(p.period, period)
    ]
    if not days or not _took_total_to(days[-1], f, s, table):
        return period
    return period.model_copy(update={"end": days[-1].period.end})


def _within(inner: Period, window: Period) -> bool:
    """A day or an interval that ends within ``window`` (an interval starting in it too)."""
    if inner.kind not in (PeriodKind.day, PeriodKind.interval) or inner.end is None:
        return False
    if window.start is None or not window.start <= inner.end:
        return False
    if window.end is not None and inner.end > window.end:
        return False
    return inner.kind is PeriodKind.day or (
        inner.start is not None and window.start <= inner.start)


def _took_total_to(day: PeriodMatch, f: Figure, s: Sentence, table: ExtractionTable) -> bool:
    """A total link ("taking the total to") between the day and the figure, and no "up to
    now" ("taking the 2024 total up to now to 24,310": says it runs to now)."""
    between = (s.text, day.end - s.start, f.start)
    return bool(table.total_link_re.search(*between)) and not table.up_to_now_re.search(
        *between)


_RELEASE_LAG_DAYS = 92  # a statistic's last month is at most a quarter before publication


def rolling_to_release(
    period: Period | None, bound: PeriodMatch | None, before: list[Claim], published: date | None,
    framing: Sequence[PeriodMatch] = (),
) -> Period | None:
    """ "Sur les dix premiers mois, le déficit atteint 66,2 milliards. Sur douze mois
    glissants, il s'établit à 78,3 milliards.": a window of whole months naming no end, right
    after figures of a finished month (a statistic's release) over a window no longer than it,
    ends with that month, not at publication: the same release. ``before``: the claims of the
    sentence before and the figures before it in its own, comparisons left out; ``framing``:
    the sentence's phrases (one before the window frames it: "En septembre, ...")."""
    if (
        period is None or bound is None or published is None
        or not _trailing_months_to(period, bound, published)
    ):
        return period
    ends = [
        p.end for p in _stated_before(before, framing, bound)
        if _released_month(p, period, published)
    ]
    if not ends:
        return period
    return trailing_to(period, period.end, ends[-1])


def _stated_before(
    before: list[Claim], framing: Sequence[PeriodMatch], bound: PeriodMatch
) -> list[Period]:
    """The periods of the figures before and of the phrases framing the window ("En
    septembre, le nombre de transactions des douze derniers mois s'établit à ...")."""
    return [c.period for c in before if c.period is not None] + [
        p.period for p in framing if p.end <= bound.start and not p.announced
    ]


def _trailing_months_to(period: Period, bound: PeriodMatch, published: date) -> bool:
    """A trailing window of whole months that runs to publication."""
    if bound.kind not in TRAILING or period.start is None or period.end != published:
        return False
    return period.start.day == (period.end + timedelta(days=1)).day  # whole months only


def _released_month(p: Period, window: Period, published: date) -> bool:
    """A dated window that ends with a finished month at most a quarter before publication,
    and starts no earlier than ``window`` (a month, a year to date: not "last year" before
    "over the past month")."""
    if p.end is None or p.resolution not in DATED or p.kind not in WINDOWS:
        return False
    if not p.end < published or (p.end + timedelta(days=1)).day != 1:
        return False
    return (published - p.end).days <= _RELEASE_LAG_DAYS and (
        p.start is None or (window.start is not None and p.start >= window.start))
