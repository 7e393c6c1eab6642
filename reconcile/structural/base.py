"""What every structural check shares: the ``Check`` it yields, how checks become numbered
findings, and the phrasing helpers of their explanations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from claims.models import Approx, Claim, Modality, Role
from reconcile.compare import Cluster, as_findings, claim_order
from reconcile.models import Finding, Verdict


@dataclass(frozen=True)
class Check:
    """A finding before it is numbered."""

    verdict: Verdict
    detail: str
    claims: tuple[Claim, ...]
    explanation: str


_ID = attrgetter("id")
# Roles read once: ``Role.value`` is looked up through the ``Enum.value`` property.
VALUE, RATIO = Role.value, Role.ratio


def numbered_findings(
    prefix: str, checks: Iterable[Check], quantity: str, group_id: str | None
) -> list[Finding]:
    return as_findings(numbered(checks), group_id, quantity, prefix=prefix)


def numbered(checks: Iterable[Check]) -> list[tuple[str, Verdict, str, list[str], str]]:
    """Checks as (id suffix ``-s1``..., verdict, detail, claim ids, explanation): plain tuples,
    cheap to send back from a worker process."""
    return [
        (
            f"-s{n}",
            check.verdict,
            check.detail,
            list(dict.fromkeys(map(_ID, sorted(check.claims, key=claim_order)))),
            check.explanation,
        )
        for n, check in enumerate(checks, start=1)
    ]


def join_all(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if abs(x) < 1e6 else f"{x:.3g}"


def plainly_stated(cluster: Cluster) -> bool:
    """Every figure of the cluster is stated (``Modality.stated``) and not vague: a forecast,
    a target or a hedged figure is no count of what happened."""
    return all(
        c.approx is not Approx.vague and c.modality is Modality.stated for c in cluster.claims
    )
