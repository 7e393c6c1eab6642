"""Two shares of one announcement that miss beyond their printed rounding are a conflict.

A percentage printed to one decimal ("79.6 %") says its value to a tenth of a point; the relative
tolerance of a minor discrepancy (5 % of the larger figure: four points of a turnout of 79 %)
was written for counts made a little differently (118 and 121 dead). One commission's final
turnout given as 79.6 % in one article and 79.2 % in another, or one office's occupancy rate
as 72.6 % and 71.6 %, cannot both be the figure it announced: no rounding explains two
tenths of a point and more.

A share announced again is not always one announcement told twice: an election body's turnout
on polling night (72.09 %) is revised the next day (69.46 %), a first estimate is corrected
days later, and two articles print both without a word of revision (Indian commission
turnouts of 2019, 2022 and 2024, revised by up to six points, reprinted that way). Only a
figure its words call final (``[grouping] final_figures``: "final turnout", "최종 투표율",
"taux de participation définitif"), or a reading at a stated clock time ("오후 6시 기준
운행률": what stood at 18:00 stays so), is one the source will not revise: the rule reads
only those.

Precision first: the rule reads only exact shares (no "about", no rough word), plain values
(no change, no planned or superseded figure), two values at least two steps of the coarser
printed figure apart (a last digit one apart may be rounding against truncation), and needs
one figure of each value that names the same source and reads alike in every frame slot
(what is counted, the event, the place, the whole, the entity): two pollsters' estimates, or a
region's turnout beside the nation's, stay what the relative tolerance makes them."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claims.lang import grouping_pattern
from claims.lexicon import fold
from claims.models import Approx, Modality, Role
from reconcile.day_times import time_of_day
from reconcile.models import Verdict
from reconcile.slim import SlimClaim

PERCENT = "percent"
MIN_STEPS = 2  # units of the coarser last printed place between the two values
_SLOTS = ("event", "place", "whole", "entity")


def shares_beyond_rounding(values: dict, claims: Sequence[SlimClaim]) -> None:
    """A minor discrepancy between two exact shares of one source, alike in every slot, that
    miss by ``MIN_STEPS`` of their printed precision or more, made a conflict (in ``values``,
    a finding's field dict; see the module)."""
    if values["verdict"] is not Verdict.minor_discrepancy or values["detail"] != "":
        return
    sides = _two_sides(claims)
    if sides is None:
        return
    one, two = sides
    if not any(_same_announcement(a, b) for a, b in itertools.product(one, two)):
        return
    a, b = one[0], two[0]
    assert a.value is not None and b.value is not None
    cited = values["explanation"].split(" differ by ")[0]
    values["verdict"] = Verdict.conflict
    values["detail"] = "values"
    values["explanation"] = (
        f"{cited} differ by {abs(b.value - a.value):.{_decimals(a, b)}f} points: both are "
        f"exact shares from one source printed to {_place(a, b)}, so no rounding explains "
        "the gap; one of them is wrong."
    )


def _two_sides(claims: Sequence[SlimClaim]) -> tuple[list, list] | None:
    """The claims split by the value they give, when every claim is a plain exact share and
    they give two values far enough apart (``MIN_STEPS``); else None."""
    if not claims or not all(_plain_share(c) and _final(c) for c in claims):
        return None
    sides: dict[float, list[SlimClaim]] = {}
    for claim in claims:
        assert claim.value is not None
        sides.setdefault(claim.value, []).append(claim)
    if len(sides) != 2:
        return None
    (va, one), (vb, two) = sorted(sides.items())
    step = 10.0 ** -min(c.decimals for c in claims)
    if vb - va < MIN_STEPS * step - 1e-9:
        return None
    return one, two


def _plain_share(claim: SlimClaim) -> bool:
    """An exact stated percentage, a plain value, neither hedged nor rough."""
    return (claim.unit == PERCENT and claim.approx is Approx.exact and claim.value is not None
            and claim.role is Role.value and claim.direction is None and claim.per is None
            and claim.modality is Modality.stated and not claim.hedge and not claim.rough)


def _final(claim: SlimClaim) -> bool:
    """What the share counts names it final (``[grouping] final_figures``), or it is read at
    a clock time: no revision will come, so two values are one too many."""
    pattern = grouping_pattern(claim.language, "final_figures")
    if pattern is not None and pattern.search(claim.counted) is not None:
        return True
    return time_of_day(claim) != ""  # type: ignore[arg-type]  # reads its period, sentence, language


def _same_announcement(a: SlimClaim, b: SlimClaim) -> bool:
    """Two figures that name one source and read alike in every frame slot."""
    source_a, source_b = fold(a.source or ""), fold(b.source or "")
    if not source_a or source_a != source_b:
        return False
    if fold(a.counted.strip()) != fold(b.counted.strip()) or not a.counted.strip():
        return False
    return all(_same_slot(getattr(a, slot), getattr(b, slot)) for slot in _SLOTS)


def _same_slot(a: str | None, b: str | None) -> bool:
    return fold(a or "") == fold(b or "")


def _decimals(a: SlimClaim, b: SlimClaim) -> int:
    return max(a.decimals, b.decimals, 0)


def _place(a: SlimClaim, b: SlimClaim) -> str:
    decimals = min(a.decimals, b.decimals)
    return "the unit" if decimals <= 0 else f"{decimals} decimal{'s' if decimals > 1 else ''}"
