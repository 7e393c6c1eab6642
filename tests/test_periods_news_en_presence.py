"""People present somewhere on a day are a stock known that day, not a count of the day's
events ("Some 300 rescuers were at the site on Tuesday", "The centre was housing more than
1,100 people on Tuesday morning", "14 patients were in intensive care on Friday"): as of that
day, as disaster, migration and health copy writes them. Sentences of our own, with rows of
events that stay the day's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

PRESENT_ON_A_DAY = [
    case("Some 300 rescuers were at the site on Tuesday.", "2025-11-20",
         E("Some 300", None, "2025-11-18", "as_of"), id="were-at-the-site"),
    case("The reception centre was housing more than 1,100 people on Tuesday morning.",
         "2025-11-20",
         E("more than 1,100", None, "2025-11-18", "as_of"), id="was-housing"),
    case("Some 14 patients were in intensive care on Friday, the hospital said.", "2025-11-20",
         E("Some 14", None, "2025-11-14", "as_of"), id="in-intensive-care"),
    case("At least 62 migrants were in custody on Sunday, police said.", "2025-11-20",
         E("At least 62", None, "2025-11-16", "as_of"), id="in-custody"),
    # A list of some of its members set off by commas stays inside the figure's clause.
    case("More than 120 rescuers, including police and firefighters from two provinces, were "
         "at the site on Tuesday, the regional government said.", "2026-10-14",
         E("More than 120", None, "2026-10-13", "as_of"), id="past-an-including-list"),
    case("Some 40 people, including six children, were arrested on Tuesday.", "2026-10-14",
         E("Some 40", "2026-10-13", "2026-10-13", "day"), id="including-list-an-event"),
    # Events of the day stay the day's.
    case("Protesters held 200 rallies on Saturday.", "2025-11-20",
         E("200", "2025-11-15", "2025-11-15", "day"), id="held-rallies-an-event"),
    case("Police arrested 31 people on Friday.", "2025-11-20",
         E("31", "2025-11-14", "2025-11-14", "day"), id="arrests-an-event"),
]


@pytest.mark.parametrize("c", PRESENT_ON_A_DAY)
def test_present_on_a_day(c: PeriodCase) -> None:
    check(c, "en")
