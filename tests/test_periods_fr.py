"""Periods of French figures: every FIELD_NOTES row P1-P19 that names French (and the French
forms of the others), and more sentences of each class met in real news (our own wording)."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FIELD_NOTES = [
    case("Le 14 mars, 640 000 manifestants ont défilé selon le ministère de l'Intérieur.",
         "2023-03-15", E("640 000", "2023-03-14", "2023-03-14", "day"), id="P2-le-14-mars"),
    case("Le ministère a annoncé lundi que 250 plaintes avaient été déposées en mai et juin.",
         "2024-07-09", E("250", "2024-05-01", "2024-06-30", "interval"), id="P4-a-annonce-lundi"),
    case("En 2024, au moins 58 personnes sont mortes en tentant la traversée.", "2024-12-10",
         E("au moins 58", "2024-01-01", "2024-12-10", "to_date"), id="P6-en-2024"),
    case("De janvier à vendredi dernier, 930 cas ont été signalés.", "2024-06-18",
         E("930", "2024-01-01", "2024-06-14", "interval"), id="P8-de-janvier-a-vendredi"),
    case("Les victimes ont déposé 140 plaintes du 4 au 8 mars.", "2024-03-12",
         E("140", "2024-03-04", "2024-03-08", "interval"), id="P9-du-4-au-8-mars"),
    case("Les concessionnaires ont vendu 3 200 véhicules entre octobre l'an dernier et mai "
         "cette année.", "2024-06-20",
         E("3 200", "2023-10-01", "2024-05-31", "interval"), id="P10-entre-octobre-et-mai"),
    case("Jusqu'à fin juin, 1 240 personnes ont été interpellées.", "2024-07-10",
         E("1 240", "2024-01-01", "2024-06-30", "interval"), id="P11-jusqu-a-fin-juin"),
    case("Les garde-côtes ont recensé 28 100 arrivées, soit 9 % de plus que les 25 800 "
         "enregistrées à la même période l'an dernier.", "2024-10-20",
         E("28 100", "2024-01-01", "2024-10-20", "to_date"),
         E("25 800", "2023-01-01", "2023-10-20", "interval"), id="P12-meme-periode"),
    case("310 signalements ont été faits depuis le lancement de l'opération le 2 mai.",
         "2024-06-03", E("310", "2024-05-02", "2024-06-03", "to_date"),
         id="P13-depuis-le-lancement"),
    case("La police a interpellé 164 suspects en avril et mai. Parmi eux, 118 adolescents.",
         "2024-06-03",
         E("118", "2024-04-01", "2024-05-31", "interval", "carried", source_surface="164"),
         id="P14-parmi-eux"),
    case("En juillet, 469 individus ont été interpellés, dont 17 mineurs.", "2024-08-05",
         E("17", "2024-07-01", "2024-07-31", "interval", "carried", source_surface="469"),
         id="P14-dont"),
    case("Les secours ont effectué 2 300 interventions en août. Sur ce total, 410 concernaient "
         "des noyades.", "2024-09-03",
         E("410", "2024-08-01", "2024-08-31", "interval", "carried", source_surface="2 300"),
         id="P14-sur-ce-total"),
    case("La police a retenu 164 suspects en avril et mai. Les suspects interpellés comptaient "
         "95 étudiants.", "2024-06-03",
         E("95", "2024-04-01", "2024-05-31", "interval", "carried", source_surface="164"),
         id="P15-les-suspects-comptaient"),
    case("Selon un rapport de 2023, 48 % des adultes utilisaient le service.", "2024-03-01",
         E("48 %", "2023-01-01", "2023-12-31", "interval"), id="P16-un-rapport-de-2023"),
    case("# 640 interpellations dans l'enquête sur les fraudes\n\n"
         "La police a interpellé 640 personnes depuis le début de l'année, selon un bilan arrêté "
         "au 15 octobre.", "2024-10-20",
         E("640", "2024-01-01", "2024-10-15", "to_date", "carried"), id="P17-titre"),
    case("La semaine dernière, 91 signalements ont été enregistrés.", "2024-09-09",
         E("91", "2024-09-02", "2024-09-08", "interval"), id="P18-la-semaine-derniere"),
]

READING = [
    # Health tolls: windows between two days, the last 24 hours, totals as of a day.
    case("Les décès ont atteint 141 700 entre le 1er septembre et le 16 novembre.", "2020-11-27",
         E("141 700", "2020-09-01", "2020-11-16", "interval"), id="entre-le-1er-et-le-16"),
    case("Le nombre de décès au cours des dernières 24 heures s'élève à 604.", "2020-11-30",
         E("604", "2020-11-29", "2020-11-30", "to_date"), id="dernieres-24-heures"),
    case("Au 30 novembre, 52 731 décès avaient été enregistrés.", "2020-12-02",
         E("52 731", None, "2020-11-30", "as_of"), id="au-30-novembre"),
    case("À la date du 15 mars, 4 210 dossiers étaient en attente.", "2024-03-20",
         E("4 210", None, "2024-03-15", "as_of"), id="a-la-date-du"),
    # Unrest: nights, ranges of weekdays, since a day, yesterday.
    case("Dans la nuit du 29 au 30 juin, 988 personnes ont été interpellées.", "2023-07-03",
         E("988", "2023-06-29", "2023-06-30", "interval"), id="la-nuit-du-29-au-30"),
    case("Quelque 3 200 personnes ont été interpellées entre mardi et dimanche.", "2023-07-03",
         E("Quelque 3 200", "2023-06-27", "2023-07-02", "interval"), id="entre-mardi-et-dimanche"),
    case("Au total, 1 901 personnes ont été interpellées depuis le 12 octobre.", "2010-10-21",
         E("1 901", "2010-10-12", "2010-10-21", "to_date"), id="depuis-le-12-octobre"),
    case("Hier, 245 personnes ont été interpellées.", "2010-10-21",
         E("245", "2010-10-20", "2010-10-20", "day"), id="hier"),
    case("Depuis lundi, 127 interpellations ont eu lieu.", "2024-05-15",
         E("127", "2024-05-13", "2024-05-15", "to_date"), id="depuis-lundi"),
    # Economy: quarters, stocks at the end of a month, the month so far.
    case("Le taux de chômage s'établit à 7,4 % au troisième trimestre.", "2024-11-14",
         E("7,4 %", "2024-07-01", "2024-09-30", "interval"), id="au-troisieme-trimestre"),
    case("À fin septembre, 3 430 000 demandeurs d'emploi étaient inscrits.", "2024-10-25",
         E("3 430 000", None, "2024-09-30", "as_of"), id="a-fin-septembre"),
    case("Depuis le début du mois, 1 150 migrants ont traversé la Manche.", "2024-09-13",
         E("1 150", "2024-09-01", "2024-09-13", "to_date"), id="depuis-le-debut-du-mois"),
    case("La préfecture a indiqué jeudi que 75 maisons avaient été détruites.", "2024-08-12",
         E("75", None, "2024-08-08", "as_of"), id="annonce-seule"),
    case("Le 26 août, l'association a publié un rapport selon lequel 220 000 personnes "
         "participaient à ces salons.", "2024-08-31",
         E("220 000", None, "2024-08-26", "as_of"), id="jour-de-publication-d-un-rapport"),
    # Bulletins: the month before, two days of one month, a weekday with its date.
    case("Les défaillances ont atteint 5 120 en mars, contre 4 870 le mois précédent.",
         "2024-04-10",
         E("5 120", "2024-03-01", "2024-03-31", "interval"),
         E("4 870", "2024-02-01", "2024-02-29", "interval"), id="le-mois-precedent"),
    case("La tempête a causé 120 millions d'euros de dégâts les 4 et 5 février.", "2025-02-12",
         E("120 millions d'euros", "2025-02-04", "2025-02-05", "interval"),
         id="les-4-et-5-fevrier"),
    case("Jeudi 13 mars, 1,08 million de personnes ont manifesté.", "2025-03-20",
         E("1,08 million", "2025-03-13", "2025-03-13", "day"), id="jeudi-13-mars"),
    case("L'entreprise prévoit de supprimer 1 500 emplois d'ici fin 2025.", "2024-10-24",
         E("1 500", None, "2025-12-31", "as_of"), id="fin-2025"),
    case("Les gendarmes ont procédé à 96 interpellations ce week-end.", "2024-06-11",
         E("96", "2024-06-08", "2024-06-09", "interval"), id="ce-week-end"),
    case("Cette semaine, 310 signalements ont été reçus.", "2024-06-13",
         E("310", "2024-06-10", "2024-06-13", "to_date"), id="cette-semaine"),
    # Le cadre de l'article : une phrase sans période continue celle d'avant.
    case("Jeudi 20 mars, 880 000 personnes ont manifesté selon l'Intérieur.\n\n"
         "Au total, 231 personnes ont été interpellées, dont 47 à Paris.\n\n"
         "Dix-neuf policiers ont été blessés.", "2025-03-21",
         E("231", "2025-03-20", "2025-03-20", "day", "carried", source_surface="880 000"),
         E("47", "2025-03-20", "2025-03-20", "day", "carried", source_surface="231"),
         # the injured of a protest day are that day's count, not a growing toll (claims.tolls)
         E("Dix-neuf", "2025-03-20", "2025-03-20", "day", "carried"), id="cadre-du-jour"),
    case("En juillet, 212 personnes ont été secourues en mer.\n\n"
         "La station compte désormais 1 400 bénévoles.", "2024-08-05",
         E("1 400", None, "2024-08-05", "as_of", "publication"), id="le-present-rompt-le-cadre"),
]


@pytest.mark.parametrize("c", FIELD_NOTES + READING)
def test_period_fr(c: PeriodCase) -> None:
    check(c, "fr")
