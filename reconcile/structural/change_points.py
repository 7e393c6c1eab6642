"""Where a stated change in points finds its two shares: the base and the level it runs
between ("38%로, 1년 전(27%)보다 11%포인트", "picked up from 2.8 percent in February, an
acceleration of 0.3 percentage point" after "rose 3.1 percent in March"). The check itself, the
change against the gap of the two, is ``reconcile.structural.change_rate``'s.

Precision first: two shares of one sentence are a base and a level only when they are of two
times and measure one thing; a share beside the change over its own time, when the sentence
names the time it compares with in words ("고용률은 63.4%로 1년 전보다 0.7%포인트 올랐다"), is
the level, with no base to check against.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from claims.lexicon import Lexicon
from claims.models import Claim, Role
from reconcile.periods import is_bounded
from reconcile.structural.base import VALUE, one_value
from reconcile.structural.change_comparands import marked_base

SHARE_UNITS = ("percent",)


def point_shares(
    points: Claim, sentence: Sequence[Claim], earlier: Sequence[Sequence[Claim]],
    *, compared_in_words: bool,
) -> tuple[Claim, Claim] | None:
    """The base and the level of the change in ``points``: two shares of its sentence (plain
    shares first, then rates read as levels), or its base there and its level the rate an
    earlier sentence states (``earlier``: nearest first). ``compared_in_words``: the change's
    sentence names the time it compares with ("from a year earlier", "1년 전보다")."""
    return (_base_and_level_shares(sentence, _share)
            or _base_and_level_shares(sentence, _level_rate)
            or _level_before(points, sentence, earlier, compared_in_words))


def _share(claim: Claim) -> bool:
    """A share: a percentage stated as a level, with no direction."""
    return _level_rate(claim) and claim.direction is None


def _level_rate(claim: Claim) -> bool:
    """A percentage a change in points may run between: a share, or a rate of change read as
    the level of that rate ("rose 3.1 percent in March from a year earlier", "1.3% 상승"), or
    the one it is compared with ("à 3,1 %, après 2,8 % en février")."""
    return (claim.unit in SHARE_UNITS and claim.role in (VALUE, Role.comparison)
            and claim.value is not None)


def _base_and_level_shares(
    sentence: Sequence[Claim], kind: Callable[[Claim], bool] = _level_rate
) -> tuple[Claim, Claim] | None:
    """The two figures of ``kind`` of the sentence, the earlier one (over a period that ends
    before the other's, one without a period being the current one) first: the base, then the
    level ("38%로, 1년 전(27%)보다"). None unless there are exactly two, of two times, and
    they measure one thing (``_counts_alike``: the jobless rate is no base of a savings
    rate)."""
    shares = [c for c in sentence if kind(c)]
    if len(shares) != 2 or not _counts_alike(*shares):
        return None  # "고용률은 46.2%로 ... 올랐고, 2020년 실업률은 9.0%": two quantities
    ends = [_end(c) for c in shares]
    if ends[0] == ends[1]:
        return None
    return (shares[0], shares[1]) if ends[0] < ends[1] else (shares[1], shares[0])


def _level_before(
    points: Claim, sentence: Sequence[Claim], earlier: Sequence[Sequence[Claim]],
    compared_in_words: bool,
) -> tuple[Claim, Claim] | None:
    """The base the sentence states (its one share, dated) and the level it leaves to an
    earlier sentence (``_level_for``). None when that share is the level itself
    (``_is_the_level``): the base is then a time the sentence names without its figure."""
    shares = [c for c in sentence if _level_rate(c)]
    if len(shares) != 1 or shares[0].direction is not None or not is_bounded(shares[0].period):
        return None
    base = shares[0]
    if _is_the_level(points, base, compared_in_words):
        return None
    level = _level_for(base, points, earlier)
    return (base, level) if level is not None else None


def _is_the_level(points: Claim, share: Claim, compared_in_words: bool) -> bool:
    """The share beside a change in points is the level the change reached, not its base,
    when the sentence names the time it compares with in words ("1년 전보다", "from a year
    earlier", "sur un an") and the share is over the change's own time: "고용률은 63.4%로 1년
    전보다 0.7%포인트 올랐다" states no base figure, and there is nothing to check. A share
    the table's base words mark ("from 2.8 percent", "(2.8%)보다") stays the base."""
    if not compared_in_words or marked_base(share):
        return False
    mine, its = points.period, share.period
    return (mine is not None and its is not None
            and (mine.start, mine.end) == (its.start, its.end))


def _level_for(
    base: Claim, points: Claim, earlier: Sequence[Sequence[Claim]]
) -> Claim | None:
    """The rate or share of the nearest sentence before that states one, when all it states
    is over a later time than the base, of one value, and names no other thing than the base
    counts ("Youth unemployment" there leaves the level unknown: no sentence further back).
    When the base or the change names what it measures, the level must name it too: a
    budget's "4.8% 늘어난" before "고용률은 ... 0.7%포인트 올랐다" measures something else."""
    rates = _nearest_rates(earlier)
    named = any(c.counted.strip() for c in (base, points))
    later = [c for c in rates if _end(c) > _end(base) and _counts_alike(base, c)
             and (c.counted.strip() or not named)]
    return one_value(later) if rates and len(later) == len(rates) else None


def _nearest_rates(earlier: Sequence[Sequence[Claim]]) -> list[Claim]:
    """The rates and shares of the nearest sentence that states any (``earlier``: nearest
    first), leaving out the bases of that sentence's own changes: a figure stated as what
    something is compared with ("2020년 총선(26.69%)보다 4.59%p 높다", "up from 22.8%") is
    no level a later change reached; a sentence that states only such bases is passed over."""
    for before in earlier:
        rates = [c for c in before
                 if _level_rate(c) and c.role is not Role.comparison and not marked_base(c)]
        if rates:
            return rates
    return []


def _counts_alike(a: Claim, b: Claim) -> bool:
    """What the two count, when both say it, reads the same through the concept table
    ("Youth unemployment" is not "the unemployment rate")."""
    if not (a.counted and b.counted):
        return True
    lexicon = Lexicon.shipped()
    return (set(lexicon.normalise(a.counted, a.language))
            == set(lexicon.normalise(b.counted, b.language)))


def _end(claim: Claim) -> date:
    """When a share holds: its period's end, or (no period) the latest of all."""
    period = claim.period
    return period.end if period is not None and period.end is not None else date.max
