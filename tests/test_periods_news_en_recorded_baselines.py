"""A comparison whose baseline is a figure recorded at another time, named a few words after
the comparative: "22 more cases than reported last week", "9 percent fewer than the total
recorded in 2023", "twice as many as were recorded last year". The period after the recording
word is the baseline's, not the figure's: the figure keeps the period of its own clause (or, with
none, takes no period from the baseline). An expectation compared with ("higher than expected in
a February poll") is no record of another time, and the phrase after it keeps today's reading.
Sentences of our own, in the style of agency tallies, crime releases and health bulletins."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RECORDED_BASELINE = [
    case("Health officials confirmed 310 cases in March, 45 more than reported in February.",
         "2025-04-10",
         E("45", "2025-03-01", "2025-03-31", "interval"), id="more-than-reported-in-month"),
    case("Police logged 1,204 burglaries in 2024, 9 percent fewer than the total recorded in "
         "2023.", "2025-02-12",
         E("9 percent", "2024-01-01", "2024-12-31", "interval"),
         id="fewer-than-the-total-recorded-in-year"),
    case("In the first quarter, arrivals reached 8,100, 600 higher than the number registered "
         "a year earlier.", "2025-04-10",
         E("600", "2025-01-01", "2025-03-31", "interval"),
         id="higher-than-the-number-registered-a-year-earlier"),
    case("Wildfires burned 48,000 acres this year, twice as many as were recorded last year.",
         "2025-04-10",
         E("twice", "2025-01-01", "2025-04-10", "to_date"),
         id="twice-as-many-as-were-recorded"),
    case("So far this year the clinic has seen 1,850 patients. That is 130 more than logged "
         "last week by the county.", "2025-04-10",
         E("130", "2025-01-01", "2025-04-10", "to_date"),
         id="more-than-logged-last-week-carries-the-tally"),
]

# Same shapes with no record of another time: the period phrase keeps today's reading.
NOT_A_RECORDED_BASELINE = [
    case("In March, exports were 5% higher than expected in a February poll.", "2025-04-10",
         E("5%", "2025-03-01", "2025-03-31", "interval"), id="than-expected-keeps-own-month"),
    case("The agency reported 40 cases last week.", "2025-04-10",
         E("40", "2025-03-31", "2025-04-06", "interval"), id="reported-last-week-no-comparison"),
    case("More than 200 cases were recorded last week.", "2025-04-10",
         E("More than 200", "2025-03-31", "2025-04-06", "interval"),
         id="more-than-before-the-figure"),
    case("Turnout reached 61 percent in 2024, higher than the 55 percent recorded in 2020.",
         "2025-04-10",
         E("55 percent", "2020-01-01", "2020-12-31", "interval"),
         id="baseline-figure-keeps-its-own-year"),
    case("Burglaries fell to 3,900 in 2024, 12% lower than in 2018.", "2025-04-10",
         E("12%", "2024-01-01", "2024-12-31", "interval"), id="than-in-year-unchanged"),
]


@pytest.mark.parametrize("c", RECORDED_BASELINE + NOT_A_RECORDED_BASELINE)
def test_recorded_baselines(c: PeriodCase) -> None:
    check(c, "en")
