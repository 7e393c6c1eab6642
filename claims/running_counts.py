"""A running count read at several times is one count from its stated start.

An outbreak bulletin, a disaster's tally or a police count of arrests states where its count
starts ("63 cases had been confirmed since the outbreak was declared on March 3", "48 cas
depuis le début de l'épidémie le 14 octobre", "96 people had been arrested since Friday").
Every other reading of that count in the article is the same count, from the same start, to
the time it was read:

* a reading told at a day ("On Wednesday, the ministry had reported 58 confirmed cases", a verb
  of reporting or counting whose object the figure is) runs from the start to that day: the
  day is the as-of day of the reading, not a day of the event ("58 cases on Wednesday" is no
  count of Wednesday's confirmations);
* a reading with no time of its own (the lead's "more than 100 people have been arrested", a
  breakdown's "five have recovered") runs from the start to the window's own end (the
  bulletin's day).

Not a count of new things ("14 new cases on Monday", "two more deaths": the day's flow), a
count a verb of the event itself dates ("6,400 people marched on Monday"), a change, an
estimate, a window of its own ("in the past seven days", "in 2017": a past outbreak's total),
a stock, which a state word makes a level at a time, a casualty toll (``claims.tolls`` reads
it: "seven of them in Thursday's slide" is that slide's toll, not a reading of the season's
count), nor a headline (it borrows the body's period). What counts as the same count: the
figure's event or counted thing shares a concept with the window's, other than a person or a
verb of reporting. A window from 1 January is the calendar's count of many events ("2 610 morts
sur les routes depuis le 1er janvier"), no story's running count.
"""

from __future__ import annotations

import re
from datetime import date

from claims.clauses import clause_start
from claims.counted_headline import headline_lines
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.models import Claim, Modality, Period, PeriodKind, Role
from claims.periods import find_periods
from claims.phrase_kinds import SINCE_A_START
from claims.state_periods import predicate
from claims.tolls import STORY_DAYS

# Phrases that open a running window at a start the text names ("since the outbreak was
# declared on March 3", "depuis lundi", "지난달 12일 이후"), not a window counted back from
# publication ("in the past seven days") nor a calendar year so far.
_OWN_PHRASE = frozenset({"explicit", "relative"})
_CARRIED = "carried"  # a period read from the figure's sentence
_READINGS = frozenset({PeriodKind.day, PeriodKind.as_of, PeriodKind.none})
_WORD = re.compile(r"[^\W\d_]+")
_REPORTED = "report"  # the concept table's verbs that count or report ("reported", "recensé")
_SAY_NOTHING = frozenset({_REPORTED, "person"})  # "reported", "people": not which count it is
_NEAR = 14  # characters before a figure where "new", "more", "nouveaux" tell a flow


def running_counts_from_start(claims: list[Claim], table: ExtractionTable,
                              published: date | None) -> None:
    """Date every reading of a running count from the count's stated start (see the module)."""
    if published is None:
        return
    windows = [c for c in claims if a_window_from_a_start(c, published)]
    if not windows:
        return
    lexicon = Lexicon.shipped()
    headlines = set(headline_lines(claims))
    tolls = frozenset(table.periods.toll_concepts)
    for at, claim in enumerate(claims):
        if claim in windows or claim.sentence in headlines or _counts(claim) & tolls:
            continue  # the headline borrows the body's period; a toll is ``claims.tolls``'
        if not _a_plain_reading(claim, table, lexicon):
            continue
        window = _its_window(claim, at, claims, windows, published)
        if window is not None:
            claim.period = _from_the_start(claim, window, published)
    _parts_end_with_their_window(claims, windows)
    _stocks_of_the_reading(claims, windows, table)


def _parts_end_with_their_window(claims: list[Claim], windows: list[Claim]) -> None:
    """ "As of Sunday, 63 cases since March 3 ... Nine of the confirmed cases are health
    workers": a part that carried the window's start with no time of its own ends where the
    window does (the bulletin's day), not at publication."""
    at = {w.id: claims.index(w) for w in windows}
    for place, claim in enumerate(claims):
        period = claim.period
        if period is None or period.kind is not PeriodKind.to_date or period.end is None or (
                period.resolution != _CARRIED):
            continue
        window = next((w for w in windows if w.period is not None
                       and w.period.start == period.start and w.period.end is not None
                       and w.period.end < period.end and w.sentence != claim.sentence
                       and at[w.id] < place), None)
        if window is not None and window.period is not None:
            claim.period = period.model_copy(update={"end": window.period.end})


def _stocks_of_the_reading(claims: list[Claim], windows: list[Claim],
                           table: ExtractionTable) -> None:
    """ "Of those, 21 have died, 12 are being treated in isolation": a stock with no
    time of its own, told beside a part of a running count, is a level as of the count's end
    (the bulletin's day), not of publication."""
    ends = {w.id: w.period for w in windows}
    for claim in claims:
        period = claim.period
        if period is None or _dated_by_its_own_phrase(period) or claim.unit != "count":
            continue
        if not _plainly_stated(claim) or not _a_state(claim, table):
            continue
        told_with = next((c.period for c in claims if c.sentence == claim.sentence
                          and c.period is not None and c.period.kind is PeriodKind.to_date
                          and (c.id in ends or c.period.source in ends)), None)
        if told_with is not None:
            claim.period = told_with.as_of_end().model_copy(
                update={"resolution": _CARRIED, "source": told_with.source})


