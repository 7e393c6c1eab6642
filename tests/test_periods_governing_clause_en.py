"""What governs a figure's time in English news: the clause it stands in, not a time told in
another clause, nor the time of a level the figure is compared with (issue 10;
real releases read in the `pages` corpus: national CPI and PCE wires, a statistics office's
release, an inflation note of a data vendor).

Classes, each with our own sentences:
1. The level a change started from ("picked up from 3.1 percent in October", "down from a
   revised 4.9% increase in October", "slower than the 3.6 percent increase in October", "in
   contrast to the 0.4 percent rise posted in October") is a baseline: its time dates it only.
   It frames no later sentence ("Core inflation rose 2.1 percent, unchanged from October" stays
   in the release's month), a figure beside it does not borrow its phrase ("an acceleration of
   0.3 percentage point"), and a later "from a year earlier" steps back from the release's
   month, not from the baseline's.
2. A clause of cause or time that a comma opens after the figure (", as heavy rain in late
   September damaged crops", ", after storms last week") dates its own event, not the figure;
   nor does a "since ..." phrase run across a comma into it ("since March, as ... in late
   September" is no window).
3. In a sentence that says when it was reported ("officials said on Wednesday"), a toll or a
   stock is the report's: a day told in a clause of cause or time the figure is not in ("14
   others were missing after the volcano erupted on Tuesday", "141 people missing after a
   landslide buried their village on Saturday, state media said on Sunday") dates the event.
   The missing after a counted noun are a stock ("with nine people missing").
Negative rows keep today's reading: a change's own month after "from" in a range ("from
October to November"), a level dated by its own phrase, "as of" after a comma (the figure's own
time), and a figure whose own clause names its month.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

NOV = ("2026-11-01", "2026-11-30", "interval")
OCT = ("2026-10-01", "2026-10-31", "interval")

STARTED_FROM_EN = [
    case("Consumer prices in Norland rose 3.4 percent in November from a year earlier. "
         "Inflation picked up from 3.1 percent in October, an acceleration of 0.3 percentage "
         "point. Core inflation rose 2.7 percent on-year, unchanged from October.",
         "2026-12-03", E("3.1 percent", *OCT), E("2.7 percent", *NOV),
         id="base-level-frames-nothing"),
    case("Producer prices rose 1.9 percent in November. The index eased from 2.2 percent in "
         "October. Energy prices jumped 6.1 percent from a year earlier.",
         "2026-12-03", E("2.2 percent", *OCT), E("6.1 percent", *NOV),
         id="year-earlier-steps-from-the-release"),
    case("Retail prices rose 4.4% in November from a year earlier, down from a revised 4.9% "
         "increase in October. Excluding fuel, prices were up 3.8% over the previous year.",
         "2026-12-03", E("4.9%", *OCT), E("3.8%", *NOV), id="from-a-revised-level"),
    case("Wage growth slowed to 5.1 percent in November. Unemployment fell from 4.6 percent in "
         "October, a drop of 0.2 percentage point.",
         "2026-12-03", E("4.6 percent", *OCT), id="fell-from-a-month"),
]

COMPARED_WITH_EN = [
    case("Rents in the capital rose 3.2 percent in November, the agency said. Monthly, they "
         "dipped 0.1 percent, in contrast to the 0.5 percent rise posted in October. "
         "Service prices softened to 2.9 percent.",
         "2026-12-03", E("0.5 percent", *OCT),
         E("2.9 percent", *NOV), id="in-contrast-to-frames-nothing"),
]

EVENT_CLAUSE_EN = [
    case("Vegetable prices rose 12.4 percent in November. The fresh produce index jumped 8.2 "
         "percent, its sharpest gain since April, as frost in early October hit lettuce crops.",
         "2026-12-03", E("8.2 percent", *NOV), id="as-clause-of-a-cause"),
    case("Grain prices rose 5.1 percent in November. Wheat climbed 7.7 percent, because "
         "storms in mid-September flattened fields.",
         "2026-12-03", E("7.7 percent", *NOV), id="because-clause"),
]

REPORTED_LEVEL_EN = [
    case("At least six people were killed and 11 others were missing after a dam burst on "
         "Monday, officials said on Tuesday.", "2026-03-11",
         E("11", None, "2026-03-10", "as_of"), id="missing-after-an-event-reported"),
    case("Fears grew for 63 people missing after floods swept through the valley on Saturday, "
         "state television said on Sunday.", "2026-03-09",
         E("63", None, "2026-03-08", "as_of"), id="missing-after-floods-reported"),
    case("On Wednesday, the governor had put the death toll at 22, with 40 people missing.",
         "2026-03-13", E("40", None, "2026-03-11", "as_of"), id="with-people-missing"),
]

KEPT_EN = [
    case("At least four people were killed and two were missing after a boat capsized on "
         "Monday.", "2026-03-11", E("two", None, "2026-03-09", "as_of"),
         id="missing-after-an-event-not-reported"),
    case("Police said on Tuesday that 40 people were arrested after protesters clashed with "
         "officers on Sunday.", "2026-03-11", E("40", "2026-03-08", "2026-03-08", "day"),
         id="arrests-after-a-clash-stay-the-days"),
    case("Nine passengers who had been listed as missing were found safe on Sunday evening.",
         "2026-03-11", E("Nine", "2026-03-08", "2026-03-08", "day"), id="found-on-a-day"),
    case("Core prices rose 0.3% from October to November.", "2026-12-10",
         E("0.3%", "2026-10-01", "2026-11-30", "interval"), id="range-from-month-to-month"),
    case("The index stood at 112.6 in November, up from 109.8 a year earlier.", "2026-12-03",
         E("112.6", *NOV), E("109.8", "2025-11-01", "2025-11-30", "interval"),
         id="a-level-and-its-year-earlier"),
    case("Its order backlog stood at $3.1 billion, as of Oct. 31.", "2026-12-03",
         E("$3.1 billion", None, "2026-10-31", "as_of"), id="as-of-after-a-comma"),
    case("Exports rose 4.2 percent in October, as shipments of chips recovered.", "2026-12-03",
         E("4.2 percent", *OCT), id="own-month-before-the-as-clause"),
    case("Rescuers pulled 14 people from the rubble on Monday, as aftershocks shook the town.",
         "2026-03-11", E("14", "2026-03-09", "2026-03-09", "day"), id="own-day-before-as"),
]


@pytest.mark.parametrize(
    "c", STARTED_FROM_EN + COMPARED_WITH_EN + EVENT_CLAUSE_EN + REPORTED_LEVEL_EN + KEPT_EN
)
def test_governing_clause_en(c: PeriodCase) -> None:
    check(c, "en")
