"""The verdict on two figures of one quantity and period: their intervals meet (identical,
rounding, bounds), miss by less than the tolerance (a minor discrepancy), or conflict; two exact
figures that differ only by two neighbouring digits swapped conflict as a probable mistype,
even under the tolerance. ``reconcile.compare`` asks it for every pair of clusters."""

from __future__ import annotations

import math

from claims.models import Approx, Claim
from reconcile.clusters import Cluster
from reconcile.models import Verdict

PRECISE = (Approx.exact, Approx.about)


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
    gap = a.interval.relative_gap(b.interval)
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