def a_window_from_a_start(claim: Claim, published: date) -> bool:
    """A stated count whose own sentence opens its window at a named start ("since ..."), not
    at a year's first day ("depuis le 1er janvier": the calendar's count, of many events)."""
    period = claim.period
    if (
        period is None or period.kind is not PeriodKind.to_date or period.start is None
        or period.end is None or claim.unit != "count" or not _plainly_stated(claim)
        or (period.start.month, period.start.day) == (1, 1)
    ):
        return False
    found = find_periods(claim.sentence, 0, claim.language, published)
    return any(p.kind in SINCE_A_START and p.period.start == period.start for p in found)


def a_plain_part(claim: Claim, table: ExtractionTable) -> bool:
    """A stated count that is no count of new things nor a state held at a time (a stock)."""
    return (claim.unit == "count" and _plainly_stated(claim) and not _new_things(claim, table)
            and not _a_state(claim, table))


def _plainly_stated(claim: Claim) -> bool:
    """A stated value: no change, estimate, plan or hedge."""
    return (claim.role is Role.value and claim.direction is None and not claim.hedge
            and claim.modality is Modality.stated)


def _a_plain_reading(claim: Claim, table: ExtractionTable, lexicon: Lexicon) -> bool:
    """A stated count read at a time (a day, as of a day, or with no time of its own) that is
    no count of new things; a day of its own only as the day a verb of reporting or counting
    gives it ("the ministry had reported 58 confirmed cases")."""
    period = claim.period
    if period is None or period.kind not in _READINGS or claim.unit != "count":
        return False
    if not _plainly_stated(claim) or _new_things(claim, table) or _a_state(claim, table):
        return False
    if period.kind is PeriodKind.day:
        return period.resolution in _OWN_PHRASE and _reported(claim, table, lexicon)
    return True


def _new_things(claim: Claim, table: ExtractionTable) -> bool:
    """A word of new things or of an increment right before the figure ("14 new cases",
    "another 12", "nouveaux cas", "신규 확진자") or right after it ("1명이 더")."""
    at = claim.at_in_sentence()
    if at < 0:
        return True  # not found: precision first
    end = at + len(claim.surface)
    near = f"{claim.sentence[max(0, at - _NEAR) : at]} {claim.sentence[end : end + _NEAR]}"
    near = near.lower()
    return bool(table.toll_increment_re.search(near) or table.new_count_re.search(near))


def _a_state(claim: Claim, table: ExtractionTable) -> bool:
    """Whether the figure's clause tells a state held at a time, a stock ("19 are being
    treated", "Health teams were following 512 contacts", "in critical condition"): a level
    that may shrink, no reading of a count that only grows."""
    span = predicate(claim, table)
    if span is None:
        return True  # not found: precision first
    left, right = span
    text, states = claim.sentence, table.states
    return bool(states.progressive_re.search(text, left, right)
                or states.state_word_re.search(text, left, right))


def _reported(claim: Claim, table: ExtractionTable, lexicon: Lexicon) -> bool:
    """Whether a verb of reporting or counting stands before the figure in its clause (the
    figure is its object: a reading of a count, not the count of an event of the day)."""
    at = claim.at_in_sentence()
    start = clause_start(claim.sentence, at)
    return any(lexicon.concept(w.group(), claim.language) == _REPORTED
               for w in _WORD.finditer(claim.sentence, start, at))


def _counts(claim: Claim) -> frozenset[str]:
    """What a figure counts, as concepts of its event and of its counted thing; not a person
    nor the verb of reporting, which say nothing of which count it is ("reported 14 deaths",
    "63 cases had been confirmed")."""
    frame = claim.frame
    if frame is None:
        return frozenset()
    concepts = {k for slot in (frame.event, frame.counted) if slot is not None
                for k in slot.concepts}
    return frozenset(concepts) - _SAY_NOTHING


def _its_window(claim: Claim, at: int, claims: list[Claim], windows: list[Claim],
                published: date) -> Claim | None:
    """The window of the same count: the latest one before the figure that counts what it
    counts, else the first one after it (a lead before the body)."""
    counts = _counts(claim)
    if not counts:
        return None
    same = [(claims.index(w), w) for w in windows
            if counts & _counts(w) and _in_window(claim, w, published)]
    before = [w for i, w in same if i < at]
    after = [w for i, w in same if i > at]
    return before[-1] if before else (after[0] if after else None)


def _in_window(claim: Claim, window: Claim, published: date) -> bool:
    """A reading dated by a phrase of its own falls inside the window's span (an earlier
    reading of the count: "44 on Monday", then "41 as of Thursday"); one with no time of its
    own is read at the story's time, so the window must run to it (end at most ``STORY_DAYS``
    before publication), not close a month before ("au 31 octobre")."""
    period, span = claim.period, window.period
    assert period is not None and span is not None
    assert span.start is not None and span.end is not None
    if not _dated_by_its_own_phrase(period):
        return published.toordinal() - span.end.toordinal() <= STORY_DAYS
    return period.end is not None and span.start <= period.end <= span.end


def _dated_by_its_own_phrase(period: Period) -> bool:
    return period.resolution in _OWN_PHRASE and period.end is not None


def _from_the_start(claim: Claim, window: Claim, published: date) -> Period:
    """The count from the window's start to the reading's own day, else to the window's end."""
    period, span = claim.period, window.period
    assert period is not None and span is not None
    end = period.end if _dated_by_its_own_phrase(period) else span.end
    end = min(end or published, published)
    if _dated_by_its_own_phrase(period):
        return period.model_copy(update={"start": span.start, "end": end,
                                         "kind": PeriodKind.to_date})
    return span.model_copy(update={"end": end, "resolution": _CARRIED, "source": window.id,
                                   "text": span.text})
