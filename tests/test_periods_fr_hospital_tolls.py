"""People taken to hospital are a toll, as of when it is told (read on real news: a Lyon daily's
Covid counts "hospitalisées ce mercredi matin", tornado and explosion copy "Quelque 74
personnes ont été hospitalisées" after a day's toll): like the dead and the injured
(``toll_concepts``, claims.tolls), not a count of the day's events. A window's admissions
("en semaine 47") keep their window. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

CASES = [
    case("Au moins 11 bâtiments ont été détruits vendredi par l'explosion, selon les pompiers. "
         "Quelque 48 personnes ont été hospitalisées, selon l'agence régionale de santé.",
         "2026-03-13",
         E("Quelque 48", None, "2026-03-13", "as_of"), id="hospitalisees-apres-le-jour"),
    case("Dans la région, 512 personnes sont hospitalisées ce mardi matin pour la grippe.",
         "2026-01-13",
         E("512", None, "2026-01-13", "as_of"), id="hospitalisees-ce-matin"),
    # the earlier reading a toll is compared with keeps its own day
    case("Au moins 11 bâtiments ont été détruits vendredi par l'explosion, selon les pompiers. "
         "Quelque 48 personnes ont été hospitalisées, contre 31 jeudi.", "2026-03-13",
         E("Quelque 48", None, "2026-03-13", "as_of"),
         E("31", None, "2026-03-12", "as_of"), id="contre-31-la-veille"),
    case("La tempête a frappé jeudi. Le bilan s'élevait vendredi à 19 morts, contre 12 jeudi, "
         "selon la protection civile.", "2026-03-13",
         E("12", None, "2026-03-12", "as_of"), id="morts-contre-la-veille"),
    # negative: a window's admissions keep the window
    case("En semaine 47, 412 personnes ont été hospitalisées pour la grippe dans la région.",
         "2026-11-26",
         E("412", "2026-11-16", "2026-11-22", "interval"), id="admissions-d-une-semaine"),
]


@pytest.mark.parametrize("c", CASES)
def test_fr_hospitalised_is_a_toll(c: PeriodCase) -> None:
    check(c, "fr")
