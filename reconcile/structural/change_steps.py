"""Where a stated change's base stands when the change is over one step back, not a year: the
week, month or quarter just before the level's ("1,870 new cases, up from 1,420 the week before,
an increase of 32 percent"), stated with the rate and its level in one sentence
(``change_rate``'s ``stated_change`` check reads it first, unless the sentence says "a year
earlier"); or, when the rate's sentence names that step in words ("up 22% from October", "par
rapport au mois précédent", "10월보다 12% 늘었다"), stated in another sentence of the article
for the same counted thing ("In October the guards counted 3,900 attempts"); for a rate alone
in a sentence that refers back to its level's ("The figure was 18% higher than in October"),
that level is read there (``referred_level_and_step_back``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from functools import lru_cache

from claims.lang import raw_table
from claims.lexicon import fold
from claims.models import Claim, Period, Role
from claims.periods import find_periods
from claims.phrase_kinds import BASELINES, Phrase
from reconcile.periods import is_bounded
from reconcile.structural.base import READ_FOR_SPAN, VALUE, one_value
from reconcile.structural.change_comparands import refers_back
from reconcile.structural.change_points import SHARE_UNITS
from reconcile.structural.table_words import longest_first

POINT_UNITS = ("percentage_point",)
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


def base_a_step_back_told_apart(
    rate: Claim, level: Claim, article: Sequence[Claim]
) -> Claim | None:
    """The base of a change over one step back that the rate's sentence names in words ("up
    22% from October", "par rapport au mois précédent", "10월보다 12% 늘었다") and another
    sentence states ("In October the guards counted 3,900 attempts"): a plain figure in the
    level's unit over the span just before the level's, counting what the level counts in the
    same words. One value, or none. Without the step named, a figure of the month before is
    no base: the rate may be over a year ("up 22%" of November on November)."""
    if not is_bounded(level.period) or not names_the_step_before(rate, level):
        return None
    counted = fold(level.counted.strip())
    if not counted:
        return None
    where = (rate.line, rate.sentence)
    return one_value(c for c in article if (c.line, c.sentence) != where
                     and _value_or_compared(c, level) and c.role is VALUE
                     and fold(c.counted.strip()) == counted
                     and just_before(c.period, level.period))


def referred_level_and_step_back(
    rate: Claim, article: Sequence[Claim], sentence: Sequence[Claim],
    earlier: Sequence[Sequence[Claim]],
) -> tuple[Claim, Claim] | None:
    """A rate alone in a sentence that refers back to the one before ("The shelters admitted
    1,430 families in November. The figure was 18% higher than in October."): its level is
    the one plain value of that sentence, and its base the step back its words name, stated
    elsewhere (``base_a_step_back_told_apart``). No other base is read this way."""
    if not earlier or not refers_back(rate):
        return None
    level = one_value(c for c in earlier[0] if plain_level(c))
    if level is None:
        return None
    others = [c for c in sentence if c.id != rate.id]
    if not others:
        base = base_a_step_back_told_apart(rate, level, article)
    else:  # "... from October, when the guards counted 3,900": the base in the rate's clause
        base = _step_back_beside(rate, level, others)
    return None if base is None else (level, base)


def _step_back_beside(rate: Claim, level: Claim, others: Sequence[Claim]) -> Claim | None:
    """The base a rate's own sentence states for the step back its words name ("The figure was
    18% higher than in October, when the shelters admitted 1,150 families"): the sentence's
    other figures are all plain values in the level's unit over the span just before the
    level's, of one value."""
    if not names_the_step_before(rate, level):
        return None
    if not all(plain_level(c) and c.unit == level.unit and just_before(c.period, level.period)
               for c in others):
        return None
    return one_value(others)


def plain_level(claim: Claim) -> bool:
    """A stated level: a plain value, not a share, a rate per time or a change."""
    return (claim.role is VALUE and claim.unit not in (*SHARE_UNITS, *POINT_UNITS)
            and claim.per is None and claim.direction is None and claim.value is not None)


def names_the_step_before(rate: Claim, level: Claim) -> bool:
    """The rate's sentence names the span just before the level's: a step back of one unit
    ("from the previous month", "au mois précédent") that resolves, from the level's end, to
    the span just before it, or the name of the month before the level's month ("from
    October" for November's level). A level with no span (a stock "as of" a day, or no period)
    has no span before it: nothing is named."""
    if not is_bounded(level.period) or level.period is None or level.period.end is None:
        return False
    # a step back read from the level's last day: "the previous month" of November's level
    for match in find_periods(rate.sentence, 0, rate.language, level.period.end):
        if (match.kind is Phrase.unit_earlier and match.steps == 1
                and just_before(match.period, level.period)):
            return True
    return _month_before_named(rate, level.period)


def _month_before_named(rate: Claim, period: Period) -> bool:
    """The level's period is one calendar month and the rate's sentence names the month
    before it by the language table's month names ("October", "octobre", "10월")."""
    assert period.start is not None and period.end is not None
    if period.start.day != 1 or (period.end + timedelta(days=1)).day != 1:
        return False
    if (period.end - period.start).days > 31:
        return False
    before = (period.start - timedelta(days=1)).month
    pattern = _month_names(rate.language).get(before)
    return pattern is not None and pattern.search(rate.sentence.casefold()) is not None


@lru_cache(maxsize=8)
def _month_names(language: str) -> dict[int, re.Pattern[str]]:
    """The table's full month names, by month number (the longest of each, with its spellings
    without accents: "décembre", "decembre"), each as a pattern of whole names on casefolded
    text (a name may touch a particle after it: "10월보다"). Abbreviations are left out: "oct",
    "mar" are too often other words."""
    try:
        months = raw_table(language).get("extraction", {}).get("periods", {}).get("months", {})
    except ValueError:
        return {}
    by_number: dict[int, list[str]] = {}
    for name, number in months.items():
        by_number.setdefault(number, []).append(name.casefold())
    full = {n: [w for w in names if len(w) >= max(map(len, names)) - 1 and not w.endswith(".")]
            for n, names in by_number.items()}
    return {n: re.compile(rf"(?<![\w.])(?:{longest_first(names)})(?![a-zà-ÿ])")
            for n, names in full.items() if names}
