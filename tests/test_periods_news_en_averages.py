"""Monthly trade and health releases as wire copy writes them: an average per unit of time
named before its figure ("Average daily exports ... climbed 2.8 percent to $2.74 billion",
"Daily exports averaged $2.3 billion") is a rate over the release's window, whether the window
is its own or carried from the sentence before; and a sentence giving only a streak's length
("The country has logged a trade surplus for 19 months in a row.") does not end the release's
window for the sentences after it. Sentences of our own, with rows where neither rule fires."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

AVERAGE_BEFORE = [
    case("Daily exports averaged $2.31 billion in November, up 4.2 percent from a year "
         "earlier.", "2025-12-01",
         E("$2.31 billion", "2025-11-01", "2025-11-30", "rate"), id="daily-exports-averaged"),
    case("Outbound shipments rose 3.1 percent in November to $51.2 billion. Average daily "
         "exports, which adjust for working days, rose 1.8 percent to $2.21 billion.",
         "2025-12-02",
         E("$2.21 billion", "2025-11-01", "2025-11-30", "rate", "carried"),
         E("1.8 percent", "2025-11-01", "2025-11-30", "interval", "carried"),
         id="average-daily-carried-its-change-no-rate"),
    case("The daily average of small-boat crossings was 1,240 in August.", "2025-09-03",
         E("1,240", "2025-08-01", "2025-08-31", "rate"), id="the-daily-average-of"),
    case("The weekly average of new cases fell to 318 in March.", "2025-04-10",
         E("318", "2025-03-01", "2025-03-31", "rate"), id="weekly-average"),
    # The window goes on after an average, and is no rate's for the next figures.
    case("Average daily exports rose 1.8 percent to $2.21 billion in November. Car exports fell "
         "3 percent to $6.1 billion.", "2025-12-02",
         E("$6.1 billion", "2025-11-01", "2025-11-30", "interval", "carried"),
         id="window-goes-on-after-an-average"),
    # No average named: a level, not a rate.
    case("Sales totaled $2 billion in November.", "2025-12-02",
         E("$2 billion", "2025-11-01", "2025-11-30", "interval"), id="no-average"),
    case("Daily sales rose to $2 billion in November, and total sales reached $60 billion.",
         "2025-12-02",
         E("$60 billion", "2025-11-01", "2025-11-30", "interval"), id="daily-without-average"),
]

# "Output averaged 412,000 barrels per day, up from 398,000 a year ago" in the quarter's story:
# a rate over the carried window, and its baseline the same window a year back (the sentence
# before states no time of its own: its time is carried to it).
CARRIED_WINDOW_BASELINE = [
    case("Net profit for the July-September period fell to 3.1 billion crowns. Revenue slipped "
         "6% to 21.7 billion crowns. Output averaged 412,000 barrels per day, up from 398,000 a "
         "year ago.", "2025-10-24",
         E("412,000 barrels", "2025-07-01", "2025-09-30", "rate", "carried"),
         E("398,000", "2024-07-01", "2024-09-30", "interval"),
         id="averaged-per-day-and-its-baseline"),
    case("Retail sales rose 0.4% in October to $712.3 billion. Online sales rose 1.1%. Grocery "
         "sales reached $98.2 billion, up from $95.9 billion a year earlier.", "2025-11-15",
         E("$95.9 billion", "2024-10-01", "2024-10-31", "interval"),
         id="baseline-after-a-carried-sentence"),
    # The sentence before states its own time: the baseline steps back from it, as before.
    case("Sales rose 4% in March to $2.1bn. Online sales rose to $640m, up from $580m a year "
         "earlier.", "2025-04-20",
         E("$580m", "2024-03-01", "2024-03-31", "interval"), id="stated-sentence-before"),
]

STREAK_ASIDE = [
    case("Imports rose 2 percent on-year to $54.4 billion last month, leaving a trade surplus "
         "of $8.7 billion. The country has logged a trade surplus for 19 months in a row. "
         "Exports of chips soared 21.4 percent to $15.2 billion.", "2026-12-01",
         E("$15.2 billion", "2026-11-01", "2026-11-30", "interval", "carried"),
         id="past-months-in-a-row"),
    case("Retail sales rose 0.4% in October to $712.3 billion. Sales have now grown for 14 "
         "straight months. Online sales rose 1.1% to $121.6 billion.", "2025-11-15",
         E("$121.6 billion", "2025-10-01", "2025-10-31", "interval", "carried"),
         id="past-straight-months"),
    # A length that is no streak's ("the working week will go from 35 hours to 37 hours")
    # is a figure of its own sentence: no frame is carried past it.
    case("Retail sales rose 0.4% in October to $712.3 billion. The store chain shortened its "
         "week to 38 hours. Online sales rose 1.1% to $121.6 billion.", "2025-11-15",
         E("$121.6 billion", None, None, "none"), id="no-bridge-over-a-plain-length"),
]


@pytest.mark.parametrize("c", AVERAGE_BEFORE + CARRIED_WINDOW_BASELINE + STREAK_ASIDE)
def test_averages_and_streaks(c: PeriodCase) -> None:
    check(c, "en")
