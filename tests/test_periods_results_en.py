"""A company's results label the comparative figure with its year: "revenue rose to £128.8m
(2015: £118.7m)" in the six months to 30 September is that half a year back, not the current
half (issue 10; real UK interim results read in the `pages` corpus: a building products group,
an asset manager, a plant-hire firm and a dairy group all write "(2010: £105.1m)" after each
figure). The label steps back from the period stated for the figure right before the
parenthesis; with no such period it dates nothing, and it never dates the figure before it.

"Its plants ran at 74% of capacity in the half" refers back to the half-year the results
are for: a reference with no length of its own ("in the half", "during the period") takes the
latest span said before, not a point ("by the end of 2027", a plan's deadline said in between).
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

HALF = ("2026-04-01", "2026-09-30", "interval")
HALF_BACK = ("2025-04-01", "2025-09-30", "interval")

LABELS_EN = [
    case("In the six months to 30 September, revenue rose 6.2% to £141.3m (2025: £133.0m).",
         "2026-11-18", E("£141.3m", *HALF), E("£133.0m", *HALF_BACK), id="half-year-label"),
    case("In the six months to 30 September, pre-tax profit rose to £12.6m (2025: £11.5m) and "
         "earnings per share rose to 8.4p (2025: 7.9p).", "2026-11-18",
         E("£12.6m", *HALF), E("£11.5m", *HALF_BACK), E("7.9p", *HALF_BACK),
         id="two-labels-in-a-sentence"),
    case("For the year to 31 March, sales were £48.2m (2025: £45.0m).", "2026-06-10",
         E("£48.2m", "2025-04-01", "2026-03-31", "interval"),
         E("£45.0m", "2024-04-01", "2025-03-31", "interval"), id="financial-year-label"),
]

HALF_REFERENCE_EN = [
    case("Revenue fell 3% to £210m in the six months to 30 September. The company said the "
         "cuts would be completed by the end of 2027. Its plants ran at 74% of capacity in the "
         "half, down from 80% a year earlier.", "2026-11-18",
         E("74%", *HALF), E("80%", *HALF_BACK), id="half-after-a-deadline"),
    case("Sales rose 5% to $3.1bn in the third quarter. By the end of 2026, the group expects "
         "to open 40 stores. Margins widened to 12% during the period.", "2026-11-05",
         E("12%", "2026-07-01", "2026-09-30", "interval"), id="period-after-a-forecast-point"),
]

KEPT_EN = [
    case("Sales were cut in half to £4m in the year to March.", "2026-06-10",
         E("£4m", "2025-04-01", "2026-03-31", "interval"), id="cut-in-half"),
    case("Revenue was £10.2m (2025: £9.1m).", "2026-11-18",
         E("£10.2m", None, None, "none"), E("£9.1m", None, None, "none"),
         id="no-period-to-step-back-from"),
    case("In Tuesday's vote, turnout was 61% (2022: 58%).", "2026-11-05",
         E("61%", "2026-11-03", "2026-11-03", "day"), id="figure-before-keeps-its-phrase"),
]


@pytest.mark.parametrize("c", LABELS_EN + HALF_REFERENCE_EN + KEPT_EN)
def test_results_periods_en(c: PeriodCase) -> None:
    check(c, "en")
