"""Where a stated change's base stands when the change is over one step back, not a year: the
week, month or quarter just before the level's ("1,870 new cases, up from 1,420 the week before,
an increase of 32 percent"), stated with the rate and its level in one sentence
(``change_rate``'s ``stated_change`` check reads it first, unless the sentence says "a year
earlier")."""

from __future__ import annotations

from collections.abc import Sequence

from claims.models import Claim, Period, Role
from claims.periods import find_periods
from claims.phrase_kinds import BASELINES, Phrase
from reconcile.periods import is_bounded
from reconcile.structural.base import READ_FOR_SPAN, VALUE, one_value

_SAME_LENGTH = 3  # days two spans of one step may differ by: months of 28 to 31 days


def says_a_year_earlier(rate: Claim) -> bool:
    """The rate's sentence names the year before as a base ("from a year earlier", "지난해 같은
    기간보다"), whatever other step back it names too."""
    return any(match.kind in BASELINES and not (
        match.kind is Phrase.unit_earlier and (match.step != "year" or match.steps != 1))
        for match in find_periods(rate.sentence, 0, rate.language, READ_FOR_SPAN))


def base_a_step_back(rate: Claim, level: Claim, sentence: Sequence[Claim]) -> Claim | None:
    """The base of a change over one step back, stated with the rate and its level in one
    sentence: the figure in the level's unit over the span just before the level's ("1,870 new
    cases, up from 1,420 the week before, an increase of 32 percent"; "2 410 la semaine
    dernière, contre 1 980 la semaine précédente, soit une hausse de 22 %"; "1만2천명으로
    전주(9천800명)보다 22.4% 늘었다"). One value, or none."""
    if (level.line, level.sentence) != (rate.line, rate.sentence):
        return None
    return one_value(c for c in sentence if _value_or_compared(c, level)
                     and just_before(c.period, level.period))


def _value_or_compared(claim: Claim, level: Claim) -> bool:
    """Another figure in the level's unit, no change: a plain value, or the comparison the
    text links to the level ("up from 1,420")."""
    compared = claim.role is Role.comparison and claim.linked == level.id
    return (claim.id != level.id and claim.unit == level.unit and claim.direction is None
            and (claim.role is VALUE or compared))


def just_before(base: Period | None, level: Period | None) -> bool:
    """``base`` is the span of the same length that ends the day before ``level`` starts: the
    week, month or quarter before."""
    if not (is_bounded(base) and is_bounded(level)) or base is None or level is None:
        return False
    assert base.start and base.end and level.start and level.end
    adjacent = (level.start - base.end).days == 1
    same = abs((base.end - base.start).days - (level.end - level.start).days) <= _SAME_LENGTH
    return adjacent and same
