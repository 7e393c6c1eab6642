"""Election results and times counted back from publication, as local and wire copy writes
them: seats won in the election the article dated are of its day ("The Conservatives took 14
seats" after "Sunday's election"), and "four years ago" is that year, not the same date four
years back (a date the text never named). Sentences of our own, with rows where the rule must
not fire."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

SEATS_OF_THE_ELECTION = [
    case("Voters handed the centre-left a majority in Sunday's election, results showed on "
         "Monday. The Conservatives took 14 seats.", "2025-09-09",
         E("14", "2025-09-07", "2025-09-07", "day"), id="took-14-seats"),
    case("The Greens won Tuesday's city council election. They won 11 seats, the clerk said.",
         "2025-11-06",
         E("11", "2025-11-04", "2025-11-04", "day"), id="won-11-seats"),
    # A standing size, in the present: not the election's result.
    case("The Greens won Tuesday's city council election. The council has 45 seats.",
         "2025-11-06",
         E("45", None, "2025-11-06", "as_of", "publication"), id="council-has-seats"),
]

AGO = [
    case("The bloc won 29 seats four years ago.", "2025-09-09",
         E("29", "2021-01-01", "2021-12-31", "interval"), id="four-years-ago-a-year"),
    case("The plant cut 300 jobs two months ago.", "2025-09-09",
         E("300", "2025-07-01", "2025-07-31", "interval"), id="two-months-ago-a-month"),
    case("Police arrested 12 people three days ago.", "2025-09-09",
         E("12", "2025-09-06", "2025-09-06", "day"), id="three-days-ago-a-day"),
]


@pytest.mark.parametrize("c", SEATS_OF_THE_ELECTION + AGO)
def test_elections_and_ago(c: PeriodCase) -> None:
    check(c, "en")
