"""``parts``: three or more shares (percent) in one sentence of one article, for one period, are
read as a breakdown of one population, so their lowest allowed values cannot add up to more than
100 %. Two shares are not enough evidence of a breakdown ("60 % are women, 70 % are minors"
overlap), so they are not checked; nor are rates that each name their own thing ("KTX 운행률
69.4%, 일반열차 운행률 58.1%": each of its own trains)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from claims.lexicon import fold
from claims.models import Claim
from claims.periods import find_periods
from claims.phrase_kinds import BASELINES
from reconcile.compare import (
    PLAIN_SHARE,
    canonical_interval,
    cite,
    claim_order,
    comparison_kind,
    period_key,
)
from reconcile.intervals import Interval
from reconcile.models import Verdict
from reconcile.periods import (
    describe,
)
from reconcile.stock_day import named_rates
from reconcile.structural.base import READ_FOR_SPAN, VALUE, Check, fmt, join_all

MIN_PARTS = 3


def parts_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """Breakdowns of one population: shares in one sentence, same period (see module rules)."""
    out: dict[str, list[Check]] = {}
    for (article, _, _), members in _share_buckets(claims).items():
        if len(members) >= MIN_PARTS and not _of_several_wholes(members) and not _changes(
                members) and not named_rates(c for c, _ in members):
            out.setdefault(article, []).append(_parts_check(members))
    return sorted(out.items())


def _changes(members: list[tuple[Claim, Interval]]) -> bool:
    """The shares are changes, not parts: one of them goes up or down (one change word over a
    list: "1년 전보다 서울 45%, 부산 60%, 대구 30% 늘었다"), or their sentence names the time
    they compare with ("from a year earlier", "sur un an", "전년 동월 대비"). Rates of change
    by place or by product add up to nothing."""
    if any(c.direction is not None for c, _ in members):
        return True
    first = members[0][0]
    return any(match.kind in BASELINES
               for match in find_periods(first.sentence, 0, first.language, READ_FOR_SPAN))


def _of_several_wholes(members: list[tuple[Claim, Interval]]) -> bool:
    """The shares name two wholes or more: each is a share of its own population ("역대 총선
    투표율은 △15대 63.9% △16대 57.2% △17대 60.6%", one rate of several elections), and
    their sum says nothing. A breakdown's parts name one whole, or none."""
    return len({fold(c.whole) for c, _ in members if c.whole and c.whole.strip()}) > 1


def _share_buckets(claims: Iterable[Claim]) -> dict[tuple, list[tuple[Claim, Interval]]]:
    """The plain shares with a finite lower bound, in reading order, by article, sentence and
    period."""
    buckets: dict[tuple, list[tuple[Claim, Interval]]] = {}
    shares = [c for c in claims if c.role is VALUE and comparison_kind(c) == PLAIN_SHARE]
    for claim in sorted(shares, key=claim_order):
        interval = canonical_interval(claim)
        if interval is None or math.isinf(interval.lo):
            continue
        key = (claim.article, claim.sentence, period_key(claim.period))
        buckets.setdefault(key, []).append((claim, interval))
    return buckets


def _parts_check(members: list[tuple[Claim, Interval]]) -> Check:
    """Shares of one population above 100 % even at their lowest conflict."""
    shares = tuple(c for c, _ in members)
    floor = sum(i.lo for _, i in members)
    total = sum(c.value if c.value is not None else i.lo for c, i in members)
    cited = join_all([cite([c]) for c in shares])
    listed = f"The shares {cited} for {describe(shares[0].period)}"
    if floor > 100:
        return Check(
            Verdict.conflict,
            "parts",
            shares,
            f"{listed} add up to {fmt(total)} %, even at their lowest {fmt(floor)} %: "
            "shares of one population cannot exceed 100 %.",
        )
    return Check(
        Verdict.consistent,
        "parts",
        shares,
        f"{listed} add up to {fmt(total)} %, not above 100 %, so they can be parts "
        "of one population.",
    )
