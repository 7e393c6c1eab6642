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

Further sections: a share stated next to its count (``share_of_total``), a running count read
over time (``cumulative_decrease``, ``growth``) and a figure restated in another unit
(``conversion``).

Why one module of more than 500 lines: every section is one check over the same few shared
parts (``Check``, ``Context``, the clusters and the phrasing helpers), and the checks are under
active change by the verdict work; splitting them into a package (one module per check, the
shared parts in a base module) is the next step once that settles, as moving code others are
editing costs more than its length does.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter

from claims.lang import raw_table
from claims.lexicon import Lexicon, fold
from claims.models import Approx, Claim, Modality, Period, PeriodKind, Role
from reconcile.compare import (
    PLAIN_COUNT,
    PLAIN_SHARE,
    Cluster,
    RawFinding,
    as_findings,
    canonical_interval,
    cite,
    claim_order,
    clusters_of,
    comparison_kind,
    period_key,
    plain_interval,
    relation,
)
from reconcile.intervals import Interval
from reconcile.models import Finding, Group, Verdict
from reconcile.periods import (
    LOOSE_SLACK,
    Relation,
    describe,
    is_bounded,
    is_known,
    length_in,
    relate,
    slack,
)
from reconcile.units import canonical_factor

MIN_PARTS = 3


@dataclass(frozen=True)
class Check:
    """A finding before it is numbered."""

    verdict: Verdict
    detail: str
    claims: tuple[Claim, ...]
    explanation: str


_FINDING_FIELDS = frozenset(Finding.model_fields)
_ID = attrgetter("id")
# Roles read once: ``Role.value`` is looked up through the ``Enum.value`` property.
_VALUE, _RATIO = Role.value, Role.ratio


