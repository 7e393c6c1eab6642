"""Years in a list of yearly figures govern their own figure, never a neighbour's: a year set
right before its figure ("in 2018 2,106 and in 2019 nearly 8,000") is that figure's, not the
figure before it; a year's possessive before its figure ("2022's record of 45,744") and, in
French, "de 2024" right after a figure ("des 830 de 2024") date that figure. Sentences of our
own, in the style of migration tallies, rescue services' annual reports and crime statistics.
Negatives keep today's reading: years after their figures, a year naming a thing ("The 2019
agreement", "la loi de 2018"), a year range."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, case, check

E = Expect

YEARS_BEFORE_THEIR_FIGURES_EN = [
    case("In 2017 there were 390 landings, in 2018 2,240 and in 2019 nearly 7,900.", "2025-02-12",
         E("390", "2017-01-01", "2017-12-31", "interval"),
         E("2,240", "2018-01-01", "2018-12-31", "interval"),
         E("nearly 7,900", "2019-01-01", "2019-12-31", "interval"), id="en-years-before-list"),
    case("Crossings climbed to 27,300 in 2021 before 2022's record of 44,100.", "2024-02-01",
         E("27,300", "2021-01-01", "2021-12-31", "interval"),
         E("44,100", "2022-01-01", "2022-12-31", "interval"), id="en-possessive-record"),
    case("In 2021, arrivals jumped to 27,300 before 2022's record of 44,100.", "2024-02-01",
         E("27,300", "2021-01-01", "2021-12-31", "interval"),
         E("44,100", "2022-01-01", "2022-12-31", "interval"), id="en-possessive-after-a-figure"),
]

YEARS_AFTER_THEIR_FIGURES_FR = [
    case("En 2017, seulement 64 sauvetages étaient comptés, loin des 1 120 de 2021 ou des 905 "
         "de 2023.", "2024-02-01",
         E("64", "2017-01-01", "2017-12-31", "interval"),
         E("1 120", "2021-01-01", "2021-12-31", "interval"),
         E("905", "2023-01-01", "2023-12-31", "interval"), id="fr-de-year-after-figure"),
]

# Today's reading: a year after its figure, a year naming a thing, a range.
NOT_A_NEIGHBOURS_YEAR = [
    case("Police recorded 61 killings in 2020, in 2021 74, and in 2022 about 90.", "2023-03-01",
         E("61", "2020-01-01", "2020-12-31", "interval"),
         E("74", "2021-01-01", "2021-12-31", "interval"),
         E("about 90", "2022-01-01", "2022-12-31", "interval"), id="en-first-after-then-before"),
    case("That was 18% fewer than in 2022's total of 3,150 arrests.", "2024-02-01",
         E("3,150", "2022-01-01", "2022-12-31", "interval"), id="en-possessive-total"),
    case("Arrivals reached 1,150 in 2021, 3,480 in 2022 and 5,020 in 2023.", "2024-02-01",
         E("1,150", "2021-01-01", "2021-12-31", "interval"),
         E("3,480", "2022-01-01", "2022-12-31", "interval"),
         E("5,020", "2023-01-01", "2023-12-31", "interval"), id="en-years-after-list"),
    case("The 2019 agreement covered 4,700 returns.", "2024-02-01",
         E("4,700", None, "2024-02-01", "none"), id="en-year-naming-an-agreement"),
    case("La loi de 2018 prévoit 3 500 places.", "2024-02-01",
         E("3 500", None, "2024-02-01", "none"), id="fr-loi-de-year"),
    case("Les morts passent de 6 en 2022 à 13 en 2023.", "2024-02-01",
         E("6", "2022-01-01", "2022-12-31", "interval"),
         E("13", "2023-01-01", "2023-12-31", "interval"), id="fr-en-year-after-figure"),
    case("Les ventes ont progressé de 12 % de 2021 à 2023.", "2024-02-01",
         E("12 %", "2021-01-01", "2023-12-31", "interval"), id="fr-year-range"),
]


@pytest.mark.parametrize("c", YEARS_BEFORE_THEIR_FIGURES_EN)
def test_years_before_their_figures_en(c) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", YEARS_AFTER_THEIR_FIGURES_FR)
def test_years_after_their_figures_fr(c) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", NOT_A_NEIGHBOURS_YEAR)
def test_not_a_neighbours_year(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")
