"""A part a clitic "en" refers back to ("L'industrie en compte 3 100": of what the sentence
before counted) takes that figure's time, as "dont" and "d'entre eux" do (P14), not a standing
state's; so does a conjunct that gaps its verb ("et les services 9 800"). Negative rows: a
standing verb with no "en" ("Le secteur emploie 9 800 salariés", "Le vignoble compte 1 340
exploitations"), a part that its own clause dates. Our own sentences, never an article's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("Les défaillances ont atteint 41 200 sur douze mois à fin mai. L'industrie en compte "
         "3 100 et les services 9 800.", "2025-07-09",
         E("3 100", "2024-06-01", "2025-05-31", "interval", "carried"),
         E("9 800", "2024-06-01", "2025-05-31", "interval", "carried"), id="en-compte-et-gapped"),
    case("En octobre, 2 340 cas de rougeole ont été déclarés. L'Occitanie en recense 410.",
         "2025-11-20",
         E("410", "2025-10-01", "2025-10-31", "interval", "carried"), id="en-recense"),
]

FR_NEGATIVE = [
    case("Les défaillances ont atteint 41 200 sur douze mois à fin mai. Le secteur emploie "
         "9 800 salariés.", "2025-07-09",
         E("9 800", None, "2025-07-09", "as_of"), id="emploie-un-etat"),
    case("Le vignoble compte 1 340 exploitations et couvre 13 000 hectares.", "2025-11-20",
         E("1 340", None, "2025-11-20", "as_of"),
         E("13 000 hectares", None, "2025-11-20", "as_of"), id="compte-sans-en-un-etat"),
    case("Parmi les 640 personnes interpellées en mars, 210 ont été condamnées et 95 relaxées.",
         "2025-11-20",
         E("95", "2025-03-01", "2025-03-31", "interval"), id="une-part-datee-dans-sa-phrase"),
]


@pytest.mark.parametrize("c", FR + FR_NEGATIVE)
def test_parts_and_gapped_conjuncts_fr(c: PeriodCase) -> None:
    check(c, "fr")
