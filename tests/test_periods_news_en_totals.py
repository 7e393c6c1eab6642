"""A running total a month's events took to a figure ("5,300 people crossed the Channel in
September, taking the total for the year so far to 32,100") runs to that month's end, as a day's
events take it to that day; monthly migration and crime releases write it this way. Sentences
of our own, with rows where the total says it runs to now."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

TOTAL_AFTER_A_MONTH = [
    case("A total of 5,300 people crossed the Channel in September, taking the total for the "
         "year so far to 32,100.", "2025-10-02",
         E("32,100", "2025-01-01", "2025-09-30", "to_date"), id="september-takes-the-total"),
    case("Police recorded 412 burglaries in October, bringing the total so far this year to "
         "3,870.", "2025-11-12",
         E("3,870", "2025-01-01", "2025-10-31", "to_date"), id="october-brings-the-total"),
    # A day's events, as before.
    case("On Aug. 17, 492 migrants crossed, taking the provisional total for the year so far to "
         "19,066.", "2025-08-20",
         E("19,066", "2025-01-01", "2025-08-17", "to_date"), id="a-day-takes-the-total"),
    # The total says it runs to now.
    case("Police recorded 412 burglaries in October, taking the total up to now to 3,870 so far "
         "this year.", "2025-11-12",
         E("3,870", "2025-01-01", "2025-11-12", "to_date"), id="up-to-now"),
]


@pytest.mark.parametrize("c", TOTAL_AFTER_A_MONTH)
def test_total_after_a_month(c: PeriodCase) -> None:
    check(c, "en")
