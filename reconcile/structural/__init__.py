"""Checks that need more than two figures, or figures of different kinds, to be made.

Each check yields ``consistent`` when the structure holds and ``conflict`` when it cannot, with
the check's name in ``detail``:

* ``parts``: three or more shares (percent) in one sentence of one article, for one period,
  are read as a breakdown of one population, so their lowest allowed values cannot add up to
  more than 100 %. Two shares are not enough evidence of a breakdown ("60 % are women, 70 % are
  minors" overlap), so they are not checked.
* ``aggregate``: in one group, a share or rate over a period whose sub-periods are all given
  (disjoint, covering it) must lie between the smallest and largest of them.
* ``sub_period``: in one group, a count over a bounded period cannot exceed the count over a
  bounded period that contains it. Counts "as of" a date are left out: they may be stocks
  (members of a room), which can shrink.
* ``ratio``: a ratio claim ("quatre fois ...") linked to the figure it describes is checked
  against a baseline figure of the same group for the comparison period: the ratio claim's own
  period when it differs from the figure's, otherwise the same span one year earlier ("la même
  période l'année dernière", the common phrasing). No baseline, no finding.
* ``rate``: a rate ("9,5 cas par semaine") against a total over a bounded period, in the same
  group or the same sentence, with the same period (or, for an undated rate, the only total of
  its sentence). The period's length may be rounded to whole units, as writers do.

Further sections: a share stated next to its count (``share_of_total``; of a whole named
again from an earlier sentence: ``share_referred``), a stated change against its two levels
(``stated_change``, ``change_rate``), a running count read
over time (``cumulative_decrease``, ``growth``), a total split into parts (``breakdown``: a
split the text declares whole, or a breakdown by age whose brackets cover every age,
``age_breakdown``) and a figure restated in another unit (``conversion``).

One module per check (``parts``, ``spans`` for aggregate and sub-period, ``ratio``, ``rate``,
``shares``, ``counter``, ``conversion``), the ``Check`` they yield and its numbering in ``base``;
this module runs a group's checks and numbers them as findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claims.models import Claim, Role
from reconcile.compare import Cluster, clusters_of
from reconcile.models import Finding, Group
from reconcile.structural.base import RATIO, VALUE, Check, numbered_findings
from reconcile.structural.counter import counter_checks
from reconcile.structural.parts import parts_checks
from reconcile.structural.rate import rate_checks
from reconcile.structural.ratio import ratio_checks
from reconcile.structural.spans import aggregate_checks, sub_period_checks


@dataclass(frozen=True)
class Context:
    """What a group's checks read outside the group, indexed once for all groups: the
    figures that ratios point at, and the sentences that hold a rate (a rate's total may sit
    in its sentence without being in its group). Scanning every claim per rate would make
    the checks quadratic in the claims."""

    linked: dict[str, Claim]
    sentences: dict[tuple[str, str], list[Claim]]

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Context:
        claims = list(claims)
        targets = {c.linked for c in claims if c.linked and c.role is Role.ratio}
        rated = {(c.article, c.sentence) for c in claims if c.per is not None}
        sentences: dict[tuple[str, str], list[Claim]] = {}
        linked: dict[str, Claim] = {}
        for claim in claims:
            if claim.id in targets:
                linked[claim.id] = claim
            key = (claim.article, claim.sentence)
            if key in rated:
                sentences.setdefault(key, []).append(claim)
        return cls(linked, sentences)


def group_checks(
    members: Sequence[Claim], context: Context, clusters: Sequence[Cluster] | None = None
) -> list[Check]:
    """The checks made inside one group (all but ``parts``).

    The group's clusters are made once for the checks that read them (or taken from
    ``clusters``, the comparison's ``clusters_of(members)``), and a check with nothing to look
    at in the group (no ratio, no rate) is skipped: a million claims make a hundred thousand
    groups, most of them plain counts.
    """
    values = _value_clusters(members, clusters)
    found = [
        *aggregate_checks(members, values),
        *sub_period_checks(members, values),
        *counter_checks(members, values),
    ]
    if any(m.role is RATIO for m in members):
        found += ratio_checks(members, {**context.linked, **{c.id: c for c in members}})
    if any(m.per is not None for m in members):
        found += rate_checks(members, context.sentences)
    return found


def _value_clusters(
    members: Sequence[Claim], clusters: Sequence[Cluster] | None
) -> Sequence[Cluster]:
    """The clusters of the members' plain values. The comparison's clusters hold them already
    (its key keeps roles apart) unless a member is a ``comparison``, which it counts as a
    value and the checks leave out."""
    if clusters is None or any(m.role is Role.comparison for m in members):
        return clusters_of(m for m in members if m.role is VALUE)
    return [c for c in clusters if c.claims[0].role is VALUE]


def structural_findings(claims: list[Claim], groups: list[Group]) -> list[Finding]:
    """All structural checks: per group, then breakdowns per article sentence."""
    by_id = {c.id: c for c in claims}
    context = Context.of(claims)
    findings: list[Finding] = []
    for group in sorted(groups, key=lambda g: g.id):
        members = [by_id[i] for i in group.claim_ids if i in by_id]
        checks = group_checks(members, context)
        findings += numbered_findings(group.id, checks, group.label, group.id)
    findings += parts_findings(claims)
    return findings


def parts_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``parts`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in parts_checks(claims):
        findings += numbered_findings(f"{article}-parts", checks, "shares of one population", None)
    return findings
