"""Pairwise verdicts inside one group of claims that measure the same quantity.

Claims with the same allowed values, the same period and the same role form a cluster, and
clusters are compared pair by pair, so twenty repeats of one figure cost one comparison and
one finding. Rules, in order:

1. Two sides of a stated change (``change_from``/``change_to`` linked by id) -> ``change``.
2. Both periods known and not the same -> not compared. A group's figures for different
   periods make ONE ``period_mismatch`` finding (per comparison kind): a timeline naming one
   figure per period (the most repeated, then the first read), with per-month rates for
   counts. Per pair it would be n² findings for a yearly series, which says nothing more and
   buries the conflicts; figures of one period are still compared with each other (rule 4).
3. A period missing on one side: the undated figure may be about the other's period, so the
   values are compared as if the periods were the same and the explanation says so. When the
   group holds figures for several periods, an undated figure that matches one of them is taken
   to be about that one (no finding against the others); one that matches none cannot be
   pinned to a period and is named in the group's ``period_mismatch`` finding.
4. Intervals meet -> ``consistent`` (``identical``, ``rounding`` or ``bounds``); they miss by
   less than ``tolerance`` of the larger figure -> ``minor_discrepancy``; else ``conflict``.

Ratio claims and claims whose unit or value cannot be read are left to the structural checks.
The verdict on one pair of values (rule 4) is ``reconcile.value_verdict``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from operator import attrgetter

from claims.models import Claim, Role
from reconcile.clusters import _SLACK_DAYS, _about
from reconcile.clusters import CHANGE_ROLES as CHANGE_ROLES
from reconcile.clusters import MAX_CITED as MAX_CITED
from reconcile.clusters import PLAIN_COUNT as PLAIN_COUNT
from reconcile.clusters import PLAIN_SHARE as PLAIN_SHARE
from reconcile.clusters import RELATIONS_LIMIT as RELATIONS_LIMIT
from reconcile.clusters import Cluster as Cluster
from reconcile.clusters import PeriodCache as PeriodCache
from reconcile.clusters import canonical_interval as canonical_interval
from reconcile.clusters import cite as cite
from reconcile.clusters import claim_order as claim_order
from reconcile.clusters import clusters_of as clusters_of
from reconcile.clusters import comparison_kind as comparison_kind
from reconcile.clusters import kind_of as kind_of
from reconcile.clusters import period_key as period_key
from reconcile.clusters import plain_interval as plain_interval
from reconcile.models import Finding, Verdict, trusted
from reconcile.period_classes import period_classes as _period_classes
from reconcile.period_classes import relation as relation
from reconcile.periods import Relation, per_month_rate
from reconcile.stock_day import STOCK_ON_DAY, stock_on_one_day
from reconcile.undated_lending import lends_nothing
from reconcile.value_verdict import value_verdict


def _linked_change(a: Claim, b: Claim) -> bool:
    linked = a.linked == b.id or b.linked == a.id
    return linked and (a.role in CHANGE_ROLES or b.role in CHANGE_ROLES)


def _side(cluster: Cluster, kind: str) -> str:
    """A figure with its period, plus its per-month rate when it is a plain count."""
    period = cluster.period
    text = f"{cluster.cited} covers {_about(cluster)}"
    value = cluster.claims[0].value
    if value is not None and kind == PLAIN_COUNT:
        monthly = per_month_rate(value, period)
        if monthly is not None:
            text += f" ({monthly:.1f}/month)"
    return text


_ID = attrgetter("id")


# One shared field set: every finding sets them all, and a set per finding is 700 bytes.
_FINDING_FIELDS = frozenset(Finding.model_fields)


# A finding before its group has an id: (id suffix "-f1", verdict, detail, claim ids,
# explanation). Plain tuples are what a worker process sends back.
RawFinding = tuple[str, Verdict, str, list[str], str]


class _Builder:
    """Numbers the findings of one group in emission order: ``-f1``, ``-f2``..."""

    def __init__(self) -> None:
        self.findings: list[RawFinding] = []

    def add(self, verdict: Verdict, detail: str, claims: Iterable[Claim], text: str) -> None:
        ids = list(dict.fromkeys(map(_ID, sorted(claims, key=claim_order))))
        self.findings.append((f"-f{len(self.findings) + 1}", verdict, detail, ids, text))

    def add_pair(
        self,
        verdict: Verdict,
        detail: str,
        a: Cluster,
        side_a: Sequence[Claim],
        b: Cluster,
        side_b: Sequence[Claim],
        text: str,
    ) -> None:
        """``add`` for the claims of two clusters of one ``clusters_of``, ``a`` first. Most
        clusters hold one claim, and a whole such ``a`` comes before all of ``b``'s claims (its
        first comes before ``b``'s first, and a cluster's claims are in reading order): then
        they are in reading order as they stand."""
        if len(side_a) == 1 and side_a is a.claims and side_b is b.claims:
            ids = list(dict.fromkeys(map(_ID, (*side_a, *side_b))))
            self.findings.append((f"-f{len(self.findings) + 1}", verdict, detail, ids, text))
        else:
            self.add(verdict, detail, [*side_a, *side_b], text)


def as_findings(
    raw: Iterable[RawFinding | tuple], group_id: str | None, quantity: str,
    prefix: str | None = None,
) -> list[Finding]:
    """Raw findings with their ids: ``<group>-f1``... (or ``<prefix><suffix>`` for checks made
    outside a group). A raw finding judged already (``assess.judge``) brings its assumptions
    and confidence."""
    head = prefix if prefix is not None else group_id or ""
    return [
        trusted(  # built from checked parts: validation is pure cost
            Finding,
            _FINDING_FIELDS,
            {
                "id": head + suffix,
                "verdict": verdict,
                "detail": detail,
                "group_id": group_id,
                "quantity": quantity,
                "claim_ids": ids,
                "explanation": text,
                "confidence": judged[1] if judged else 1.0,
                "assumptions": judged[0] if judged else [],
            },
        )
        for suffix, verdict, detail, ids, text, *judged in raw
    ]


def _timeline_key(cluster: Cluster) -> tuple[date, date]:
    period = cluster.period
    assert period is not None
    return (period.start or date.min, period.end or date.max)


def compare_group(
    claims: list[Claim], group_id: str, quantity: str, tolerance: float = 0.05
) -> list[Finding]:
    """Findings for the figures of one group (see the module rules)."""
    return as_findings(compare_raw(claims, tolerance), group_id, quantity)


def compare_raw(
    claims: list[Claim], tolerance: float = 0.05, clusters: list[Cluster] | None = None
) -> list[RawFinding]:
    """``compare_group`` as plain tuples, ids relative to the group (what a worker sends
    back; ``clusters``: ``clusters_of(claims)`` when the caller made them already)."""
    if len(claims) == 1 and claims[0].linked != claims[0].id:
        return []  # alone: nothing to compare it with
    out = _Builder()
    linked = [c for c in claims if c.linked is not None]
    if linked:  # a change needs a claim that names another
        _changes(out, claims)
    clusters = clusters_of(claims) if clusters is None else clusters
    period_class, several_periods = _stated_period_classes(clusters)
    _repeats(out, clusters)
    tied = _tied(clusters) if any(c.linked for c in linked) else set()
    pairs = _Pairs(out, clusters, tolerance, several_periods=several_periods, tied=tied)
    pairs.walk()
    _period_mismatches(out, list(pairs.apart), list(pairs.unpinned), period_class)
    return out.findings


def _stated_period_classes(clusters: Sequence[Cluster]) -> tuple[dict[Cluster, int], bool]:
    """The dated clusters' period classes, and whether the text states more than one period
    (a period read from the publication date states none): rule 3 weighs an undated figure
    differently then."""
    period_class, _ = _period_classes([c for c in clusters if c.dated])
    stated = {n for c, n in period_class.items() if not _read_at_publication(c)}
    return period_class, len(stated) > 1


def _repeats(out: _Builder, clusters: Sequence[Cluster]) -> None:
    """Rule 4's ``identical`` for the claims of one cluster: one finding for all repeats."""
    for cluster in clusters:
        if len(cluster.claims) > 1:
            out.add(
                Verdict.consistent,
                "identical",
                cluster.claims,
                f"{cluster.cited} give the same figure for {_about(cluster)}.",
            )


