"""When a part of a figure said before does not take that figure's time, and when a figure
whose verb is gapped does.

A part ("dont 21", "12 of them", "Parmi elles, 12 ...") counts over its whole's time (P14),
unless its own sentence opens with a time of its own: "Au total, 96 personnes avaient été
soignées vendredi soir. Samedi matin, 31 d'entre elles étaient encore hospitalisées" is
Saturday morning's level. A conjunct that gaps the verb of the figure before it ("L'industrie
en compte 3 100 et les services 9 800") counts over that figure's carried time.
"""

from __future__ import annotations

from claims.binding import carried_from
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind
from claims.periods import PeriodMatch
from claims.sentences import Sentence

_GAP_WORDS = (2, 4)  # the link and up to three words naming what the conjunct counts


def framed_apart(bound: PeriodMatch | None, source: Claim, s: Sentence) -> bool:
    """Whether a part of a total said in an earlier sentence stands in a sentence that a time
    of its own opens (not the day it was said, not publication's): it is counted then. A
    whole no phrase dated ("Twenty-six inmates broke out of the jail during the night. By Sunday
    evening, 19 of them had been caught") has no time to lend: the opening phrase's end may
    equal its publication date, and still be the only time the part is told at."""
    return (
        bound is not None and not bound.announced and source.sentence != s.text
        and bound.period.resolution in ("explicit", "relative")
        and bound.start - s.start <= 1 and source.period is not None
        and _another_time(source.period, bound.period)
    )


def _another_time(whole: Period, own: Period) -> bool:
    """Whether the part's own time is not its whole's: other dates, or a whole of no kind."""
    return whole.kind is PeriodKind.none or (whole.start, whole.end) != (own.start, own.end)


def gapped_conjunct(
    at: int, figures: list[Figure], done: list[Claim], text: str, table: ExtractionTable
) -> Period | None:
    """The carried time of the figure before, for a figure in a conjunct that gaps its verb:
    a link ("et", "and"), a few words, no figure, clause edge or bracket between them."""
    if not at or not done:
        return None
    before = done[-1]
    if before.period is None or before.period.resolution != "carried":
        return None
    if figures[at - 1].unit != figures[at].unit:
        return None
    if not _gapped(text[figures[at - 1].end : figures[at].start], table):
        return None
    return carried_from(before)


def _gapped(between: str, table: ExtractionTable) -> bool:
    """Whether the words between two figures are a link and what the second counts, its verb
    left out ("3 100 et les services 9 800"): a link first, two to four words, no figure,
    clause edge or bracket."""
    gap = between.split()
    return (
        _GAP_WORDS[0] <= len(gap) <= _GAP_WORDS[1]
        and gap[0].lower() in table.shared_links_set
        and not any(ch.isdigit() or ch in ",;:()" for ch in "".join(gap))
    )
