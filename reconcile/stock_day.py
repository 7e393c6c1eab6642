"""A stock counted on a day and the same stock as of that day (DESIGN, Periods and Verdicts).

A ``day`` period is an event on a named day; an ``as_of`` period a total known at a date. For
a count of events (deaths, crossings, arrests, votes) the two are different quantities: "31
died on Saturday" is the day's deaths, "the toll stood at 38 on Saturday" the running total,
and they are never compared. A stock (people displaced, missing, homes without power: the
concept table's ``[cumulative] stocks``), like a rate ("KTX 운행률", a percentage that names its
rate), has one level at a time: "Monday evening, the agency
counted 26,400 displaced" and "24,600 displaced as of Monday" give that level for one day, and
can conflict. The comparison says so, and costs the finding some confidence
(``reconcile.assess``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.counter_table import load_counter_table
from claims.lexicon import Lexicon, fold
from claims.models import DATED, Claim, Period, PeriodKind, Role
from reconcile.clusters import Cluster
from reconcile.slim import event_concepts

# What a finding says when it read a stock counted on a day as its level as of that day.
STOCK_ON_DAY = "a stock counted on a day is read as its level as of that day"
_WORDS = re.compile(r"[^\W\d_]+")


def stock_on_one_day(a: Cluster, b: Cluster) -> bool:
    """One cluster counted on a day, the other as of that same day (its start unknown), both
    dated by their own words, and every figure a stock: an event that can end (the table's
    ``[cumulative] stocks``), with no tally word in what it counts."""
    pa, pb = a.period, b.period
    if pa is None or pb is None or pa.end is None or pa.end != pb.end:
        return False
    claims = (*a.claims, *b.claims)
    return _a_day_and_as_of_it(pa, pb) and (_stocks(claims) or named_rates(claims))


def _a_day_and_as_of_it(pa: Period, pb: Period) -> bool:
    """One period a day, the other as of it with no start, both dated by their own words."""
    if {pa.kind, pb.kind} != {PeriodKind.day, PeriodKind.as_of}:
        return False
    if any(p.resolution not in DATED for p in (pa, pb)):
        return False
    return not any(p.kind is PeriodKind.as_of and p.start is not None for p in (pa, pb))


def stocks(claims: Iterable[Claim]) -> bool:
    """Whether every figure counts a stock (see ``_stocks``)."""
    return _stocks(claims)


def _stocks(claims: Iterable[Claim]) -> bool:
    """Every figure names its event, one of the table's stocks, and no tally word."""
    shipped = Lexicon.shipped()
    stocks, tally = shipped.stocks, shipped.tally_words
    for claim in claims:
        events = event_concepts(claim)
        if not events or events[0] not in stocks:
            return False
        if any(fold(word) in tally for word in _WORDS.findall(claim.counted)):
            return False
    return True


_LEVELS = (Role.value, Role.change_from, Role.change_to)  # not the size of a change


def named_rates(claims: Iterable[Claim]) -> bool:
    """Every figure a percentage that names a rate (what it counts ends on the language's rate
    noun: "KTX 운행률", "파업 참가율"), as a level, not a change: a rate has one level at a time,
    as a stock does ("파업 첫날 같은 시각 80.1%" and "첫날 오후 3시 기준 71.2%"), and rates of
    several things are no parts of one population ("KTX 69.4%, 일반열차 58.1%" of their own
    trains: ``reconcile.structural.parts``)."""
    for claim in claims:
        words = claim.counted.split()
        if claim.unit != "percent" or claim.role not in _LEVELS or not words:
            return False
        endings = _rate_endings(claim.language)
        if not (endings and words[-1].endswith(endings)):
            return False
    return True


def _rate_endings(language: str) -> tuple[str, ...]:
    try:
        return tuple(load_counter_table(language).context.rate_endings)
    except ValueError:  # a language with no counters table names no rate by its ending
        return ()
