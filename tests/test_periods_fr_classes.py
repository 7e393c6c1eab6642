"""French periods by kind, as met in migration, disaster, economy and crime copy: the day of an
event, stated windows, totals known at a date or now, and the day a figure was announced.
Our own sentences (other names, numbers and dates), several per class."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# Un jour nommé : le compte de ce jour-là.
DAY = [
    case("Jeudi, 320 000 personnes ont manifesté selon la CGT.", "2025-03-14",
         E("320 000", "2025-03-13", "2025-03-13", "day"), id="jeudi"),
    case("Hier, 57 personnes ont été interpellées.", "2025-03-14",
         E("57", "2025-03-13", "2025-03-13", "day"), id="hier"),
    case("Dans la nuit de samedi à dimanche, 42 véhicules ont été incendiés.", "2025-03-14",
         E("42", "2025-03-08", "2025-03-09", "interval"), id="nuit-de-samedi-a-dimanche"),
    case("Ce week-end, 1 200 pompiers ont été mobilisés.", "2025-03-14",
         E("1 200", "2025-03-08", "2025-03-09", "interval"), id="ce-week-end"),
    case("Le 26 décembre, 64 migrants avaient été interceptés au petit matin.", "2025-01-10",
         E("64", "2024-12-26", "2024-12-26", "day"), id="le-26-decembre-annee-passee"),
]

# Fenêtres écrites : premiers mois, trimestres, années, derniers mois, mois d'un nom.
INTERVAL = [
    case("Sur les neuf premiers mois, 1 840 défaillances ont été recensées.", "2025-10-20",
         E("1 840", "2025-01-01", "2025-09-30", "interval"), id="neuf-premiers-mois"),
    case("Au premier trimestre, 52 000 véhicules ont été vendus.", "2025-05-20",
         E("52 000", "2025-01-01", "2025-03-31", "interval"), id="premier-trimestre-fini"),
    case("Entre 2019 et 2023, 4 300 postes ont été supprimés.", "2025-03-14",
         E("4 300", "2019-01-01", "2023-12-31", "interval"), id="entre-2019-et-2023"),
    case("Au cours des douze derniers mois, 5 600 logements ont été construits.", "2025-03-14",
         E("5 600", "2024-03-15", "2025-03-14", "to_date"), id="douze-derniers-mois"),
    case("Depuis le 1er janvier, 312 migrants sont morts en Méditerranée.", "2025-03-14",
         E("312", "2025-01-01", "2025-03-14", "to_date"), id="depuis-le-1er-janvier"),
    case("D'octobre à décembre 2023, 41 traversées ont eu lieu.", "2024-09-10",
         E("41", "2023-10-01", "2023-12-31", "interval"), id="d-octobre-a-decembre-2023"),
    case("D'avril à juin, 2 900 demandes ont été déposées.", "2024-09-10",
         E("2 900", "2024-04-01", "2024-06-30", "interval"), id="d-avril-a-juin"),
    case("Au cours du mois d'août, 640 migrants ont traversé.", "2024-09-10",
         E("640", "2024-08-01", "2024-08-31", "interval"), id="au-cours-du-mois-d-aout"),
    case("Sur le seul mois d'octobre, 1 150 faillites ont été enregistrées.", "2024-11-10",
         E("1 150", "2024-10-01", "2024-10-31", "interval"), id="sur-le-seul-mois-d-octobre"),
    case("Pour le seul mois de juillet 2023, 3 900 personnes ont traversé.", "2024-09-10",
         E("3 900", "2023-07-01", "2023-07-31", "interval"), id="pour-le-seul-mois-de-juillet"),
    case("Depuis un an, 2 400 emplois ont été détruits dans la région.", "2024-09-10",
         E("2 400", "2023-09-11", "2024-09-10", "to_date"), id="depuis-un-an-en-tete"),
    case("Depuis six mois, 1 100 logements ont été mis en vente.", "2024-09-10",
         E("1 100", "2024-03-11", "2024-09-10", "to_date"), id="depuis-six-mois-en-tete"),
    case("Il est en détention depuis 18 mois.", "2024-09-10",
         E("18 mois", None, None, "none"), id="depuis-18-mois-reste-une-duree"),
]

# Un total connu à une date, ou maintenant.
AS_OF = [
    case("Au 31 décembre, 2 460 détenus dormaient sur un matelas au sol.", "2025-01-20",
         E("2 460", None, "2024-12-31", "as_of"), id="au-31-decembre"),
    case("À la fin du mois d'août, 20 000 personnes avaient traversé.", "2025-10-20",
         E("20 000", None, "2025-08-31", "as_of"), id="a-la-fin-du-mois-d-aout"),
    case("À ce jour, 64 personnes sont toujours portées disparues.", "2025-03-14",
         E("64", None, "2025-03-14", "as_of"), id="a-ce-jour"),
    case("Actuellement, 3 100 personnes sont hébergées en centre d'accueil.", "2025-03-14",
         E("3 100", None, "2025-03-14", "as_of"), id="actuellement"),
    case("Le bilan s'élève désormais à 18 morts.", "2025-03-14",
         E("18", None, "2025-03-14", "as_of"), id="desormais"),
    case("À ce stade, plus de 70 communes sont touchées.", "2024-10-16",
         E("plus de 70", None, "2024-10-16", "as_of"), id="a-ce-stade"),
    case("Quelque 578 000 personnes ont consulté depuis le début de l'épidémie.", "2017-01-04",
         E("Quelque 578 000", None, "2017-01-04", "as_of"), id="depuis-le-debut-de-l-epidemie"),
    case("Depuis le lancement de l'opération, 312 interpellations ont eu lieu.", "2024-05-20",
         E("312", None, "2024-05-20", "as_of"), id="depuis-le-lancement-sans-date"),
    case("Depuis le début de la grève le 4 mars, 310 vols ont été annulés.", "2024-03-20",
         E("310", "2024-03-04", "2024-03-20", "to_date"), id="depuis-le-debut-date-reste-date"),
    case("Jusqu'à présent, 1 240 dossiers ont été déposés.", "2024-10-16",
         E("1 240", None, "2024-10-16", "as_of"), id="jusqu-a-present"),
    case("Le taux de chômage atteint désormais 7,7 %, contre 7,4 % un trimestre plus tôt.",
         "2024-09-10", E("7,7 %", None, "2024-09-10", "as_of"), id="desormais-un-taux"),
    case("Le chômage touche actuellement 2,4 millions de personnes, contre 2,3 millions en "
         "2023.", "2024-09-10", E("2,3 millions", "2023-01-01", "2023-12-31", "interval"),
         id="actuellement-laisse-sa-periode-a-l-annee-dite"),
    # un état qui dure, au présent, n'est pas un événement du jour de la phrase d'avant
    case("Lundi, 240 vols ont été annulés. La compagnie emploie 4 100 pilotes.", "2025-11-13",
         E("4 100", None, "2025-11-13", "as_of"), id="emploie-apres-un-jour"),
    case("Mardi, 80 familles ont été évacuées. Le camp abrite 3 000 réfugiés.", "2025-11-13",
         E("3 000", None, "2025-11-13", "as_of"), id="abrite-apres-un-jour"),
    case("Dimanche, 14 bateaux sont arrivés. La préfecture dispose de 22 vedettes.", "2025-11-13",
         E("22", None, "2025-11-13", "as_of"), id="dispose-de-apres-un-jour"),
    case("Jeudi, 35 personnes ont été secourues. Le gymnase héberge 210 sinistrés.", "2025-11-13",
         E("210", None, "2025-11-13", "as_of"), id="heberge-apres-un-jour"),
]

# « depuis <un événement> en <année> » : du début de cette année à la publication, pas l'année
# seule ; un record mesuré depuis une année ne date rien.
SINCE_AN_EVENT_IN_A_YEAR = [
    case("Le fonds a perdu 12 % depuis son lancement en 2021.", "2025-11-13",
         E("12 %", "2021-01-01", "2025-11-13", "to_date"), id="depuis-son-lancement-en"),
    case("Depuis le début de la guerre en 2022, 6,2 millions de personnes ont fui.", "2025-11-13",
         E("6,2 millions", "2022-01-01", "2025-11-13", "to_date"), id="depuis-la-guerre"),
    case("L'association a relogé 1 800 familles depuis sa création en 2016.", "2025-11-13",
         E("1 800", "2016-01-01", "2025-11-13", "to_date"), id="depuis-sa-creation-en"),
    case("Depuis son arrivée à la mairie en 2020, le maire a recruté 240 policiers.",
         "2025-11-13", E("240", "2020-01-01", "2025-11-13", "to_date"), id="depuis-son-arrivee-en"),
    # the words between "depuis" and "en" never hold a figure: the figure stays a claim
    case("Depuis janvier, 25 000 personnes ont traversé la Manche en 2024.", "2024-11-13",
         E("25 000", "2024-01-01", "2024-11-13", "to_date"), id="le-chiffre-reste-un-chiffre"),
]

# Le jour où un chiffre est dit ne le date pas quand autre chose le date.
ANNOUNCED = [
    case("Le ministère a indiqué mardi que 240 personnes avaient été arrêtées en février.",
         "2025-03-14", E("240", "2025-02-01", "2025-02-28", "interval"),
         id="a-indique-mardi-en-fevrier"),
    case("La préfecture a annoncé lundi que 1 300 logements avaient été inondés depuis le "
         "début de l'année.", "2025-03-14",
         E("1 300", "2025-01-01", "2025-03-14", "to_date"), id="a-annonce-lundi-depuis-le-debut"),
    case("L'Insee a précisé jeudi que 61 000 emplois avaient été créés au troisième trimestre.",
         "2025-11-14", E("61 000", "2025-07-01", "2025-09-30", "interval"),
         id="a-precise-jeudi-au-troisieme-trimestre"),
]


# Un rappel au plus-que-parfait (« avaient recensé ») ne date pas la suite : le récit revient à
# son jour.
FLASHBACK = [
    case("Jeudi 13 mars, 1,1 million de personnes ont manifesté selon le ministère. À Lyon, la "
         "préfecture a compté 18 000 manifestants.\n\nLe 27 février, lors de la précédente "
         "journée, les autorités avaient recensé 980 000 manifestants, dont 71 000 à Paris.\n\n"
         "À Nantes, 12 000 personnes ont défilé selon la préfecture.", "2025-03-14",
         E("980 000", "2025-02-27", "2025-02-27", "day"),
         E("71 000", "2025-02-27", "2025-02-27", "day"),
         E("12 000", "2025-03-13", "2025-03-13", "day", "carried"), id="journee-precedente"),
    case("Samedi, 46 000 gilets jaunes ont manifesté dans toute la France.\n\nLe 17 novembre, "
         "la première journée avait rassemblé 282 000 personnes.\n\nÀ Bordeaux, 4 300 "
         "manifestants ont défilé.", "2018-12-10",
         E("4 300", "2018-12-08", "2018-12-08", "day", "carried"), id="premiere-journee"),
    case("Mardi, la grève a touché 31 % des enseignants. Le 5 décembre, le mouvement avait "
         "mobilisé 51 % des professeurs.\n\nEn Île-de-France, 2 100 écoles sont restées "
         "fermées.", "2024-12-12",
         E("2 100", "2024-12-10", "2024-12-10", "day", "carried"), id="greve-precedente"),
    case("Le 14 octobre, 1 300 personnes avaient été évacuées. Deux jours plus tard, 2 600 "
         "habitants avaient dû quitter leur logement.", "2024-10-20",
         E("2 600", "2024-10-16", "2024-10-16", "day"), id="recit-tout-au-plus-que-parfait"),
]


@pytest.mark.parametrize(
    "c", DAY + INTERVAL + AS_OF + SINCE_AN_EVENT_IN_A_YEAR + ANNOUNCED + FLASHBACK
)
def test_period_kinds_fr(c: PeriodCase) -> None:
    check(c, "fr")
