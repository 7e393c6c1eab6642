"""Figures given as a list of several things: "2 300 manifestants et 640 tracteurs". Each
names its own thing, so what one counts is no event of the next (``frame_slots.event_slot``),
and a bare figure after the list ("..., « plus de 9 000 » selon les syndicats") counts no one of
them for sure (``sentence_claims``): its counted thing is left unsaid, not compared."""

from __future__ import annotations

from collections.abc import Sequence

from claims.lang import ExtractionTable
from claims.models import Claim


def joined_as_a_list(before: Claim, after: Claim, after_counted: str,
                     table: ExtractionTable) -> bool:
    """Two figures of one sentence and unit, each with its own counted thing, with nothing
    between them but the first one's noun and a join (``list_joins``: "et", "and"; not a
    comma, which also ends an opening phrase: "Of the 17 victims, 11 died ...")."""
    theirs = before.counted.lower().split()
    if (before.unit != after.unit or before.sentence != after.sentence or not theirs
            or not after_counted or after_counted.lower().split() == theirs):
        return False
    gap = before.sentence[before.end - before.sentence_start : after.start - after.sentence_start]
    words = gap.lower().split()
    return (len(words) == len(theirs) + 1 and words[-1] in table.small_counts.list_joins
            and words[:-1] == theirs)


def after_a_list(done: Sequence[Claim], table: ExtractionTable) -> bool:
    """The last two figures before are a list of several things (``joined_as_a_list``)."""
    return len(done) >= 2 and joined_as_a_list(done[-2], done[-1], done[-1].counted, table)
