"""The set of values a written figure allows, so that "the same value" has one meaning.

Rules (documented in the README and relied on by the verdicts):

* Printed precision, statcheck-style: a figure allows half a unit in its last printed place.
  "74 %" is [73.5, 74.5); "59,8" is [59.75, 59.85).
* Round figures: an integer of 1 000 or more ending in zeros is read as rounded at its last
  non-zero digit, but never coarser than its second significant digit. "1 200" is
  [1 150, 1 250); "220 000" is [215 000, 225 000); "3 000" is [2 950, 3 050). Below 1 000 an
  integer is exact to the unit ("180", "60 %"), as writers rarely round small counts.
* "about" widens the figure by ``ABOUT_WIDTH`` (5 %) of its value each way, or by its printed
  precision when that is wider.
* Bounds are taken as written: "more than v" is (v, ∞), "at least v" [v, ∞),
  "up to v" [0, v], "less than v" [0, v); "range" is [lower, upper] widened by the printed
  precision, "vague" ("des centaines") is [lower, upper] as given.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from claims.models import Approx, Claim, is_rough

ABOUT_WIDTH = 0.05
ROUND_FIGURE_FROM = 1000


@dataclass(frozen=True)
class Interval:
    """A real interval; bounds may be infinite and each end open or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def __post_init__(self) -> None:
        if math.isnan(self.lo) or math.isnan(self.hi) or self.lo > self.hi:
            raise ValueError(f"empty or invalid interval [{self.lo}, {self.hi}]")

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def is_empty(self) -> bool:
        return self.lo == self.hi and (self.lo_open or self.hi_open)

    def contains(self, x: float) -> bool:
        above = x > self.lo if self.lo_open else x >= self.lo
        below = x < self.hi if self.hi_open else x <= self.hi
        return above and below

    def _common(self, other: Interval) -> tuple[float, bool, float, bool]:
        """The bounds both intervals allow (possibly empty): higher low, lower high."""
        if self.lo > other.lo or (self.lo == other.lo and self.lo_open):
            lo, lo_open = self.lo, self.lo_open
        else:
            lo, lo_open = other.lo, other.lo_open
        if self.hi < other.hi or (self.hi == other.hi and self.hi_open):
            hi, hi_open = self.hi, self.hi_open
        else:
            hi, hi_open = other.hi, other.hi_open
        return lo, lo_open, hi, hi_open

    def intersection(self, other: Interval) -> Interval | None:
        """The common part, or None when the intervals do not meet."""
        lo, lo_open, hi, hi_open = self._common(other)
        if lo > hi or (lo == hi and (lo_open or hi_open)):
            return None
        return Interval(lo, hi, lo_open, hi_open)

    def meets(self, other: Interval) -> bool:
        """``intersection(other) is not None``, without making the intersection: verdicts ask
        it for every pair of figures."""
        lo, lo_open, hi, hi_open = self._common(other)
        return not (lo > hi or (lo == hi and (lo_open or hi_open)))

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both (used to pool several figures for one period)."""
        lo_src = self if (self.lo, self.lo_open) <= (other.lo, other.lo_open) else other
        hi_src = self if (self.hi, not self.hi_open) >= (other.hi, not other.hi_open) else other
        return Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)

    def gap(self, other: Interval) -> float:
        """Distance between the nearest ends; 0 when the intervals touch or overlap."""
        if self.hi <= other.lo:
            return other.lo - self.hi
        if other.hi <= self.lo:
            return self.lo - other.hi
        return 0.0

    def relative_gap(self, other: Interval) -> float:
        """The gap as a share of the larger nearest end, so 220 000 vs 227 000 reads as ~3 %."""
        gap = self.gap(other)
        if gap == 0.0:
            return 0.0
        near = (self.hi, other.lo) if self.hi <= other.lo else (self.lo, other.hi)
        scale = max(abs(near[0]), abs(near[1]))
        return gap / scale if scale else math.inf

    def scaled(self, factor: float) -> Interval:
        """The interval in another unit (``factor`` > 0), e.g. years to seconds."""
        if factor <= 0:
            raise ValueError("unit factors are positive")
        return Interval(self.lo * factor, self.hi * factor, self.lo_open, self.hi_open)


def half_unit(value: float, decimals: int) -> float:
    """Half a unit in the last significant printed place (see the module rules).

    A scaled figure ("1,2 million" = 1 200 000, one decimal printed) is a round figure too, so
    the wider of the two readings wins.
    """
    printed = 0.5 * 10.0 ** -max(decimals, 0)
    if abs(value) < ROUND_FIGURE_FROM or not float(value).is_integer():
        return printed
    digits = int(abs(value))
    place = 1
    while digits % 10 == 0:
        digits //= 10
        place *= 10
    second_digit_place = 10 ** (len(str(int(abs(value)))) - 2)
    return max(printed, min(place, second_digit_place) / 2)


def _precision(value: float, decimals: int) -> Interval:
    half = half_unit(value, decimals)
    return Interval(value - half, value + half, hi_open=True)


def _floor_zero(value: float) -> float:
    return 0.0 if value >= 0 else -math.inf


def value_interval(claim: Claim, about_width: float = ABOUT_WIDTH) -> Interval:
    """The values ``claim`` allows, in the claim's own unit: read by its approximation's
    reader in ``_INTERVALS`` (a stated value with its precision, or "about" it, otherwise); a
    rough word with a value ("une vingtaine") is its span, as a vague one is."""
    if is_rough(claim.approx, claim.lower, claim.upper):
        return _span(claim, about_width)
    return _INTERVALS.get(claim.approx, _around_value)(claim, about_width)


def _span(claim: Claim, about_width: float) -> Interval:
    """A range ("20 to 30", printed precision at both ends) or a vague span ("dozens")."""
    lo = claim.lower if claim.lower is not None else claim.value
    hi = claim.upper if claim.upper is not None else claim.value
    if lo is None or hi is None:
        raise ValueError(f"claim {claim.id}: a {claim.approx} needs lower and upper")
    if is_rough(claim.approx, claim.lower, claim.upper):
        return Interval(lo, hi)
    return Interval(
        lo - half_unit(lo, claim.decimals), hi + half_unit(hi, claim.decimals), hi_open=True
    )


def _from_bound(claim: Claim, about_width: float) -> Interval:
    """ "more than 20" (open), "at least 20" (closed), up to infinity."""
    bound = claim.value if claim.value is not None else claim.lower
    if bound is None:
        raise ValueError(f"claim {claim.id}: {claim.approx} needs a value")
    return Interval(bound, math.inf, lo_open=claim.approx is Approx.more_than, hi_open=True)


def _to_bound(claim: Claim, about_width: float) -> Interval:
    """ "up to 20" (closed), "less than 20" (open), from zero (or below, for a negative bound)."""
    bound = claim.value if claim.value is not None else claim.upper
    if bound is None:
        raise ValueError(f"claim {claim.id}: {claim.approx} needs a value")
    return Interval(
        _floor_zero(bound), bound, lo_open=bound < 0, hi_open=claim.approx is Approx.less_than
    )


def _around_value(claim: Claim, about_width: float) -> Interval:
    """A stated value: "about" it spans ``about_width`` of it either side (at least its
    printed precision); any other, its printed precision."""
    v = claim.value
    if v is None:
        raise ValueError(f"claim {claim.id} has no value")
    if claim.approx is Approx.about:
        half = max(abs(v) * about_width, half_unit(v, claim.decimals))
        return Interval(v - half, v + half)
    return _precision(v, claim.decimals)


_INTERVALS: dict[Approx, Callable[[Claim, float], Interval]] = {
    Approx.range: _span,
    Approx.vague: _span,
    Approx.more_than: _from_bound,
    Approx.at_least: _from_bound,
    Approx.up_to: _to_bound,
    Approx.less_than: _to_bound,
}
