"""The period a release is about, and the running windows it closes.

Statistics releases, epidemic bulletins and monthly figures are about a closed period their lead
names ("Du 16 au 22 novembre, 1 240 cas", "housing starts fell 7% in October"), published days
or weeks after it ends. Their running totals ("depuis le 1er janvier", "so far this year",
"depuis janvier") count up to that period's end, not to the day the article appeared: the
bulletin of 22 November gives the cases since January to 22 November. A window whose sentence
names its own end ("au 15 novembre", "as of Oct. 31") or ties it to the time of writing
("aujourd'hui", "as of today") keeps it; an article whose lead names no such period keeps
publication as the end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.period_match import add_years, month_end
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase

# How long after its end a period may still be the one a release is about: a weekly bulletin
# comes out within days, monthly figures within about six weeks, quarterly ones within about
# three months.
_LAG_DAYS = {"week": 16, "month": 62, "quarter": 100}
# A bulletin's counts stop at most two weeks before it is published ("au 30 novembre").
_AS_OF_LAG_DAYS = 14
# "La semaine dernière, l'ARS dénombrait 412 hospitalisations depuis janvier": in a release
# about a week (a month), last week (month) is the previous release's.
_PREVIOUS = {Phrase.last_week: "week", Phrase.last_month: "month"}
_DATED_HERE = frozenset({"explicit", "relative", "carried"})
# Windows that say where they open and run on ("depuis le 1er janvier", "so far this year",
# "since March"); not "this year" alone ("Prices have risen 5.2% this year"), read either way.
RUNNING = frozenset({
    Phrase.year_to_date, Phrase.since_day, Phrase.since_month, Phrase.since_year,
    Phrase.since_month_part,
})


def grain(period: Period) -> str | None:
    """The calendar grain of a closed period: seven days, a calendar month or quarter."""
    start, end = period.start, period.end
    if start is None or end is None:
        return None
    if (end - start).days == 6:
        return "week"
    if start.day != 1:
        return None
    if end == month_end(start.year, start.month):
        return "month"
    if start.month % 3 == 1 and end == month_end(start.year, start.month + 2):
        return "quarter"
    return None


def reference_of(
    claims: list[Claim], baselines: set[str], published: date | None
) -> Period | None:
    """The closed week, month or quarter the first stated figure of a lead sentence covers,
    when it ended shortly before publication: what the release is about; or the running window
    to a day before publication it counts over ("8 240 arrivées au 30 novembre" since the
    start of the year, in a bulletin published on 2 December): the day the release stops its
    counts. None otherwise."""
    first = next((c.period for c in claims if _stated_window(c, baselines)), None)
    if published is None or first is None or first.end is None or first.end >= published:
        return None
    lag = _longest_lag(first)
    return first if lag is not None and (published - first.end).days <= lag else None


def _longest_lag(period: Period) -> int | None:
    """How many days before publication a release's window may end: a bulletin's running
    count, ``_AS_OF_LAG_DAYS``; a closed week, month or quarter, its grain's lag; any other
    window, None."""
    if period.kind is PeriodKind.to_date:
        return _AS_OF_LAG_DAYS
    unit = grain(period)
    return None if unit is None else _LAG_DAYS[unit]


def _stated_window(claim: Claim, baselines: set[str]) -> bool:
    """A stated figure (no baseline) over an interval or a running window the text dates."""
    period = claim.period
    return (
        claim.role is Role.value and claim.id not in baselines and period is not None
        and period.kind in (PeriodKind.interval, PeriodKind.to_date)
        and period.resolution in _DATED_HERE and period.start is not None
    )


def closed_at_reference(
    period: Period | None,
    bound: PeriodMatch | None,
    reference: Period | None,
    text: str,
    phrases: list[PeriodMatch],
    table: ExtractionTable,
    published: date | None,
    lead: str = "",
) -> Period | None:
    """A running window that would end at publication ends at the end of the period the
    release is about (or, said of "last week" in a weekly release, of the one before), unless
    its sentence ties it to the time of writing, is a person's own account ("She said she
    had made offers on 14 homes since January"), or names a source the release's ``lead``
    sentence does not ("selon l'ARS" in an article on Santé publique France's weekly
    bulletin: another body's count, to the time of writing)."""
    if reference is None or period is None:
        return period
    if not _runs_on_from(period, bound, reference, published, phrases):
        return period
    if reference.kind is PeriodKind.to_date and period.start != reference.start:
        return period  # a running window the release stops is the same count's window
    if _runs_to_the_writing(text, lead, table):
        return period
    end = _closing_day(period, reference, phrases)
    return period if end is None else period.model_copy(update={"end": end})


def _runs_on_from(period: Period, bound: PeriodMatch | None, reference: Period,
                  published: date | None, phrases: list[PeriodMatch]) -> bool:
    """Whether a running phrase ("depuis le 1er janvier", "so far this year") dates a window
    that runs to publication from a day no later than the release's period began."""
    return (bound is not None and _running(bound, period, reference, phrases)
            and _running_to(period, published) and _begun_by(period, reference))


def _running(bound: PeriodMatch, period: Period, reference: Period,
             phrases: list[PeriodMatch]) -> bool:
    """A running phrase; or "this year" ("the arrivals counted this year") in a release counting
    from the year's start to a stated day ("between Jan. 1 and Sunday"): the same count,
    unless its sentence says when it was told ("Officials said Monday that the thefts
    reported this year have reached 2,380": a count to that day)."""
    return bound.kind in RUNNING or (
        bound.kind is Phrase.yearref and reference.kind is PeriodKind.to_date
        and period.start == reference.start and not any(p.announced for p in phrases)
    )


def _runs_to_the_writing(text: str, lead: str, table: ExtractionTable) -> bool:
    """Whether the sentence ties its window to the time of writing ("à ce jour", "as of
    today"), is a person's own account, or gives another source's count than the lead's."""
    return bool(table.publication_time_re.search(text) or table.personal_pronoun_re.search(text)
                or _another_source(text, lead, table))


def _source_words(text: str, table: ExtractionTable) -> frozenset[str]:
    """The words of the source a sentence names ("selon l'ARS" -> {"ars"}), up to the end of
    its clause; none when it names none."""
    m = table.source_intro_re.search(text)
    if m is None:
        return frozenset()
    said = re.split(r"[,;:.()]", text[m.end() :], maxsplit=1)[0]
    stop = table.stop_words_set
    return frozenset(w for w in (x.lower() for x in _WORDS.findall(said))
                     if len(w) > 2 and w not in stop)


def _another_source(text: str, lead: str, table: ExtractionTable) -> bool:
    """Whether the sentence and the release's lead both name a source, and not the same."""
    here, there = _source_words(text, table), _source_words(lead, table)
    return bool(here) and bool(there) and not here & there


_WORDS = re.compile(r"[^\W\d_]+")


def _running_to(period: Period, published: date | None) -> bool:
    """A running window with a start, ending at publication."""
    return (
        period.kind is PeriodKind.to_date and period.start is not None
        and period.end is not None and period.end == published
    )


def _begun_by(period: Period, reference: Period) -> bool:
    """Whether a window began by the end of a whole reference period."""
    return (
        reference.start is not None and reference.end is not None
        and period.start is not None and period.start <= reference.end
    )


def _closing_day(period: Period, reference: Period, phrases: list[PeriodMatch]) -> date | None:
    """The end of the reference period, or, said of "last week" in a weekly release ("last
    month" in a monthly one), the end of the one before; None when the window began after
    that."""
    unit = grain(reference)
    if unit is None or reference.start is None or not any(
        _PREVIOUS.get(p.kind) == unit for p in phrases
    ):
        return reference.end
    end = reference.start - timedelta(days=1)
    return end if period.start is not None and end >= period.start else None


def compares_with(period: Period | None, reference: Period | None) -> bool:
    """Whether ``period`` is what a release's own period is compared with: the same window a
    year back ("지난해 3분기" in a release on this year's third quarter, "the third quarter of
    last year"), or, for a week, month or quarter, the one just before it ("직전 분기인
    2분기", "the previous quarter"). A figure of such a period is a baseline: it dates itself
    only, and the figures after it with no time of their own go on with the release's period."""
    if period is None or reference is None or period == reference:
        return False
    start, end = period.start, period.end
    if start is None or end is None or reference.start is None or reference.end is None:
        return False
    if reference.start.year <= 1:
        return False  # no year nor day before the first one (a fuzzed publication date)
    if (start, end) == (add_years(reference.start, -1), add_years(reference.end, -1)):
        return True
    return _just_before(start, end, reference)


def _just_before(start: date, end: date, reference: Period) -> bool:
    """The week, month or quarter right before a reference of the same grain."""
    unit = grain(reference)
    if unit is None or reference.start is None or end != reference.start - timedelta(days=1):
        return False
    return grain(Period(start=start, end=end, text="")) == unit
