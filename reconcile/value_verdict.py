"""The verdict on two figures of one quantity and period: their intervals meet (identical,
rounding, bounds), miss by less than the tolerance (a minor discrepancy), or conflict; two exact
figures that differ only by two neighbouring digits swapped conflict as a probable mistype,
even under the tolerance. ``reconcile.compare`` asks it for every pair of clusters.

``beyond_precision`` is the tolerance read against the printed precision: two rounded figures
("3.86 trillion", "3조6천820억", "51.6 million tonnes") each claim their value to a step; when
they miss by many of those steps, no rounding and no small recount explains the gap, and
``reconcile.assess`` calls the pair a conflict even under the relative tolerance."""

from __future__ import annotations

import math
from collections.abc import Sequence

from claims.models import Approx, Claim
from reconcile.clusters import Cluster, plain_interval
from reconcile.intervals import Interval, half_unit
from reconcile.models import Verdict

PRECISE = (Approx.exact, Approx.about)
# A rough word ("une vingtaine", its span 20-29) against a figure: writers round such words by
# far more than a printed "about 20" ("une vingtaine de blessés" for 18), so a gap under this
# share of the larger figure is a minor discrepancy, not a conflict ("une vingtaine" / 12 is).
ROUGH_TOLERANCE = 0.25
COUNT = "count"
_UNIT = 0.5  # half a unit: a figure printed to the unit, not rounded coarser
# A gap of this many steps of the coarser printed figure (thirty times its printed precision,
# half a step) is no rounding: "3.86 trillion" and "3조6천820억" (3.682 trillion) miss by 17
# steps of 0.01 trillion; "73 400" and "72 100" by 12 steps of 100, which stays minor.
PRECISION_STEPS = 15
# Under this share of the larger figure a recount or a revision may explain a gap ("1,234,500"
# then "1,236,800" votes); the tolerance then stays the relative one.
PRECISION_FLOOR = 0.01


def percent_text(x: float) -> str:
    """A share for prose: 0.05 -> "5 %", 0.0287 -> "2.9 %"."""
    return f"{x * 100:.1f}".removesuffix(".0") + " %"


def value_verdict(a: Cluster, b: Cluster, tolerance: float) -> tuple[Verdict, str, str]:
    """Verdict, detail and the reason in words, from the two allowed intervals alone."""
    if a.interval.meets(b.interval):
        fa, fb = a.claims[0], b.claims[0]
        if fa.value == fb.value and fa.approx == fb.approx and fa.unit == fb.unit:
            return Verdict.consistent, "identical", "give the same figure"
        if fa.approx in PRECISE and fb.approx in PRECISE:
            return (
                Verdict.consistent,
                "rounding",
                "agree within the rounding of the printed figures",
            )
        return (
            Verdict.consistent,
            "bounds",
            "are compatible: a stated bound allows the other figure",
        )
    gap = max(a.interval.relative_gap(b.interval), _counted_apart(a.claims[0], b.claims[0]))
    if a.claims[0].rough != b.claims[0].rough:
        tolerance = max(tolerance, ROUGH_TOLERANCE)
    if gap < tolerance and transposed(a.claims[0], b.claims[0]):
        return (
            Verdict.conflict,
            "values",
            f"differ by {percent_text(gap)} of the larger figure, and only by two neighbouring "
            "digits in swapped order: one of them is mistyped, not a small difference",
        )
    if gap < tolerance:
        return (
            Verdict.minor_discrepancy,
            "",
            f"differ by {percent_text(gap)} of the larger figure, under the "
            f"{percent_text(tolerance)} tolerance",
        )
    apart = (
        "cannot both be right: even allowing for rounding they differ by "
        f"{percent_text(gap)} of the larger figure"
    )
    return Verdict.conflict, "values", apart


def _counted_apart(a: Claim, b: Claim) -> float:
    """How far apart two exact counts to the unit are, as a share of the larger: "5 rescued"
    and "6 rescued" allow [4.5, 5.5) and [5.5, 6.5) by their printed precision, which touch,
    so their gap read 0 and the pair a minor discrepancy; "27 deaths" and "25 deaths" by one
    evening read 3.8 % apart from those bounds, under the tolerance, when they are 7.4 % apart.
    A count of people or things to the unit is no rounded figure: 8 is not 9, and one of eleven
    is a ninth apart. 0 for any other pair (the intervals' gap stands)."""
    if not (_to_the_unit(a) and _to_the_unit(b)):
        return 0.0
    assert a.value and b.value
    return abs(a.value - b.value) / max(abs(a.value), abs(b.value))


