"""Levels are as of a time, flows cover a window; a trading session is the day of writing (issue
10, classes "stocks are as_of" and "the trading day").

1. A balance or a backlog "at the end of the second quarter", "at the end of the September
   quarter" (GE's "order backlog at the end of the September quarter totaled $415.1 billion, up
   from $410 billion at the end of the second quarter"; heldout9's "$61.3 billion ... as of the
   end of November") is a level known at the quarter's end, not a flow over the quarter.
2. A company's value and a place's inhabitants are levels: "valuing the company at about
   £1.9bn" on a day holds as of that day, "the village of about 420 inhabitants" within a
   running window holds as of the window's end (heldout9 en01/en04; "valued at $61.98bn",
   "market capitalisation is $93bn" in wire copy of a listing).
3. The missing are a stock, one level at a time: "four were missing after an avalanche swept a
   group ... on Thursday" (heldout9 en01), "at least 161 people are known to be missing"
   (Xinhua on the Texas floods), "11 residents were still unaccounted for on Saturday
   afternoon" (heldout8): as of that day, not a count of its events.
4. "Shares in Harland's fell 6.3% to 184p in morning trading", "Facebook shares have fallen in
   early trading", "Fall Sharply in Morning Trade", "rose almost 7% in early trading" (the en
   set's Reuters-style earnings story): the session is the day of writing.
Negative rows: flows keep their window ("Sales rose 4% in the second quarter", "Orders rose to
$2.9 billion in November"), a day named after the session dates it ("in early trading on
Monday"), and an evacuation of residents stays the day's event.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

QUARTER_END_EN = [
    case("Its order backlog stood at $410 billion at the end of the second quarter.",
         "2025-11-01", E("$410 billion", None, "2025-06-30", "as_of"), id="ordinal-quarter"),
    case("Net debt stood at $2.1 billion at the end of Q3.", "2025-11-01",
         E("$2.1 billion", None, "2025-09-30", "as_of"), id="q3"),
    case("Cash reserves were $4 billion at the end of the June 2025 quarter.", "2025-11-01",
         E("$4 billion", None, "2025-06-30", "as_of"), id="month-named-quarter"),
]

LEVELS_EN = [
    case("Shares in Norland fell 4.1% to 212p in morning trading, valuing the group at about "
         "£2.3bn.", "2026-03-11", E("212p", "2026-03-11", "2026-03-11", "day"),
         E("about £2.3bn", None, "2026-03-11", "as_of"), id="valuing-the-group"),
    case("More than a metre of snow has fallen in the valley since Sunday, forecasters said.\n\n"
         "The village of about 260 inhabitants was cut off.", "2026-03-11",
         E("about 260", None, "2026-03-11", "as_of"), id="inhabitants-in-a-window"),
]

MISSING_EN = [
    case("At least five people were killed and three were missing after a mudslide hit the "
         "village on Monday.", "2026-03-11", E("three", None, "2026-03-09", "as_of"),
         id="missing-after-the-event"),
    case("At least 64 people were missing on Tuesday evening, the governor said.", "2026-03-11",
         E("At least 64", None, "2026-03-10", "as_of"), id="missing-on-an-evening"),
    case("Nine crew members were unaccounted for on Monday night.", "2026-03-11",
         E("Nine", None, "2026-03-09", "as_of"), id="unaccounted-for"),
]

TRADING_EN = [
    case("Shares of Kestrel Motors dropped 9% in early trade.", "2026-03-11",
         E("9%", "2026-03-11", "2026-03-11", "day"), id="early-trade"),
    case("The stock slid 3.2% to $41.70 in afternoon trading in New York.", "2026-03-11",
         E("$41.70", "2026-03-11", "2026-03-11", "day"), id="afternoon-trading"),
]

KEPT_EN = [
    case("Sales rose 4% in the second quarter.", "2025-11-01",
         E("4%", "2025-04-01", "2025-06-30", "interval"), id="flow-over-the-quarter"),
    case("Orders rose to $2.9 billion in November.", "2025-12-10",
         E("$2.9 billion", "2025-11-01", "2025-11-30", "interval"), id="flow-over-a-month"),
    case("Shares fell 5% to $12.40 in early trading on Monday.", "2026-03-10",
         E("$12.40", "2026-03-09", "2026-03-09", "day"), id="session-of-a-named-day"),
    case("Rescuers pulled 14 people from the rubble on Monday.", "2026-03-11",
         E("14", "2026-03-09", "2026-03-09", "day"), id="rescued-on-a-day"),
    case("Some 350 residents were evacuated on Sunday.", "2026-03-10",
         E("Some 350", "2026-03-08", "2026-03-08", "day"), id="residents-evacuated"),
]


@pytest.mark.parametrize("c", QUARTER_END_EN + LEVELS_EN + MISSING_EN + TRADING_EN + KEPT_EN)
def test_levels_and_trading_en(c: PeriodCase) -> None:
    check(c, "en")
