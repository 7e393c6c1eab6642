"""A breakdown names its whole by arithmetic. A share told with its count ("남성이 75.0%(1,800명)",
"1,800 (75%) were men", "50대(601명)가 전체의 21.3%") gives the whole as the count over the
share; counts told side by side ("남성 1,800명, 여성 600명") give it as their sum. When a count
the article stated before, over a stated day or window, is that whole (within the share's
rounding), the sentence is a breakdown of that count and covers its period, whatever the
sentence just before dated: a breakdown paragraph told after a line on the day's new cases is
still about the running total, not about that day.

Grammar and arithmetic only (figures side by side in one sentence), so no language needs words
for it. Each sentence is read once and the earlier wholes are kept by value, so the work stays
linear in the article's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from itertools import groupby, pairwise

from claims.binding import carried_from
from claims.models import Claim, PeriodKind, Role

# A whole a breakdown can be of: a count over a day or a window, or known at a date.
_WHOLE_KINDS = frozenset({PeriodKind.day, PeriodKind.interval, PeriodKind.to_date,
                          PeriodKind.as_of})
_FRAME_KINDS = frozenset({PeriodKind.day, PeriodKind.interval, PeriodKind.to_date})
_GAP = 24  # at most this many characters between a share and its count ("(", "명으로 전체의 ")
# A pair whose whole is known only this loosely ("one (0.6%)", "12명(0.4%)") names none alone.
_LOOSEST = 0.05
_SLACK = 0.001  # a published share is sometimes rounded from a count a unit or two away
_CHANCE = 50  # small counts add up to an earlier count by chance ("three dead, two hurt")

_Pair = tuple[Claim, Claim]  # (share, count)


@dataclass
class _Wholes:
    """The dated counts read so far, by value (the latest of each value)."""

    by_value: dict[float, Claim] = field(default_factory=dict)
    values: list[float] = field(default_factory=list)  # sorted, each value once

    def add(self, claim: Claim) -> None:
        value = claim.value
        if value is None:
            return
        if value not in self.by_value:
            insort(self.values, value)
        self.by_value[value] = claim

    def within(self, low: float, high: float) -> list[Claim]:
        """The latest count of each value in [low, high]."""
        inside = self.values[bisect_left(self.values, low) : bisect_right(self.values, high)]
        return [self.by_value[v] for v in inside]

    def nearest(self, low: float, high: float) -> Claim | None:
        """The latest count of the value in [low, high] nearest its middle."""
        mid = (low + high) / 2
        return min(self.within(low, high), key=lambda c: abs((c.value or 0.0) - mid),
                   default=None)


def date_breakdowns(claims: list[Claim]) -> None:
    """Claims of a breakdown that took a frame (or no period) take their whole's period; the
    claims after them that took the same frame go on with the whole's period, as a list goes on
    ("연령별로는 ..., 질환별로는 ...") about the total it breaks down."""
    moved: dict[str, Claim] = {}  # the frame a breakdown replaced -> the whole it is of
    wholes = _Wholes()
    for _, group in groupby(claims, key=lambda c: c.sentence):
        sentence = list(group)
        parts = _parts_and_wholes(sentence, wholes)
        for claim in sentence:
            if _framed_or_undated(claim):
                _date_part(claim, parts.get(claim.id), moved)
        for claim in sentence:
            if _a_dated_count(claim):
                wholes.add(claim)


def _date_part(claim: Claim, whole: Claim | None, moved: dict[str, Claim]) -> None:
    """A part of a whole takes its period, and notes the frame it replaced (``moved``); a
    figure of that same frame after it goes on with the whole's period, as a list goes on."""
    frame = claim.period.source if claim.period is not None else None
    if whole is not None:
        claim.period = carried_from(whole)
        if frame is not None:
            moved[frame] = whole
    elif frame is not None and frame in moved:
        claim.period = carried_from(moved[frame])


def _framed_or_undated(claim: Claim) -> bool:
    """A claim whose day or window came from the frame of the sentences before, or that has
    no period at all; not a level held as of a date ("이 중 1천529건(40.0%)의 응급복구가
    끝났다": repairs done by then, not over the damage's window)."""
    period = claim.period
    return period is None or period.kind is PeriodKind.none or period.resolution == (
        "publication"
    ) or (period.resolution == "carried" and period.kind in _FRAME_KINDS)


