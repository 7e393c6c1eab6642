"""A part of a total said before takes the total's period (P14: "Parmi elles, 12 ...", "Of
them, 12 ..."), unless its own sentence opens with a time of its own: "La police a interpellé 40
personnes vendredi. Dimanche, 12 d'entre elles ont été mises en examen." counts Sunday's
charges, not Friday's arrests; "Samedi matin, 31 d'entre elles étaient encore hospitalisées" is
the level of Saturday morning. Negative rows: no time of its own ("Parmi elles, 12 ..."), the
day something was said ("a indiqué dimanche le parquet"). Our own sentences, never an article's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("La police a interpellé 40 personnes vendredi. Dimanche, 12 d'entre elles ont été "
         "mises en examen.", "2025-06-16",
         E("12", "2025-06-15", "2025-06-15", "day"), id="dimanche-d-entre-elles"),
    case("Au total, 96 personnes avaient été soignées vendredi soir. Samedi matin, 31 d'entre "
         "elles étaient encore hospitalisées, dont 9 en réanimation.", "2025-06-16",
         E("31", None, "2025-06-14", "as_of"), E("9", None, "2025-06-14", "as_of"),
         id="samedi-matin-etaient-encore"),
]

FR_NEGATIVE = [
    case("La police a interpellé 40 personnes vendredi. Parmi elles, 12 ont été mises en examen.",
         "2025-06-16",
         E("12", "2025-06-13", "2025-06-13", "day"), id="parmi-elles-le-temps-du-total"),
    case("Au total, 40 personnes ont été interpellées vendredi. Douze d'entre elles ont été "
         "libérées, a indiqué dimanche le parquet.", "2025-06-16",
         E("Douze", "2025-06-13", "2025-06-13", "day"), id="le-jour-dit-ne-cadre-pas"),
]

EN = [
    case("Police arrested 40 people on Friday. On Sunday, 12 of them were charged with arson.",
         "2025-06-16",
         E("12", "2025-06-15", "2025-06-15", "day"), id="on-sunday-12-of-them"),
]

EN_NEGATIVE = [
    case("Police arrested 40 people on Friday. Of them, 12 were charged with arson.",
         "2025-06-16",
         E("12", "2025-06-13", "2025-06-13", "day"), id="of-them-the-totals-time"),
]


@pytest.mark.parametrize("c", FR + FR_NEGATIVE)
def test_breakdown_own_time_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN + EN_NEGATIVE)
def test_breakdown_own_time_en(c: PeriodCase) -> None:
    check(c, "en")