class _Pairs:
    """Every pair of clusters of one kind, in order, judged by the module rules 2-4. Pairs
    for other periods are only marked (``apart``), as are undated clusters that match no
    dated figure (``unpinned``): rule 2 makes one finding of them afterwards. Both are
    ordered sets (first marked first)."""

    def __init__(
        self,
        out: _Builder,
        clusters: list[Cluster],
        tolerance: float,
        several_periods: bool,
        tied: set[Cluster],
    ) -> None:
        self.out = out
        self.clusters = clusters
        self.tolerance = tolerance
        self.several_periods = several_periods
        self.tied = tied  # empty (false) without links
        self.apart: dict[Cluster, None] = {}
        self.unpinned: dict[Cluster, None] = {}
        self._matched: dict[Cluster, bool] = {}
        self._seen = clusters[0].periods.relations if clusters else {}

    def walk(self) -> None:
        clusters, tied = self.clusters, self.tied
        for i, a in enumerate(clusters):
            kind, a_tied = a.kind, a in tied
            for b in clusters[i + 1 :]:
                if b.kind != kind:
                    continue
                if tied and (a_tied or b in tied):
                    self._tied_pair(a, b)
                else:
                    self._pair(a, b)

    def _pair(self, a: Cluster, b: Cluster) -> None:
        """Two clusters with no side of a change between them."""
        if not (a.dated and b.dated):
            related: Relation | None = Relation.unknown  # a period missing on one side
        elif -_SLACK_DAYS <= a.end_day - b.end_day <= _SLACK_DAYS:
            related = self._seen.get((a.period_code, b.period_code)) or relation(a, b)
        else:  # ends farther apart than any slack: neither the same nor unknown
            self.apart[a] = self.apart[b] = None  # most pairs are of other periods: marked
            return
        self._judge(a, b, a.claims, b.claims, related)

    def _stock(self, a: Cluster, b: Cluster, side_a: Sequence[Claim],
               side_b: Sequence[Claim]) -> None:
        """A stock or a rate counted on a day against its level as of that day: one period
        (``reconcile.stock_day``), and the finding says so."""
        verdict, detail, reason = value_verdict(a, b, self.tolerance)
        self.out.add_pair(
            verdict, detail, a, side_a, b, side_b,
            f"{_cites(a, side_a)} and {_cites(b, side_b)}, both for "
            f"{_about(a if a.period.start else b)} ({STOCK_ON_DAY}), {reason}.",  # type: ignore[union-attr]
        )

    def _tied_pair(self, a: Cluster, b: Cluster) -> None:
        """Two clusters holding sides of changes: the two sides of one change are not
        compared with each other, the other pairs of their claims are."""
        involved_ids = _untied_ids(a, b)
        if not involved_ids:
            return
        side_a = [c for c in a.claims if c.id in involved_ids]
        side_b = [c for c in b.claims if c.id in involved_ids]
        self._judge(a, b, side_a, side_b, relation(a, b))

    def _judge(
        self,
        a: Cluster,
        b: Cluster,
        side_a: Sequence[Claim],
        side_b: Sequence[Claim],
        related: Relation,
    ) -> None:
        if related is Relation.unknown:
            self._undated(a, b, side_a, side_b)
        elif related is not Relation.same and stock_on_one_day(a, b):
            self._stock(a, b, side_a, side_b)
        elif related is not Relation.same:
            self.apart[a] = self.apart[b] = None
        else:
            verdict, detail, reason = value_verdict(a, b, self.tolerance)
            self.out.add_pair(
                verdict,
                detail,
                a,
                side_a,
                b,
                side_b,
                f"{_cites(a, side_a)} and {_cites(b, side_b)}, both for {_about(a)}, {reason}.",
            )

    def _undated(
        self, a: Cluster, b: Cluster, side_a: Sequence[Claim], side_b: Sequence[Claim]
    ) -> None:
        """A period missing on one side (rule 3). An undated figure that disagrees with a
        dated one may be about another of the group's periods: no finding. One that matches
        none of them cannot be pinned to a period, and the period_mismatch finding names it.
        Figures read as of their articles' publication on two different days that disagree
        are two readings of a count that may have moved between the days (214 injured on
        Monday, 236 on Tuesday): no conflict either, a period difference."""
        if _unread(a) or _unread(b):
            return  # it states a time the reader could not resolve: about it, nothing is known
        if a.interval.meets(b.interval):
            _compare_undated(self.out, a, b, side_a, side_b, self.tolerance)
        else:
            self._undated_apart(a, b, side_a, side_b)

    def _undated_apart(
        self, a: Cluster, b: Cluster, side_a: Sequence[Claim], side_b: Sequence[Claim]
    ) -> None:
        """Two figures that disagree, one of them undated: two readings days apart, an
        undated figure pinned to the group's periods, or none lent when one sentence holds
        both (``lends_nothing``); else compared as of one period."""
        if _two_days(a, b):
            self.apart[a] = self.apart[b] = None
        elif self.several_periods and (a.dated or b.dated):
            self._pin(*_sides(a, b))
        elif not lends_nothing(side_a, side_b):
            _compare_undated(self.out, a, b, side_a, side_b, self.tolerance)

    def _pin(self, dated: Cluster, undated: Cluster) -> None:
        """An undated figure that disagrees with a dated one and matches none of the group's
        periods: the period_mismatch finding names it, unpinned."""
        if not self._matches_a_dated(undated):
            self.apart[dated] = self.unpinned[undated] = None

    def _matches_a_dated(self, undated: Cluster) -> bool:
        found = self._matched.get(undated)
        if found is None:
            found = self._matched[undated] = any(
                c is not undated and not _loose(c) and c.kind == undated.kind
                and c.interval.meets(undated.interval)
                for c in self.clusters
            )
        return found


