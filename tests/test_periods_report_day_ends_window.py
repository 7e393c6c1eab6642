"""A running count ("since December", "since Nov. 9") told from a report that names its own day
("according to a Feb 27 update", "its Nov. 29 bulletin") runs to that day, not to publication
(read on real news: CIDRAP's measles round-ups citing state updates by their day, "130 of the
cases since December are from California, according to a Feb 27 update"; health-ministry
bulletins cited by their day in outbreak wires).

Negative rows of the same shape keep today's reading: the day someone said it ("the minister
said on Thursday") is no report's day, and a count with no running window is untouched. Our own
sentences, other numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("Some 240 of the cases since October are from Ontario, according to a Jan. 14 update "
         "from the provincial health agency.", "2026-01-19",
         E("Some 240", "2025-10-01", "2026-01-14", "to_date"), id="a-dated-update"),
    case("The ministry has recorded 512 suspected cases since Nov. 3, according to its Nov. 24 "
         "bulletin.", "2026-11-27",
         E("512", "2026-11-03", "2026-11-24", "to_date"), id="its-dated-bulletin"),
]
EN_KEPT = [  # negative rows
    case("The ministry has recorded 512 suspected cases since Nov. 3, the minister said on "
         "Thursday.", "2026-11-27",
         E("512", "2026-11-03", "2026-11-27", "to_date"), id="said-on-a-day"),
]


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_a_report_day_ends_its_running_counts(c: PeriodCase) -> None:
    check(c, "en")
