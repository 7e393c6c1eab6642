"""Which measure a count is written in, for the checks that read two counts as one quantity.

Korean counts carry their counter: "447명(421건)" is 447 people killed in 421 accidents, two
measures of one toll told side by side (labour ministry releases, police and fire bulletins:
"사망자 240명(235건)"). A stated change, a split or a total read across them mixes people with
cases ("31명(6.5%) 줄었다" checked from 478명 to 452건). The counter is the word of the
language's ``[counters] units`` table the figure's surface ends with; languages that write no
counter (English, French) give none, and their counts are told apart by what they count.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from claims.counter_table import load_counter_table
from claims.models import Claim
from reconcile.evidence_slots import claim_position


@lru_cache(maxsize=8)
def _counters(language: str) -> tuple[str, ...]:
    """The language's counter words, longest first; none for a language without a table."""
    try:
        units = load_counter_table(language).units
    except ValueError:
        return ()
    return tuple(sorted(units, key=len, reverse=True))


def counter_of(claim: Claim) -> str:
    """The counter the count is written with ("447명": "명", "421건": "건"); "" for a figure
    written without one."""
    if claim.unit != "count":
        return ""
    surface = claim.surface.rstrip()
    return next((w for w in _counters(claim.language) if surface.endswith(w)), "")


def one_measure(a: Claim, b: Claim) -> bool:
    """Two figures that may be one quantity's readings: not two counts in two counters."""
    one, other = counter_of(a), counter_of(b)
    return not (one and other and one != other)


def measure_aside(claim: Claim, sentence: Sequence[Claim]) -> bool:
    """The count stands alone in brackets right after a count of another counter of its
    sentence ("447명(421건)": the 421 cases beside the 447 people): another measure of the
    figure before it, not a level of its own."""
    at = claim_position(claim)
    text = claim.sentence
    if at < 0 or not text[at + len(claim.surface):].lstrip().startswith(")"):
        return False
    for other in sentence:
        end = claim_position(other) + len(other.surface)
        if other.id != claim.id and 0 <= end <= at and text[end:at].strip() == "(":
            return not one_measure(claim, other)
    return False
