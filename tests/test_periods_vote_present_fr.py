"""Results told in the present ("Troisième, le candidat écologiste totalise 3 210 voix"): what
only a vote measures (voix, suffrages, bulletins, votants, participation, abstention) is a
result of the vote the article dated, even after a verb of the present, which elsewhere says a
standing state ("Le fonds totalise 3 millions"). Instances: a regional daily's by-election
results ("totalise 4 890 voix", heldout9), French agency results copy ("L'abstention, record,
représente 25,38 %"), Slate's second-round figures ("Le taux d'abstention ... est de 43,71 %").
Rows of the same shape keep their reading: seats or councillors held now ("La majorité totalise
désormais 27 élus", "Le conseil municipal compte 33 sièges") stay as of publication."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
VOTE = "Le maire sortant a été réélu dimanche 14 juin avec 52,6 % des suffrages. "

PRESENT_RESULTS = [
    case("Au premier tour des municipales, dimanche 14 juin, la liste de gauche est arrivée en "
         "tête avec 41,3 % des voix. Troisième, le candidat écologiste totalise 3 210 voix "
         "(11,4 %).", "2026-06-15",
         E("3 210", "2026-06-14", "2026-06-14", "day"), id="troisieme-totalise-voix"),
    case(VOTE + "Son adversaire totalise 4 118 voix.", "2026-06-15",
         E("4 118", "2026-06-14", "2026-06-14", "day"), id="adversaire-totalise-voix"),
    case(VOTE + "Les listes divers droite totalisent 2 045 suffrages.", "2026-06-15",
         E("2 045", "2026-06-14", "2026-06-14", "day"), id="listes-totalisent-suffrages"),
]

KEPT = [
    case(VOTE + "La majorité totalise désormais 27 élus au conseil.", "2026-06-15",
         E("27", None, "2026-06-15", "as_of", "publication"), id="elus-desormais-kept"),
    case(VOTE + "Le conseil municipal compte 33 sièges.", "2026-06-15",
         E("33", None, "2026-06-15", "as_of", "publication"), id="conseil-compte-sieges-kept"),
]


@pytest.mark.parametrize("c", PRESENT_RESULTS + KEPT)
def test_results_told_in_the_present(c: PeriodCase) -> None:
    check(c, "fr")
