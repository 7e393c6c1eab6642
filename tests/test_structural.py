"""Structural checks, each both ways: the structure holds (consistent) or cannot (conflict)."""

from __future__ import annotations

import pytest

from claims.models import Approx, Claim, Frame, Role, Slot
from reconcile.models import Group, Membership, Verdict
from reconcile.structural import structural_findings
from tests.claim_factory import A003, A004, claim, period

Y2021_2023 = period("2021-01-01", "2023-12-31")
JAN_JUL_2024 = period("2024-01-01", "2024-07-31")
JAN_JUL_2023 = period("2023-01-01", "2023-07-31")
Y2024 = period("2024-01-01", "2024-12-31")
BREAKDOWN = "entre 2021 et 2023, 527 victimes ... les mineurs représentaient 59,8% ..."
YEARLY = "la proportion de mineurs a légèrement baissé, passant de 64,6% en 2021 ..."


def group(gid: str, claims: list[Claim]) -> Group:
    members = [Membership(claim_id=c.id, score=1.0) for c in claims]
    return Group(id=gid, label=gid, kind="any", members=members)


def run(claims: list[Claim], *groups: list[Claim]) -> list[tuple[Verdict, str, list[str]]]:
    gs = [group(f"g{n}", members) for n, members in enumerate(groups, start=1)]
    return [(f.verdict, f.detail, f.claim_ids) for f in structural_findings(claims, gs)]


def share(cid: str, surface: str, value: float, when=Y2021_2023, sentence=BREAKDOWN) -> Claim:
    decimals = 1 if "," in surface else 0
    return claim(
        cid,
        surface,
        value,
        unit="percent",
        decimals=decimals,
        line=69,
        when=when,
        sentence=sentence,
    )


# --- parts ------------------------------------------------------------------------------------

SEED_PARTS = [
    share("b1", "59,8%", 59.8),
    share("b2", "32,1 %", 32.1),
    share("b3", "5,3 %", 5.3),
    share("b4", "1,1 %", 1.1),
]


@pytest.mark.parametrize(
    ("shares", "verdict"),
    [
        (SEED_PARTS, Verdict.consistent),  # 98.3 %
        (
            [share("b1", "62 %", 62), share("b2", "31 %", 31), share("b3", "12 %", 12)],
            Verdict.conflict,  # 105 %
        ),
        (
            [share(f"b{i}", "33,4 %", 33.4) for i in range(3)],
            Verdict.conflict,  # 100.2 %, at least 100.05 % even rounded down
        ),
        (
            [
                share("e1", "34%", 34, sentence="Of the victims, 34% ..."),
                share("e2", "33%", 33, sentence="Of the victims, 34% ..."),
                share("e3", "34%", 34, sentence="Of the victims, 34% ..."),
            ],
            Verdict.consistent,  # 101 %, but 99.5 % once each is rounded down
        ),
        (
            [
                share("e1", "55%", 55, sentence="Of the victims, 55% ..."),
                share("e2", "30%", 30, sentence="Of the victims, 55% ..."),
                share("e3", "20%", 20, sentence="Of the victims, 55% ..."),
            ],
            Verdict.conflict,
        ),
    ],
)
def test_parts_of_one_population(shares: list[Claim], verdict: Verdict) -> None:
    assert run(shares) == [(verdict, "parts", sorted(c.id for c in shares))]


def test_parts_explanation_gives_the_sum() -> None:
    [finding] = structural_findings(SEED_PARTS, [])
    assert "98.3 %" in finding.explanation and "2021–2023" in finding.explanation


def test_two_shares_or_different_periods_are_not_a_breakdown() -> None:
    assert run([share("b1", "62 %", 62), share("b2", "51 %", 51)]) == []
    mixed = [
        share("b1", "64,6%", 64.6, when=period("2021-01-01", "2021-12-31")),
        share("b2", "52,9%", 52.9, when=period("2022-01-01", "2022-12-31")),
        share("b3", "62%", 62, when=period("2023-01-01", "2023-12-31")),
    ]
    assert run(mixed) == []


# --- aggregate --------------------------------------------------------------------------------

YEARS = [
    share("y21", "64,6%", 64.6, when=period("2021-01-01", "2021-12-31"), sentence=YEARLY),
    share("y22", "52,9%", 52.9, when=period("2022-01-01", "2022-12-31"), sentence=YEARLY),
    share("y23", "62%", 62, when=period("2023-01-01", "2023-12-31", "relative"), sentence=YEARLY),
]


