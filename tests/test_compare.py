"""Pairwise verdicts: the gold rows of the seed articles, planted conflicts, and the rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.models import Approx, Claim, Period, Role
from reconcile.compare import Cluster, _period_classes, clusters_of, compare_group
from reconcile.models import Finding, Verdict
from reconcile.periods import Relation, relate
from tests.claim_factory import A001, A003, A004, claim, period

JAN_JUL_2024 = period("2024-01-01", "2024-07-31")
Y2021 = period("2021-01-01", "2021-12-31")
Y2022 = period("2022-01-01", "2022-12-31")
Y2023 = period("2023-01-01", "2023-12-31")
Y2021_2023 = period("2021-01-01", "2023-12-31")
AS_OF_AUG_26 = period(None, "2024-08-26")
PCT = {"unit": "percent"}


def verdict_between(findings: list[Finding], a: str, b: str) -> Finding:
    """The one finding that names both claims."""
    hits = [f for f in findings if a in f.claim_ids and b in f.claim_ids]
    assert len(hits) == 1, f"expected one finding for {a} and {b}, got {hits}"
    return hits[0]


# --- gold rows of /work/shared/gold/seed_findings.csv, rebuilt by hand ----------------------------

KCSC = [
    claim("t25", "25", 25, article=A003, line=24, when=period(None, "2024-09-02")),
    claim(
        "t148",
        "148",
        148,
        article=A001,
        line=13,
        when=period("2024-09-01", "2024-09-30", "relative"),
    ),
    claim("t148b", "148", 148, article=A001, line=15),
]
ARRESTS = [
    claim("a178", "178", 178, article=A003, line=42, when=JAN_JUL_2024),
    claim(
        "a387",
        "387",
        387,
        article=A001,
        line=10,
        when=period("2024-08-26", "2024-09-30", "relative"),
    ),
]
CASES = [
    claim("c297", "297", 297, article=A003, line=40, when=JAN_JUL_2024),
    claim("c180", "180", 180, article=A003, line=40, when=Y2023),
]
TEEN_SHARE = [
    claim("s74", "74 %", 74, article=A003, line=42, when=JAN_JUL_2024, **PCT),
    claim("s65", "65 %", 65, article=A003, line=42, when=Y2021, **PCT),
    claim("s654", "65,4 %", 65.4, decimals=1, line=71, when=Y2021, **PCT),
    claim("s612", "61,2 %", 61.2, decimals=1, line=71, when=Y2022, **PCT),
    claim("s758", "75,8 %", 75.8, decimals=1, line=71, when=Y2023, **PCT),
    claim("s736", "73,6 %", 73.6, decimals=1, line=71, when=JAN_JUL_2024, **PCT),
]
MINOR_SHARE = [
    claim("m60", "60 %", 60, article=A001, line=9, **PCT),
    claim("m60h", "près de 60%", 60, approx=Approx.about, line=67, **PCT),
    claim("m598", "59,8%", 59.8, decimals=1, line=69, when=Y2021_2023, **PCT),
    claim("m646", "64,6%", 64.6, decimals=1, line=69, when=Y2021, **PCT),
    claim("m529", "52,9%", 52.9, decimals=1, line=69, when=Y2022, **PCT),
    claim("m62", "62%", 62, line=69, when=period("2023-01-01", "2023-12-31", "relative"), **PCT),
]
CHATROOM = [
    claim(
        "r220h", "220 000", 220_000, approx=Approx.up_to, upper=220_000, line=79, when=AS_OF_AUG_26
    ),
    claim("r220", "220 000", 220_000, line=85, when=AS_OF_AUG_26),
    claim("r227", "227 000", 227_000, line=85, when=AS_OF_AUG_26),
]
ROOM = [
    claim("v1200", "1 200", 1200, line=17),
    claim("v1200u", "jusqu'à 1 200", 1200, approx=Approx.up_to, upper=1200, line=41),
    claim("v1200l", "au moins 1 200", 1200, approx=Approx.at_least, lower=1200, line=41),
    claim("v1200a", "1 200", 1200, line=57),
]
SENTENCE = [
    claim("y5", "cinq ans", 5, unit="year", line=99, role=Role.change_from, linked="y7"),
    claim("y7", "sept ans", 7, unit="year", line=99, role=Role.change_to, linked="y5"),
]

GOLD = [
    # key, claims, first id, second id, allowed verdicts, allowed details
    ("kcsc_takedowns", KCSC, "t25", "t148", {Verdict.period_mismatch}, {""}),
    ("police_arrests", ARRESTS, "a178", "a387", {Verdict.period_mismatch}, {""}),
    ("police_cases", CASES, "c297", "c180", {Verdict.period_mismatch}, {""}),
    ("suspects_teen_share", TEEN_SHARE, "s74", "s736", {Verdict.consistent}, {"rounding"}),
    ("suspects_teen_share", TEEN_SHARE, "s65", "s654", {Verdict.consistent}, {"rounding"}),
    ("victims_minor_share", MINOR_SHARE, "m60", "m598", {Verdict.consistent}, {"rounding"}),
    ("victims_minor_share", MINOR_SHARE, "m60h", "m598", {Verdict.consistent}, {"rounding"}),
    ("victims_minor_share", MINOR_SHARE, "m60", "m60h", {Verdict.consistent}, {"rounding"}),
    (
        "victims_minor_share",
        MINOR_SHARE,
        "m598",
        "m646",
        {Verdict.period_mismatch},
        {""},
    ),
    (
        "chatroom_participants",
        CHATROOM,
        "r220",
        "r227",
        {Verdict.consistent, Verdict.minor_discrepancy},
        {"rounding", ""},
    ),
    (
        "chatroom_participants",
        CHATROOM,
        "r220h",
        "r227",
        {Verdict.consistent, Verdict.minor_discrepancy},
        {"bounds", ""},
    ),
    ("chatroom_participants", CHATROOM, "r220h", "r220", {Verdict.consistent}, {"bounds"}),
    ("victim_room_members", ROOM, "v1200", "v1200u", {Verdict.consistent}, {"bounds"}),
    ("victim_room_members", ROOM, "v1200", "v1200l", {Verdict.consistent}, {"bounds"}),
    ("victim_room_members", ROOM, "v1200u", "v1200l", {Verdict.consistent}, {"bounds"}),
    ("max_sentence", SENTENCE, "y5", "y7", {Verdict.change}, {"change"}),
]


@pytest.mark.parametrize(
    ("key", "claims", "a", "b", "verdicts", "details"),
    GOLD,
    ids=[f"{row[0]}:{row[2]}-{row[3]}" for row in GOLD],
)
def test_gold_rows(
    key: str, claims: list[Claim], a: str, b: str, verdicts: set, details: set
) -> None:
    found = verdict_between(compare_group(claims, key, key), a, b)
    assert found.verdict in verdicts
    assert found.detail in details


@pytest.mark.parametrize("claims", [KCSC, ARRESTS, CASES, TEEN_SHARE, MINOR_SHARE, CHATROOM, ROOM])
def test_no_seed_group_yields_a_conflict(claims: list[Claim]) -> None:
    verdicts = {f.verdict for f in compare_group(claims, "g", "q")}
    assert Verdict.conflict not in verdicts


def test_period_mismatch_gives_both_periods_and_monthly_rates() -> None:
    text = verdict_between(compare_group(CASES, "g", "q"), "c297", "c180").explanation
    assert "January–July 2024 (42.4/month)" in text
    assert "2023 (15.0/month)" in text
    assert f'"297" ({A003}:40)' in text


def test_an_undated_figure_matching_one_period_is_not_set_against_the_others() -> None:
    findings = compare_group(MINOR_SHARE, "g", "q")
    for dated in ("m646", "m529"):
        assert not [f for f in findings if {"m60", dated} <= set(f.claim_ids)]
    assert "states no period" in verdict_between(findings, "m60", "m598").explanation


def test_an_undated_figure_matching_no_period_is_a_period_mismatch() -> None:
    claims = [c for c in MINOR_SHARE if c.id != "m60h"]
    claims.append(claim("m90", "90 %", 90, article=A003, line=3, **PCT))
    found = verdict_between(compare_group(claims, "g", "q"), "m90", "m598")
    assert found.verdict is Verdict.period_mismatch


# --- planted conflicts, a minor discrepancy ------------------------------------------------------

PLANTED = [
    # French: same quantity and period, incompatible values
    (
        claim("p1", "297 cas", 297, article=A003, line=40, when=JAN_JUL_2024),
        claim("p2", "450 cas", 450, article=A004, line=12, when=JAN_JUL_2024),
        Verdict.conflict,
    ),
    (
        claim("p1", "74 %", 74, when=JAN_JUL_2024, **PCT),
        claim("p2", "64,2 %", 64.2, decimals=1, when=JAN_JUL_2024, **PCT),
        Verdict.conflict,
    ),
    (
        claim("p1", "plus de 1 300", 1300, approx=Approx.more_than, when=Y2023),
        claim("p2", "1 000", 1000, when=Y2023),
        Verdict.conflict,
    ),
    # English
    (
        claim("p1", "1,500 arrests", 1500, language="en", when=Y2023),
        claim("p2", "1,200 arrests", 1200, language="en", when=Y2023),
        Verdict.conflict,
    ),
    (
        claim("p1", "five years", 5, unit="year", language="en"),
        # two lines: two undated figures of one sentence are two quantities (undated_lending)
        claim("p2", "seven years", 7, unit="year", language="en", line=2),
        Verdict.conflict,
    ),
    (
        claim("p1", "5 years", 5, unit="year", language="en"),
        claim("p2", "60 months", 60, unit="month", language="en"),
        Verdict.consistent,
    ),
    # minor discrepancy: 1.5 % apart once rounding is allowed for
    (
        claim("p1", "6 500", 6500, when=JAN_JUL_2024),
        claim("p2", "6 700", 6700, when=JAN_JUL_2024),
        Verdict.minor_discrepancy,
    ),
    (
        claim("p1", "près de 6 500", 6500, approx=Approx.about, when=JAN_JUL_2024),
        claim("p2", "6 800", 6800, when=JAN_JUL_2024),
        Verdict.consistent,
    ),
]


@pytest.mark.parametrize(
    ("a", "b", "verdict"), PLANTED, ids=[f"{r[0].surface}|{r[1].surface}" for r in PLANTED]
)
def test_planted(a: Claim, b: Claim, verdict: Verdict) -> None:
    assert verdict_between(compare_group([a, b], "g", "q"), "p1", "p2").verdict is verdict


def test_conflict_explanation_names_figures_period_and_sources() -> None:
    a, b, _ = PLANTED[0]
    text = compare_group([a, b], "g", "q")[0].explanation
    assert f'"297 cas" ({A003}:40)' in text and f'"450 cas" ({A004}:12)' in text
    assert "January–July 2024" in text and "of the larger figure" in text


def test_tolerance_is_configurable() -> None:
    a, b, _ = PLANTED[6]
    assert compare_group([a, b], "g", "q", tolerance=0.01)[0].verdict is Verdict.conflict


def test_rates_compare_across_denominators_but_not_with_plain_counts() -> None:
    daily = claim("d", "2 par jour", 2, per="day")
    weekly = claim("w", "14 par semaine", 14, per="week")
    plain = claim("p", "14", 14)
    findings = compare_group([daily, weekly, plain], "g", "q")
    assert [f.claim_ids for f in findings] == [["d", "w"]]
    assert findings[0].verdict is Verdict.consistent


def test_different_currencies_are_not_compared() -> None:
    euros = claim("e", "100 euros", 100, unit="EUR")
    dollars = claim("u", "300 dollars", 300, unit="USD")
    assert compare_group([euros, dollars], "g", "q") == []


def test_ratio_claims_are_left_to_the_structural_checks() -> None:
    ratio = claim("x", "quatre fois", 4, unit="ratio", role=Role.ratio, linked="c297")
    assert compare_group([*CASES, ratio], "g", "q") == compare_group(CASES, "g", "q")


# --- clustering and determinism -------------------------------------------------------------------


def test_repeats_of_one_figure_make_one_finding() -> None:
    repeats = [claim(f"k{i}", "148", 148, line=i, when=Y2023) for i in range(1, 21)]
    other = claim("z", "25", 25, line=30, when=Y2023)
    findings = compare_group([*repeats, other], "g", "q")
    assert len(findings) == 2
    same, versus = findings
    assert (same.verdict, same.detail, len(same.claim_ids)) == (Verdict.consistent, "identical", 20)
    assert versus.verdict is Verdict.conflict and len(versus.claim_ids) == 21
    assert "and 17 more" in versus.explanation


def test_findings_are_deterministic_whatever_the_input_order() -> None:
    forward = compare_group(TEEN_SHARE, "g7", "q")
    backward = compare_group(list(reversed(TEEN_SHARE)), "g7", "q")
    assert forward == backward
    assert [f.id for f in forward] == [f"g7-f{n}" for n in range(1, len(forward) + 1)]


def test_a_change_is_never_a_conflict_but_its_sides_still_meet_others() -> None:
    other = claim("o7", "sept ans", 7, unit="year", article=A003, line=5)
    findings = compare_group([*SENTENCE, other], "g", "q")
    assert verdict_between(findings, "y5", "y7").verdict is Verdict.change
    assert verdict_between(findings, "y7", "o7").detail == "identical"
    assert verdict_between(findings, "y5", "o7").verdict is Verdict.conflict


def test_a_yearly_series_is_one_period_mismatch_not_one_per_pair() -> None:
    years = [
        claim(
            f"y{y}", str(y - 1900), y - 1900, line=y - 2000, when=period(f"{y}-01-01", f"{y}-12-31")
        )
        for y in range(2015, 2025)
    ]
    findings = compare_group(list(reversed(years)), "g", "q")
    assert [f.verdict for f in findings] == [Verdict.period_mismatch]
    text = findings[0].explanation
    assert findings[0].claim_ids == [c.id for c in years]
    assert text.index("covers 2015") < text.index("covers 2024")  # a timeline
    assert "(9.6/month)" in text  # 115 over 2015


def test_figures_of_one_period_are_still_compared_inside_a_series() -> None:
    series = [*CASES, claim("c450", "450", 450, article=A004, line=12, when=JAN_JUL_2024)]
    findings = compare_group(series, "g", "q")
    assert verdict_between(findings, "c297", "c450").verdict is Verdict.conflict
    mismatch = [f for f in findings if f.verdict is Verdict.period_mismatch]
    assert len(mismatch) == 1 and "c180" in mismatch[0].claim_ids


# --- shortcuts of the comparison: the plain rules, asked the long way ----------------------------


def _plain_period_classes(dated: list[Cluster]) -> dict[Cluster, int]:
    """Rule 2's classes as first written: a cluster joins the first class holding its period or
    a period ``relate`` calls the same, scanning the classes and their members in order."""
    classes: list[list[Cluster]] = []
    out: dict[Cluster, int] = {}
    for cluster in dated:
        n = next(
            (
                k
                for k, members in enumerate(classes)
                if any(
                    m.period_id == cluster.period_id
                    or relate(cluster.period, m.period) is Relation.same
                    for m in members
                )
            ),
            len(classes),
        )
        if n == len(classes):
            classes.append([])
        if all(m.period_id != cluster.period_id for m in classes[n]):
            classes[n].append(cluster)
        out[cluster] = n
    return out


# Ends a few days apart, loose or explicit: "the same" within slack does not chain. (No open
# end: ``relate`` cannot take one against a bounded period, see its ``date.max``.)
DAYS = [date(2024, 1, 1) + timedelta(days=d) for d in (0, 1, 2, 5, 7, 8, 9, 14, 15)]
periods = st.builds(
    lambda start, end, resolution: Period(start=start, end=end, resolution=resolution),
    st.sampled_from([None, *DAYS[:3]]),
    st.sampled_from(DAYS),
    st.sampled_from(["explicit", "relative", "publication"]),
)


def _as_of(day: int) -> Period:
    return Period(end=date(2024, 1, 1) + timedelta(days=day), resolution="relative")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), periods), min_size=1, max_size=9))
# The last is the same as the second (class 1) and the third, which joined the first's class:
# it joins class 0, the lowest.
@example([_as_of(0), _as_of(14), _as_of(7), _as_of(11)])
def test_period_classes_follow_the_plain_rule(spans: list[Period | None]) -> None:
    claims = [claim(f"p{n}", "10", 10 + n, line=n + 1, when=p) for n, p in enumerate(spans)]
    dated = [c for c in clusters_of(claims) if c.dated]
    classes, count = _period_classes(dated)
    assert classes == _plain_period_classes(dated)
    assert count == len(set(classes.values()))


@pytest.mark.parametrize(("apart", "same"), [(7, True), (8, False)])
def test_loose_periods_are_the_same_up_to_seven_days_apart(apart: int, same: bool) -> None:
    end = date(2024, 9, 30)
    a = claim("a", "148", 148, line=1, when=period("2024-09-01", "2024-09-30", "relative"))
    shifted = Period(
        start=date(2024, 9, 1) + timedelta(days=apart),
        end=end + timedelta(days=apart),
        resolution="relative",
    )
    b = claim("b", "300", 300, line=2, when=shifted)
    found = verdict_between(compare_group([a, b], "g", "q"), "a", "b")
    assert found.verdict is (Verdict.conflict if same else Verdict.period_mismatch)


def test_a_pair_finding_lists_interleaved_claims_in_reading_order() -> None:
    repeated = [claim(f"r{line}", "148", 148, line=line, when=Y2023) for line in (1, 5)]
    other = claim("o3", "150", 150, line=3, when=Y2023)
    for claims in ([*repeated, other], [other, *repeated]):
        found = verdict_between(compare_group(claims, "g", "q"), "r1", "o3")
        assert found.claim_ids == ["r1", "o3", "r5"]
