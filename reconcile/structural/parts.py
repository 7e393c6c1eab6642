"""``parts``: three or more shares (percent) in one sentence of one article, for one period, are
read as a breakdown of one population, so their lowest allowed values cannot add up to more than
100 %. Two shares are not enough evidence of a breakdown ("60 % are women, 70 % are minors"
overlap), so they are not checked."""

from __future__ import annotations

import math
from collections.abc import Iterable

from claims.models import Claim
from reconcile.compare import (
    PLAIN_SHARE,
    canonical_interval,
    cite,
    claim_order,
    comparison_kind,
    period_key,
)
from reconcile.intervals import Interval
from reconcile.models import Verdict
from reconcile.periods import (
    describe,
)
from reconcile.structural.base import VALUE, Check, fmt, join_all

MIN_PARTS = 3


def parts_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """Breakdowns of one population: shares in one sentence, same period (see module rules)."""
    out: dict[str, list[Check]] = {}
    for (article, _, _), members in _share_buckets(claims).items():
        if len(members) >= MIN_PARTS:
            out.setdefault(article, []).append(_parts_check(members))
    return sorted(out.items())


def _share_buckets(claims: Iterable[Claim]) -> dict[tuple, list[tuple[Claim, Interval]]]:
    """The plain shares with a finite lower bound, in reading order, by article, sentence and
    period."""
    buckets: dict[tuple, list[tuple[Claim, Interval]]] = {}
    shares = [c for c in claims if c.role is VALUE and comparison_kind(c) == PLAIN_SHARE]
    for claim in sorted(shares, key=claim_order):
        interval = canonical_interval(claim)
        if interval is None or math.isinf(interval.lo):
            continue
        key = (claim.article, claim.sentence, period_key(claim.period))
        buckets.setdefault(key, []).append((claim, interval))
    return buckets


def _parts_check(members: list[tuple[Claim, Interval]]) -> Check:
    """Shares of one population above 100 % even at their lowest conflict."""
    shares = tuple(c for c, _ in members)
    floor = sum(i.lo for _, i in members)
    total = sum(c.value if c.value is not None else i.lo for c, i in members)
    cited = join_all([cite([c]) for c in shares])
    listed = f"The shares {cited} for {describe(shares[0].period)}"
    if floor > 100:
        return Check(
            Verdict.conflict,
            "parts",
            shares,
            f"{listed} add up to {fmt(total)} %, even at their lowest {fmt(floor)} %: "
            "shares of one population cannot exceed 100 %.",
        )
    return Check(
        Verdict.consistent,
        "parts",
        shares,
        f"{listed} add up to {fmt(total)} %, not above 100 %, so they can be parts "
        "of one population.",
    )
