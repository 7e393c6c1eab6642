"""Claims -> groups -> findings: the reconciliation every verb and renderer shares.

Besides the findings, it counts the claims it could not compare and why, so a report says
what was not checked next to what it flagged (statcheck's lesson).

A script that calls ``reconcile()`` at import time needs an ``if __name__ == "__main__":``
guard: large inputs run in workers started by a fork server, which import the main module.
"""

from __future__ import annotations

import gc
import operator
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Literal

from pydantic import BaseModel, Field

from claims.models import Article, Claim, ExtractionStats, Role
from reconcile.compare import (
    PLAIN_COUNT,
    PLAIN_SHARE,
    RawFinding,
    as_findings,
    canonical_interval,
    clusters_of,
    compare_raw,
    kind_of,
)
from reconcile.group import ROW, Visit, group_and_visit
from reconcile.lexicon import Lexicon
from reconcile.linkage import THRESHOLD
from reconcile.models import Finding, Group, Verdict
from reconcile.structural import Context, group_checks, numbered, parts_findings

# Why a claim is in no finding, most telling first.
NOTHING_COUNTED = "nothing counted"
UNREADABLE = "value or unit not readable"
ALONE = "alone in its group"
NO_PERIOD = "no period"
AGREES = "same figure as its group"


class Reconciliation(BaseModel):
    """What reconciling a set of claims found."""

    groups: list[Group]
    findings: list[Finding]
    uncomparable: dict[str, int] = Field(
        default_factory=dict, description="claims in no finding, counted by reason"
    )

    def verdict_counts(self) -> dict[str, int]:
        """Findings per verdict, every verdict present (zero included), contract order."""
        counts = Counter(f.verdict for f in self.findings)
        return {v.value: counts.get(v, 0) for v in Verdict}


Only = Literal["all", "differences", "conflicts"]


class Report(BaseModel):
    """Everything a ``reconcile report`` renderer shows: inputs, claims and what was found."""

    articles: list[Article]
    claims: list[Claim]
    reconciliation: Reconciliation
    stats: ExtractionStats = Field(default_factory=ExtractionStats)
    only: Only = Field("all", description="which findings to show; the summary counts all")

    def group_of(self) -> dict[str, Group]:
        """Claim id -> its group."""
        return {m.claim_id: g for g in self.reconciliation.groups for m in g.members}

    def shown(self) -> list[Finding]:
        """The findings ``only`` asks for: all, all but consistent, or conflicts alone."""
        findings = self.reconciliation.findings
        if self.only == "conflicts":
            return [f for f in findings if f.verdict is Verdict.conflict]
        if self.only == "differences":
            return [f for f in findings if f.verdict is not Verdict.consistent]
        return list(findings)


def reconcile(
    claims: Sequence[Claim],
    *,
    tolerance: float = 0.05,
    lexicon: Lexicon | None = None,
    threshold: float = THRESHOLD,
) -> Reconciliation:
    """Group the claims, compare the figures inside each group, then run structural checks.

    Each group is compared where it is made (``group_and_visit``): in a worker process for
    large inputs, which sends back plain tuples rather than findings.
    """
    collecting = gc.isenabled()
    gc.disable()  # millions of new objects and no cycles: collections would only rescan them
    try:
        return _reconcile(list(claims), tolerance, lexicon, threshold)
    finally:
        if collecting:
            _age_new_objects()
            gc.enable()


