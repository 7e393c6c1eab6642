""""The same point last year" steps back from the running window, and a "when" clause hung on a
period phrase covers that phrase's time (issue 10, classes "same period a year earlier" and
"when after a phrase").

1. "Some 29,578 migrants have made the journey since January, up on last year's annual total of
   29,437. This is 12% higher than the 26,501 recorded this time last year but 22% lower than
   the 38,129 people making the journey at this stage in 2022" (PA copy on Channel crossings):
   the same point is a point of the window still running (January to the day), not of the
   whole year named in between, which made both baselines the whole of 2022.
2. "Orders were up 31.7 percent from $14.2 billion in the same period a year earlier, when the
   shipbuilder signed deals for 69 ships" (Yonhap-style results, heldout9 en03), "compared to
   last year, when more than 25,000 people had already made the journey", "since 1981, when 11
   climbers died": the figure of the "when" clause is of the phrase's time; a year alone was
   read before (``when_year``), now any phrase.
Negative rows: the year rule is kept, and a phrase of the clause's own dates its figure.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

_RUNNING = ("Some 31,200 people have crossed since January, up on last year's annual total of "
            "29,900.")

SAME_POINT_EN = [
    case(_RUNNING + "\n\nThis is 9% higher than the 28,640 recorded this time last year.",
         "2024-10-26", E("28,640", "2023-01-01", "2023-10-26", "interval"),
         id="this-time-last-year"),
    case(_RUNNING + "\n\nThat is 20% lower than the 39,010 people making the journey at this "
         "stage in 2022.", "2024-10-26",
         E("39,010", "2022-01-01", "2022-10-26", "interval"), id="at-this-stage-in-a-year"),
    # "in this period in 2021": the window the sentence names, a year back (PA copy on crossings
    # since the election: "up 29% on the ... arrivals in this period in 2021"); it was read as
    # the whole of 2021 and met other articles' totals of that year
    case("Some 19,400 people arrived between July 5 and December 31, up 24% on the 15,600 "
         "arrivals in this period in 2023.", "2025-01-03",
         E("15,600", "2023-07-05", "2023-12-31", "interval"), id="this-period-in-a-year"),
    case(_RUNNING + "\n\nThat is 9% higher than the 28,640 recorded in this period last year.",
         "2024-10-26", E("28,640", "2023-01-01", "2023-10-26", "interval"),
         id="this-period-last-year"),
]

WHEN_EN = [
    case("The yard won orders worth $12.4 billion in the January-April period. Orders rose 36% "
         "from $9.1 billion in the same period a year earlier, when the yard signed contracts "
         "for 52 ships.", "2026-05-10",
         E("52", "2025-01-01", "2025-04-30", "interval"), id="same-period-when"),
    case("Exports fell sharply in the first half of 2024, when 1.2 million cars were shipped.",
         "2026-05-10", E("1.2 million", "2024-01-01", "2024-06-30", "interval"),
         id="half-year-when"),
]

KEPT_EN = [
    # "this period" with no year after it is no step back
    case("Some 19,400 people arrived between July 5 and December 31; in this period 310 boats "
         "were stopped.", "2025-01-03", E("310", "2024-07-05", "2024-12-31", "interval"),
         id="this-period-alone"),
    case("The storm was the deadliest since 2011, when heavy rains killed 312 people.",
         "2026-05-10", E("312", "2011-01-01", "2011-12-31", "interval"), id="year-when-kept"),
    case("Arrivals rose in the first half of 2024, when 41,000 people crossed in June 2024 "
         "alone.",
         "2026-05-10", E("41,000", "2024-06-01", "2024-06-30", "interval"),
         id="own-phrase-in-the-when-clause"),
]


@pytest.mark.parametrize("c", SAME_POINT_EN + WHEN_EN + KEPT_EN)
def test_same_point_and_when_en(c: PeriodCase) -> None:
    check(c, "en")
