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
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Literal

from pydantic import BaseModel, Field

from claims.models import Article, Claim, ExtractionStats, Role
from reconcile.compare import (
    RawFinding,
    as_findings,
    canonical_interval,
    clusters_of,
    compare_raw,
)
from reconcile.group import Visit, group_and_visit
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
            gc.enable()


def _reconcile(
    claims: list[Claim], tolerance: float, lexicon: Lexicon | None, threshold: float
) -> Reconciliation:
    visits = partial(_visits, tolerance=tolerance)
    groups, visited = group_and_visit(claims, lexicon, threshold, visits, related(claims))
    compared: list[Finding] = []
    checked: list[tuple[str, list[Finding]]] = []
    for group, raw in zip(groups, visited, strict=True):
        pairs, checks = raw or ((), ())
        compared += _findings(group, pairs)
        if checks:
            checked.append((group.id, _findings(group, checks)))
    del visited
    checked.sort(key=lambda item: item[0])  # structural findings by group id, as ever
    findings = compared + [f for _, found in checked for f in found] + parts_findings(claims)
    return Reconciliation.model_construct(
        groups=groups, findings=findings, uncomparable=uncomparable(claims, groups, findings)
    )




def _visits(known: Sequence[Claim], tolerance: float) -> Visit:
    """The visit for a job's claims: its structural checks look only at them (the members of
    its groups and their ``related`` claims)."""
    return partial(_visit, tolerance=tolerance, context=Context.of(known))


def related(claims: Sequence[Claim]) -> dict[int, list[int]]:
    """Claims a group's checks read besides its members (see ``Context``), by index: the
    claims of a rate's sentence, and the figure a ratio points at."""
    where = operator.attrgetter("article", "sentence", "per", "role", "linked")
    sentences: dict[tuple[str, str], list[int]] = {}
    rates: list[tuple[int, tuple[str, str]]] = []
    ratios: list[tuple[int, str]] = []
    for i, (article, sentence, per, role, linked) in enumerate(map(where, claims)):
        key = (article, sentence)
        sentences.setdefault(key, []).append(i)  # one pass: reading claims is the cost
        if per is not None:
            rates.append((i, key))
        if role is Role.ratio and linked:
            ratios.append((i, linked))
    out = {i: sentences[key] for i, key in rates}
    del sentences
    if ratios:
        targets = {linked for _, linked in ratios}
        found = {c.id: i for i, c in enumerate(claims) if c.id in targets}  # the last, as in
        for i, linked in ratios:  # Context.of
            if linked in found:
                out[i] = [*out.get(i, ()), found[linked]]
    return out


def _visit(
    members: list[Claim], label: str, tolerance: float, context: Context
) -> tuple[list[RawFinding], list[RawFinding]]:
    """One group's pairwise and structural findings as tuples, ids relative to the group
    (``-f1``, ``-s1``...): cheap to send between processes, numbered once the group has its
    id."""
    clusters = clusters_of(members)  # both read them: made once
    return (
        compare_raw(members, tolerance, clusters),
        numbered(group_checks(members, context, clusters)),
    )


def _findings(group: Group, raw: Iterable[RawFinding]) -> list[Finding]:
    return as_findings(raw, group.id, group.label)


def uncomparable(
    claims: Iterable[Claim], groups: Iterable[Group], findings: Iterable[Finding]
) -> dict[str, int]:
    """Claims that appear in no finding, counted by the first reason that applies."""
    seen = {i for f in findings for i in f.claim_ids}
    size = {m.claim_id: len(g.members) for g in groups for m in g.members}
    reasons: Counter[str] = Counter()
    for claim in claims:
        if claim.id in seen:
            continue
        if not (claim.counted.strip() or claim.lemmas):
            reasons[NOTHING_COUNTED] += 1
        elif canonical_interval(claim) is None:
            reasons[UNREADABLE] += 1
        elif size.get(claim.id, 1) == 1:
            reasons[ALONE] += 1
        elif claim.period is None:
            reasons[NO_PERIOD] += 1
        else:
            reasons[AGREES] += 1
    return dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
