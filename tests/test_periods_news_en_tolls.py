"""A running total whose subject names the day of the event it counts ("The death toll from
the quake that struck on May 14 has climbed to 1,204"): the day dates the event, not the total,
which holds as of the day it was said, or of publication. Met in wire and broadcaster copy on
earthquakes, shipwrecks, floods and crashes; sentences of our own, with rows where a day still
dates the total (opening the sentence, or its own phrase after the figure)."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DAY_OF_THE_EVENT = [
    case("The death toll from the 6.8-magnitude earthquake that struck the province on May 14 "
         "has climbed to 1,204, the deputy governor said Monday.", "2025-05-31",
         E("1,204", None, "2025-05-26", "as_of"), id="quake-on-may-14-said-monday"),
    case("The number of people known to have died after a ferry sank off the coast on Sunday "
         "night has risen to 41, officials say.", "2025-11-19",
         E("41", None, "2025-11-19", "as_of"), id="ferry-on-sunday-night-officials-say"),
    case("The death toll from Monday's landslide has risen to 63, the regional governor said.",
         "2025-08-14",
         E("63", None, "2025-08-14", "as_of"), id="mondays-landslide"),
    case("The toll from the floods that hit the valley on Aug. 3 has reached 212, according to "
         "the civil protection agency.", "2025-08-12",
         E("212", None, "2025-08-12", "as_of"), id="floods-on-aug-3"),
    # The day is the subject's own, not an event's: it dates the level.
    case("Prices on Monday had climbed to $91 a barrel.", "2025-11-19",
         E("$91 a barrel", None, "2025-11-17", "as_of"), id="subject-own-day"),
    # A time of its own after the figure dates it.
    case("The death toll from Monday's quake had reached 41 by Tuesday night.", "2025-11-19",
         E("41", None, "2025-11-18", "as_of"), id="own-phrase-after"),
    # A day opening the sentence frames the total.
    case("On Sunday, the death toll had risen to 41.", "2025-11-19",
         E("41", None, "2025-11-16", "as_of"), id="day-opening-the-sentence"),
    # No perfect: "rose to ... on Wednesday" is the total as of that day, as before.
    case("The death toll from Monday's quake rose to 143 on Wednesday.", "2025-11-21",
         E("143", None, "2025-11-19", "as_of"), id="past-with-own-day"),
    # A count of the day itself stays the day's.
    case("Rescuers pulled 27 people from the rubble on Tuesday.", "2025-11-21",
         E("27", "2025-11-18", "2025-11-18", "day"), id="count-of-the-day"),
]


@pytest.mark.parametrize("c", DAY_OF_THE_EVENT)
def test_day_of_the_event_in_the_subject(c: PeriodCase) -> None:
    check(c, "en")