@pytest.mark.parametrize(
    ("value", "surface", "verdict"),
    [
        (59.8, "59,8%", Verdict.consistent),  # the seed: 52.9 <= 59.8 <= 64.6
        (64.6, "64,6%", Verdict.consistent),  # at the edge
        (70.0, "70,0 %", Verdict.conflict),
        (51.0, "51,0 %", Verdict.conflict),
    ],
)
def test_aggregate_within_its_parts(value: float, surface: str, verdict: Verdict) -> None:
    whole = share("agg", surface, value)
    found = run([whole, *YEARS], [whole, *YEARS])
    assert [(v, d) for v, d, _ in found] == [(verdict, "aggregate")]
    assert set(found[0][2]) == {"agg", "y21", "y22", "y23"}


def test_aggregate_needs_parts_that_cover_its_period() -> None:
    whole = share("agg", "70,0 %", 70.0)
    assert run([whole, YEARS[0], YEARS[2]], [whole, YEARS[0], YEARS[2]]) == []


def test_aggregate_is_not_checked_for_counts() -> None:
    total = claim("t", "527", 527, when=Y2021_2023)
    years = [
        claim(f"n{y}", str(v), v, when=period(f"{y}-01-01", f"{y}-12-31"))
        for y, v in ((2021, 100), (2022, 200), (2023, 227))
    ]
    assert all(d != "aggregate" for _, d, _ in run([total, *years], [total, *years]))


# --- sub-period -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "verdict"),
    [
        (("297 cas", 297), ("500 cas en 2024", 500), Verdict.consistent),
        (("1 500 cas", 1500), ("1 200 cas en 2024", 1200), Verdict.conflict),
        (("1,230 cases", 1230), ("1,200 cases in 2024", 1200), Verdict.consistent),  # rounding
    ],
)
def test_sub_period_cannot_exceed_its_whole(part: tuple, whole: tuple, verdict: Verdict) -> None:
    p = flow(claim("part", *part, article=A003, when=JAN_JUL_2024))
    w = flow(claim("whole", *whole, when=Y2024))
    assert run([p, w], [p, w]) == [(verdict, "sub_period", ["part", "whole"])]


def flow(c: Claim, event: str = "signalé", concept: str = "report") -> Claim:
    """The claim as a count of an event ("1 500 cas signalés"): a flow over its period."""
    return c.model_copy(update={"frame": Frame(event=Slot(text=event, concepts=(concept,)))})


# A part read on one day that is a running total, not that day's flow, is never found in
# conflict with "a part cannot exceed the whole": "On Monday, the ministry had reported 44
# confirmed cases" against "14 of the confirmed cases were detected in the past seven days"
# (one event, but the day's figure names a reading); the same with no event named, with a
# period carried from another figure, or with two events ("44 deaths" against "14 new
# admissions").
MONDAY = period("2024-07-29", "2024-07-29", "relative")
PAST_WEEK = period("2024-07-26", "2024-08-01", "relative")
NOT_FLOWS_OF_ONE_EVENT = [
    (claim("part", "44 cas", 44, when=MONDAY), flow(claim("whole", "14 cas", 14, when=PAST_WEEK))),
    (flow(claim("part", "44 cas", 44, when=period("2024-07-29", "2024-07-29", "carried"))),
     flow(claim("whole", "14 cas", 14, when=PAST_WEEK))),
    (flow(claim("part", "44 morts", 44, when=MONDAY), "morts", "die"),
     flow(claim("whole", "14 admissions", 14, when=PAST_WEEK), "admis", "hospitalise")),
    (flow(claim("part", "1 500 cas", 1500, article=A003, when=JAN_JUL_2024)),
     flow(claim("whole", "1 200 cas en 2024", 1200, when=period("2024-01-01", "2024-12-31",
                                                                 "publication")))),
]


@pytest.mark.parametrize(("part", "whole"), NOT_FLOWS_OF_ONE_EVENT)
def test_sub_period_conflicts_only_between_flows_of_one_event(part: Claim, whole: Claim) -> None:
    assert [d for _, d, _ in run([part, whole], [part, whole])] == []


def test_a_part_that_fits_is_said_to_whatever_it_counts() -> None:
    part = claim("part", "14 cas", 14, when=MONDAY)
    whole = flow(claim("whole", "44 cas", 44, when=PAST_WEEK))
    assert run([part, whole], [part, whole]) == [(Verdict.consistent, "sub_period",
                                                  ["part", "whole"])]


