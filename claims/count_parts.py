"""The parts and outcomes of a running count share its window.

An outbreak bulletin or a disaster's tally gives a running count from a stated start ("27 cas
de salmonellose confirmés depuis le 3 mars", "63 cases since March 3", "지난 1일 이후
... 7천608명"), then, in the sentences right after it, what became of the people it counts with
no time of their own: "Trois malades sont décédés", "19 patients ont dû être hospitalisés",
"Les malades, 15 hommes et 12 femmes, ...", "Two of them have died". Those are parts of the same
count, from the same start to the same day: the window of its latest reading (the bulletin's),
not the day of an earlier reading told in between ("Lundi, elle en comptait 18": that reading
ends on Monday, its parts do not), nor publication.

A part is a plainly stated count, no larger than the whole, of the people the count counts
(people, patients, women, children: the lexicon's people) or of what happened to them (a
casualty or an outcome: the lexicon's tolls), or one of several figures of one sentence that
add up to the whole ("15 hommes et 12 femmes" of 27). Not a count of new things, a state held
at a time (a stock: "cinq se trouvaient encore en réanimation mercredi soir" is
``claims.state_periods``'), a figure with a time of its own, nor one of a later paragraph after
a figure dated by a phrase of its own (the bulletin's stretch ends there).
"""

from __future__ import annotations

from datetime import date

from claims.counted_headline import headline_lines
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.models import Claim, Period, PeriodKind
from claims.running_counts import (
    a_plain_part,
    a_window_from_a_start,
)

_OWN_PHRASE = frozenset({"explicit", "relative"})
_STRETCH = 5  # sentences after the count's where its parts may stand


def parts_share_the_window(claims: list[Claim], table: ExtractionTable,
                           published: date | None) -> None:
    """Give the parts of each running count its latest reading's window (see the module)."""
    if published is None:
        return
    lexicon = Lexicon.shipped()
    windows = [c for c in claims if a_window_from_a_start(c, published)
               and not _of_a_stock(c, lexicon)]
    if not windows:
        return
    headlines = set(headline_lines(claims))
    sentences = _sentence_order(claims)
    dated: list[Claim] = []
    for window in windows:
        assert window.period is not None
        for claim in _the_stretch(window, claims, sentences, headlines):
            if _a_part(claim, window, claims, table, lexicon):
                claim.period = _the_windows(window.period, window.id)
                dated.append(claim)
    _headline_restates_a_part(claims, dated, headlines)


def _headline_restates_a_part(claims: list[Claim], dated: list[Claim],
                              headlines: set[str]) -> None:
    """ "Salmonellose : 25 cas et trois décès" over "Trois malades sont décédés": a headline
    figure with no time of its own that restates a part this pass dated (same value and unit,
    a concept of what happened in common) borrows the part's window (P17)."""
    for claim in claims:
        if claim.sentence not in headlines or not _undated(claim.period):
            continue
        part = next((d for d in dated if d.value == claim.value and d.unit == claim.unit
                     and _events(d) & _events(claim)), None)
        if part is not None and part.period is not None:
            claim.period = part.period.model_copy(update={"source": part.id})


def _undated(period: Period | None) -> bool:
    """No period, or one that says no time: a headline figure that may borrow a part's."""
    return period is None or period.kind is PeriodKind.none


def _events(claim: Claim) -> set[str]:
    """The concepts of what happened to what a figure counts (its event, else its counted)."""
    frame = claim.frame
    if frame is None:
        return set()
    slots = (frame.event, frame.counted)
    return {k for slot in slots if slot is not None for k in slot.concepts}


def _of_a_stock(claim: Claim, lexicon: Lexicon) -> bool:
    """A count of people in a state that ends (displaced, missing: the lexicon's stocks),
    whose later figures are no outcomes of it ("65,000 people had been displaced since
    October ... none of the crew of four was hurt")."""
    frame = claim.frame
    slots = (frame.counted, frame.event) if frame is not None else ()
    return any(slot is not None and lexicon.stocks.intersection(slot.concepts) for slot in slots)


def _sentence_order(claims: list[Claim]) -> dict[str, int]:
    """Each sentence's rank among the claims' sentences, in text order."""
    order: dict[str, int] = {}
    for claim in claims:
        order.setdefault(claim.sentence, len(order))
    return order