def _two_days(a: Cluster, b: Cluster) -> bool:
    """Both periods known (a figure read as of its publication's day too), ending on two
    different days: two readings of a count that may have moved between them (214 injured on
    Monday, 236 on Tuesday)."""
    return a.dated and b.dated and a.end_day != b.end_day


def _read_at_publication(cluster: Cluster) -> bool:
    """A figure that states no period of its own, read as of its article's publication."""
    period = cluster.period
    return period is not None and period.resolution == "publication"


def _unread(cluster: Cluster) -> bool:
    """A figure whose sentence states a time the period reader could not resolve ("Les urgences
    avaient compté 412 et 530 passages les 3 et 10 février": two days, each another figure's):
    it is not undated, and rule 3 may not read it as about the other side's period."""
    period = cluster.period
    return period is not None and period.resolution == "unresolved"


def _sides(a: Cluster, b: Cluster) -> tuple[Cluster, Cluster]:
    """(the side with a period, the side rule 3 reads as about that period) of two clusters,
    one at least dated: the undated one, else the one read as of its publication."""
    if not b.dated or (a.dated and _loose(b)):
        return a, b
    return b, a


def _loose(cluster: Cluster) -> bool:
    """A figure with no period, or only the one its article's publication gives it: the side
    of rule 3 that may be about the other side's period."""
    return not cluster.dated or _read_at_publication(cluster)


