"""``ratio``: a ratio claim ("quatre fois ...") linked to the figure it describes is checked
against a baseline figure of the same group for the comparison period: the ratio claim's own
period when it differs from the figure's, otherwise the same span one year earlier ("la même
période l'année dernière", the common phrasing). No baseline, no finding."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from claims.models import Claim, Period, Role
from reconcile.clusters import Cluster
from reconcile.compare import (
    canonical_interval,
    cite,
    claim_order,
    clusters_of,
    comparison_kind,
    plain_interval,
)
from reconcile.intervals import Interval
from reconcile.models import Verdict
from reconcile.periods import (
    Relation,
    describe,
    is_bounded,
    is_known,
    relate,
)
from reconcile.structural.base import Check, a_year_before, fmt


def _year_before(period: Period) -> Period | None:
    if not is_bounded(period):
        return None
    assert period.start is not None and period.end is not None
    return Period(start=a_year_before(period.start), end=a_year_before(period.end),
                  text="a year earlier")


def _comparison_period(ratio: Claim, figure: Claim) -> Period | None:
    if is_known(ratio.period) and relate(ratio.period, figure.period) is not Relation.same:
        return ratio.period
    return _year_before(figure.period) if figure.period is not None else None


def ratio_checks(members: Sequence[Claim], by_id: dict[str, Claim]) -> Iterator[Check]:
    """A stated ratio against the figure it describes and the baseline it implies."""
    for ratio in sorted(members, key=claim_order):
        figure = by_id.get(ratio.linked or "")
        if ratio.role is not Role.ratio or figure is None or figure.role is Role.ratio:
            continue
        current = canonical_interval(figure)
        stated = plain_interval(ratio)
        compared_to = _comparison_period(ratio, figure)
        if current is None or stated is None or compared_to is None:
            continue
        for base in _baselines(members, ratio, figure, compared_to):
            yield _ratio_check(ratio, figure, base, current, stated)


def _baselines(
    members: Sequence[Claim], ratio: Claim, figure: Claim, compared_to: Period
) -> list[Cluster]:
    """The other figures of the figure's kind over the period compared with, as clusters
    with a positive, bounded value to divide by."""
    others = clusters_of(m for m in members if m.id not in (ratio.id, figure.id))
    return [
        c for c in others
        if c.kind == comparison_kind(figure) and relate(c.period, compared_to) is Relation.same
        and c.interval.lo > 0 and not math.isinf(c.interval.hi)
    ]


def _ratio_check(
    ratio: Claim, figure: Claim, base: Cluster, current: Interval, stated: Interval
) -> Check:
    """Whether the stated ratio meets the one the figure and the baseline make."""
    implied = Interval(current.lo / base.interval.hi, current.hi / base.interval.lo)
    head = (
        f"{cite([ratio])} compares {cite([figure])} for {describe(figure.period)} "
        f"with {cite(base.claims)} for {describe(base.period)}"
    )
    claims = (ratio, figure, *base.claims)
    ratio_text = f"{fmt(implied.lo)} to {fmt(implied.hi)}"
    if stated.meets(implied):
        text = f"{head}; their ratio, {ratio_text}, matches it."
        return Check(Verdict.consistent, "ratio", claims, text)
    text = f"{head}, but their ratio is {ratio_text}, not {ratio.surface}."
    return Check(Verdict.conflict, "ratio", claims, text)