def _the_stretch(window: Claim, claims: list[Claim], sentences: dict[str, int],
                 headlines: set[str]) -> list[Claim]:
    """The claims after the count, in its sentence and the next ``_STRETCH`` sentences, up to
    the first figure a phrase of its own dates that is no reading of the same count."""
    start = sentences[window.sentence]
    assert window.period is not None
    stretch: list[Claim] = []
    for claim in claims[claims.index(window) + 1 :]:
        rank = sentences[claim.sentence]
        if rank > start + _STRETCH or claim.sentence in headlines:
            break
        if _dated_by_its_own_phrase(claim.period) and not _same_start(claim.period,
                                                                      window.period):
            if rank > start:
                break
            continue
        stretch.append(claim)
    return stretch


def _dated_by_its_own_phrase(period: Period | None) -> bool:
    """A period a phrase of the figure's own sentence gives: a time of its own."""
    return period is not None and period.resolution in _OWN_PHRASE and period.end is not None


def _same_start(period: Period | None, window: Period) -> bool:
    """A reading of the same running count (from the same start)."""
    return (period is not None and period.kind is PeriodKind.to_date
            and period.start == window.start)


def _no_time_of_its_own(claim: Claim, window: Claim) -> bool:
    """No period, publication's, or one carried from a reading of the same count."""
    period = claim.period
    assert window.period is not None
    if period is None or period.kind is PeriodKind.none:
        return True
    if period.resolution == "publication":  # not a rate ("10 cas ... chaque année")
        return period.kind is PeriodKind.as_of
    return period.resolution == "carried" and _same_start(period, window.period)


def _a_part(claim: Claim, window: Claim, claims: list[Claim], table: ExtractionTable,
            lexicon: Lexicon) -> bool:
    """A plainly stated count of the people the window counts, or of what became of them,
    no larger than it, with no time of its own; or one of figures that add up to it."""
    if claim.value is None or window.value is None or claim.value > window.value:
        return False
    if _of_an_earlier_reading(claim, window, table) or not a_plain_part(claim, table):
        return False
    if _no_time_of_its_own(claim, window) and _of_its_people(claim, lexicon):
        return True
    # "The patients, 23 men and 11 women, ...": parts that add up to the whole are its parts
    # even when they carried a time from the figure before ("seven ... on Thursday evening")
    carried = claim.period is not None and claim.period.resolution == "carried"
    return (_no_time_of_its_own(claim, window) or carried) and _adds_up(claim, window, claims)


def _of_an_earlier_reading(claim: Claim, window: Claim, table: ExtractionTable) -> bool:
    """ "10월 말 기준 누적 사망자는 410명이었다. 이 가운데 80세 이상이 251명", "Monday's count
    was 18; of them, two ...": a figure that refers back (the language's ``carry_before``) to
    another figure, one ending before the window's reading, is a part of that figure (P14)."""
    period, end = claim.period, window.period.end if window.period else None
    if period is None or period.resolution != "carried" or period.source == window.id:
        return False
    if period.end is None or end is None or period.end >= end:
        return False
    at = claim.sentence.find(claim.surface)
    return table.carry_before_re.search(claim.sentence, 0, max(at, 0)) is not None


def _of_its_people(claim: Claim, lexicon: Lexicon) -> bool:
    """What the figure counts is people, or what happened to it is a casualty or an outcome."""
    frame = claim.frame
    if frame is None:
        return False
    counted = set(frame.counted.concepts) if frame.counted is not None else set()
    event = set(frame.event.concepts) if frame.event is not None else set()
    return bool(counted & lexicon.people or (counted | event) & lexicon.tolls)


def _adds_up(claim: Claim, window: Claim, claims: list[Claim]) -> bool:
    """The figures of the claim's sentence, two or more, add up to the window's value."""
    together = [c for c in claims if c.sentence == claim.sentence and c.unit == claim.unit
                and c.value is not None and c is not window]
    return len(together) > 1 and sum(c.value for c in together if c.value) == window.value


def _the_windows(window: Period, source: str) -> Period:
    """The running count's window, carried to a part from the count ``source``."""
    return window.model_copy(update={"resolution": "carried", "source": source})