def _tied(clusters: Sequence[Cluster]) -> set[Cluster]:
    """The clusters holding a claim that names another or is named (``linked``): only pairs
    of claims from these can be the two sides of a change (see ``_linked_change``)."""
    named = {c.linked for cluster in clusters for c in cluster.claims if c.linked is not None}
    return {
        cluster
        for cluster in clusters
        if any(c.linked is not None or c.id in named for c in cluster.claims)
    }


def _changes(out: _Builder, claims: Sequence[Claim]) -> None:
    """Rule 1 of the module: the two sides of a stated change."""
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


def _cites(cluster: Cluster, side: Sequence[Claim] | None = None) -> str:
    """The cluster's citation, or ``cite(side)`` when the side holds only some of its claims
    (the rest are sides of a change)."""
    if side is None or side is cluster.claims or len(side) == len(cluster.claims):
        return cluster.cited
    return cite(side)


def _untied_ids(a: Cluster, b: Cluster) -> set[str]:
    """The ids of the claims of two clusters in a pair that is not the two sides of one
    change: the pairs left to compare."""
    pairs = [(x, y) for x in a.claims for y in b.claims if not _linked_change(x, y)]
    return {c.id for pair in pairs for c in pair}


def _period_mismatches(
    out: _Builder,
    apart: list[Cluster],
    unpinned: list[Cluster],
    period_class: dict[Cluster, int],
) -> None:
    """Rule 2 of the module: one finding per kind, a timeline of one figure per period."""
    kinds = list(dict.fromkeys(c.kind for c in (*apart, *unpinned)))
    for kind in kinds:
        if len(kinds) == 1:  # as a rule: a group's figures are of one kind
            dated, loose = apart, unpinned
        else:
            dated, loose = _of_kind(apart, kind), _of_kind(unpinned, kind)
        shown = _one_per_period(dated, period_class)
        sides = [_side(c, kind) for c in shown]
        sides += [
            f"{c.cited} states no period and matches none of the dated figures" for c in loose
        ]
        text = "; ".join(sides)
        what = f"{len(shown)} different periods" if len(shown) > 1 else "different periods"
        out.add(
            Verdict.period_mismatch,
            "",
            [claim for c in (*shown, *loose) for claim in c.claims],
            f"Figures for {what}, so not compared directly: {text}.",
        )


