"""Périodes des chiffres de la statistique publique et des résultats d'entreprise en français,
relevées dans la presse économique et les dépêches (commerce extérieur, logement, emploi,
naufrages) : « le déficit d'octobre, de 5,9 milliards » (un mois complément d'un nom) ; « contre
28 % trois ans plus tôt » (un pas de plusieurs unités en arrière) ; « contre 4,6 milliards
annoncés il y a un mois » (le jour d'une annonce au pluriel ne date pas le chiffre) ; une liste
d'éléments chiffrés entre parenthèses qui dit son temps une fois (« parfums (1,8 milliard en
octobre), vins (1,2 milliard) ») ; « A la même époque », « A fin septembre » sans accent ; « portant
le bilan à 31 morts » (un total courant tient au jour des événements qui l'y ont porté) ; « Jeudi
26 novembre, la grève a été suivie. » (une phrase sans chiffre autre que sa date d'ouverture
date les chiffres de la suivante) ; « la prime, aujourd'hui de 95 euros » (une valeur sans
verbe, un niveau) ; « Sur douze mois glissants » après les chiffres d'un mois fini (la fenêtre
finit avec ce mois, celui de la publication statistique) ; les résultats d'entreprise (« au
3ème trimestre 2025 », « Sur 9 mois, », « A fin septembre 2025 ») ; « à pareille époque » (la
même période) ; « Le bilan du séisme qui a frappé vendredi s'est alourdi à » (le jour du sujet
date l'événement, pas le bilan). Des phrases de notre cru,
jamais le texte d'un article ; chaque classe a ses lignes négatives."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# « le déficit de mai », « l'inflation d'août », « le précédent record d'avril 2022 » : le mois
# que nomme le complément d'un nom, quand il est fini à la publication. Pas « à partir de mai »
# (un début), ni « de mai 2024 à juillet » (une fenêtre), ni le mois en cours (« l'épisode
# d'août » lu en août : un événement que l'article date mieux).
MONTH_OF = [
    case("Le déficit commercial a atteint 9,1 milliards d'euros en juin. Le déficit de mai, de "
         "8,7 milliards, a été révisé.", "2025-08-08",
         E("8,7 milliards", "2025-05-01", "2025-05-31", "interval"), id="le-deficit-de-mai-de-n"),
    case("Le solde de mai s'établissait à 8,5 milliards d'euros.", "2025-08-08",
         E("8,5 milliards d'euros", "2025-05-01", "2025-05-31", "interval"),
         id="le-solde-de-mai-s-etablissait"),
    case("L'inflation d'août s'établit à 1,1 % sur un an, après 1,0 % en juillet.", "2025-09-30",
         E("1,1 %", "2025-08-01", "2025-08-31", "interval"),
         E("1,0 %", "2025-07-01", "2025-07-31", "interval"), id="l-inflation-d-aout"),
    case("Le précédent record d'avril 2022, de 12,9 milliards, reste loin.", "2025-05-09",
         E("12,9 milliards", "2022-04-01", "2022-04-30", "interval"),
         id="le-record-d-avril-2022"),
    case("Les immatriculations de janvier ont reculé de 6 % sur un an.", "2025-03-03",
         E("6 %", "2025-01-01", "2025-01-31", "interval"), id="les-immatriculations-de-janvier"),
    case("À partir de mai, 3 000 contrats ont été signés.", "2025-09-05",
         E("3 000", None, "2025-09-05", "none"), id="a-partir-de-mai-n-est-pas-le-mois"),
    case("De mai 2024 à juillet, 800 postes ont été créés.", "2025-09-05",
         E("800", None, "2025-09-05", "none"), id="de-mai-2024-a-juillet-pas-mai-seul"),
    case("Les tarifs de janvier augmenteront de 4 %.", "2025-12-05",
         E("4 %", None, None, "none"), id="un-mois-lointain-sans-annee-ne-date-pas"),
    case("La loi de juillet a permis de régulariser 3 400 travailleurs.", "2025-11-20",
         E("3 400", None, "2025-11-20", "none"), id="le-mois-d-un-acte-date-l-acte"),
    case("Les inondations de septembre ont causé 240 millions d'euros de dégâts.", "2025-11-20",
         E("240 millions d'euros", "2025-09-01", "2025-09-30", "interval"),
         id="le-mois-d-un-evenement"),
    case("La fin de mai a vu 300 départs.", "2025-09-05",
         E("300", None, "2025-09-05", "none"), id="la-fin-de-mai-pas-le-mois"),
    case("Les pompiers sont intervenus du 8 au 18 août. La canicule a fait 640 morts, dont "
         "12 pendant l'épisode d'août.", "2025-08-22",
         E("12", None, "2025-08-22", "none"), id="le-mois-en-cours-ne-date-pas"),
]

# « trois ans plus tôt », « dix ans auparavant », « trois mois plus tôt » : le temps du chiffre
# comparé, reculé d'autant d'unités ; « un mois plus tôt » reste d'un seul.
UNITS_EARLIER = [
    case("Selon l'Insee, 31 % des logements étaient vacants au 1er janvier 2025, contre 28 % "
         "trois ans plus tôt.", "2025-12-03",
         E("28 %", None, "2022-01-01", "as_of"), id="trois-ans-plus-tot-d-une-date"),
    case("Le port a traité 41 millions de tonnes en 2024, contre 36 millions dix ans "
         "auparavant.", "2025-12-03",
         E("36 millions", "2014-01-01", "2014-12-31", "interval"), id="dix-ans-auparavant"),
    case("Au 30 septembre, 1 200 postes étaient vacants. Deux ans plus tôt, ils étaient 870.",
         "2025-12-03", E("870", None, "2023-09-30", "as_of"), id="deux-ans-plus-tot-en-tete"),
    case("En octobre, 5 400 demandes ont été déposées, contre 4 100 trois mois plus tôt.",
         "2025-12-03", E("4 100", "2025-07-01", "2025-07-31", "interval"),
         id="trois-mois-plus-tot"),
    case("En octobre, 5 400 demandes ont été déposées, contre 4 900 un mois plus tôt.",
         "2025-12-03", E("4 900", "2025-09-01", "2025-09-30", "interval"),
         id="un-mois-plus-tot-reste-un"),
]

# Le jour d'une annonce, accordée au pluriel (« annoncés il y a un mois ») : il date l'annonce,
# pas le chiffre, qui garde le temps de sa phrase.
ANNOUNCED = [
    case("Le solde de septembre a été révisé à 4,2 milliards d'euros, contre 4,6 milliards "
         "annoncés il y a un mois.", "2025-12-05",
         E("4,2 milliards d'euros", "2025-09-01", "2025-09-30", "interval"),
         E("4,6 milliards", "2025-09-01", "2025-09-30", "interval"), id="annonces-il-y-a-un-mois"),
    case("Il y a un mois, 4 600 emplois avaient été supprimés.", "2025-12-05",
         E("4 600", "2025-11-05", "2025-11-05", "day"), id="il-y-a-un-mois-sans-annonce-date"),
]


# Une liste d'éléments, chacun avec son chiffre entre parenthèses, dit son temps une fois, dans
# le premier : les suivants le partagent. Pas le temps d'une comparaison (« (contre 0,3 % en
# juin) »), ni une liste qui n'en dit aucun.
LISTED = [
    case("Les excédents restent concentrés sur quelques secteurs : parfums (1,8 milliard en "
         "octobre), vins (1,2 milliard, dont 0,7 milliard pour le champagne) et médicaments "
         "(0,6 milliard).", "2025-12-05",
         E("1,2 milliard", "2025-10-01", "2025-10-31", "interval"),
         E("0,6 milliard", "2025-10-01", "2025-10-31", "interval"),
         id="secteurs-entre-parentheses"),
    case("Le chômage touche la Guadeloupe (18,1 % au troisième trimestre), la Guyane (14,2 %) et "
         "la Martinique (11,9 %), selon l'Insee.", "2025-12-05",
         E("14,2 %", "2025-07-01", "2025-09-30", "interval"),
         E("11,9 %", "2025-07-01", "2025-09-30", "interval"), id="regions-entre-parentheses"),
    case("Trois communes ont été sinistrées : Vals (41 maisons le 3 mai), Aubenas (28) et "
         "Privas (12).", "2025-05-20",
         E("28", "2025-05-03", "2025-05-03", "day"), E("12", "2025-05-03", "2025-05-03", "day"),
         id="communes-entre-parentheses-un-jour"),
    case("Les importations ont progressé de 1,9 % (contre 0,3 % en juin), et les régions "
         "(0,4 %) suivent.", "2025-12-05", E("0,4 %", None, None, "none"),
         id="pas-le-temps-d-une-comparaison"),
    case("Le Mali reste le premier pays de provenance, devant la Guinée (4 800) et le Sénégal "
         "(près de 3 000).", "2025-10-21", E("4 800", None, "2025-10-21", "none"),
         id="une-liste-qui-ne-dit-aucun-temps"),
]


# La presse écrit souvent « A » pour « À » en tête de phrase : « A la même époque l'an
# dernier », « A fin septembre », « A la fin du mois d'août » se lisent comme accentués. Un
# « A » qui n'est pas un mot seul (« catégorie A, B et C ») ne change rien.
ACCENTLESS = [
    case("Entre le 1er janvier et le 31 août, plus de 14 000 migrants ont tenté la traversée. "
         "A la même époque l'an dernier, ils étaient 5 900.", "2025-09-24",
         E("5 900", "2024-01-01", "2024-08-31", "interval"), id="a-la-meme-epoque"),
    case("A fin septembre, 2,87 millions de personnes étaient inscrites. A la fin du mois "
         "d'août, elles étaient 2,91 millions.", "2025-10-24",
         E("2,87 millions", None, "2025-09-30", "as_of"),
         E("2,91 millions", None, "2025-08-31", "as_of"), id="a-fin-septembre-a-la-fin-du-mois"),
    case("Les inscrits en catégorie A, B et C étaient 5,4 millions au troisième trimestre.",
         "2025-10-24", E("5,4 millions", "2025-07-01", "2025-09-30", "interval"),
         id="une-categorie-a-n-est-pas-a"),
]

# « portant le bilan à 31 morts » : le total courant que les événements du jour ont porté à
# un chiffre tient à ce jour (as_of), même quand ce jour est dit loin de lui ; les événements
# eux-mêmes restent du jour, et un compte sans ce lien aussi.
TOTAL_LINK = [
    case("Cinq nouveaux corps ont été repêchés mercredi matin par les plongeurs de la marine, "
         "portant le bilan à 31 morts, contre 26 mardi.", "2025-06-12",
         E("Cinq", "2025-06-11", "2025-06-11", "day"), E("31", None, "2025-06-11", "as_of"),
         E("26", None, "2025-06-10", "as_of"), id="portant-le-bilan-a"),
    case("Trois randonneurs ont été secourus samedi par les gendarmes du PGHM, ce qui porte le "
         "total à 64 depuis le début de la saison.", "2025-08-04",
         E("Trois", "2025-08-02", "2025-08-02", "day"), id="ce-qui-porte-le-total-le-jour-reste"),
    case("Cinq corps ont été repêchés mercredi par les plongeurs de la marine, et 12 rescapés "
         "ont été hospitalisés.", "2025-06-12", E("12", "2025-06-11", "2025-06-11", "day"),
         id="un-compte-du-jour-reste-le-jour"),
]


# Une phrase qui s'ouvre sur un jour (« Jeudi 26 novembre, », « Le 14 mars, ») et ne porte
# pas d'autre chiffre pose la scène des chiffres de la phrase suivante, comme « Jeudi, ... ».
# Pas un jour plus loin dans la phrase (« appelle à manifester le 25 mars »), ni un état dit
# au présent.
OPENING_DAY = [
    case("Mercredi 26 novembre, la grève des cheminots a été très suivie en Bretagne. Les trains "
         "ont circulé au ralenti, mais près de 400 trajets ont été supprimés.", "2025-11-27",
         E("près de 400", "2025-11-26", "2025-11-26", "day"), id="mercredi-26-novembre-virgule"),
    case("Le 14 mars, les agriculteurs ont bloqué les accès de Rennes. La préfecture a recensé "
         "410 tracteurs.", "2025-03-15", E("410", "2025-03-14", "2025-03-14", "day"),
         id="le-14-mars-virgule"),
    case("Le syndicat appelle à une nouvelle journée de blocage le 25 février. La préfecture a "
         "recensé 410 tracteurs.", "2025-03-15", E("410", None, "2025-03-15", "none"),
         id="un-jour-plus-loin-ne-pose-pas-la-scene"),
    case("Vendredi 14 mars, la grève a paralysé le réseau de bus. Le réseau compte désormais "
         "1 200 conducteurs.", "2025-03-15", E("1 200", None, "2025-03-15", "as_of"),
         id="un-etat-au-present-reste-a-la-publication"),
]


# « aujourd'hui de 95 euros », « aujourd'hui à 11,88 euros » : la valeur qu'un nom a
# maintenant, sans verbe, un niveau à la publication ; un compte d'aujourd'hui reste le jour.
VALUE_TODAY = [
    case("Les syndicats demandent que la prime de nuit, aujourd'hui de 95 euros brut pour une "
         "garde, soit portée à 150 euros.", "2025-11-27",
         E("95 euros", None, "2025-11-27", "as_of"), id="aujourd-hui-de-n-euros"),
    case("Le Smic horaire, aujourd'hui à 11,88 euros, sera revalorisé.", "2025-11-27",
         E("11,88 euros", None, "2025-11-27", "as_of"), id="aujourd-hui-a-n-euros"),
    case("Ils étaient aujourd'hui 4 500 à défiler à Brest.", "2025-11-27",
         E("4 500", "2025-11-27", "2025-11-27", "day"), id="un-compte-d-aujourd-hui-reste"),
]


# « sur douze mois glissants », « sur les douze derniers mois » sans fin dite, juste après les
# chiffres d'un mois fini (une publication statistique) : la fenêtre finit avec ce mois, pas à
# la publication. Seule, ou après une fenêtre plus longue qu'elle (« l'an dernier »), ou en
# jours, elle reste à la publication.
ROLLING = [
    case("Sur les neuf premiers mois de l'année, le déficit atteint 58,1 milliards d'euros. Sur "
         "douze mois glissants, il s'établit à 74,9 milliards.", "2025-11-07",
         E("74,9 milliards", "2024-10-01", "2025-09-30", "interval"), id="douze-mois-glissants"),
    case("En juillet, le déficit a atteint 5,2 milliards d'euros. Sur les douze derniers mois, "
         "le déficit cumulé est de 61,3 milliards d'euros.", "2025-09-10",
         E("61,3 milliards d'euros", "2024-08-01", "2025-07-31", "interval"),
         id="douze-derniers-mois-apres-un-mois"),
    case("En septembre, le nombre de transactions réalisées au cours des douze derniers mois "
         "s'établit à 812 000.", "2025-11-27",
         E("812 000", "2024-10-01", "2025-09-30", "interval"), id="en-septembre-douze-derniers"),
    case("Sur les douze derniers mois, le déficit cumulé est de 61,3 milliards d'euros.",
         "2025-09-10", E("61,3 milliards d'euros", "2024-09-11", "2025-09-10", "to_date"),
         id="seule-elle-finit-a-la-publication"),
    case("L'an dernier, la clinique a dépensé 4,8 millions d'euros en intérim. Au cours des "
         "trois derniers mois, elle a recruté 57 infirmiers.", "2025-03-14",
         E("57", "2024-12-15", "2025-03-14", "to_date"), id="apres-une-annee-plus-longue"),
    case("En août, 300 cas ont été signalés. Au cours des sept derniers jours, 41 cas ont été "
         "signalés.", "2025-09-10", E("41", "2025-09-04", "2025-09-10", "to_date"),
         id="des-jours-restent-a-la-publication"),
]


# Résultats d'entreprise : « au 3ème trimestre 2025 » (l'ordinal en « ème ») ; « Sur 9 mois, »
# en tête de phrase, les premiers mois de l'année s'ils sont finis ; « A fin septembre 2025 »
# (un total à fin de mois). Pas « Sur un mois, » (une variation), ni des mois pas encore
# écoulés, ni une durée.
RESULTS = [
    case("Le groupe a réalisé un chiffre d'affaires de 5 120 millions d'euros au 3ème trimestre "
         "2025 contre 5 380 millions au 3ème trimestre 2024.", "2025-10-29",
         E("5 120 millions d'euros", "2025-07-01", "2025-09-30", "interval"),
         E("5 380 millions", "2024-07-01", "2024-09-30", "interval"), id="au-3eme-trimestre"),
    case("Sur 9 mois, le résultat net part du groupe s'établit à 164 millions d'euros.",
         "2025-10-29", E("164 millions d'euros", "2025-01-01", "2025-09-30", "interval"),
         id="sur-9-mois-en-tete"),
    case("A fin septembre 2025, le résultat net se monte à 312 millions d'euros, contre 287 "
         "millions à fin septembre 2024.", "2025-10-29",
         E("312 millions d'euros", None, "2025-09-30", "as_of"),
         E("287 millions", None, "2024-09-30", "as_of"), id="a-fin-septembre-2025"),
    case("Sur neuf mois, le chiffre d'affaires a progressé de 4 %.", "2025-03-21",
         E("4 %", None, None, "none"), id="des-mois-pas-encore-ecoules"),
    case("Sur un mois, les exportations ont reculé de 1,8 %.", "2025-10-21",
         E("1,8 %", None, None, "none"), id="sur-un-mois-une-variation"),
    case("Il est tombé 312 mm de pluie en 48 heures, soit davantage qu'en temps normal sur trois "
         "mois.", "2025-04-10", E("312 mm", None, None, "none"), id="une-duree-plus-loin"),
]


# « à pareille époque (l'an dernier) », tournure de la presse régionale : « à la même époque ».
PAREILLE = [
    case("Le port a accueilli 1,4 million de passagers depuis janvier, au 31 août. A pareille "
         "époque l'an dernier, il en avait accueilli 1,2 million.", "2025-10-14",
         E("1,2 million", "2024-01-01", "2024-08-31", "interval"), id="a-pareille-epoque-l-an"),
    case("Le port a accueilli 1,4 million de passagers depuis janvier, au 31 août, contre 1,2 "
         "million à pareille époque l'an dernier.", "2025-10-14",
         E("1,2 million", "2024-01-01", "2024-08-31", "interval"), id="contre-n-a-pareille-epoque"),
    case("L'ARS a recensé 37 cas entre le 1er juin et le 15 août. À pareille époque, 22 cas "
         "avaient été signalés en Gironde.", "2025-08-21",
         E("22", "2025-06-01", "2025-08-15", "interval"), id="a-pareille-epoque-seule"),
]


# « Le bilan du séisme qui a frappé vendredi ... s'est alourdi à 1 644 morts » : le jour pris
# dans le sujet d'un total courant (un bilan) date l'événement, pas le total, qui tient au jour
# où il a été dit, ou à la publication. Un jour qui ouvre la phrase le date encore ; un compte
# du jour (« le nombre de migrants arrivés samedi ») n'est pas un bilan.
TOLL_SUBJECT = [
    case("Le bilan du séisme qui a frappé vendredi le centre du pays s'est alourdi à 1 644 "
         "morts, selon un nouveau bilan publié dimanche par la junte.", "2025-03-30",
         E("1 644", None, "2025-03-30", "as_of"), id="le-bilan-du-seisme-de-vendredi"),
    case("Le bilan de l'accident de car survenu samedi s'élève à 14 morts.", "2025-03-31",
         E("14", None, "2025-03-31", "as_of"), id="le-bilan-de-l-accident-de-samedi"),
    case("Samedi, le bilan s'est alourdi à 12 morts.", "2025-03-31",
         E("12", None, "2025-03-29", "as_of"), id="un-jour-en-tete-date-le-bilan"),
    case("Le nombre de migrants arrivés samedi sur l'île a atteint 1 200.", "2025-03-30",
         E("1 200", None, "2025-03-29", "as_of"), id="un-compte-du-jour-n-est-pas-un-bilan"),
]


@pytest.mark.parametrize(
    "c", MONTH_OF + UNITS_EARLIER + ANNOUNCED + LISTED + ACCENTLESS + TOTAL_LINK + OPENING_DAY
    + VALUE_TODAY + ROLLING + RESULTS + PAREILLE + TOLL_SUBJECT
)
def test_statistics_periods_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("Le déficit public, de 5,8 % du PIB en 2024, reste élevé.", "5,8 %", "PIB"),
        ("Le déficit de la France, de 5,9 milliards d'euros, reste inférieur.",
         "5,9 milliards d'euros", "déficit de la France"),
        ("Selon la préfecture, 3 000 personnes ont défilé.", "3 000", "personnes"),
    ],
    ids=["une-part-garde-son-tout", "le-nom-avant-la-virgule", "sans-apposition"],
)
def test_a_value_set_beside_its_noun_counts_that_noun(
    text: str, surface: str, counted: str
) -> None:
    """ "Le déficit de la France, de 5,9 milliards" : une valeur mise en apposition compte le nom
    d'avant la virgule (ce qui la fait rencontrer les autres chiffres de ce déficit)."""
    claims = extract_text(text, lang="fr", published=date(2025, 12, 4))
    found = next(c for c in claims if c.surface == surface)
    assert found.counted == counted
