"""Périodes des chiffres en français, par classe de tournure relevée dans la presse (dépêches,
quotidiens nationaux et régionaux, bulletins sanitaires, bilans d'incendies) : plusieurs
phrases de notre cru par classe (autres chiffres, autres noms), jamais le texte d'un article."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# « Le lendemain », « deux jours plus tard » : un jour compté depuis celui dit avant.
LENDEMAIN = [
    case("Jeudi 13 mars, 1,2 million de personnes ont manifesté selon la CGT. Le lendemain, "
         "80 000 personnes étaient encore dans la rue.", "2025-03-20",
         E("80 000", "2025-03-14", "2025-03-14", "day"), id="le-lendemain"),
    case("Le 13 mars, 300 personnes ont été interpellées. Deux jours plus tard, 45 autres ont "
         "été arrêtées.", "2025-03-20",
         E("45", "2025-03-15", "2025-03-15", "day"), id="deux-jours-plus-tard"),
    case("La crue a atteint son pic le 14 septembre. Le jour suivant, 1 300 logements étaient "
         "encore inondés.", "2024-09-20",
         # flooded homes that day: a state held then, a level as of the day after the peak
         E("1 300", None, "2024-09-15", "as_of"), id="le-jour-suivant"),
    case("Le 14 mars, 640 000 manifestants ont défilé. La veille, 12 000 lycéens avaient bloqué "
         "leurs établissements.", "2024-03-15",
         E("12 000", "2024-03-13", "2024-03-13", "day"), id="la-veille-d-un-jour-dit"),
    case("Une semaine plus tard, 6 900 salariés avaient rejoint le mouvement.", "2024-06-20",
         E("6 900", None, "2024-06-20", "none", "publication"),
         id="sans-jour-avant-rien-n-est-date"),
]

# La période d'une proposition date tous ses chiffres.
PROPOSITION = [
    case("La police a interpellé 164 suspects dans 12 villes en avril.", "2024-06-03",
         E("164", "2024-04-01", "2024-04-30", "interval"), id="suspects-dans-villes-en-avril"),
    case("Les pompiers ont mené 1 250 interventions dans 31 communes pendant le week-end.",
         "2024-08-13", E("1 250", "2024-08-10", "2024-08-11", "interval"),
         id="interventions-dans-communes-le-week-end"),
    case("Quelque 412 personnes ont traversé à bord de 9 embarcations samedi.", "2024-09-16",
         E("Quelque 412", "2024-09-14", "2024-09-14", "day"), id="personnes-a-bord-samedi"),
]

# Trimestres et fenêtres d'une année nommée (l'année écrite sans « l'année »).
FENETRES = [
    case("Les gendarmes ont procédé à 18 interceptions sur le dernier trimestre 2018, contre 12 "
         "sur le premier trimestre 2019.", "2019-04-10",
         E("18", "2018-10-01", "2018-12-31", "interval"),
         E("12", "2019-01-01", "2019-03-31", "interval"), id="dernier-trimestre-2018"),
    case("Au premier trimestre 2019, 12 interceptions ont eu lieu.", "2020-05-01",
         E("12", "2019-01-01", "2019-03-31", "interval"), id="premier-trimestre-d-une-autre-annee"),
    case("Sur les trois premiers mois 2019, 19 traversées ont été recensées.", "2020-05-01",
         E("19", "2019-01-01", "2019-03-31", "interval"), id="trois-premiers-mois-2019"),
    case("On a compté 41 traversées sur les trois derniers mois 2018.", "2019-04-10",
         E("41", "2018-10-01", "2018-12-31", "interval"), id="trois-derniers-mois-2018"),
    case("Pour ce troisième trimestre, le nombre d'inscrits atteint 3,1 millions.", "2022-10-26",
         E("3,1 millions", "2022-07-01", "2022-09-30", "interval"),
         id="pour-ce-troisieme-trimestre"),
    case("Sur les deux premières semaines de septembre, 4 200 hectares ont brûlé.", "2022-09-20",
         E("4 200 hectares", "2022-09-01", "2022-09-14", "interval"),
         id="deux-premieres-semaines-de-septembre"),
    case("Plus de 3 100 hectares ont brûlé la semaine du 25 juin.", "2022-07-20",
         E("Plus de 3 100 hectares", "2022-06-25", "2022-07-01", "interval"),
         id="la-semaine-du-25-juin"),
    case("Depuis mardi 12 juillet, plus de 9 000 hectares ont brûlé en Gironde.", "2022-07-20",
         E("plus de 9 000 hectares", "2022-07-12", "2022-07-20", "to_date"),
         id="depuis-mardi-12-juillet"),
]


# Parties de mois sans année, fenêtres jusqu'à une fin de mois, même date l'an dernier.
MOIS = [
    case("Mi-août, 3 400 hectares avaient brûlé dans le département.", "2024-09-10",
         E("3 400 hectares", "2024-08-11", "2024-08-20", "interval"), id="mi-aout"),
    case("Des orages ont frappé la côte début juillet : 210 habitations ont été inondées.",
         "2024-09-10", E("210", "2024-07-01", "2024-07-10", "interval"), id="debut-juillet"),
    case("La région a été touchée mi-août 2023, quand 310 maisons ont été inondées.",
         "2024-09-10", E("310", "2023-08-11", "2023-08-20", "interval"), id="mi-aout-2023"),
    case("Entre janvier et fin août, 9 800 entreprises ont fait faillite.", "2024-09-10",
         E("9 800", "2024-01-01", "2024-08-31", "interval"), id="entre-janvier-et-fin-aout"),
    case("De mars à fin mai 2023, 4 100 demandes ont été déposées.", "2024-09-10",
         E("4 100", "2023-03-01", "2023-05-31", "interval"), id="de-mars-a-fin-mai-2023"),
    case("L'an dernier à la même date, 540 cas avaient été recensés.", "2024-09-10",
         E("540", "2023-01-01", "2023-09-10", "interval"), id="l-an-dernier-a-la-meme-date"),
    case("En l'espace de trois jours, 12 000 personnes ont été évacuées.", "2024-09-10",
         E("12 000", "2024-09-08", "2024-09-10", "to_date"), id="en-l-espace-de-trois-jours"),
]


# « Son plus bas niveau depuis 2008 » : un record ne date pas le chiffre.
RECORDS = [
    case("Le chômage est tombé à 7,1 %, son plus bas niveau depuis 2008.", "2024-10-05",
         E("7,1 %", None, None, "none"), id="plus-bas-niveau-depuis-2008"),
    case("Avec 6 200 traversées, septembre est le mois le plus élevé depuis 2022.",
         "2024-10-05",
         E("6 200", None, "2024-10-05", "none", "publication"), id="le-plus-eleve-depuis"),
    case("Depuis 2019, 41 000 personnes ont traversé.", "2024-10-05",
         E("41 000", "2019-01-01", "2024-10-05", "to_date"), id="un-depuis-simple-date"),
    case("Samedi et dimanche, 1 340 personnes ont débarqué sur l'île.", "2024-10-07",
         E("1 340", "2024-10-05", "2024-10-06", "interval"), id="samedi-et-dimanche"),
]

# Abréviations (T2, S1) et exercices à cheval sur deux années (qui ne datent rien).
ABREGES = [
    case("Au T2 2024, le chiffre d'affaires a atteint 4,1 milliards d'euros.", "2024-07-26",
         E("4,1 milliards d'euros", "2024-04-01", "2024-06-30", "interval"), id="t2-2024"),
    case("Le résultat du S1 2023 s'élève à 210 millions d'euros.", "2024-07-26",
         E("210 millions d'euros", "2023-01-01", "2023-06-30", "interval"), id="s1-2023"),
    case("En 2023-2024, 12 000 élèves ont été scolarisés.", "2024-07-26",
         E("12 000", None, None, "none", "unresolved"), id="annee-scolaire"),
    case("Sur l'exercice 2023-24, le groupe a perdu 310 millions d'euros.", "2024-07-26",
         E("310 millions d'euros", None, None, "none", "unresolved"), id="exercice-2023-24"),
]

# Un bilan ou un stock connu un jour est « au » ce jour ; un événement de ce jour est le jour.
# Un jour écrit sans mois (« Le 27, », « Jeudi 27, ») est le dernier 27 avant publication.
BILANS = [
    case("Mardi, le bilan s'élevait à 64 morts.", "2024-10-05",
         E("64", None, "2024-10-01", "as_of"), id="le-bilan-mardi"),
    case("Jeudi soir, 120 000 foyers étaient toujours privés d'électricité.", "2024-10-05",
         E("120 000", None, "2024-10-03", "as_of"), id="toujours-prives-d-electricite"),
    case("Le bilan de la tempête est passé à 12 morts samedi.", "2024-10-06",
         E("12", None, "2024-10-05", "as_of"), id="le-bilan-est-passe-a-samedi"),
    case("Jeudi, 1,1 million de personnes ont manifesté.", "2024-10-05",
         E("1,1 million", "2024-10-03", "2024-10-03", "day"), id="un-evenement-reste-un-jour"),
    case("Le 13 mars, 1,2 million de personnes ont manifesté. Le 27, 800 000 personnes ont "
         "défilé.", "2025-03-29", E("800 000", "2025-03-27", "2025-03-27", "day"), id="le-27"),
    case("Le 13 mars, 1,2 million de personnes ont manifesté. Jeudi 27, 800 000 personnes ont "
         "défilé.", "2025-03-29", E("800 000", "2025-03-27", "2025-03-27", "day"),
         id="jeudi-27"),
    case("Le 13 mars, 1,2 million de personnes ont manifesté. Quinze jours après, 800 000 "
         "personnes ont défilé.", "2025-03-29",
         E("800 000", "2025-03-28", "2025-03-28", "day"), id="quinze-jours-apres"),
    case("Samedi 3 000 personnes ont défilé à Nantes.", "2025-03-29",
         E("3 000", "2025-03-29", "2025-03-29", "day"), id="samedi-3-000-n-est-pas-le-3"),
]


# Une phrase sans chiffre qui nomme le jour date les chiffres de la phrase qui suit.
SCENES = [
    case("Des heurts ont éclaté jeudi à Paris. La police a interpellé 412 personnes.",
         "2025-03-14", E("412", "2025-03-13", "2025-03-13", "day", "carried"),
         id="la-scene-du-jour"),
    case("La tempête a frappé la côte mardi.\n\nElle a fait 12 morts.", "2025-03-14",
         E("12", None, "2025-03-14", "as_of", "carried"),
         id="apres-un-saut-de-ligne"),
    case("La loi est entrée en vigueur en janvier. La police a verbalisé 412 personnes.",
         "2025-03-14", E("412", None, "2025-03-14", "none", "publication"),
         id="un-mois-ne-fait-pas-une-scene"),
]

# Base de comparaison, années entières et fenêtres écoulées.
BASES = [
    case("Au premier semestre 2024, 4 200 demandes ont été déposées, soit 12 % de plus qu'au "
         "premier semestre 2023.", "2024-10-10",
         E("12 %", "2024-01-01", "2024-06-30", "interval"), id="de-plus-qu-au-semestre"),
    case("Sur l'ensemble de 2023, 57 000 défaillances ont été recensées.", "2024-10-10",
         E("57 000", "2023-01-01", "2023-12-31", "interval"), id="sur-l-ensemble-de-2023"),
    case("Courant 2023, 1 200 postes ont été supprimés.", "2024-10-10",
         E("1 200", "2023-01-01", "2023-12-31", "interval"), id="courant-2023"),
    case("Au cours de l'année écoulée, 310 personnes ont été évacuées.", "2024-10-10",
         E("310", "2023-10-11", "2024-10-10", "to_date"), id="l-annee-ecoulee"),
    case("Elle attend depuis 19 mois une opération.", "2024-10-10",
         E("19 mois", None, None, "none"), id="depuis-19-mois-reste-une-duree"),
]

# « Depuis le début de l'épidémie en mars » : du début de ce mois à la publication.
DEPUIS = [
    case("Depuis le début de l'épidémie en mars, 1 240 cas ont été confirmés.", "2024-11-08",
         E("1 240", "2024-03-01", "2024-11-08", "to_date"), id="depuis-l-epidemie-en-mars"),
    case("Depuis son lancement en septembre 2023, le dispositif a aidé 4 100 familles.",
         "2024-11-08", E("4 100", "2023-09-01", "2024-11-08", "to_date"),
         id="depuis-son-lancement-en-septembre-2023"),
    case("Depuis le début de la grève le 4 mars, 310 vols ont été annulés.", "2024-03-20",
         E("310", "2024-03-04", "2024-03-20", "to_date"), id="depuis-la-greve-le-4-mars"),
]

# Un jour de semaine est le dernier tel jour jusqu'à la publication (elle comprise), quel que
# soit le jour où elle tombe ; jamais une ou deux semaines plus tôt. Jours nommés avec leur
# date, y compris dans une plage (« du lundi 3 au dimanche 9 mars »).
JOURS = [
    case("Dans la soirée de jeudi, 230 voitures ont été incendiées.", "2025-03-11",
         E("230", "2025-03-06", "2025-03-06", "day"), id="soiree-de-jeudi-lu-un-mardi"),
    case("Vendredi, 4 700 personnes ont manifesté à Lille.", "2025-03-14",
         E("4 700", "2025-03-14", "2025-03-14", "day"), id="vendredi-lu-un-vendredi"),
    case("Mardi dernier, 640 personnes ont été évacuées.", "2025-03-16",
         E("640", "2025-03-11", "2025-03-11", "day"), id="mardi-dernier-lu-un-dimanche"),
    case("Dimanche soir, 95 000 supporters ont envahi les rues.", "2025-03-17",
         E("95 000", "2025-03-16", "2025-03-16", "day"), id="dimanche-soir-lu-un-lundi"),
    case("Mardi 4, 1 800 personnes ont défilé à Rouen.", "2025-03-14",
         E("1 800", "2025-03-04", "2025-03-04", "day"), id="mardi-4-sans-mois"),
    case("Samedi 1er, 2 300 agriculteurs ont bloqué les routes.", "2025-03-14",
         E("2 300", "2025-03-01", "2025-03-01", "day"), id="samedi-1er-sans-mois"),
    case("Dans la nuit de samedi à dimanche, 64 véhicules ont brûlé.", "2025-03-16",
         E("64", "2025-03-15", "2025-03-16", "interval"), id="nuit-samedi-dimanche-lu-dimanche"),
    case("Du lundi 3 au dimanche 9 mars, 1 250 cas de grippe ont été signalés.", "2025-03-14",
         E("1 250", "2025-03-03", "2025-03-09", "interval"), id="du-lundi-3-au-dimanche-9-mars"),
    case("Entre le lundi 3 et le vendredi 7 mars, 410 vols ont été annulés.", "2025-03-14",
         E("410", "2025-03-03", "2025-03-07", "interval"), id="entre-le-lundi-3-et-le-vendredi-7"),
    case("Le jeudi 13 mars, 2 600 enseignants seront en grève.", "2025-03-11",
         E("2 600", "2025-03-13", "2025-03-13", "day"), id="jeudi-13-mars-qui-vient"),
    case("Mercredi 13 mars, 700 personnes ont défilé.", "2025-03-14",
         E("700", "2025-03-13", "2025-03-13", "day"), id="jour-de-semaine-errone-meme-annee"),
    case("Du vendredi 28 février au dimanche 2 mars, 3 900 skieurs ont été secourus.",
         "2025-03-14", E("3 900", "2025-02-28", "2025-03-02", "interval"),
         id="du-vendredi-28-fevrier-au-dimanche-2-mars"),
]

NEWS = (
    JOURS + DEPUIS + BASES + SCENES + LENDEMAIN + PROPOSITION + FENETRES + MOIS + BILANS + ABREGES
    + RECORDS
)


@pytest.mark.parametrize("c", NEWS)
def test_period_news_fr(c: PeriodCase) -> None:
    check(c, "fr")
