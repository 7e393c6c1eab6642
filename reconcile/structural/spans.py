"""Figures over a period and over its parts, in one group.

* ``aggregate``: a share or rate over a period whose sub-periods are all given (disjoint,
  covering it) must lie between the smallest and largest of them.
* ``sub_period``: a count over a bounded period cannot exceed the count over a bounded period
  that contains it. Counts "as of" a date are left out: they may be stocks, which can shrink;
  so are changes ("up 455,000 from a year earlier"), which another part may take back. Only
  flows of one event, each dated by a phrase of its own, are found in conflict with it
  (``_flows_of_one_event``): a running total read on one day ("On Monday, the ministry had
  reported 58 confirmed cases") is no count of that day's events, and must never be a "part"
  above a week's new cases. Nor is a running count from one stated start read at two ends
  (``_one_running_count``: "7월 말 기준 누적 ... 19만8천640명" above "1∼8월 ... 19만2천310
  명"): its earlier reading cannot exceed its later one, whatever it counts. A part that fits
  its whole is said to, whatever it counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta

from claims.models import DATED, Claim, Period, PeriodKind
from reconcile.compare import (
    PLAIN_COUNT,
    PLAIN_SHARE,
    Cluster,
    cite,
    clusters_of,
    period_key,
    relation,
)
from reconcile.intervals import Interval
from reconcile.models import Verdict
from reconcile.periods import (
    LOOSE_SLACK,
    Relation,
    describe,
    is_bounded,
    slack,
)
from reconcile.slim import event_concepts
from reconcile.structural.base import VALUE, Check, join_all, plainly_stated
from reconcile.structural.counter import same_counter


def _covers(whole: Period, parts: Sequence[Period]) -> bool:
    """Parts follow one another with no gap or overlap and span ``whole``, within slack."""
    ordered = sorted(parts, key=period_key)
    tolerance = max(slack(whole, p) for p in ordered)
    assert whole.start is not None and whole.end is not None
    cursor = whole.start  # first day not yet covered
    for part in ordered:
        assert part.start is not None and part.end is not None
        if abs(part.start - cursor) > tolerance:
            return False
        cursor = part.end + timedelta(days=1)
    return abs(cursor - timedelta(days=1) - whole.end) <= tolerance


def aggregate_checks(
    members: Sequence[Claim], values: Sequence[Cluster] | None = None
) -> Iterator[Check]:
    """A share or rate over a period must lie within the range of its sub-period values
    (``values``: the clusters of the members' plain values, when already made)."""
    if values is None:
        values = clusters_of(m for m in members if m.role is VALUE)
    clusters = [c for c in values if _an_average_over_a_span(c)]
    if len(clusters) < 3:
        return  # a whole and at least two parts
    for whole, within in zip(clusters, parts_within(clusters), strict=True):
        pieces = _covering_pieces(whole, within)
        if pieces:
            yield _aggregate_check(whole, pieces)


def _covering_pieces(whole: Cluster, within: Iterable[Cluster]) -> list[Piece]:
    """The whole's parts by period when there are two or more and they cover its period
    together; else none."""
    assert whole.period is not None
    pieces = _pieces_by_period(whole, within)
    if len(pieces) >= 2 and _covers(whole.period, [p for p, _, _ in pieces]):
        return pieces
    return []


def _an_average_over_a_span(cluster: Cluster) -> bool:
    """A share or a rate over a bounded period: a whole's figure lies within its parts'."""
    kind = cluster.kind
    return (kind == PLAIN_SHARE or kind.endswith("/rate")) and is_bounded(cluster.period)


Piece = tuple[Period, Interval, list[Claim]]  # a sub-period, its values' hull, their claims


def _pieces_by_period(whole: Cluster, within: Iterable[Cluster]) -> list[Piece]:
    """The parts of the whole's kind, merged by period, in period order."""
    by_period: dict[tuple, Piece] = {}
    for part in within:
        if part.kind != whole.kind:
            continue
        assert part.period is not None
        key = period_key(part.period)
        _, hull, cited = by_period.get(key, (part.period, part.interval, []))
        by_period[key] = (part.period, hull.hull(part.interval), [*cited, *part.claims])
    return sorted(by_period.values(), key=lambda p: period_key(p[0]))


def _aggregate_check(whole: Cluster, pieces: list[Piece]) -> Check:
    """The whole's figure within the span of its parts' figures, or outside it."""
    assert whole.period is not None
    low = min(pieces, key=lambda p: p[1].lo)[1]
    high = max(pieces, key=lambda p: p[1].hi)[1]
    span = Interval(low.lo, high.hi, low.lo_open, high.hi_open)
    cited = [f"{cite(cl)} for {describe(p)}" for p, _, cl in pieces]
    head = f"{whole.cited} for {describe(whole.period)}"
    claims = (*whole.claims, *(c for _, _, cl in pieces for c in cl))
    if whole.interval.meets(span):
        text = (
            f"{head} lies within the range of its parts ({join_all(cited)}), "
            "as a figure over the whole period must."
        )
        return Check(Verdict.consistent, "aggregate", claims, text)
    text = (
        f"{head} lies outside the range of its parts ({join_all(cited)}), "
        "which a figure over the whole period cannot do."
    )
    return Check(Verdict.conflict, "aggregate", claims, text)


# --- sub-period -------------------------------------------------------------------------------


def _cannot_fit(part: Interval, whole: Interval) -> bool:
    """True when every value the part allows is above every value the whole allows."""
    return part.lo > whole.hi or (part.lo == whole.hi and (part.lo_open or whole.hi_open))


def sub_period_checks(
    members: Sequence[Claim], values: Sequence[Cluster] | None = None
) -> Iterator[Check]:
    """A count over part of a period cannot exceed the count over all of it (``values`` as in
    ``aggregate_checks``)."""
    if values is None:
        values = clusters_of(m for m in members if m.role is VALUE)
    clusters = [c for c in values if _a_count_over_a_span(c)]
    for whole, within in zip(clusters, parts_within(clusters), strict=True):
        yield from (check for part in within
                    if (check := _sub_period_check(part, whole)).verdict is Verdict.consistent
                    or _flows_of_one_event(part, whole) or _one_running_count(part, whole))


# Resolutions of a period read from a phrase of the figure's own sentence: not one carried
# from another figure nor publication's day, which may be a reading's, not the flow's.
_OWN_PHRASE = frozenset({"explicit", "relative"})


def _flows_of_one_event(part: Cluster, whole: Cluster) -> bool:
    """Whether the part and the whole count one event over their periods, read with
    confidence: every figure names what happened (its frame's event) and is dated by a phrase
    of its own, and the two sides' events share a concept. A figure that names no event, or
    whose time came from elsewhere, may be a running total read that day (a level), which a
    week's flow can be smaller than; precision first, no conflict is found on it."""
    part_events, whole_events = _events(part), _events(whole)
    return bool(part_events and whole_events and part_events & whole_events) and all(
        c.period is not None and c.period.resolution in _OWN_PHRASE
        for c in (*part.claims, *whole.claims)
    )


def _one_running_count(part: Cluster, whole: Cluster) -> bool:
    """Whether the part and the whole are one running count read at two ends: both windows
    open on one stated day, one figure told as still running by a phrase of its own ("누적 ...
    7월 말 기준", "Fin septembre ... depuis le début de l'année", "so far this year"), every
    other dated too (a window may be carried from the sentence before, "올해 1∼8월
    임금체불액은 ... 체불 피해 근로자는 19만2천310명이었다", or a headline's from the body), and
    two of their figures of one counter (``same_counter``: what they count, place, entity and
    whole alike, one source or none). A count from a stated start is a flow whatever it
    counts (a stock has no start), so its reading at the earlier end cannot exceed the later
    one, event named or not ("방한 외국인 관광객", "체불 피해 근로자")."""
    assert part.period is not None and whole.period is not None
    if part.period.start is None or part.period.start != whole.period.start:
        return False
    claims = (*part.claims, *whole.claims)
    if not all(c.period is not None and c.period.resolution in DATED for c in claims):
        return False
    if not any(c.period.kind is PeriodKind.to_date and c.period.resolution in _OWN_PHRASE  # type: ignore[union-attr]
               for c in claims):
        return False
    return any(same_counter(a, b) for a in part.claims for b in whole.claims)


def _events(cluster: Cluster) -> frozenset[str]:
    """The event concepts every figure of the cluster names (empty when one names none)."""
    found: frozenset[str] | None = None
    for claim in cluster.claims:
        concepts = frozenset(event_concepts(claim))
        found = concepts if found is None else found & concepts
    return found or frozenset()


def _a_count_over_a_span(cluster: Cluster) -> bool:
    """A plain count over a bounded period, stated as a fact: a forecast, a target or a hedged
    figure is no count of what happened ("an initial forecast of 56.5 million passengers"
    against 47.49 million so far this year), nor is a change (``_a_net_change``)."""
    return (cluster.kind == PLAIN_COUNT and is_bounded(cluster.period)
            and plainly_stated(cluster) and not _a_net_change(cluster))


def _a_net_change(cluster: Cluster) -> bool:
    """A figure told as a change ("취업자는 전년 대비 32만3천명 늘었다", "up 455,000 from a year
    earlier"): a difference, which another part of the period may take back, so a part's
    change may exceed the whole's; no count over a span."""
    return any(c.direction is not None for c in cluster.claims)


def _sub_period_check(part: Cluster, whole: Cluster) -> Check:
    """A count over part of a period against the count over the whole, which contains it."""
    head = (
        f"{part.cited} for {describe(part.period)} and {whole.cited} "
        f"for {describe(whole.period)}, which contains it"
    )
    claims = (*part.claims, *whole.claims)
    if _cannot_fit(part.interval, whole.interval):
        text = f"{head}: a count over part of a period cannot exceed the whole."
        return Check(Verdict.conflict, "sub_period", claims, text)
    text = f"{head}: the part does not exceed the whole."
    return Check(Verdict.consistent, "sub_period", claims, text)


def parts_within(clusters: Sequence[Cluster]) -> list[list[Cluster]]:
    """For each of the (bounded) clusters, those whose period lies within its own, in order.

    A cheap necessary condition comes first: ``within`` allows each end at most a slack
    (``LOOSE_SLACK`` at most) outside the whole. Most pairs of a group's periods fail it, and
    ``relation`` costs more.
    """
    spans = []
    for cluster in clusters:
        period = cluster.period
        assert period is not None and period.start is not None and period.end is not None
        spans.append((cluster, period.start, period.end))
    within = Relation.within
    out = []
    for whole, start, end in spans:
        try:
            lo, hi = start - LOOSE_SLACK, end + LOOSE_SLACK
        except OverflowError:  # a period at the calendar's ends: no cheap test
            lo, hi = date.min, date.max
        out.append(
            [
                part
                for part, part_start, part_end in spans
                if part_start >= lo and part_end <= hi and relation(part, whole) is within
            ]
        )
    return out