def _to_the_unit(claim: Claim) -> bool:
    """An exact non-zero count printed to the unit ("8", "179"; not "1 200")."""
    return (
        claim.unit == COUNT and claim.approx is Approx.exact and bool(claim.value)
        and not claim.decimals and half_unit(claim.value or 0.0, 0) == _UNIT
    )


def transposed(a: Claim, b: Claim) -> bool:
    """Two figures written exactly whose significant digits are the same but for two
    neighbouring ones swapped ("98 400" / "94 800", "6.21 million" / "612만"): the commonest
    typo in print. A gap under the tolerance is then no small difference: one is mistyped."""
    if not _exact_of_one_scale(a, b):
        return False
    assert a.value and b.value
    da, db = _significant(a.value), _significant(b.value)
    if len(da) != len(db) or len(da) < 3:
        return False
    return _neighbours_swapped(da, db)


def _exact_of_one_scale(a: Claim, b: Claim) -> bool:
    """Two exact non-zero figures of one unit and one power of ten: another scale (98 400
    and 9 480) is no typo of each other."""
    if a.approx is not Approx.exact or b.approx is not Approx.exact:
        return False
    if not a.value or not b.value or a.unit != b.unit:
        return False
    return math.floor(math.log10(abs(a.value))) == math.floor(math.log10(abs(b.value)))


def _neighbours_swapped(da: str, db: str) -> bool:
    """Two digit strings of one length differing only by two neighbouring digits swapped."""
    apart = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and da[apart[0]] == db[apart[1]]
        and da[apart[1]] == db[apart[0]]
    )


def _significant(value: float) -> str:
    """The digits of a figure without its scale: 98 400 -> "984", 6.21 million -> "621"."""
    text = f"{abs(value):.6f}".replace(".", "")
    return text.strip("0")


def beyond_precision(claims: Sequence[Claim]) -> float | None:
    """How many steps of the coarser printed figure two rounded figures miss each other by, when
    that is at least ``PRECISION_STEPS`` and the gap at least ``PRECISION_FLOOR`` of the larger
    figure; else None.

    Why the tolerance depends on the printed precision: "a little apart" (minor_discrepancy)
    fits two counts made a little differently (118 and 121 dead, two agencies). Two figures
    each rounded to three or four significant digits say their value to a step; a miss of
    fifteen steps of the coarser one (thirty times its printed precision) is a mistyped or
    misread figure, which a fact-checker calls a conflict.
    Only figures both rounded (a step wider than one unit: "3.86 trillion", "49.6 million",
    "41만2천"), exact (never "about 180" against "175") and of one unit qualify; counts to the
    unit (118, 3 497) and shares (41.2 %) keep the relative tolerance."""
    pair = _two_rounded_apart(claims)
    if pair is None:
        return None
    low, high = pair
    step = max(low.hi - low.lo, high.hi - high.lo)
    steps = low.gap(high) / step
    return steps if steps >= PRECISION_STEPS else None


def _two_rounded_apart(claims: Sequence[Claim]) -> tuple[Interval, Interval] | None:
    """The two readings (lower first) of exact figures of one unit that give two values, each
    rounded to a step wider than one unit, that do not meet and miss by ``PRECISION_FLOOR`` of
    the larger at least; None otherwise."""
    if any(c.approx is not Approx.exact for c in claims):
        return None
    readings = {(c.unit, iv.lo, iv.hi) for c in claims if (iv := plain_interval(c)) is not None}
    if len(readings) != 2:
        return None
    (unit_a, *a), (unit_b, *b) = sorted(readings)
    if unit_a != unit_b:
        return None
    low, high = Interval(a[0], a[1], hi_open=True), Interval(b[0], b[1], hi_open=True)
    widths = (low.hi - low.lo, high.hi - high.lo)
    if min(widths) <= 1 or low.meets(high) or low.relative_gap(high) < PRECISION_FLOOR:
        return None
    return low, high
