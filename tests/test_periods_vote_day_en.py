"""A vote's day named with a possessive before it ("the country's December 26 presidential
runoff", "the county's November 4 election"), as wire copy written days after a vote names it when
the commission announces results: the results after it are of that day, not undated. Real
instances: an Africanews report on Liberia's runoff results announced two days later, wire
copy on Turkey's May 28 runoff, a county's November 4 election. Rows of the same shape keep
their reading: a weekday's election ("Tuesday's election") as before, and a standing count in
the present ("The council has 45 seats")."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

POSSESSIVE_DAYS = [
    case("The commission on Thursday announced results from the country's December 26 "
         "presidential runoff. Weah won 61.5% of the vote. Turnout was 56%.", "2017-12-29",
         E("61.5%", "2017-12-26", "2017-12-26", "day"),
         E("56%", "2017-12-26", "2017-12-26", "day"), id="the-countrys-december-26-runoff"),
    case("Officials certified the county's November 4 election on Friday. The levy passed "
         "with 54.2% of the vote.", "2025-11-15",
         E("54.2%", "2025-11-04", "2025-11-04", "day"), id="the-countys-november-4-election"),
]

KEPT = [
    case("The Greens won Tuesday's city council election. They won 11 seats, the clerk said.",
         "2025-11-06", E("11", "2025-11-04", "2025-11-04", "day"), id="tuesdays-election-kept"),
    case("The Greens won the county's November 4 election. The council has 45 seats.",
         "2025-11-06", E("45", None, "2025-11-06", "as_of", "publication"),
         id="standing-seats-kept"),
]


@pytest.mark.parametrize("c", POSSESSIVE_DAYS + KEPT)
def test_vote_day_with_a_possessive(c: PeriodCase) -> None:
    check(c, "en")
