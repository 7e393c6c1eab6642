"""Windows across two days and running windows from an event's day (issue 10).

1. "between 7 p.m. Tuesday and 5 a.m. Wednesday", "from Saturday morning to 7 a.m., Sunday",
   "overnight Sunday into Monday": a window from an hour or a part of one day to one of the
   next is an interval over both days, not the first day. Met in storm and rainfall copy
   (weather-service report counts, rain totals "between 7 p.m. Sunday and 7 a.m. Monday").
   Negative rows: one night named alone stays that day.
2. "since the flooding started Friday", "since the strike began on Monday", "since the quake
   struck on Monday": a running window from the day an event began (kind ``to_date``), not that
   day. Figures joined by "and" share it, in the perfect too ("has recorded 2,310 cases and 41
   deaths since the outbreak was declared on Oct. 3"). Met in flood, cholera and earthquake
   copy. Negative rows: a standing state in the present joined to a running count keeps its
   own time; a day with no "since" stays a day.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ACROSS_TWO_DAYS_EN = [
    case("The weather service logged 31 storm reports between 5 p.m. Tuesday and 3 a.m. "
         "Wednesday.", "2026-03-11", E("31", "2026-03-10", "2026-03-11", "interval"),
         id="between-hours-of-two-days"),
    case("About 4.1 inches of rain fell from Saturday night until Sunday morning.",
         "2026-03-16", E("About 4.1 inches", "2026-03-14", "2026-03-15", "interval"),
         id="from-night-until-morning"),
    case("Dispatchers answered 140 calls overnight Friday into Saturday.", "2026-03-15",
         E("140", "2026-03-13", "2026-03-14", "interval"), id="overnight-into"),
    case("A gauge at the dam recorded 6.2 inches from Saturday morning to 7 a.m., Sunday.",
         "2026-03-16", E("6.2 inches", "2026-03-14", "2026-03-15", "interval"),
         id="from-morning-to-an-hour"),
]

ONE_NIGHT_EN = [
    case("Police arrested 40 people on Wednesday night.", "2026-03-12",
         E("40", "2026-03-11", "2026-03-11", "day"), id="one-night"),
    case("Crews rescued 12 people from the river at 11 p.m. Tuesday.", "2026-03-12",
         E("12", "2026-03-10", "2026-03-10", "day"), id="one-hour"),
]

SINCE_AN_EVENT_EN = [
    case("Rescuers have pulled 38 people from the rubble since the quake struck on Monday.",
         "2026-03-12", E("38", "2026-03-09", "2026-03-12", "to_date"), id="since-struck-on"),
    case("More than 15,000 people have been evacuated since the flooding began Friday.",
         "2026-03-16", E("More than 15,000", "2026-03-13", "2026-03-16", "to_date"),
         id="since-began-weekday"),
    case("The ministry has recorded 2,310 cases and 41 deaths since the outbreak was declared "
         "on Oct. 3, a spokesman said on Tuesday.", "2026-11-17",
         E("2,310", "2026-10-03", "2026-11-17", "to_date"),
         E("41", "2026-10-03", "2026-11-17", "to_date"), id="perfect-shares-the-window"),
]

NOT_SINCE_EN = [
    case("The cooperative employs 3,100 people and has sold 9,000 tractors since 2021.",
         "2026-03-16", E("9,000", "2021-01-01", "2026-03-16", "to_date"),
         E("3,100", None, "2026-03-16", "as_of"), id="present-state-keeps-its-time"),
    case("The flooding began on Friday, when 240 people were rescued.", "2026-03-16",
         E("240", "2026-03-13", "2026-03-13", "day"), id="a-day-with-no-since"),
]


@pytest.mark.parametrize("c", ACROSS_TWO_DAYS_EN + ONE_NIGHT_EN)
def test_window_across_two_days(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", SINCE_AN_EVENT_EN + NOT_SINCE_EN)
def test_since_an_event_day(c: PeriodCase) -> None:
    check(c, "en")
