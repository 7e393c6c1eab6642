"""A total an increment's window took a count to (read on real news: CDC weekly measles counts
in US health copy, "The N new cases reported during the week ending ... bring the total for the
year to ..." (the year to that week's end), "Forty more cases ... in the last week, bringing the
U.S. total to ..."; French outbreak bulletins, "portant le total à"). The window before the total
link is the increment's; the total holds as of that window's end, not over it. Our own
sentences, other names and numbers. The negative rows keep their reading: the increment itself,
a total whose own window stands between the link and the figure, a past year's total."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

TOTALS = [
    case("Thirty-two more cases were added in the last week, bringing the state total to 214.",
         "2025-11-21", E("214", None, "2025-11-21", "as_of"), id="en-bringing-the-total"),
    case("The 58 new cases reported during the week ending Nov. 15 bring the total for the year "
         "to 512.", "2025-11-21", E("512", "2025-01-01", "2025-11-15", "to_date"),
         id="en-bring-the-total-for-the-year"),
    case("Twelve cases were confirmed on Monday, taking the total for the year to 97.",
         "2025-11-21", E("97", "2025-01-01", "2025-11-17", "to_date"),
         id="en-taking-the-total-for-the-year"),
    case("Sept nouveaux cas ont été signalés cette semaine, portant le total à 53.", "2025-11-21",
         E("53", None, "2025-11-21", "as_of"), id="fr-portant-le-total"),
]

NOT_MOVED = [  # negative rows: they keep today's reading
    case("In 2023, the total for the year reached 410.", "2025-11-21",
         E("410", "2023-01-01", "2023-12-31", "interval"), id="en-a-past-years-total"),
    case("Thirty-two more cases were added in the last week, bringing the state total to 214.",
         "2025-11-21", E("Thirty-two", "2025-11-15", "2025-11-21", "to_date"),
         id="en-the-increment-itself"),
    case("On Aug. 17, 388 migrants crossed, taking the provisional total for the year so far to "
         "17,420.", "2025-08-20", E("17,420", "2025-01-01", "2025-08-17", "to_date"),
         id="en-total-for-the-year-so-far"),
    case("4,100 people crossed in September, taking the total for the year so far to 28,900.",
         "2025-10-08", E("28,900", "2025-01-01", "2025-09-30", "to_date"),
         id="en-month-then-year-so-far"),
]


@pytest.mark.parametrize("c", TOTALS + NOT_MOVED)
def test_total_after_an_increment(c: PeriodCase) -> None:
    check(c, "en" if c.id.startswith("en-") else "fr")
