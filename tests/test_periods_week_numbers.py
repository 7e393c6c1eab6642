"""An epidemic bulletin's numbered weeks in English ("in week 12", "during Week 5", "including
10 in week 5") and ranges of them in both languages ("between weeks 2 and 5", "entre les
semaines 11 et 14", "de la semaine 10 à la semaine 13"): the ISO weeks, Monday of the first
to Sunday of the last, of the year named or else the latest such weeks; their numbers are no
figures. Sentences of our own, in the style of flu and measles bulletins. Negatives keep
today's reading: a count after "week" ("Every week 40 people", "In week 40 patients were").
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.period_cases import Expect, case, check

E = Expect

WEEKS_EN = [
    case("Flu accounted for 5.9% of visits during Week 6, up from 5.1% in Week 5.", "2025-02-14",
         E("5.9%", "2025-02-03", "2025-02-09", "interval"),
         E("5.1%", "2025-01-27", "2025-02-02", "interval"), id="en-during-week-in-week"),
    case("Some 64 child deaths have been reported this season, including 9 in week 6.",
         "2025-02-14",
         E("9", "2025-02-03", "2025-02-09", "interval"), id="en-including-in-week"),
    case("In week 12, 1,380 new measles cases were reported.", "2025-03-28",
         E("1,380", "2025-03-17", "2025-03-23", "interval"), id="en-in-week-opening"),
    case("Between weeks 2 and 5, 3,150 people were admitted to hospital with flu.", "2025-02-14",
         E("3,150", "2025-01-06", "2025-02-02", "interval"), id="en-between-weeks"),
    case("In week 3 of 2024, 2,260 cases were confirmed.", "2025-02-14",
         E("2,260", "2024-01-15", "2024-01-21", "interval"), id="en-week-of-named-year"),
]

WEEK_RANGES_FR = [
    case("Entre les semaines 11 et 14, 1 180 cas de grippe ont été signalés en Occitanie.",
         "2025-04-11",
         E("1 180", "2025-03-10", "2025-04-06", "interval"), id="fr-entre-les-semaines"),
    case("De la semaine 6 à la semaine 9, 2 040 passages aux urgences ont été recensés.",
         "2025-03-07",
         E("2 040", "2025-02-03", "2025-03-02", "interval"), id="fr-de-la-semaine-a-la-semaine"),
]

# A count after "week" ("Every week 40 people") is no numbered week: today's reading.
NOT_A_WEEK = [
    case("Every week 40 people die on the roads.", "2025-02-14",
         E("40", None, "2025-02-14", "none"), id="en-every-week-count"),
    case("In week 40 patients were admitted.", "2025-02-14",
         E("40", None, "2025-02-14", "none"), id="en-week-then-noun"),
    case("En semaine 14, 310 cas ont été recensés.", "2025-04-11",
         E("310", "2025-03-31", "2025-04-06", "interval"), id="fr-en-semaine-kept"),
]


@pytest.mark.parametrize("c", WEEKS_EN)
def test_numbered_weeks_en(c) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", WEEK_RANGES_FR)
def test_week_ranges_fr(c) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", NOT_A_WEEK)
def test_not_a_numbered_week(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        pytest.param("Between weeks 2 and 5, 3,150 people were admitted.", "en", ["2", "5"],
                     id="en-range-numbers"),
        pytest.param("During Week 6, 5.9% of visits were for flu.", "en", ["6"], id="en-number"),
        pytest.param("Entre les semaines 11 et 14, 1 180 cas ont été signalés.", "fr",
                     ["11", "14"], id="fr-range-numbers"),
    ],
)
def test_week_numbers_are_no_figures(text: str, lang: str, numbers: list[str]) -> None:
    surfaces = {c.surface for c in extract_text(text, lang=lang, published=date(2025, 4, 11))}
    assert not surfaces & set(numbers), surfaces
