"""A stated change whose sentence holds only its base, its level told before (issue 9, "a
change against its two values"): "212 cas de légionellose ... depuis le 1er janvier." then
"Sur la même période l'an dernier, l'agence avait recensé 160 cas, soit une hausse de 12 %"
(212 / 160 is +32.5 %); "Police logged 1,380 burglaries from January to June." then "In the
same period last year, officers logged 1,150 burglaries, a rise of 31%"; "올해 1~9월 음주운전
적발 건수는 812건" then "지난해 같은 기간에는 650건이 적발돼 올해 들어 40% 늘었다".

The rate's sentence states one figure, framed as the year before by the sentence's own words
(a year-earlier phrase standing before the rate, never after it: "up 8% from a year earlier"
names a base of its own, and the figure beside it is then that change's level). The level is
the one value, stated earlier in the article, in the base's unit, counting what the base
counts (one word of the base's counted words, folded, among the level's), over the span one
year after the base's. Anything less (two candidate levels of two values, a base period that
is no year before any level) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from claims.lexicon import fold
from claims.models import Claim, Direction
from claims.periods import find_periods
from claims.phrase_kinds import BASELINES, Phrase
from reconcile.evidence_slots import claim_position
from reconcile.periods import is_bounded
from reconcile.structural.base import READ_FOR_SPAN, a_year_before, one_value
from reconcile.structural.change_steps import plain_level

_WORD = re.compile(r"\w+")
_SHORTEST = 3
_AFTER = 12  # characters after the base where its verb may say what it counts ("650건이 적발돼")


def level_told_before(
    rate: Claim, article: Sequence[Claim], sentence: Sequence[Claim]
) -> tuple[Claim, Claim] | None:
    """The level and base of a rate whose sentence states only its base ("Sur la même période
    l'an dernier, l'agence avait recensé 160 cas, soit une hausse de 12 %"), the level a figure
    of an earlier sentence over the span a year after the base's; None when the sentence holds
    another figure, its year-earlier words follow the rate, or the level is not one value."""
    others = [c for c in sentence if c.id != rate.id]
    base = one_value(others)
    if base is None or len({claim_position(c) for c in others}) != 1 or not plain_level(base):
        return None  # one figure besides the rate (said once, however many readings)
    if any(claim_position(c) > claim_position(rate) for c in others):
        return None  # "a rise of 12%, to 212": the figure after the rate is its level
    if not is_bounded(base.period) or not _year_earlier_frames_the_base(rate):
        return None
    where = (rate.line, rate.sentence)
    earlier = [c for c in article if c.start < rate.start and (c.line, c.sentence) != where]
    level = one_value(c for c in earlier if _a_year_after(c, base) and _counts_alike(c, base))
    if level is None or not _goes_the_rate_s_way(rate, level, base):
        return None
    return level, base


def _goes_the_rate_s_way(rate: Claim, level: Claim, base: Claim) -> bool:
    """The level lies on the side of the base the rate says ("une hausse" from 160 to 212): a
    rate going the other way ("Last year there were 1,150, itself down 20%") is the base's own
    change over the year before it, not this one."""
    rising = (level.value or 0) > (base.value or 0)
    return rising is (rate.direction is Direction.up)


def _counts_alike(level: Claim, base: Claim) -> bool:
    """The two figures count one thing: a word of what the level counts is one of what the
    base counts ("cas de légionellose", "cas"), or, when the base's counted words are
    not read, stands in the base's words before the rate ("650건이 적발돼" for "적발 건수")."""
    mine = _counted_words(level)
    theirs = _counted_words(base)
    if theirs:
        return bool(mine & theirs)
    said = fold(base.sentence[: claim_position(base) + len(base.surface) + _AFTER])
    return any(word in said for word in mine)


def _a_year_after(claim: Claim, base: Claim) -> bool:
    """A plain level in the base's unit over the span one year after the base's."""
    if not plain_level(claim) or claim.unit != base.unit or not is_bounded(claim.period):
        return False
    assert claim.period is not None and base.period is not None
    start, end = claim.period.start, claim.period.end
    assert isinstance(start, date) and isinstance(end, date)
    return (a_year_before(start), a_year_before(end)) == (base.period.start, base.period.end)


def _year_earlier_frames_the_base(rate: Claim) -> bool:
    """The sentence names the year before ("Sur la même période l'an dernier", "in the same
    period last year", "지난해 같은 기간"), and every period phrase of it stands before the
    rate: words after the rate ("up 8% from a year earlier") name the rate's own base."""
    matches = find_periods(rate.sentence, 0, rate.language, READ_FOR_SPAN)
    at = claim_position(rate)
    if any(m.start > at and not m.announced for m in matches):
        return False
    return any(m.kind in BASELINES and not (
        m.kind is Phrase.unit_earlier and (m.step != "year" or m.steps != 1))
        for m in matches if not m.announced)


def _counted_words(claim: Claim) -> set[str]:
    """The words of what the figure counts, folded: of three letters or more, or two for a
    script with no Latin letters ("적발"), so "de" and "la" are none."""
    words = _WORD.findall(fold(claim.counted or ""))
    return {w for w in words if len(w) >= _SHORTEST or (len(w) > 1 and not w.isascii())}
