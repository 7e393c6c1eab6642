"""A stock or a toll counted at a time, in French disaster, migration and price copy (read on
real news: cyclones in Madagascar and Mayotte, storms in La Réunion, arrivals in Lampedusa,
weekly pump prices): the imperfect of a counting or holding verb (« Mardi soir, la protection
civile recensait 4 300 sinistrés », « le centre accueillait jeudi 1 120 personnes », « 4 000
migrants étaient massés ce mardi ») gives a level as of that time, not a count of that day's
events (which « ont été évacuées mardi » is); « selon les chiffres arrêtés vendredi 14 mars »
dates prices or a stock as of that day; a standing state in the present (« Le groupe exploite
aujourd'hui 412 magasins ») holds as of publication. Our own sentences, other names and numbers;
the negative rows keep a day's events and an arrest ("arrêtés le 3 mars") as they were."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

STOCKS = [
    case("Mardi soir, la protection civile recensait 4 300 sinistrés, hébergés dans des écoles, "
         "et plus de 600 maisons inondées.", "2025-02-12",
         E("4 300", None, "2025-02-11", "as_of"), id="recensait-mardi-soir"),
    case("Jeudi matin, les secours dénombraient 27 morts et 140 blessés dans la province.",
         "2025-02-14",
         E("27", None, "2025-02-13", "as_of"), E("140", None, "2025-02-13", "as_of"),
         id="denombraient-jeudi-matin"),
    case("Le prix moyen du gazole s'établissait à 1,62 euro le litre, selon les chiffres arrêtés "
         "vendredi 14 mars par le ministère.", "2025-03-17",
         E("1,62 euro le litre", None, "2025-03-14", "as_of"), id="chiffres-arretes-vendredi"),
    case("Lundi soir, le BNGRC recensait 26 400 personnes déplacées, hébergées dans des écoles, "
         "et plus de 9 000 maisons détruites.", "2026-12-01",
         E("plus de 9 000", None, "2026-11-30", "as_of"), id="recensait-et-coordonne"),
    case("Selon les données hebdomadaires du ministère arrêtées au vendredi 29 septembre, le "
         "gazole valait 1,91 euro le litre.", "2025-10-02",
         E("1,91 euro le litre", None, "2025-09-29", "as_of"), id="donnees-arretees-au-vendredi"),
    case("Le centre de premier accueil, d'une capacité de 350 places, accueillait jeudi matin "
         "1 120 personnes.", "2026-08-14",
         E("1 120", None, "2026-08-13", "as_of"), id="accueillait-jeudi-matin"),
    case("Sur le port, près de 4 000 migrants étaient massés ce mardi.", "2026-08-12",
         E("près de 4 000", None, "2026-08-11", "as_of"), id="etaient-masses-mardi"),
    case("Selon les données arrêtées au 30 septembre, 1 240 dossiers étaient en attente.",
         "2025-10-20",
         E("1 240", None, "2025-09-30", "as_of"), id="donnees-arretees-au"),
    case("Le groupe exploite aujourd'hui 412 magasins en France, contre 530 en 2019.",
         "2025-10-20",
         E("412", None, "2025-10-20", "as_of"), id="exploite-aujourd-hui"),
]

EVENTS = [  # negative rows: a day's events stay of that day
    case("Mardi, 4 300 personnes ont été évacuées dans la province.", "2025-02-12",
         E("4 300", "2025-02-11", "2025-02-11", "day"), id="evacuees-mardi"),
    case("Selon la préfecture, 12 suspects ont été arrêtés le 3 mars à Marseille.", "2025-03-10",
         E("12", "2025-03-03", "2025-03-03", "day"), id="arretes-le-3-mars"),
    case("Mardi, 1 300 migrants ont débarqué sur l'île.", "2026-08-12",
         E("1 300", "2026-08-11", "2026-08-11", "day"), id="ont-debarque-mardi"),
    case("Le stade a accueilli samedi 42 000 spectateurs.", "2026-08-12",
         E("42 000", "2026-08-08", "2026-08-08", "day"), id="a-accueilli-samedi"),
    case("Lundi soir, la préfecture a recensé 14 départs de feu.", "2025-08-12",
         E("14", "2025-08-11", "2025-08-11", "day"), id="a-recense-lundi-soir"),
    case("Quelque 2 000 salariés ont manifesté aujourd'hui devant la préfecture.", "2025-10-20",
         E("Quelque 2 000", "2025-10-20", "2025-10-20", "day"), id="manifeste-aujourd-hui"),
    case("Lundi soir, la préfecture recensait 26 400 sinistrés, et mardi 120 maisons ont été "
         "détruites par une seconde crue.", "2025-02-12",
         E("120", "2025-02-11", "2025-02-11", "day"), id="et-mardi-son-propre-jour"),
]


@pytest.mark.parametrize("c", STOCKS + EVENTS)
def test_fr_stock_at_a_time(c: PeriodCase) -> None:
    check(c, "fr")