def _of_kind(clusters: Sequence[Cluster], kind: str) -> list[Cluster]:
    """The clusters of one kind: a timeline shows figures of one kind only."""
    return [c for c in clusters if c.kind == kind]


def _one_per_period(dated: Sequence[Cluster], period_class: dict[Cluster, int]) -> list[Cluster]:
    """One cluster per period class, the one with most claims (then one that states its period;
    first read wins ties), in timeline order: the timeline shows each period once."""
    by_class: dict[int, list[Cluster]] = {}
    for cluster in dated:
        by_class.setdefault(period_class[cluster], []).append(cluster)
    shown = [
        members[0]
        if len(members) == 1
        else max(members, key=lambda c: (len(c.claims), c.states_its_period))
        for members in by_class.values()
    ]
    shown.sort(key=_timeline_key)
    return shown


def _compare_undated(
    out: _Builder,
    a: Cluster,
    b: Cluster,
    side_a: Sequence[Claim],
    side_b: Sequence[Claim],
    tolerance: float,
) -> None:
    """Rule 3 of the module: an undated figure may be about the other side's period. (The
    caller leaves out an undated figure that disagrees with a dated one when the group holds
    several periods.)"""
    if a.dated or b.dated:
        dated, undated = _sides(a, b)
        first = dated is a
        dated_side, undated_side = (side_a, side_b) if first else (side_b, side_a)
        note = (
            f"{_cites(undated, undated_side)} states no period; read as covering "
            f"{_about(dated)} like {_cites(dated, dated_side)}, they"
        )
    else:
        note = (
            f"{_cites(a, side_a)} and {_cites(b, side_b)} state no period; read as the same "
            "period, they"
        )
    verdict, detail, reason = value_verdict(a, b, tolerance)
    out.add_pair(verdict, detail, a, side_a, b, side_b, f"{note} {reason}.")
