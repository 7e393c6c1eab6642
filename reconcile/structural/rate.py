"""``rate``: a rate ("9,5 cas par semaine") against a total over a bounded period, in the same
group or the same sentence, with the same period (or, for an undated rate, the only total of its
sentence). The period's length may be rounded to whole units, as writers do."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from claims.models import Claim
from reconcile.compare import (
    PLAIN_COUNT,
    Cluster,
    cite,
    claim_order,
    clusters_of,
    comparison_kind,
    plain_interval,
)
from reconcile.intervals import Interval
from reconcile.models import Verdict
from reconcile.periods import (
    LOOSE_SLACK,
    Relation,
    describe,
    is_bounded,
    is_known,
    length_in,
    relate,
)
from reconcile.structural.base import VALUE, Check, fmt


def _totals_for(
    rate: Claim,
    group: Mapping[str, Claim],
    sentences: Mapping[tuple[str, str], Sequence[Claim]],
) -> list[Cluster]:
    """The totals a rate is checked against (``group``: the group's plain values that are not
    rates, by id, see ``rate_checks``)."""
    same_sentence = sentences.get((rate.article, rate.sentence), ())
    counts = _bounded_counts(rate, group, same_sentence)
    if not counts:
        return []  # most rates: no count in their group or sentence for their period
    totals = clusters_of(counts)
    if is_known(rate.period):
        return [t for t in totals if relate(t.period, rate.period) is Relation.same]
    in_sentence = [t for t in totals if any(c in same_sentence for c in t.claims)]
    return in_sentence if len(in_sentence) == 1 else []


def _bounded_counts(
    rate: Claim, group: Mapping[str, Claim], same_sentence: Sequence[Claim]
) -> list[Claim]:
    """The counts over a bounded period that can be the rate's total: the group's, and those
    of its sentence written before it, whose period ends within a slack of the rate's."""
    # A figure of the sentence outside the group is its total only when written before the
    # rate ("297 cas, soit 9,8 par semaine"); one after it is often what the rate is compared
    # with ("하루 평균 2.6건 ... 지난해 같은 기간(605건)", "2.6 a day, against 605 a year ago").
    pool = {**group, **{c.id: c for c in same_sentence if _a_count_before(c, rate)}}
    # Only bounded counts can be totals: the others are left out before clustering (the
    # clusters' key holds kind and period, so the clusters kept are the same).
    counts = [
        c for c in pool.values() if comparison_kind(c) == PLAIN_COUNT and is_bounded(c.period)
    ]
    return _ending_near(counts, rate)


def _ending_near(counts: list[Claim], rate: Claim) -> list[Claim]:
    """The counts whose period ends within a slack of the rate's (all of them when the
    rate's period has no end): the same period."""
    end = rate.period.end if rate.period is not None else None
    if counts and end is not None:
        counts = [c for c in counts if abs(c.period.end - end) <= LOOSE_SLACK]  # type: ignore[union-attr]
    return counts


def _a_count_before(claim: Claim, rate: Claim) -> bool:
    """A plain value (no rate) written before the rate: what may be its total."""
    return claim.role is VALUE and claim.per is None and claim.start <= rate.start


def rate_checks(
    members: Sequence[Claim], sentences: Mapping[tuple[str, str], Sequence[Claim]]
) -> Iterator[Check]:
    """A stated average per week/day/month against its total over a known period
    (``sentences``: the claims of each sentence that holds a rate, see ``Context``)."""
    group = {c.id: c for c in members if c.role is VALUE and c.per is None}  # made once
    for rate in sorted(members, key=claim_order):
        if not _a_stated_rate(rate):
            continue
        stated = plain_interval(rate)
        if stated is None:
            continue
        for total in _totals_for(rate, group, sentences):
            check = _rate_check(rate, stated, total)
            if check is not None:
                yield check


def _a_stated_rate(claim: Claim) -> bool:
    """A value per unit of time, not vague."""
    return claim.per is not None and claim.role is VALUE and not claim.rough


def _rate_check(rate: Claim, stated: Interval, total: Cluster) -> Check | None:
    """Whether the rate meets its total spread over the total's period, in the rate's units
    (whole units or the exact length, whichever gives more room); None for no length."""
    assert rate.per is not None
    n = length_in(total.period, rate.per)
    if not n:
        return None
    whole_units = max(round(n), 1)
    n_lo, n_hi = min(n, whole_units), max(n, whole_units)
    implied = Interval(total.interval.lo / n_hi, total.interval.hi / n_lo)
    claims = (rate, *total.claims)
    spread = (
        f"{total.cited} over {describe(total.period)}: spread over "
        f"{fmt(n)} {rate.per}s, the total gives {fmt(implied.lo)} to "
        f"{fmt(implied.hi)} per {rate.per}"
    )
    if stated.meets(implied):
        return Check(Verdict.consistent, "rate", claims, f"{cite([rate])} matches {spread}.")
    return Check(Verdict.conflict, "rate", claims, f"{cite([rate])} does not match {spread}.")