def _parts_and_wholes(sentence: list[Claim], wholes: _Wholes) -> dict[str, Claim]:
    """The claims of a sentence that break down an earlier count, by id, with that count:
    the members of share-and-count pairs whose own pair allows the whole the tightest pair
    names; else the plain counts when they add up to it."""
    pairs = _pairs(sentence)
    return _of_pairs(pairs, wholes) if pairs else _of_a_sum(sentence, wholes)


def _of_a_sum(sentence: list[Claim], wholes: _Wholes) -> dict[str, Claim]:
    """The plain counts of a sentence, with the earlier count they add up to ("남성 1,800명,
    여성 600명" after "2,400명"); none when fewer than two, or their sum is small enough to
    meet an earlier count by chance ("three dead, two hurt")."""
    counts = [c for c in sentence if c.unit == "count" and _plain(c)]
    total = sum(c.value or 0.0 for c in counts)
    if len(counts) < 2 or total < _CHANCE:
        return {}
    whole = wholes.by_value.get(total)
    return {c.id: whole for c in counts} if whole is not None else {}


def _of_pairs(pairs: list[_Pair], wholes: _Wholes) -> dict[str, Claim]:
    """The members of the pairs that break down the whole the tightest pair names."""
    tightest = min(pairs, key=_looseness)
    if _looseness(tightest) > _LOOSEST:
        return {}
    whole = _taken_whole(tightest, wholes) or wholes.nearest(*_whole_range(*tightest))
    if whole is None or whole.value is None:
        return {}
    found: dict[str, Claim] = {}
    for pair in pairs:
        low, high = _whole_range(*pair)
        if low <= whole.value <= high:
            found.update({pair[0].id: whole, pair[1].id: whole})
    return found


def _taken_whole(pair: _Pair, wholes: _Wholes) -> Claim | None:
    """The whole the pair's share already took from its frame, when it fits: it stays
    ("172 suspects in July ... one (0.6%)")."""
    period = pair[0].period
    source = period.source if period is not None else None
    for claim in wholes.within(*_whole_range(*pair)):
        if claim.id == source:
            return claim
    return None


def _pairs(sentence: list[Claim]) -> list[_Pair]:
    """(share, count) pairs of a sentence: a percentage and a plain count next to each other,
    with no figure and only a few characters between ("75.0%(1,800명)", "1,800 (75%)",
    "830명으로 전체의 29.5%")."""
    pairs: list[_Pair] = []
    for a, b in pairwise(sentence):
        if not _side_by_side(a, b):
            continue
        share, count = (a, b) if a.unit == "percent" else (b, a)
        if share.value is not None and 0 < share.value < 100:
            pairs.append((share, count))
    return pairs


def _side_by_side(a: Claim, b: Claim) -> bool:
    """A plain percentage and a plain count, one right after the other, at most ``_GAP``
    characters apart ("75.0%(1,800명)", "1,800 (75%)"): a share told with its count."""
    if {a.unit, b.unit} != {"percent", "count"} or not (_plain(a) and _plain(b)):
        return False
    a_at, b_at = a.at_in_sentence(), b.at_in_sentence()
    return a_at >= 0 and b_at >= 0 and 0 <= b_at - (a_at + len(a.surface)) <= _GAP


def _plain(c: Claim) -> bool:
    """An exact stated value: a part or a whole arithmetic can read."""
    return c.role is Role.value and c.value is not None and c.approx.value == "exact"


def _whole_range(share: Claim, count: Claim) -> tuple[float, float]:
    """The wholes a count and its share allow, the share read within its printed rounding."""
    half = 0.5 * 10 ** -share.decimals
    value, number = share.value or 0.0, count.value or 0.0
    low = number * 100 / (value + half)
    high = number * 100 / max(value - half, 1e-9)
    return low * (1 - _SLACK), high * (1 + _SLACK)


def _looseness(pair: _Pair) -> float:
    """How wide the wholes a pair allows are, relative to the widest: a share of a small count
    ("one (0.6%)") allows too many wholes to name one."""
    low, high = _whole_range(*pair)
    return (high - low) / high if high else 1.0


def _a_dated_count(c: Claim) -> bool:
    """A plain count over a day or a window, or as of a date a phrase gave (not publication's)."""
    period = c.period
    return (
        _plain(c) and c.unit == "count"
        and period is not None and period.kind in _WHOLE_KINDS
        and period.resolution not in ("publication", "unresolved")
    )