def _number(
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
    if any(m.role is _RATIO for m in members):
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
        return clusters_of(m for m in members if m.role is _VALUE)
    return [c for c in clusters if c.claims[0].role is _VALUE]


def structural_findings(claims: list[Claim], groups: list[Group]) -> list[Finding]:
    """All structural checks: per group, then breakdowns per article sentence."""
    by_id = {c.id: c for c in claims}
    context = Context.of(claims)
    findings: list[Finding] = []
    for group in sorted(groups, key=lambda g: g.id):
        members = [by_id[i] for i in group.claim_ids if i in by_id]
        findings += _number(group.id, group_checks(members, context), group.label, group.id)
    findings += parts_findings(claims)
    return findings


def parts_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``parts`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in parts_checks(claims):
        findings += _number(f"{article}-parts", checks, "shares of one population", None)
    return findings


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if abs(x) < 1e6 else f"{x:.3g}"


# --- parts ------------------------------------------------------------------------------------


def parts_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """Breakdowns of one population: shares in one sentence, same period (see module rules)."""
    buckets: dict[tuple, list[tuple[Claim, Interval]]] = {}
    shares = [c for c in claims if c.role is _VALUE and comparison_kind(c) == PLAIN_SHARE]
    for claim in sorted(shares, key=claim_order):
        interval = canonical_interval(claim)
        if interval is None or math.isinf(interval.lo):
            continue
        key = (claim.article, claim.sentence, period_key(claim.period))
        buckets.setdefault(key, []).append((claim, interval))
    out: dict[str, list[Check]] = {}
    for (article, _, _), members in buckets.items():
        if len(members) < MIN_PARTS:
            continue
        shares = tuple(c for c, _ in members)
        floor = sum(i.lo for _, i in members)
        total = sum(c.value if c.value is not None else i.lo for c, i in members)
        listed = f"The shares {_join([cite([c]) for c in shares])} for {describe(shares[0].period)}"
        if floor > 100:
            check = Check(
                Verdict.conflict,
                "parts",
                shares,
                f"{listed} add up to {_fmt(total)} %, even at their lowest {_fmt(floor)} %: "
                "shares of one population cannot exceed 100 %.",
            )
        else:
            check = Check(
                Verdict.consistent,
                "parts",
                shares,
                f"{listed} add up to {_fmt(total)} %, not above 100 %, so they can be parts "
                "of one population.",
            )
        out.setdefault(article, []).append(check)
    return sorted(out.items())


# --- aggregate --------------------------------------------------------------------------------


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
        values = clusters_of(m for m in members if m.role is _VALUE)
    clusters = [
        c
        for c in values
        if (c.kind == PLAIN_SHARE or c.kind.endswith("/rate")) and is_bounded(c.period)
    ]
    if len(clusters) < 3:
        return  # a whole and at least two parts
    for whole, within in zip(clusters, _parts_within(clusters), strict=True):
        assert whole.period is not None
        pieces = _pieces_by_period(whole, within)
        if len(pieces) >= 2 and _covers(whole.period, [p for p, _, _ in pieces]):
            yield _aggregate_check(whole, pieces)


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
            f"{head} lies within the range of its parts ({_join(cited)}), "
            "as a figure over the whole period must."
        )
        return Check(Verdict.consistent, "aggregate", claims, text)
    text = (
        f"{head} lies outside the range of its parts ({_join(cited)}), "
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
        values = clusters_of(m for m in members if m.role is _VALUE)
    # a forecast, a target or a hedged figure is no count of what happened ("an initial
    # forecast of 56.5 million passengers" against 47.49 million so far this year)
    clusters = [c for c in values if c.kind == PLAIN_COUNT and is_bounded(c.period)
                and _plainly_stated(c)]
    for whole, within in zip(clusters, _parts_within(clusters), strict=True):
        for part in within:
            head = (
                f"{part.cited} for {describe(part.period)} and {whole.cited} "
                f"for {describe(whole.period)}, which contains it"
            )
            claims = (*part.claims, *whole.claims)
            if _cannot_fit(part.interval, whole.interval):
                text = f"{head}: a count over part of a period cannot exceed the whole."
                yield Check(Verdict.conflict, "sub_period", claims, text)
            else:
                text = f"{head}: the part does not exceed the whole."
                yield Check(Verdict.consistent, "sub_period", claims, text)


def _parts_within(clusters: Sequence[Cluster]) -> list[list[Cluster]]:
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


# --- ratio ------------------------------------------------------------------------------------


def _year_before(period: Period) -> Period | None:
    if not is_bounded(period):
        return None
    assert period.start is not None and period.end is not None

    def back(d: date) -> date:
        return d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day))

    return Period(start=back(period.start), end=back(period.end), text="a year earlier")


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
        baselines = [
            c
            for c in clusters_of(m for m in members if m.id not in (ratio.id, figure.id))
            if c.kind == comparison_kind(figure) and relate(c.period, compared_to) is Relation.same
        ]
        for base in baselines:
            if base.interval.lo <= 0 or math.isinf(base.interval.hi):
                continue
            implied = Interval(current.lo / base.interval.hi, current.hi / base.interval.lo)
            head = (
                f"{cite([ratio])} compares {cite([figure])} for {describe(figure.period)} "
                f"with {cite(base.claims)} for {describe(base.period)}"
            )
            claims = (ratio, figure, *base.claims)
            ratio_text = f"{_fmt(implied.lo)} to {_fmt(implied.hi)}"
            if stated.meets(implied):
                text = f"{head}; their ratio, {ratio_text}, matches it."
                yield Check(Verdict.consistent, "ratio", claims, text)
            else:
                text = f"{head}, but their ratio is {ratio_text}, not {ratio.surface}."
                yield Check(Verdict.conflict, "ratio", claims, text)


# --- rate -------------------------------------------------------------------------------------


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
    pool = {**group, **{c.id: c for c in same_sentence
                        if c.role is _VALUE and c.per is None and c.start <= rate.start}}
    # Only bounded counts can be totals: the others are left out before clustering (the
    # clusters' key holds kind and period, so the clusters kept are the same).
    counts = [
        c for c in pool.values() if comparison_kind(c) == PLAIN_COUNT and is_bounded(c.period)
    ]
    end = rate.period.end if rate.period is not None else None
    if counts and end is not None:  # the same period ends within a slack of the rate's
        counts = [c for c in counts if abs(c.period.end - end) <= LOOSE_SLACK]  # type: ignore[union-attr]
    return counts


def rate_checks(
    members: Sequence[Claim], sentences: Mapping[tuple[str, str], Sequence[Claim]]
) -> Iterator[Check]:
    """A stated average per week/day/month against its total over a known period
    (``sentences``: the claims of each sentence that holds a rate, see ``Context``)."""
    group = {c.id: c for c in members if c.role is _VALUE and c.per is None}  # made once
    for rate in sorted(members, key=claim_order):
        if rate.per is None or rate.role is not _VALUE or rate.approx is Approx.vague:
            continue
        stated = plain_interval(rate)
        if stated is None:
            continue
        for total in _totals_for(rate, group, sentences):
            n = length_in(total.period, rate.per)
            if not n:
                continue
            whole_units = max(round(n), 1)
            n_lo, n_hi = min(n, whole_units), max(n, whole_units)
            implied = Interval(total.interval.lo / n_hi, total.interval.hi / n_lo)
            claims = (rate, *total.claims)
            spread = (
                f"{total.cited} over {describe(total.period)}: spread over "
                f"{_fmt(n)} {rate.per}s, the total gives {_fmt(implied.lo)} to "
                f"{_fmt(implied.hi)} per {rate.per}"
            )
            if stated.meets(implied):
                text = f"{cite([rate])} matches {spread}."
                yield Check(Verdict.consistent, "rate", claims, text)
            else:
                text = f"{cite([rate])} does not match {spread}."
                yield Check(Verdict.conflict, "rate", claims, text)


# --- a share stated next to its count: "282, or 71.2 percent" of "the 396 staff" ----------


def stated_share_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """statcheck for news: a percentage restating a count ("282, or 71.2 percent"), whose
    count is a part of a stated total ("Of the 396 staff"), must be that count over the total,
    to the precision printed (71.2 allows [71.15, 71.25)). Exact figures only."""
    claims = sorted(claims, key=claim_order)
    by_id = {c.id: c for c in claims}
    before: dict[str, Claim] = {}  # each claim's figure just before it in its sentence
    for a, b in itertools.pairwise(claims):
        if (a.article, a.sentence, a.line) == (b.article, b.sentence, b.line):
            before[b.id] = a
    paragraphs: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        paragraphs.setdefault((claim.article, claim.line), []).append(claim)
    out: dict[str, list[Check]] = {}
    for share in claims:
        if share.unit != "percent" or share.antecedent is None or share.value is None:
            continue
        found = _count_and_total(share, by_id, before.get(share.id), paragraphs)
        if found is not None:
            out.setdefault(share.article, []).append(_share_check(share, *found))
    return sorted(out.items())


def _count_and_total(
    share: Claim, by_id: Mapping[str, Claim], just_before: Claim | None,
    paragraphs: Mapping[tuple[str, int], Sequence[Claim]],
) -> tuple[Claim, Claim] | None:
    """The exact count a share restates and the exact total that count is a part of: the
    share's antecedent and its own, or the figure just before the share when the share leans
    on the total ("Parmi elles, 166 étaient mineures, soit 38 %")."""
    count = by_id.get(share.antecedent or "")
    total = by_id.get(count.antecedent) if count and count.antecedent else None
    if total is None and count is not None:
        restated = _restated_part(share, count, just_before)
        if restated is not None:
            count, total = restated, count
    if count is None or total is None or count.unit != "count" or total.unit != "count":
        return None
    total = _exact_restated(total, paragraphs.get((total.article, total.line), ()))
    if not (count.value and total.value):
        return None
    if {share.approx, count.approx, total.approx} != {Approx.exact}:
        return None
    return count, total


def _exact_restated(total: Claim, paragraph: Sequence[Claim]) -> Claim:
    """The exact count a bound restates, when a breakdown leans on the bound: "624 personnes
    ont été interpellées ... « plus de 620 interpellations » sur la même période. Parmi elles,
    212 mineurs, soit 41 %" is 212 of 624. The one exact count of the bound's paragraph,
    before it, for the same period, that the bound allows; else the bound itself."""
    if total.approx is Approx.exact:
        return total
    allowed = canonical_interval(total)
    if allowed is None:
        return total
    exact = {
        c.value: c for c in paragraph
        if c.approx is Approx.exact and c.unit == "count" and c.role is _VALUE
        and c.value is not None and c.start < total.start and allowed.contains(c.value)
        and relate(c.period, total.period) is Relation.same
    }
    return next(iter(exact.values())) if len(exact) == 1 else total


def _share_check(share: Claim, count: Claim, total: Claim) -> Check:
    """The count over the total, against the share to the precision printed."""
    assert share.value is not None and count.value and total.value
    computed = 100 * count.value / total.value
    slack = 0.5 * 10 ** -share.decimals + 1e-9
    cited = f"{cite([count])} of {cite([total])} is {_fmt(round(computed, 2))} %"
    if abs(computed - share.value) <= slack:
        return Check(Verdict.consistent, "share_of_total", (count, total, share),
                     f"{cited}, as {cite([share])} says.")
    return Check(Verdict.conflict, "share_of_total", (count, total, share),
                 f"{cited}, not {cite([share])}: the share and its count disagree "
                 "even allowing for the rounding printed.")


def _restated_part(share: Claim, whole: Claim, part: Claim | None) -> Claim | None:
    """The count a share restates when the share leans on the whole: the figure just before
    it in its sentence, a part of the same whole, joined to it by a restating word ("166
    étaient mineures, soit 38 %"; "118 were under 30, or 27.4 percent")."""
    if part is None or part.unit != "count" or part.antecedent != whole.id:
        return None
    gap = _between(part, share)
    if gap is None:
        return None
    gap = " ".join(gap.casefold().split())
    return part if any(gap.endswith(j) for j in _conversion_joins(share.language)) else None


def stated_share_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``share_of_total`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in stated_share_checks(claims):
        findings += _number(f"{article}-share", checks, "share of a stated total", None)
    return findings


# --- a cumulative counter: "140 to end of May", "305 to 20 Aug", "466 to 31 Oct" (R1) --------

CUMULATIVE_DECREASE, GROWTH = "cumulative_decrease", "growth"
# What a counter finding says when it read a figure with no stated start as counted from
# 1 January (``assess`` lists it among the finding's assumptions).
NO_START = "a figure that states no start is read as counted from 1 January, as the others are"
# Details of the checks that read a group's figures for several periods as one counter: the
# group's period_mismatch finding about the same figures says nothing more.
SERIES_DETAILS = (CUMULATIVE_DECREASE, GROWTH)
_TALLY_KINDS = (PeriodKind.as_of, PeriodKind.to_date, PeriodKind.interval)
_FRAME_SLOTS = ("place", "entity", "whole")


def _tally_period(period: Period | None) -> bool:
    """A period a running count can be given for: up to a known day, from a stated start or
    with the start unknown ("as of"). Not a day's event, nor a figure dated by publication."""
    return (
        period is not None
        and period.end is not None
        and period.kind in _TALLY_KINDS
        and period.resolution not in ("publication", "unresolved")
        and (period.start is not None or period.kind is PeriodKind.as_of)
    )


def _cumulative(claim: Claim) -> bool:
    """A count that only grows: its event is one that happens once and is counted (a death,
    a crossing, a report: the table's ``[cumulative]``), or its phrase names a running tally
    ("provisional total", "bilan"). An event that can end (held, hospitalised) is a stock."""
    concepts, tally = Lexicon.default_cumulative()
    events = _event_concepts(claim)
    if events:
        return bool(concepts.intersection(events))
    return any(fold(word) in tally for word in _WORDS.findall(claim.counted))


_WORDS = re.compile(r"[^\W\d_]+")


def _event_concepts(claim: Claim) -> tuple[str, ...]:
    """The concepts of the claim's event slot (a ``SlimClaim`` carries them as a field)."""
    found = getattr(claim, "event_concepts", None)
    if found is not None:
        return found
    event = claim.frame.event if claim.frame is not None else None
    return event.concepts if event is not None else ()


def _same_counter(a: Claim, b: Claim) -> bool:
    """Place, entity and whole both stated alike, or both left empty (a counter's figures must
    not lean on a slot one side leaves open), and not two sources that each name themselves
    (two agencies keep two counters, and may count differently); a source named again in
    fewer words ("the department" after "the health department") is the same one."""
    if not all(
        fold(getattr(a, slot) or "") == fold(getattr(b, slot) or "") for slot in _FRAME_SLOTS
    ):
        return False
    sources = [set(_WORDS.findall(fold(c.source or c.actor or ""))) for c in (a, b)]
    # "the department" after "the health department" names the same source again
    return not all(sources) or sources[0] <= sources[1] or sources[1] <= sources[0]


def _series(clusters: Sequence[Cluster]) -> list[tuple[list[Cluster], bool]]:
    """The group's counters: figures counted from one start (the same stated first day, or an
    unknown one), each a list of clusters with at least two different last days and at least
    one running window ("as of", "so far", "since January"), and whether
    a figure with no stated start was read as counted from the 1 January its series states."""
    by_origin: dict[date | None, list[Cluster]] = {}
    loose: list[Cluster] = []
    for cluster in clusters:
        start = cluster.period.start if cluster.period is not None else None
        if start is not None:
            by_origin.setdefault(start, []).append(cluster)
        elif all(_cumulative(c) for c in cluster.claims):
            loose.append(cluster)
    assumed: set[date] = set()
    for cluster in loose:
        assert cluster.period is not None and cluster.period.end is not None
        year_start = date(cluster.period.end.year, 1, 1)
        if year_start in by_origin:
            by_origin[year_start].append(cluster)
            assumed.add(year_start)
        else:
            by_origin.setdefault(None, []).append(cluster)
    out = []
    for origin, members in by_origin.items():
        ends = {m.period.end for m in members if m.period is not None}
        running = any(m.period.kind is not PeriodKind.interval for m in members)  # type: ignore[union-attr]
        if len(ends) > 1 and running:  # closed windows alone ("in 2024"): sub_period's
            members.sort(key=lambda m: (_end(m), m.interval.lo))
            out.append((members, origin in assumed))
    out.sort(key=lambda item: claim_order(item[0][0].claims[0]))
    return out


def _end(cluster: Cluster) -> date:
    assert cluster.period is not None and cluster.period.end is not None
    return cluster.period.end


def _below(later: Cluster, earlier: Cluster) -> bool:
    """Every value the later figure allows is below every value the earlier one allows."""
    return later.interval.hi < earlier.interval.lo or (
        later.interval.hi == earlier.interval.lo
        and (later.interval.hi_open or earlier.interval.lo_open)
    )


def _plainly_stated(cluster: Cluster) -> bool:
    return all(
        c.approx is not Approx.vague and c.modality is Modality.stated for c in cluster.claims
    )


def counter_checks(
    members: Sequence[Claim], values: Sequence[Cluster] | None = None
) -> Iterator[Check]:
    """R1: a running count read over time. A later figure of the same counter below an
    earlier one is a ``conflict`` (``cumulative_decrease``); a counter that never falls is one
    ``consistent`` timeline (``growth``), not a list of period mismatches.

    Windows from one stated start that contain one another are the ``sub_period`` check's;
    here a decrease needs a figure "as of" a day with its start unknown, whose event only grows
    (``_cumulative``), read against the same counter (``_same_counter``), both plainly stated
    (not vague, hedged or planned)."""
    if values is None:
        values = clusters_of(m for m in members if m.role is _VALUE)
    clusters = [c for c in values if c.kind == PLAIN_COUNT and _tally_period(c.period)]
    if len(clusters) < 2:
        return
    for series, assumed in _series(clusters):
        note = f" ({NO_START})" if assumed else ""
        decreases = [(a, b) for a, b in _later_pairs(series) if _decrease(a, b)]
        if decreases:
            yield from (_decrease_check(a, b, note) for a, b in decreases)
        elif not _falls(series):  # one that falls without a figure sure enough to say so
            yield _growth_check(series, note)  # is left as it was


def _later_pairs(series: Sequence[Cluster]) -> Iterator[tuple[Cluster, Cluster]]:
    """Each figure of a series with each one listed after it."""
    for i, earlier in enumerate(series):
        for later in series[i + 1 :]:
            yield earlier, later


def _falls(series: Sequence[Cluster]) -> bool:
    """Some later figure lies wholly below an earlier one."""
    return any(later.interval.hi < earlier.interval.lo for earlier, later in _later_pairs(series)
               if _end(later) > _end(earlier))


def _decrease(earlier: Cluster, later: Cluster) -> bool:
    """A later figure of the same counter below an earlier one, both plainly stated; not two
    windows from one start that contain one another (the ``sub_period`` check's). Two running
    windows from one start whose ends lie within the slack of ``relate`` are read by it as
    one period, which the ``sub_period`` check never sees: "91 cases this year as of 31
    October" and "86 from January to 7 November" are two readings of one counter."""
    if _end(later) <= _end(earlier) or not _below(later, earlier):
        return False
    if (
        earlier.period.start is not None  # type: ignore[union-attr]
        and later.period.start is not None  # type: ignore[union-attr]
        and relation(earlier, later) is not Relation.same
    ):
        return False
    return (any(_same_counter(a, b) for a in earlier.claims for b in later.claims)
            and _plainly_stated(earlier) and _plainly_stated(later))


def _decrease_check(earlier: Cluster, later: Cluster, note: str) -> Check:
    text = (
        f"{later.cited} for {describe(later.period)} is below {earlier.cited} for "
        f"{describe(earlier.period)}: a running count cannot fall{note}."
    )
    return Check(Verdict.conflict, CUMULATIVE_DECREASE, (*earlier.claims, *later.claims), text)


def _growth_check(series: Sequence[Cluster], note: str) -> Check:
    steps = [f"{c.cited} to {_day(_end(c))}" for c in series]
    text = f"One running count over time: {_join(steps)}. It grows, as a running count does{note}."
    return Check(Verdict.consistent, GROWTH, tuple(c for s in series for c in s.claims), text)


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def superseded(
    pairs: Sequence[RawFinding], checks: Sequence[RawFinding], members: Sequence[Claim] = ()
) -> list[RawFinding]:
    """The group's pairwise findings without those a counter check has said better: its
    period_mismatch timelines whose every figure the check read as one running count, and the
    comparisons of two readings of one counter at two dates that ``relate`` took for one period
    (ends within its slack: "91 as of 31 October", "86 to 7 November"); ``members``: the
    group's claims, for their periods."""
    series = [set(ids) for _, _, detail, ids, _ in checks if detail in SERIES_DETAILS]
    if not series:
        return list(pairs)
    counted = set().union(*series)
    ends = {c.id: c.period.end if c.period is not None else None for c in members}
    return [
        raw for raw in pairs
        if not (raw[1] is Verdict.period_mismatch and counted.issuperset(raw[3]))
        and not _two_readings(raw, series, ends)
    ]


def _two_readings(
    raw: RawFinding, series: Sequence[set[str]], ends: Mapping[str, date | None]
) -> bool:
    """A pairwise comparison of figures of one counter series given for different last days."""
    if raw[1] is Verdict.period_mismatch or raw[2] == "identical":
        return False
    if len({ends.get(i) for i in raw[3]}) < 2:
        return False
    return any(found.issuperset(raw[3]) for found in series)


# --- a figure restated in another unit: "30,000 acres, or 12,100 hectares" (N9) --------------

CONVERSION = "conversion"
CONVERSION_SLACK = 0.1  # past the printed precision, a gap under this is rounding by the writer


@lru_cache(maxsize=16)
def _conversion_joins(language: str) -> frozenset[str]:
    """The words that join a figure to its restatement in another unit, per language table."""
    try:
        joins = raw_table(language).get("conversion", {}).get("joins", [])
    except ValueError:  # a language with no table
        return frozenset()
    return frozenset(" ".join(j.casefold().split()) for j in joins)


def _between(a: Claim, b: Claim) -> str | None:
    """The sentence's text between two figures of it (``b`` after ``a``), or None."""
    gap = b.start - a.end
    if gap < 0 or gap > 40:
        return None
    sentence, width = a.sentence, len(a.surface)
    at = sentence.find(a.surface)
    while at >= 0:
        cut = at + width
        if sentence.startswith(b.surface, cut + gap):
            return sentence[cut : cut + gap]
        at = sentence.find(a.surface, at + 1)
    return None


def _conversion_interval(claim: Claim) -> Interval | None:
    """The claim's values in SI units, a round figure read as rounded at its last non-zero
    digit (never coarser than its second significant digit): writers round a conversion
    ("50 hectares (120 acres)")."""
    interval = canonical_interval(claim)
    value = claim.value
    if (
        interval is None or value is None or claim.decimals or not float(value).is_integer()
        or claim.approx not in (Approx.exact, Approx.about)
    ):
        return interval
    digits = int(abs(value))
    factor = canonical_factor(claim.unit, claim.per)
    if digits < 10 or digits % 10 or not factor:
        return interval
    place = 1
    while digits % (place * 10) == 0:
        place *= 10
    place = min(place, 10 ** max(len(str(digits)) - 2, 0))
    half = place / 2
    return interval.hull(Interval((value - half) * factor, (value + half) * factor, False, True))


def conversion_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """Two measures of one dimension in other units, next to each other in one sentence and
    joined as a restatement ("12 miles (19 km)", "30 000 acres, soit 12 100 hectares") must
    agree to the precision printed; within ``CONVERSION_SLACK`` past it they are a
    ``minor_discrepancy`` (a writer's rounding), beyond a ``conflict``. Money is left out:
    no exchange rate is known."""
    by_sentence: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        if (
            claim.role is _VALUE and claim.per is None and claim.approx is not Approx.vague
            and comparison_kind(claim).startswith("measure:")
        ):
            by_sentence.setdefault((claim.article, claim.sentence), []).append(claim)
    out: dict[str, list[Check]] = {}
    for (article, _), members in sorted(by_sentence.items()):
        if len(members) < 2:
            continue
        members.sort(key=claim_order)
        for a, b in itertools.pairwise(members):
            check = _conversion(a, b)
            if check is not None:
                out.setdefault(article, []).append(check)
    return sorted(out.items())


def _conversion(a: Claim, b: Claim) -> Check | None:
    kind = comparison_kind(a)
    if not kind.startswith("measure:") or kind != comparison_kind(b) or a.unit == b.unit:
        return None
    between = _between(a, b)
    if between is None:
        return None
    joined = " ".join(between.casefold().split())
    if joined and joined not in _conversion_joins(a.language):
        return None
    first, second = _conversion_interval(a), _conversion_interval(b)
    if first is None or second is None:
        return None
    head = f"{cite([a])} restated as {cite([b])}"
    if first.meets(second):
        return Check(Verdict.consistent, CONVERSION, (a, b),
                     f"{head}: the two agree to the precision printed.")
    gap = first.relative_gap(second)
    if gap < CONVERSION_SLACK:
        return Check(Verdict.minor_discrepancy, CONVERSION, (a, b),
                     f"{head}: {gap:.1%} apart, past the precision printed but under "
                     f"{CONVERSION_SLACK:.0%}, as a writer's rounding may be.")
    return Check(Verdict.conflict, CONVERSION, (a, b),
                 f"{head}: converted, they are {gap:.0%} apart, which no rounding explains "
                 "(a wrong unit or a wrong conversion).")


def conversion_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``conversion`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in conversion_checks(claims):
        findings += _number(f"{article}-conversion", checks, "a figure in two units", None)
    return findings
