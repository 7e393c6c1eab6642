"""A compared figure dated by a whole past year, set against a figure over part of a later
year (the year to date, January to mid-June), is that same part of its year: "compared to last
year, when 11,900 people had made the journey", "a 9% increase on the figure recorded last year,
which was 19,690", "contre 30 100 sur la même période de 2024 et 12 800 en 2023". Negative rows:
a past year with no comparison, a comparison of whole years, a figure said to cover the whole
year ("sur toute l'année"), a share or an average of a past year. Our own sentences, never an
article's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("So far this year, 14,230 people have crossed. The figures show a rise compared to last "
         "year, when 11,900 people had made the journey.", "2025-09-12",
         E("11,900", "2024-01-01", "2024-09-12", "interval"), id="compared-to-last-year-when"),
    case("The provisional total for the year so far is 21,470. That is a 9% increase on the "
         "figure recorded last year, which was 19,690.", "2025-08-20",
         E("19,690", "2024-01-01", "2024-08-20", "interval"), id="increase-on-last-years-figure"),
]

EN_NEGATIVE = [
    case("So far this year, 14,230 people have crossed. In 2024, a total of 36,800 made the "
         "crossing.", "2025-09-12",
         E("36,800", "2024-01-01", "2024-12-31", "interval"), id="a-past-year-not-compared"),
    case("In 2024, 36,800 people crossed, compared with 29,400 in 2023.", "2025-09-12",
         E("29,400", "2023-01-01", "2023-12-31", "interval"), id="whole-years-compared"),
]

FR = [
    case("Entre le 1er janvier et le 15 juin, 41 200 personnes sont arrivées, contre 30 100 sur "
         "la même période de 2024 et 12 800 en 2023.", "2025-06-20",
         E("12 800", "2023-01-01", "2023-06-15", "interval"), id="et-12-800-en-2023"),
]

FR_NEGATIVE = [
    case("Depuis le 1er janvier, 8 500 mineurs sont arrivés, contre un total, sur toute l'année, "
         "de 12 400 en 2024.", "2025-06-20",
         E("12 400", "2024-01-01", "2024-12-31", "interval"), id="sur-toute-l-annee"),
    case("Au cours des six premiers mois de cette année, 214 cas ont été signalés, contre 150 "
         "pour toute l\u2019année 2023.", "2025-08-20",
         E("150", "2023-01-01", "2023-12-31", "interval"), id="toute-l-annee-apostrophe-courbe"),
    case("Au cours des cinq premiers mois, 64 % des suspects avaient moins de 20 ans, contre "
         "58 % en 2022.", "2025-07-01",
         E("58 %", "2022-01-01", "2022-12-31", "interval"), id="une-part-de-l-annee-entiere"),
    case("Cette année, les camions transportent en moyenne 21 tonnes, contre 17 en 2021.",
         "2025-07-01",
         E("17", "2021-01-01", "2021-12-31", "interval"), id="une-moyenne-pas-un-compte"),
]


@pytest.mark.parametrize("c", EN + EN_NEGATIVE)
def test_year_parts_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR + FR_NEGATIVE)
def test_year_parts_fr(c: PeriodCase) -> None:
    check(c, "fr")
