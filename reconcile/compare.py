"""Pairwise verdicts inside one group of claims that measure the same quantity.

Claims with the same allowed values, the same period and the same role form a cluster, and
clusters are compared pair by pair, so twenty repeats of one figure cost one comparison and
one finding. Rules, in order:

1. Two sides of a stated change (``change_from``/``change_to`` linked by id) -> ``change``.
2. Both periods known and not the same -> ``period_mismatch`` (with per-month rates for counts).
3. A period missing on one side: the undated figure may be about the other's period, so the
   values are compared as if the periods were the same and the explanation says so. When the
   group holds figures for several periods, an undated figure that matches one of them is taken
   to be about that one (no finding against the others); one that matches none is reported as a
   ``period_mismatch`` against each, since it cannot be pinned to a period.
4. Intervals meet -> ``consistent`` (``identical``, ``rounding`` or ``bounds``); they miss by
   less than ``tolerance`` of the larger figure -> ``minor_discrepancy``; else ``conflict``.

Ratio claims and claims whose unit or value cannot be read are left to the structural checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from claims.models import Approx, Claim, Period, Role
from reconcile.intervals import Interval, value_interval
from reconcile.models import Finding, Verdict
from reconcile.periods import Relation, describe, is_known, per_month_rate, relate
from reconcile.units import canonical_factor, split_rate, unit_kind

CHANGE_ROLES = (Role.change_from, Role.change_to)
PRECISE = (Approx.exact, Approx.about)
MAX_CITED = 3


def claim_order(claim: Claim) -> tuple[str, int, int, str]:
    """Reading order, so findings come out the same whatever order claims arrive in."""
    return (claim.article, claim.line, claim.start, claim.id)


def cite(claims: Sequence[Claim]) -> str:
    """``"148" (001.txt:13, 001.txt:15)``: the figure as first written and where it was read."""
    places = [f"{c.article}:{c.line}" for c in claims[:MAX_CITED]]
    if len(claims) > MAX_CITED:
        places.append(f"and {len(claims) - MAX_CITED} more")
    return f'"{claims[0].surface}" ({", ".join(places)})'


def canonical_interval(claim: Claim) -> Interval | None:
    """The claim's allowed values in canonical units, or None when they cannot be read."""
    factor = canonical_factor(claim.unit, claim.per)
    if factor is None:
        return None
    try:
        return value_interval(claim).scaled(factor)
    except ValueError:
        return None


def comparison_kind(claim: Claim) -> str:
    """Claims compare only within one kind, and rates only with rates."""
    head, per = split_rate(claim.unit)
    rate = claim.per or per
    return f"{unit_kind(head)}/{'rate' if rate else 'value'}"


def period_key(period: Period | None) -> tuple[date | None, date | None]:
    return (period.start, period.end) if period is not None else (None, None)


@dataclass(frozen=True)
class Cluster:
    """Claims that say the same thing: same allowed values, period, kind and role."""

    claims: tuple[Claim, ...]
    interval: Interval
    kind: str

    @property
    def first(self) -> Claim:
        return self.claims[0]

    @property
    def period(self) -> Period | None:
        return self.first.period

    @property
    def dated(self) -> bool:
        return is_known(self.period)


def clusters_of(claims: Iterable[Claim]) -> list[Cluster]:
    """Comparable claims gathered by (values, period, kind, role), in reading order."""
    buckets: dict[tuple, list[tuple[Claim, Interval]]] = {}
    for claim in sorted(claims, key=claim_order):
        interval = canonical_interval(claim)
        if claim.role is Role.ratio or interval is None:
            continue
        role = claim.role if claim.role in CHANGE_ROLES else Role.value
        key = (interval, period_key(claim.period), comparison_kind(claim), role)
        buckets.setdefault(key, []).append((claim, interval))
    return [
        Cluster(tuple(c for c, _ in members), members[0][1], comparison_kind(members[0][0]))
        for members in buckets.values()
    ]


def _linked_change(a: Claim, b: Claim) -> bool:
    linked = a.linked == b.id or b.linked == a.id
    return linked and (a.role in CHANGE_ROLES or b.role in CHANGE_ROLES)


def _percent(x: float) -> str:
    """A share for prose: 0.05 -> "5 %", 0.0287 -> "2.9 %"."""
    return f"{x * 100:.1f}".removesuffix(".0") + " %"


def _side(claims: Sequence[Claim], period: Period | None, kind: str) -> str:
    """A figure with its period, plus its per-month rate when it is a plain count."""
    text = f"{cite(claims)} covers {describe(period)}"
    value = claims[0].value
    if value is not None and kind == "count/value":
        monthly = per_month_rate(value, period)
        if monthly is not None:
            text += f" ({monthly:.1f}/month)"
    return text


def value_verdict(a: Cluster, b: Cluster, tolerance: float) -> tuple[Verdict, str, str]:
    """Verdict, detail and the reason in words, from the two allowed intervals alone."""
    if a.interval.meets(b.interval):
        fa, fb = a.first, b.first
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
    if gap < tolerance:
        return (
            Verdict.minor_discrepancy,
            "",
            f"differ by {_percent(gap)} of the larger figure, under the "
            f"{_percent(tolerance)} tolerance",
        )
    apart = (
        "cannot both be right: even allowing for rounding they differ by "
        f"{_percent(gap)} of the larger figure"
    )
    return Verdict.conflict, "", apart


