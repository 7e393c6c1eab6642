"""Which body figure an undated headline figure restates, when no body figure gives its value.

A headline gives the story's newest figure, often rounded or mistyped, and leaves its time to
the body: "Crown Court backlog hits 80,600" over "There were 80,165 open cases at the end of
June", "UK death toll nears 55,000" over "has hit 54,852 ... up to June 19", "Noyades : 52 morts
depuis juin" over "Au 1er août, 51 personnes ...". The figure it restates is the body's latest
reading of the same thing (a running count or a level as of a day, what it counts named in the
same words or more, the same place, entity, whole and source), and the one nearest its value:
when the latest and the nearest are not one figure, or the nearest is not of the headline's
size, which one it restates is not known and the headline keeps publication's day. A headline
over one region's or one day's figure ("Floods kill 38 across the country" over "In Assam, 21
people died", "12 were killed on Monday") restates none of them: another place, or a day's
count, is not the running count a headline gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claims.binding import carried_from
from claims.lexicon import fold
from claims.models import DATED, Claim, Modality, Period, PeriodKind, Role

NEAR = 2.0  # a figure more than twice or less than half another measures a part of it, or more
_READINGS = frozenset({PeriodKind.as_of, PeriodKind.to_date})  # a count or level read at a day
_SCOPE = ("place", "entity", "whole")


def a_change(c: Claim) -> bool:
    """A figure of a change: a stated rise or fall, or a percentage point."""
    return c.direction is not None or c.change is not None or c.unit == "percentage_point"


def one_inside_the_other(words: set[str], others: set[str]) -> bool:
    """What one counts names all the words of what the other counts ("등록 차량", "국내
    등록 차량"); a head noun in common is not enough ("동상 환자", "저체온증 환자")."""
    return bool(words) and bool(others) and (words <= others or others <= words)


def near(value: float | None, other: float | None) -> bool:
    """Two values of one size: neither more than ``NEAR`` times the other."""
    if not value or not other:
        return False
    return 1 / NEAR <= value / other <= NEAR


def the_latest_reading(claim: Claim, body: Sequence[Claim], published: date | None) -> Claim | None:
    """The body's latest reading of what the headline figure counts, when it is also the one
    nearest its value and of its size; None otherwise (module docstring)."""
    if (published is None or not claim.lemmas or claim.value is None
            or claim.role is not Role.value or a_change(claim) or _told_as_unsure(claim)):
        return None
    words = set(claim.lemmas)
    readings = [c for c in body if _a_reading(c, claim, published)]
    kin = [c for c in readings if one_inside_the_other(words, set(c.lemmas))
           and same_scope(claim, c)]
    if not kin:
        return None
    nearest = min(kin, key=lambda c: abs((c.value or 0) - (claim.value or 0)))
    end = nearest.period.end if nearest.period is not None else None
    # the latest of its kin, and no reading told before it ends later, whatever it counts:
    # after Monday's "132 enfants et 9 encadrants", "Dimanche soir, ... 118 personnes
    # malades" looks back, and is no longer the news a headline gives
    told_before = readings[: readings.index(nearest)]
    if end is None or not near(nearest.value, claim.value) or any(
        c.period is not None and c.period.end is not None and c.period.end > end
        for c in (*kin, *told_before)
    ):
        return None
    return nearest


def reading_of(kin: Claim) -> Period:
    """The period a headline figure takes from the body's reading it restates: its end, as of
    which the headline gives it; a window the body names ("since the outbreak was declared on
    Sept. 8") the headline does not, so only the end is known (DESIGN, Periods: as_of)."""
    period = carried_from(kin)
    return period.as_of_end() if period.kind is PeriodKind.to_date else period


def _a_reading(c: Claim, claim: Claim, published: date) -> bool:
    """A plain body figure of the headline's unit, read at a day up to publication (stated for
    it or carried)."""
    period = c.period
    return (c.unit == claim.unit and c.per == claim.per and c.role is Role.value
            and c.value is not None and not a_change(c) and not _told_as_unsure(c)
            and period is not None and period.resolution in DATED and period.kind in _READINGS
            and period.end is not None and period.end <= published)


def _told_as_unsure(c: Claim) -> bool:
    """A hedged, planned or superseded figure: no reading a headline restates."""
    return bool(c.hedge) or c.modality is not Modality.stated


def same_scope(top: Claim, c: Claim) -> bool:
    """The same place, entity and whole (one name inside the other), or a name one side leaves
    unsaid that the other's sentence gives ("in India's Bihar" in the headline over a body
    figure "in the state"); and no two sources named apart."""
    for slot in _SCOPE:
        mine, theirs = fold(getattr(top, slot) or ""), fold(getattr(c, slot) or "")
        if not _one_name(mine, theirs, fold(top.sentence), fold(c.sentence)):
            return False
    mine, theirs = fold(top.source or ""), fold(c.source or "")
    return not (mine and theirs and mine not in theirs and theirs not in mine)


def _one_name(mine: str, theirs: str, my_sentence: str, their_sentence: str) -> bool:
    """Two names of one slot that may be one: none, one inside the other, or one side's name
    written in the other's sentence."""
    if mine and theirs:
        return mine in theirs or theirs in mine
    if mine:
        return mine in their_sentence
    if theirs:
        return theirs in my_sentence
    return True
