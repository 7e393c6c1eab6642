"""A year after "for" that closes its phrase dates the figure as "in 2017" does: "145 murders
for 2017", "600 cases of measles for 2019, according to", "Revenue for 2018 was $3.2 billion".
The current year is a running window to publication. A year that qualifies the noun after it
("jailed for 2017 attacks", "prizes for 2018 films") dates nothing. Sentences of our own, in the
style of crime tallies, health bulletins and company results."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FOR_YEAR = [
    case("Police reported 212 murders for 2023, up from 198.", "2024-01-20",
         E("212", "2023-01-01", "2023-12-31", "interval"), id="murders-for-past-year"),
    case("The state has logged 740 measles cases for 2024, according to health officials.",
         "2024-05-02",
         E("740", "2024-01-01", "2024-05-02", "to_date"), id="cases-for-current-year"),
    case("Revenue for 2022 was $4.1 billion.", "2023-02-14",
         E("$4.1 billion", "2022-01-01", "2022-12-31", "interval"), id="revenue-for-year-was"),
    case("Sales for 2022 rose 6%.", "2023-02-14",
         E("6%", "2022-01-01", "2022-12-31", "interval"), id="sales-for-year-rose"),
]

# A year that qualifies a noun after it, and the "in" year: today's reading.
NOT_FOR_YEAR = [
    case("The man was jailed for 3 years for 2021 attacks.", "2023-02-14",
         E("3 years", None, None, "none"), id="year-qualifying-a-noun"),
    case("Police recorded 212 murders in 2023.", "2024-01-20",
         E("212", "2023-01-01", "2023-12-31", "interval"), id="in-year-unchanged"),
]


@pytest.mark.parametrize("c", FOR_YEAR + NOT_FOR_YEAR)
def test_for_year(c: PeriodCase) -> None:
    check(c, "en")