def test_as_of_counts_are_not_taken_as_cumulative() -> None:
    p = claim("part", "1 500", 1500, when=JAN_JUL_2024)
    w = claim("whole", "1 200", 1200, when=period(None, "2024-08-31"))
    assert run([p, w], [p, w]) == []


# --- ratio ------------------------------------------------------------------------------------

REQUESTS = claim(
    "q24", "près de 6 500", 6500, approx=Approx.about, article=A003, line=38, when=JAN_JUL_2024
)
FOUR_TIMES = claim(
    "x4",
    "quatre fois",
    4,
    unit="ratio",
    article=A003,
    line=38,
    when=JAN_JUL_2024,
    role=Role.ratio,
    linked="q24",
)


@pytest.mark.parametrize(
    ("baseline", "verdict"),
    [(1625, Verdict.consistent), (1500, Verdict.consistent), (3000, Verdict.conflict)],
)
def test_ratio_against_its_baseline(baseline: int, verdict: Verdict) -> None:
    base = claim("q23", f"{baseline}", baseline, article=A004, when=JAN_JUL_2023)
    claims = [REQUESTS, FOUR_TIMES, base]
    assert run(claims, claims) == [(verdict, "ratio", ["q24", "x4", "q23"])]


def test_ratio_without_a_baseline_gives_no_finding() -> None:
    other_year = claim("q22", "1 000", 1000, when=period("2022-01-01", "2022-07-31"))
    claims = [REQUESTS, FOUR_TIMES, other_year]
    assert run(claims, claims) == []


def test_ratio_with_its_own_comparison_period() -> None:
    twice = claim(
        "x2",
        "twice as many as in 2019",
        2,
        unit="ratio",
        role=Role.ratio,
        linked="q24",
        when=period("2019-01-01", "2019-12-31"),
        language="en",
    )
    base = claim("q19", "3,250", 3250, when=period("2019-01-01", "2019-12-31"), language="en")
    wrong = claim("q19", "5,000", 5000, when=period("2019-01-01", "2019-12-31"), language="en")
    assert run([REQUESTS, twice, base], [REQUESTS, twice, base])[0][:2] == (
        Verdict.consistent,
        "ratio",
    )
    assert run([REQUESTS, twice, wrong], [REQUESTS, twice, wrong])[0][:2] == (
        Verdict.conflict,
        "ratio",
    )


# --- rate -------------------------------------------------------------------------------------

RATE_SENTENCE = "297 entre janvier et juillet, soit 9,8 cas en moyenne par semaine"


@pytest.mark.parametrize(
    ("total", "rate", "per", "verdict"),
    [
        (297, 9.8, "week", Verdict.consistent),  # 297 / 30.4 weeks = 9.8
        (297, 9.9, "week", Verdict.consistent),  # 297 / 30 whole weeks = 9.9
        (197, 9.5, "week", Verdict.conflict),  # 197 / 30.4 weeks = 6.5
        (297, 42, "month", Verdict.consistent),
        (297, 60, "month", Verdict.conflict),
    ],
)
def test_rate_against_its_total(total: int, rate: float, per: str, verdict: Verdict) -> None:
    t = claim("tot", str(total), total, when=JAN_JUL_2024, sentence=RATE_SENTENCE)
    r = claim(
        "avg",
        str(rate),
        rate,
        per=per,
        decimals=1 if rate % 1 else 0,
        when=JAN_JUL_2024,
        sentence=RATE_SENTENCE,
    )
    assert run([t, r], [t, r]) == [(verdict, "rate", ["avg", "tot"])]


def test_an_undated_rate_meets_the_only_total_of_its_sentence_across_groups() -> None:
    t = claim("tot", "197", 197, when=JAN_JUL_2024, sentence=RATE_SENTENCE)
    r = claim("avg", "9,5", 9.5, per="week", decimals=1, sentence=RATE_SENTENCE)
    found = run([t, r], [t], [r])
    assert found == [(Verdict.conflict, "rate", ["avg", "tot"])]


def test_findings_are_numbered_per_group() -> None:
    whole = share("agg", "59,8%", 59.8)
    findings = structural_findings([whole, *YEARS, *SEED_PARTS[1:]], [group("gA", [whole, *YEARS])])
    assert [f.id for f in findings] == ["gA-s1", f"{A004}-parts-s1"]
    assert findings[0].group_id == "gA" and findings[1].group_id is None
