"""Clusters: the claims of a group that say the same thing (same allowed values, period,
kind and role), which the pairwise verdicts (``reconcile.compare``) and the structural checks
(``reconcile.structural``) compare; with what they are read from: each figure's interval in
canonical units and comparison kind, and the run's cache of what periods say
(``PeriodCache``). Split from ``compare``: reading figures into clusters is one job, judging
pairs of clusters another."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import attrgetter

from claims.models import STATED, Approx, Claim, Period, Role
from reconcile.intervals import Interval, value_interval
from reconcile.periods import LOOSE_SLACK, Relation, describe, is_known, relate
from reconcile.units import canonical_factor, split_rate, unit_kind

CHANGE_ROLES = (Role.change_from, Role.change_to)
MAX_CITED = 3


# Reading order, so findings come out the same whatever order claims arrive in: (article,
# line, start, id). An ``attrgetter``, not a function: every finding sorts its claims by it.
claim_order: Callable[[Claim], tuple[str, int, int, str]] = attrgetter(
    "article", "line", "start", "id"
)


def cite(claims: Sequence[Claim]) -> str:
    """``"148" (001.txt:13, 001.txt:15)``: the figure as first written and where it was read."""
    places = [f"{c.article}:{c.line}" for c in claims[:MAX_CITED]]
    if len(claims) > MAX_CITED:
        places.append(f"and {len(claims) - MAX_CITED} more")
    return f'"{claims[0].surface}" ({", ".join(places)})'


def canonical_interval(claim: Claim) -> Interval | None:
    """The claim's allowed values in canonical units, or None when they cannot be read."""
    read = _reading(
        claim.value, claim.lower, claim.upper, claim.approx, claim.decimals, claim.unit, claim.per
    )
    return None if read is None else read[0]


def plain_interval(claim: Claim) -> Interval | None:
    """``value_interval(claim)`` (in the claim's own unit), or None when it cannot be read."""
    return _plain(claim.value, claim.lower, claim.upper, claim.approx, claim.decimals)


# A figure's canonical interval, and what makes figures compare as one: the interval's
# bounds (the fields ``Interval`` compares) and the comparison kind, a plain tuple to key on.
_Reading = tuple[Interval, tuple[float, float, bool, bool, str]]
# Readings a process keeps: they repeat within a bucket (one quantity's claims), seldom across
# buckets, and a run-long cache grew a worker's memory with the run.
READINGS_KEPT = 4096


@lru_cache(maxsize=READINGS_KEPT)
def _reading(
    value: float | None,
    lower: float | None,
    upper: float | None,
    approx: Approx,
    decimals: int,
    unit: str,
    per: str | None,
) -> _Reading | None:
    """Once per written figure: a group's checks ask for each claim's interval several times,
    and figures repeat across claims."""
    factor = _factor(unit, per)
    if factor is None:
        return None
    plain = _plain(value, lower, upper, approx, decimals)
    if plain is None:
        return None
    try:
        interval = plain.scaled(factor)
    except ValueError:
        return None
    return interval, (
        interval.lo,
        interval.hi,
        interval.lo_open,
        interval.hi_open,
        kind_of(unit, per),
    )


@lru_cache(maxsize=READINGS_KEPT)
def _plain(
    value: float | None, lower: float | None, upper: float | None, approx: Approx, decimals: int
) -> Interval | None:
    figure = _Figure(value=value, lower=lower, upper=upper, approx=approx, decimals=decimals)
    try:
        return value_interval(figure)  # type: ignore[arg-type]
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Figure:
    """The fields ``value_interval`` reads, as a key-sized stand-in for the claim."""

    value: float | None
    lower: float | None
    upper: float | None
    approx: Approx
    decimals: int
    id: str = "?"


def comparison_kind(claim: Claim) -> str:
    """Claims compare only within one kind, and rates only with rates."""
    return kind_of(claim.unit, claim.per)


@lru_cache(maxsize=4096)
def _factor(unit: str, per: str | None) -> float | None:
    """Once per unit: pint is slow to ask, and a million claims use a handful of units."""
    return canonical_factor(unit, per)


# The kinds of plain counts and plain shares, which the structural checks add up and divide.
PLAIN_COUNT, PLAIN_SHARE = "count/value", "percent/value"


@lru_cache(maxsize=4096)
def kind_of(unit: str, per: str | None) -> str:
    """``comparison_kind`` of a claim with this unit and rate."""
    head, embedded = split_rate(unit)
    return f"{unit_kind(head)}/{'rate' if per or embedded else 'value'}"


def period_key(period: Period | None) -> tuple[date | None, date | None]:
    return (period.start, period.end) if period is not None else (None, None)


