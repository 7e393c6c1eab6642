"""The people a disaster sent to hospital are a toll, as of when it is told (issue 10; the
English table's ``toll_concepts`` holds ``hospitalise``, read by claims.tolls).

Met in real tornado and storm copy ("At least 50 people were sent to hospitals in Pulaski
County, where a tornado roared through ... Friday", "Five others were hospitalized after a
tornado touched down Friday", "Four people were admitted") and in two dev sets (a volcano's
"38 people had been taken to hospital", a tornado's "At least 63 people were taken to
hospitals, 11 of them in critical condition"): dated by the event's day, they read as a count
of that day, and a later bulletin's larger count looked like another day's. Negative rows: a
rescue on a day stays that day's; a week's admissions keep the week.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

HOSPITAL_TOLLS_EN = [
    case("A tornado tore through Pine Bluff on Friday night, killing four people.\n\nAt least "
         "38 people were taken to hospitals, nine of them in critical condition.", "2026-03-14",
         E("At least 38", None, "2026-03-14", "as_of"), E("nine", None, "2026-03-14", "as_of"),
         id="taken-to-hospitals-after-the-event-day"),
    case("Five people were hospitalized after a tornado touched down on Friday in Covington.",
         "2026-03-15", E("Five", None, "2026-03-15", "as_of"), id="hospitalized-after"),
]

NOT_TOLLS_EN = [
    case("Crews rescued 40 people on Friday.", "2026-03-15",
         E("40", "2026-03-13", "2026-03-13", "day"), id="rescued-on-a-day"),
    case("Last week, 1,240 people were admitted to hospital with flu.", "2026-03-11",
         E("1,240", "2026-03-02", "2026-03-08", "interval"), id="a-weeks-admissions"),
]


@pytest.mark.parametrize("c", HOSPITAL_TOLLS_EN + NOT_TOLLS_EN)
def test_hospital_toll_en(c: PeriodCase) -> None:
    check(c, "en")