class _Builder:
    """Numbers the findings of one group in emission order: ``<group>-f1``, ``<group>-f2``..."""

    def __init__(self, group_id: str, quantity: str) -> None:
        self.group_id, self.quantity = group_id, quantity
        self.findings: list[Finding] = []

    def add(self, verdict: Verdict, detail: str, claims: Iterable[Claim], text: str) -> None:
        ids = list(dict.fromkeys(c.id for c in sorted(claims, key=claim_order)))
        self.findings.append(
            Finding(
                id=f"{self.group_id}-f{len(self.findings) + 1}",
                verdict=verdict,
                detail=detail,
                group_id=self.group_id,
                quantity=self.quantity,
                claim_ids=ids,
                explanation=text,
            )
        )


def _distinct_periods(clusters: Sequence[Cluster]) -> int:
    seen: list[Period] = []
    for cluster in clusters:
        period = cluster.period
        new = all(relate(period, s) is not Relation.same for s in seen)
        if period is not None and cluster.dated and new:
            seen.append(period)
    return len(seen)


def compare_group(
    claims: list[Claim], group_id: str, quantity: str, tolerance: float = 0.05
) -> list[Finding]:
    """Findings for every pair of distinct figures in one group (see the module rules)."""
    out = _Builder(group_id, quantity)
    by_id = {c.id: c for c in claims}
    done: set[tuple[str, str]] = set()
    for claim in sorted(claims, key=claim_order):
        other = by_id.get(claim.linked or "")
        if other is None or not _linked_change(claim, other):
            continue
        pair = tuple(sorted((claim.id, other.id)))
        if pair in done:
            continue
        done.add(pair)
        old, new = sorted((claim, other), key=lambda c: c.role is not Role.change_from)
        out.add(
            Verdict.change,
            "change",
            (old, new),
            f"{cite([old])} and {cite([new])} are the two sides of a stated change "
            f"(from {old.surface} to {new.surface}), not a disagreement.",
        )

    clusters = clusters_of(claims)
    several_periods = _distinct_periods(clusters) > 1
    for cluster in clusters:
        if len(cluster.claims) > 1:
            out.add(
                Verdict.consistent,
                "identical",
                cluster.claims,
                f"{cite(cluster.claims)} give the same figure for {describe(cluster.period)}.",
            )

    def matches_a_dated(undated: Cluster) -> bool:
        return any(
            c.dated and c.kind == undated.kind and c.interval.meets(undated.interval)
            for c in clusters
        )

    for i, a in enumerate(clusters):
        for b in clusters[i + 1 :]:
            if a.kind != b.kind:
                continue
            pairs = [(x, y) for x in a.claims for y in b.claims if not _linked_change(x, y)]
            if not pairs:
                continue
            involved_ids = {c.id for pair in pairs for c in pair}
            side_a = [c for c in a.claims if c.id in involved_ids]
            side_b = [c for c in b.claims if c.id in involved_ids]
            involved = side_a + side_b
            relation = relate(a.period, b.period)
            if relation is Relation.unknown:
                _compare_undated(
                    out, a, b, side_a, side_b, tolerance, several_periods, matches_a_dated
                )
            elif relation is not Relation.same:
                out.add(
                    Verdict.period_mismatch,
                    "",
                    involved,
                    f"{_side(side_a, a.period, a.kind)} and "
                    f"{_side(side_b, b.period, b.kind)}: different periods, "
                    "so the figures are not compared directly.",
                )
            else:
                verdict, detail, reason = value_verdict(a, b, tolerance)
                out.add(
                    verdict,
                    detail,
                    involved,
                    f"{cite(side_a)} and {cite(side_b)}, both for {describe(a.period)}, {reason}.",
                )
    return out.findings


def _compare_undated(
    out: _Builder,
    a: Cluster,
    b: Cluster,
    side_a: list[Claim],
    side_b: list[Claim],
    tolerance: float,
    several_periods: bool,
    matches_a_dated: Callable[[Cluster], bool],
) -> None:
    """Rule 3 of the module: an undated figure may be about the other side's period."""
    verdict, detail, reason = value_verdict(a, b, tolerance)
    if a.dated or b.dated:
        dated, undated = (a, b) if a.dated else (b, a)
        dated_side, undated_side = (side_a, side_b) if a.dated else (side_b, side_a)
        note = (
            f"{cite(undated_side)} states no period; read as covering {describe(dated.period)} "
            f"like {cite(dated_side)}, they"
        )
        if verdict is not Verdict.consistent and several_periods:
            if matches_a_dated(undated):
                return
            out.add(
                Verdict.period_mismatch,
                "",
                side_a + side_b,
                f"{cite(undated_side)} states no period and matches none of the dated figures; "
                f"{cite(dated_side)} covers {describe(dated.period)}, so they are not compared.",
            )
            return
    else:
        note = f"{cite(side_a)} and {cite(side_b)} state no period; read as the same period, they"
    out.add(verdict, detail, side_a + side_b, f"{note} {reason}.")