# A period's code and last day, the relations of pairs of periods and their descriptions are
# asked over and over for a group's figures (a million claims hold few distinct periods but
# many pairs of figures): ``PeriodCache`` keeps them for a run, passed in by the caller.
_NO_END = -(10**8)  # farther from any day than any slack, and from itself by 0
_SLACK_DAYS = LOOSE_SLACK.days  # the widest slack of ``relate``
RELATIONS_LIMIT = 200_000


class PeriodCache:
    """What clusters read from their periods, each distinct period read once: a small code
    per period (by its dates and resolution), its last day as a day number (``_NO_END`` for
    none: two periods whose ends lie farther apart than any slack are neither the same nor
    unknown to ``relate``, which settles most pairs of a group's figures without asking it),
    its description, and the relation of each pair of periods asked. One per run (or per
    worker process): pass it to ``clusters_of``."""

    __slots__ = ("codes", "described", "end_days", "relations")

    def __init__(self) -> None:
        self.codes: dict[object, tuple[int, bool]] = {}  # ident -> (code, dated)
        self.end_days: list[int] = []  # by code
        self.described: dict[int, str] = {}  # by code
        self.relations: dict[tuple[int, int], Relation] = {}  # by pair of codes

    def read(self, period: Period | None) -> tuple[bool, tuple | None, int, int]:
        """(dated, ident, code, end day) of a period."""
        ident = None if period is None else (period.start, period.end, period.resolution)
        found = self.codes.get(ident)
        if found is None:
            end = None if period is None else period.end
            found = self.codes[ident] = (len(self.end_days), is_known(period))
            self.end_days.append(_NO_END if end is None else end.toordinal())
        code, dated = found
        return dated, ident, code, self.end_days[code]

    def relation(self, a: Cluster, b: Cluster) -> Relation:
        key = (a.period_code, b.period_code)
        found = self.relations.get(key)
        if found is None:
            if len(self.relations) > RELATIONS_LIMIT:
                self.relations.clear()
            found = self.relations[key] = relate(a.period, b.period)
        return found

    def __reduce__(self) -> tuple:
        return PeriodCache, ()  # travels empty: a cache is filled where it is used


def _about(cluster: Cluster) -> str:
    """``describe(cluster.period)``, once per distinct period."""
    described = cluster.periods.described
    found = described.get(cluster.period_code)
    if found is None:
        found = described[cluster.period_code] = describe(cluster.period)
    return found


class Cluster:
    """Claims that say the same thing: same allowed values, period, kind and role.

    A plain class with slots, made once per cluster of every group: ``period`` and what is
    read from it are kept, as a group's pairs ask for them over and over.
    """

    __slots__ = (
        "_cited",
        "claims",
        "dated",
        "end_day",
        "interval",
        "kind",
        "period",
        "period_code",
        "period_id",
        "periods",
    )

    def __init__(
        self, claims: tuple[Claim, ...], interval: Interval, kind: str, periods: PeriodCache
    ) -> None:
        self.claims = claims
        self.interval = interval
        self.kind = kind
        self.periods = periods
        period = self.period = claims[0].period
        self.dated, self.period_id, self.period_code, self.end_day = periods.read(period)
        self._cited: str | None = None

    @property
    def cited(self) -> str:
        """``cite(self.claims)``, made once: a cluster is cited in most of the findings (and
        structural checks) that involve it."""
        found = self._cited
        if found is None:
            found = self._cited = cite(self.claims)
        return found

    @property
    def states_its_period(self) -> bool:
        """A figure of the cluster states its own period, not carried from another figure (a
        headline's "plus de 1 600" carries the period of the body's "1 610 jeudi soir")."""
        return any(c.period is not None and c.period.resolution in STATED for c in self.claims)


# ``Role.value`` is looked up through the ``Enum.value`` property: read once.
_VALUE, _RATIO = Role.value, Role.ratio


def clusters_of(claims: Iterable[Claim], periods: PeriodCache | None = None) -> list[Cluster]:
    """Comparable claims gathered by (values, period, kind, role), in reading order
    (``periods``: the run's cache, else one for these clusters alone)."""
    periods = PeriodCache() if periods is None else periods
    buckets: dict[tuple, tuple[Interval, list[Claim]]] = {}
    for claim in sorted(claims, key=claim_order):
        role = claim.role
        if role is _RATIO:
            continue
        read = _reading(
            claim.value,
            claim.lower,
            claim.upper,
            claim.approx,
            claim.decimals,
            claim.unit,
            claim.per,
        )
        if read is None:
            continue
        period = claim.period
        key = (
            read[1],  # the interval's bounds and the kind
            (None, None) if period is None else (period.start, period.end),  # period_key
            role if role in CHANGE_ROLES else _VALUE,
        )
        found = buckets.get(key)
        if found is None:
            buckets[key] = (read[0], [claim])
        else:
            found[1].append(claim)
    return [
        Cluster(tuple(members), interval, key[0][4], periods)  # the first claim's interval,
        #                                                        and the kind
        for key, (interval, members) in buckets.items()
    ]