def _age_new_objects() -> None:
    """Count what reconciling made as old: once collection resumes, the youngest generation
    would hold all of it, and its first two collections would walk every object (4 s after
    300k claims, in whatever the caller did next). Freezing then unfreezing moves every
    tracked object to the oldest generation at once; cycles are still collected there. Not
    done if the caller froze objects itself: unfreezing would release them."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def _reconcile(
    claims: list[Claim], tolerance: float, lexicon: Lexicon | None, threshold: float
) -> Reconciliation:
    found: list[Outside] = []

    def related(rows: Sequence[tuple]) -> dict[int, list[int]]:
        found.append(Outside.of(claims, rows))
        return found[0].related

    parts = cache(lambda: parts_findings(found[0].shares))
    visits = partial(_visits, tolerance=tolerance)
    groups, visited = group_and_visit(  # all three done while workers are busy (large inputs)
        claims, lexicon, threshold, visits, related, parts, _received
    )
    compared: list[Finding] = []
    checked: list[tuple[str, list[Finding]]] = []
    unnamed: list[tuple[str, str]] = []  # (claim id, reason) in no finding of their group
    elsewhere: set[str] = set()  # claims named by a finding of a group they are not in
    for group, (pairs, checks, missing) in zip(groups, visited, strict=True):  # type: ignore[misc]
        compared += _placed(pairs, group)
        unnamed += missing
        if checks:
            placed = _placed(checks, group)
            checked.append((group.id, placed))
            members = set(group.claim_ids)
            elsewhere.update(i for f in placed for i in f.claim_ids if i not in members)
    del visited
    checked.sort(key=lambda item: item[0])  # structural findings by group id, as ever
    elsewhere.update(i for f in parts() for i in f.claim_ids)
    findings = compared + [f for _, placed in checked for f in placed] + parts()
    reasons = Counter(why for i, why in unnamed if i not in elsewhere)
    return Reconciliation.model_construct(
        groups=groups,
        findings=findings,
        uncomparable=dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _visits(known: Sequence[Claim], tolerance: float) -> Visit:
    """The visit for a job's claims: its structural checks look only at them (the members of
    its groups and their ``related`` claims)."""
    return partial(_visit, tolerance=tolerance, context=Context.of(known))


@dataclass(frozen=True, slots=True)
class Outside:
    """What checks read beyond one group, found in one pass over the claims: ``related``, the
    claims a group's checks read besides its members, by index (for a rate, the claims of its
    sentence that can be its total, plain counts over a bounded period; for a ratio, the figure
    it points at: see ``Context``), and ``shares``, the claims the ``parts`` check reads (plain
    percentages)."""

    related: dict[int, list[int]]
    shares: list[Claim]

    @classmethod
    def of(cls, claims: Sequence[Claim], rows: Sequence[tuple]) -> Outside:
        """From the claims as grouping read them (``rows``, fields at ``ROW``): reading tuples
        costs a fraction of reading the claims again."""
        fields = ("per", "role", "unit", "article", "sentence", "linked", "period")
        where = operator.itemgetter(*(ROW[f] for f in fields))
        totals: dict[tuple[str, int], list[int]] = {}  # a sentence's plain values
        rates: list[tuple[int, tuple[str, int]]] = []
        ratios: list[tuple[int, str]] = []
        shares: list[Claim] = []
        value, ratio = Role.value, Role.ratio
        for i, (per, role, unit, article, sentence, linked, period) in enumerate(map(where, rows)):
            if per is not None:
                rates.append((i, (article, sentence)))
            elif role is value:
                kind = kind_of(unit, None)
                if kind == PLAIN_SHARE:
                    shares.append(claims[i])
                elif kind == PLAIN_COUNT and period is not None and None not in period[:2]:
                    totals.setdefault((article, sentence), []).append(i)  # bounded: can be
                    #                                                       a rate's total
            elif role is ratio and linked:
                ratios.append((i, linked))
        related = {i: totals[key] for i, key in rates if key in totals}
        del totals
        if ratios:
            targets = {linked for _, linked in ratios}
            at = ROW["id"]
            found = {r[at]: i for i, r in enumerate(rows) if r[at] in targets}  # the last, as
            for i, linked in ratios:  # in Context.of
                if linked in found:
                    related[i] = [*related.get(i, ()), found[linked]]
        return cls(related, shares)


def _visit(
    members: list[Claim], label: str, tolerance: float, context: Context
) -> tuple[list[RawFinding], list[RawFinding], list[tuple[str, str]]]:
    """One group's pairwise and structural findings as tuples, ids relative to the group
    (``-f1``, ``-s1``...): cheap to send between processes, numbered once the group has its
    id. Then each member the group's findings leave out, with the reason (``unnamed_reason``;
    the pipeline drops those another finding names)."""
    clusters = clusters_of(members)  # both read them: made once
    pairs = compare_raw(members, tolerance, clusters)
    checks = numbered(group_checks(members, context, clusters))
    named = {i for finding in (*pairs, *checks) for i in finding[3]}
    size = len(members)
    missing = [(c.id, unnamed_reason(c, size)) for c in members if c.id not in named]
    return pairs, checks, missing


def _received(
    seen: tuple[list[RawFinding], list[RawFinding], list[tuple[str, str]]], label: str
) -> tuple[list[Finding], list[Finding], list[tuple[str, str]]]:
    """A visit's result made into findings as it arrives, with its group's label but before
    the group has an id (see ``_placed``)."""
    pairs, checks, missing = seen
    return as_findings(pairs, None, label, ""), as_findings(checks, None, label, ""), missing


def _placed(found: list[Finding], group: Group) -> list[Finding]:
    """Findings made before their group had an id get it (``-f1`` becomes ``g12-f1``). Set
    in the fields in place: they were built from checked parts (``trusted``) and are not yet
    anyone else's."""
    group_id = group.id
    for finding in found:
        fields = finding.__dict__
        fields["id"] = group_id + fields["id"]
        fields["group_id"] = group_id
    return found


def unnamed_reason(claim: Claim, group_size: int) -> str:
    """Why a claim is in no finding, the first reason that applies."""
    if not (claim.counted.strip() or claim.lemmas):
        return NOTHING_COUNTED
    if canonical_interval(claim) is None:
        return UNREADABLE
    if group_size == 1:
        return ALONE
    if claim.period is None:
        return NO_PERIOD
    return AGREES
