"""Allowed values of a written figure, unit conversion, and periods as date intervals."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.models import Approx
from reconcile.intervals import Interval, half_unit, value_interval
from reconcile.periods import Relation, describe, length_in, per_month_rate, relate
from reconcile.units import canonical_factor, comparable, to_canonical, unit_kind
from tests.claim_factory import claim, period

INF = math.inf

INTERVALS = [
    # surface, value, decimals, approx, lower, upper, expected (lo, hi, lo_open, hi_open)
    ("74 %", 74, 0, Approx.exact, None, None, (73.5, 74.5, False, True)),
    ("59,8%", 59.8, 1, Approx.exact, None, None, (59.75, 59.85, False, True)),
    ("1,1 %", 1.1, 1, Approx.exact, None, None, (1.05, 1.15, False, True)),
    ("180", 180, 0, Approx.exact, None, None, (179.5, 180.5, False, True)),
    ("220 000", 220_000, 0, Approx.exact, None, None, (215_000, 225_000, False, True)),
    ("1 200", 1200, 0, Approx.exact, None, None, (1150, 1250, False, True)),
    (
        "3 000 (at most 2 significant digits)",
        3000,
        0,
        Approx.exact,
        None,
        None,
        (2950, 3050, False, True),
    ),
    ("227 000", 227_000, 0, Approx.exact, None, None, (226_500, 227_500, False, True)),
    ("1,2 million", 1_200_000, 1, Approx.exact, None, None, (1_150_000, 1_250_000, False, True)),
    ("1,500 arrests", 1500, 0, Approx.exact, None, None, (1450, 1550, False, True)),
    ("près de 6 500", 6500, 0, Approx.about, None, None, (6175, 6825, False, False)),
    ("about 40", 40, 0, Approx.about, None, None, (38, 42, False, False)),
    ("plus de 20 000", 20_000, 0, Approx.more_than, 20_000, None, (20_000, INF, True, True)),
    ("more than 1,300", 1300, 0, Approx.more_than, None, None, (1300, INF, True, True)),
    ("au moins 1 200", 1200, 0, Approx.at_least, 1200, None, (1200, INF, False, True)),
    ("jusqu'à 1 200", 1200, 0, Approx.up_to, None, 1200, (0, 1200, False, False)),
    ("less than 5%", 5, 0, Approx.less_than, None, None, (0, 5, False, True)),
    ("20 à 30", None, 0, Approx.range, 20, 30, (19.5, 30.5, False, True)),
    ("des centaines", None, 0, Approx.vague, 200, 999, (200, 999, False, False)),
]


@pytest.mark.parametrize(
    ("surface", "value", "decimals", "approx", "lower", "upper", "expected"), INTERVALS
)
def test_value_interval(surface, value, decimals, approx, lower, upper, expected) -> None:
    got = value_interval(
        claim("c", surface, value, decimals=decimals, approx=approx, lower=lower, upper=upper)
    )
    assert (got.lo, got.hi, got.lo_open, got.hi_open) == pytest.approx(expected)


@pytest.mark.parametrize("approx", [Approx.exact, Approx.range, Approx.more_than])
def test_a_claim_without_a_value_cannot_become_an_interval(approx: Approx) -> None:
    with pytest.raises(ValueError):
        value_interval(claim("c", "?", None, approx=approx))


@pytest.mark.parametrize(
    ("a", "b", "meets"),
    [
        ((73.5, 74.5, False, True), (73.55, 73.65, False, True), True),  # 74 % vs 73,6 %
        ((73.5, 74.5, False, True), (74.5, 75.5, False, True), False),  # 74 vs 75: touch only
        ((0, 1200, False, False), (1200, INF, False, True), True),  # up to / at least 1 200
        ((0, 1200, False, True), (1200, INF, False, True), False),  # less than / at least
        ((1300, INF, True, True), (1150, 1250, False, True), False),
    ],
)
def test_meets(a: tuple, b: tuple, meets: bool) -> None:
    assert Interval(*a).meets(Interval(*b)) is meets
    assert Interval(*b).meets(Interval(*a)) is meets


def test_relative_gap_reads_as_a_share_of_the_larger_end() -> None:
    rounded, exact = Interval(215_000, 225_000, hi_open=True), Interval(226_500, 227_500)
    assert rounded.gap(exact) == 1500
    assert rounded.relative_gap(exact) == pytest.approx(1500 / 226_500)
    assert Interval(1, 2).relative_gap(Interval(1.5, 3)) == 0


def test_half_unit_of_a_round_figure() -> None:
    assert half_unit(220_000, 0) == 5000
    assert half_unit(1_000_000, 0) == 50_000
    assert half_unit(1234, 0) == 0.5
    assert half_unit(60, 0) == 0.5


# --- properties -------------------------------------------------------------------------------

values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def intervals(draw) -> Interval:
    a, b = sorted((draw(finite), draw(finite)))
    lo_open, hi_open = draw(st.booleans()), draw(st.booleans())
    if a == b:
        lo_open = hi_open = False
    return Interval(a, b, lo_open, hi_open)


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.integers(0, 3))
def test_an_exact_claim_allows_its_own_value(value: float, decimals: int) -> None:
    value = round(value, decimals)
    assert value_interval(claim("c", str(value), value, decimals=decimals)).contains(value)


@given(values)
def test_more_than_never_allows_its_bound_but_at_least_does(value: float) -> None:
    assert not value_interval(claim("c", "v", value, approx=Approx.more_than)).contains(value)
    assert value_interval(claim("c", "v", value, approx=Approx.at_least)).contains(value)
    assert not value_interval(claim("c", "v", value, approx=Approx.less_than)).contains(value)


@given(st.floats(min_value=1, max_value=1e9, allow_nan=False))
def test_about_allows_more_than_its_printed_precision(value: float) -> None:
    exact = value_interval(claim("c", "v", value, decimals=2))
    about = value_interval(claim("c", "v", value, decimals=2, approx=Approx.about))
    assert about.lo <= exact.lo and about.hi >= exact.hi


@given(intervals(), intervals())
def test_intersection_is_symmetric(a: Interval, b: Interval) -> None:
    assert a.intersection(b) == b.intersection(a)
    assert a.relative_gap(b) == b.relative_gap(a)


@given(intervals(), intervals(), finite)
def test_intersection_holds_exactly_the_common_points(a: Interval, b: Interval, x: float) -> None:
    both = a.intersection(b)
    assert (both is not None and both.contains(x)) == (a.contains(x) and b.contains(x))
    if both is None:
        assert a.gap(b) >= 0
    else:
        assert a.gap(b) == 0


@given(intervals(), intervals(), finite)
def test_hull_holds_both(a: Interval, b: Interval, x: float) -> None:
    if a.contains(x) or b.contains(x):
        assert a.hull(b).contains(x)


# --- units ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("count", "count"),
        ("percent", "percent"),
        ("ratio", "ratio"),
        ("year", "duration"),
        ("second", "duration"),
        ("weeks", "duration"),
        ("EUR", "money:EUR"),
        ("euros", "money:EUR"),
        ("won", "money:KRW"),
        ("count per day", "count"),
        ("metre", "measure:[length]"),
        ("acre", "measure:[length] ** 2"),
        ("gigabyte", "measure:bit"),
        ("degC", "temperature:degC"),
        ("gibberish", "other"),
    ],
)
def test_unit_kind(unit: str, kind: str) -> None:
    assert unit_kind(unit) == kind


def test_durations_go_to_seconds_and_rates_to_per_day() -> None:
    assert to_canonical(5, "second") == 5
    assert to_canonical(5, "year") == pytest.approx(to_canonical(60, "month"))
    assert to_canonical(1, "week") == 604_800
    assert to_canonical(7, "count", per="week") == pytest.approx(1)
    assert to_canonical(74, "percent") == 74
    assert canonical_factor("gibberish") is None
    with pytest.raises(ValueError):
        to_canonical(1, "gibberish")


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (("count", None), ("count", None), True),
        (("count", "day"), ("count", "week"), True),
        (("count", "day"), ("count", None), False),
        (("EUR", None), ("USD", None), False),
        (("year", None), ("month", None), True),
        (("percent", None), ("count", None), False),
    ],
)
def test_comparable(a: tuple, b: tuple, ok: bool) -> None:
    assert comparable(*a, *b) is ok


# --- periods ----------------------------------------------------------------------------------

JAN_JUL_2024 = period("2024-01-01", "2024-07-31")
Y2023 = period("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (JAN_JUL_2024, period("2024-01-01", "2024-07-31"), Relation.same),
        (JAN_JUL_2024, period("2024-01-01", "2024-08-01"), Relation.same),  # end-date convention
        (JAN_JUL_2024, period("2024-01-01", "2024-08-05"), Relation.within),
        (JAN_JUL_2024, period("2024-01-01", "2024-08-05", "carried"), Relation.same),  # loose
        (JAN_JUL_2024, Y2023, Relation.disjoint),
        (period("2021-01-01", "2023-12-31"), period("2022-01-01", "2022-12-31"), Relation.contains),
        (period(None, "2024-09-02"), period("2024-09-01", "2024-09-30"), Relation.overlap),
        (period(None, "2024-08-26"), period(None, "2024-08-26"), Relation.same),
        (period(None, "2024-09-02"), JAN_JUL_2024, Relation.contains),
        # "depuis 2020" with no publication date: open towards the calendar's end
        (period("2020-01-01", None), JAN_JUL_2024, Relation.contains),
        (JAN_JUL_2024, period("2020-01-01", None), Relation.within),
        (period("2020-01-01", None), period(None, "2024-09-02"), Relation.overlap),
        (period("2025-01-01", None), JAN_JUL_2024, Relation.disjoint),
        (None, JAN_JUL_2024, Relation.unknown),
        (period(None, None), JAN_JUL_2024, Relation.unknown),
    ],
)
def test_relate(a, b, relation: Relation) -> None:
    assert relate(a, b) is relation


def test_per_month_rate_and_description() -> None:
    assert per_month_rate(297, JAN_JUL_2024) == pytest.approx(42.4, abs=0.05)
    assert per_month_rate(180, Y2023) == pytest.approx(15.0, abs=0.05)
    assert per_month_rate(25, period(None, "2024-09-02")) is None
    assert length_in(JAN_JUL_2024, "week") == pytest.approx(213 / 7)
    assert describe(JAN_JUL_2024) == "January–July 2024"
    assert describe(Y2023) == "2023"
    assert describe(period("2021-01-01", "2023-12-31")) == "2021–2023"
    assert describe(period(None, "2024-09-02")) == "the period up to 2 Sep 2024"
    assert describe(None) == "an unstated period"
