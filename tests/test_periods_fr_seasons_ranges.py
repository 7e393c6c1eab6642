"""Périodes en français relevées dans la presse (bilans de noyades, de sécurité routière, de
l'Insee, saisies de drogue, élections) : saisons, plages de mois à cheval sur deux années,
parties de mois, trimestres au génitif, jours d'annonce, comparaisons « l'an passé », totaux
repris (« Parmi les 44 victimes »). Des phrases de notre cru, jamais le texte d'un article."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# Saisons : les mois de la saison (l'hiver à cheval sur deux années, nommé par l'année où il
# finit) ; une saison en cours court jusqu'à la publication ; « cet hiver » lu en octobre est
# l'hiver qui vient, et ne date aucun chiffre.
SAISONS = [
    case("Cet été, 47 noyades ont été recensées sur le littoral breton.", "2025-10-02",
         E("47", "2025-06-01", "2025-08-31", "interval"), id="cet-ete-lu-en-octobre"),
    case("L'hiver dernier, 412 personnes sans abri ont été hébergées au gymnase.", "2025-10-02",
         E("412", "2024-12-01", "2025-02-28", "interval"), id="l-hiver-dernier"),
    case("Au printemps 2023, 96 cas de rougeole avaient été signalés.", "2025-10-02",
         E("96", "2023-03-01", "2023-05-31", "interval"), id="au-printemps-2023"),
    case("Durant l'hiver 2023-2024, 1 350 personnes ont été hospitalisées pour la grippe.",
         "2025-10-02", E("1 350", "2023-12-01", "2024-02-29", "interval"),
         id="l-hiver-2023-2024"),
    case("Pendant l'été 2024, plus de 1 150 noyades ont été recensées.", "2025-05-22",
         E("plus de 1 150", "2024-06-01", "2024-08-31", "interval"), id="pendant-l-ete-2024"),
    case("Cet automne, 14 communes ont été inondées dans le Gard.", "2025-10-20",
         E("14", "2025-09-01", "2025-10-20", "to_date"), id="cet-automne-en-cours"),
    case("Cet hiver, 230 000 personnes devraient être vaccinées.", "2025-10-02",
         E("230 000", None, "2025-10-02", "none", "publication"),
         id="cet-hiver-a-venir-ne-date-rien"),
    case("Le bilan a été publié vendredi : 35 morts.", "2025-10-03",
         E("35", None, "2025-10-03", "as_of"), id="ete-participe-n-est-pas-une-saison"),
]

# Plages de mois : d'octobre à mai, lu en juillet, va d'octobre de l'an dernier à mai ;
# « entre début juin et fin juillet » va du premier au dernier jour des parties nommées.
PLAGES = [
    case("Entre octobre dernier et avril, les douaniers ont saisi 2,1 tonnes de résine.",
         "2025-07-08", E("2,1 tonnes", "2024-10-01", "2025-04-30", "interval"),
         id="entre-octobre-dernier-et-avril"),
    case("D'octobre à mars, 1 640 personnes ont été hébergées au titre du plan grand froid.",
         "2025-05-12", E("1 640", "2024-10-01", "2025-03-31", "interval"),
         id="d-octobre-a-mars"),
    case("De novembre à février 2025, 580 interventions ont été menées.", "2025-06-01",
         E("580", "2024-11-01", "2025-02-28", "interval"), id="de-novembre-a-fevrier-2025"),
    case("Entre début juin et fin juillet, 478 noyades ont été recensées.", "2025-08-08",
         E("478", "2025-06-01", "2025-07-31", "interval"), id="entre-debut-juin-et-fin-juillet"),
    case("De mi-juillet à mi-août 2023, 2 150 départs de feu ont été signalés.", "2024-09-06",
         E("2 150", "2023-07-11", "2023-08-20", "interval"), id="de-mi-juillet-a-mi-aout-2023"),
    case("Du début mai à la fin juin, 132 interpellations ont eu lieu.", "2025-09-06",
         E("132", "2025-05-01", "2025-06-30", "interval"), id="du-debut-mai-a-la-fin-juin"),
]

# Trimestres, semestres et mois nommés au génitif ou « le seul mois de ».
GENITIFS = [
    case("Le taux du deuxième trimestre a été révisé à 7,2 %.", "2025-11-13",
         E("7,2 %", "2025-04-01", "2025-06-30", "interval"), id="le-taux-du-deuxieme-trimestre"),
    case("Les ventes du premier semestre atteignent 2,8 milliards d'euros.", "2025-09-10",
         E("2,8 milliards d'euros", "2025-01-01", "2025-06-30", "interval"),
         id="les-ventes-du-premier-semestre"),
    case("Le seul mois de septembre a été meurtrier, avec onze décès, dont quatre cyclistes.",
         "2025-10-15", E("onze", "2025-09-01", "2025-09-30", "interval"),
         E("quatre", "2025-09-01", "2025-09-30", "interval"), id="le-seul-mois-de-septembre"),
]

# Le jour où un chiffre est estimé, présenté, corrigé ou publié ne le date pas.
ANNONCES = [
    case("L'agence a estimé mardi à 920 le nombre de décès en excès pendant l'épisode de "
         "chaleur, du 10 au 17 juillet.", "2025-07-24",
         E("920", "2025-07-10", "2025-07-17", "interval"), id="a-estime-mardi-a"),
    case("Samedi soir, la mairie avait annoncé 2 480 voix pour la liste Morel, un chiffre "
         "corrigé dimanche matin par la préfecture à 2 467.", "2025-03-18",
         E("2 467", "2025-03-15", "2025-03-15", "day"), id="un-chiffre-corrige-dimanche"),
    case("Le taux du troisième trimestre a été revu à 5,1 %, contre 5,3 % publié initialement "
         "en novembre.", "2025-02-14",
         E("5,3 %", "2024-07-01", "2024-09-30", "interval"), id="publie-initialement-en"),
]

# « contre 306 l'an passé » après un chiffre d'une partie de l'année : la même partie, un an
# plus tôt ; après un chiffre sans période, l'année dernière entière.
AN_PASSE = [
    case("Au mois de juillet, 341 personnes ont perdu la vie sur les routes, contre 318 l'an "
         "passé.", "2025-08-20",
         E("318", "2024-07-01", "2024-07-31", "interval"), id="contre-l-an-passe-un-mois"),
    case("Au premier semestre, le trafic a atteint 12,4 millions de passagers, contre 11,9 "
         "millions l'an dernier.", "2025-08-20",
         E("11,9 millions", "2024-01-01", "2024-06-30", "interval"),
         id="contre-l-an-dernier-un-semestre"),
    case("La mortalité routière a augmenté en septembre, avec 281 personnes tuées, contre 265 "
         "en septembre 2024, selon les chiffres publiés mardi par l'observatoire.", "2025-10-15",
         E("265", "2024-09-01", "2024-09-30", "interval"),
         id="contre-un-mois-nomme-pres-d-un-jour-d-annonce"),
    case("Le réseau compte 1 240 bornes, contre 910 l'an dernier.", "2025-08-20",
         E("910", "2024-01-01", "2024-12-31", "interval"), id="sans-periode-l-annee-entiere"),
    case("Sur les neuf premiers mois de l'année, 2 310 personnes sont mortes sur les routes, "
         "contre 2 388 sur la même période de 2024.", "2025-10-16",
         E("2 388", "2024-01-01", "2024-09-30", "interval"), id="la-meme-periode-de-2024"),
    case("En août, 512 faillites ont été enregistrées, contre 466 le même mois de 2023.",
         "2025-09-16", E("466", "2023-08-01", "2023-08-31", "interval"),
         id="le-meme-mois-de-2023"),
    case("Plus de 39 600 personnes ont rejoint les Canaries par la mer cette année. L'an "
         "dernier, elles étaient environ 18 200 à la même période.", "2025-08-08",
         E("environ 18 200", "2024-01-01", "2024-08-08", "interval"),
         id="l-an-dernier-elles-etaient-a-la-meme-periode"),
    case("Depuis janvier, 5 300 personnes sont arrivées. En 2022, elles étaient 2 100 à la "
         "même période.", "2025-08-08", E("2 100", "2022-01-01", "2022-08-08", "interval"),
         id="en-2022-a-la-meme-periode"),
    case("Depuis janvier, 5 300 personnes sont arrivées. Sur la même période, 380 embarcations "
         "ont été interceptées.", "2025-08-08",
         E("380", "2025-01-01", "2025-08-08", "to_date", "carried"),
         id="sur-la-meme-periode-reste-la-meme"),
]

# « contre 350 000 selon la CGT » : un autre source, le même temps que le chiffre comparé.
SOURCES = [
    case("Jeudi, 980 000 personnes ont manifesté en France selon le ministère. À Lyon, la "
         "préfecture a compté 21.000 manifestants, contre 60.000 selon les syndicats.",
         "2025-03-14", E("60.000", "2025-03-13", "2025-03-13", "day", "carried"),
         id="contre-selon-les-syndicats"),
    case("Le 6 juin, la police a dénombré 8 400 manifestants à Nantes. À Rennes, 5 100 ont "
         "défilé, contre 9 000 d'après les organisateurs.", "2025-06-10",
         E("9 000", "2025-06-06", "2025-06-06", "day", "carried"), id="contre-d-apres"),
]

# Un total repris avec un article défini (« Parmi les 44 victimes ») est le même chiffre,
# quelle que soit la phrase d'avant ; un titre « depuis janvier » finit à la date du corps.
REPRISES = [
    case("Au 30 septembre, 38 personnes ont perdu la vie sur les routes de l'Ain depuis le 1er "
         "janvier. Le seul mois de septembre a compté six décès. Parmi les 38 victimes, 21 "
         "avaient moins de 30 ans.", "2025-10-14",
         E("21", "2025-01-01", "2025-09-30", "to_date", "carried"),
         id="parmi-les-38-victimes"),
    case("Routes : 38 morts dans l'Ain depuis janvier\n\nAu 30 septembre, 38 personnes ont perdu "
         "la vie sur les routes de l'Ain depuis le 1er janvier.", "2025-10-14",
         E("38", "2025-01-01", "2025-09-30", "to_date", "carried"),
         id="titre-depuis-janvier-date-du-corps"),
]

# Un événement que nomme une année ou un mois (« lors des municipales de 2020 », « la canicule
# d'août 2003 ») date les chiffres de cet événement ; « depuis la tempête de 1999 » court
# jusqu'à la publication.
EVENEMENTS = [
    case("La participation atteint 52,3 %, contre 45,1 % lors des municipales de 2020.",
         "2026-03-16", E("45,1 %", "2020-01-01", "2020-12-31", "interval"),
         id="lors-des-municipales-de-2020"),
    case("On reste loin des quelque 19 000 morts de la canicule d'août 2003.", "2025-08-22",
         E("quelque 19 000", "2003-08-01", "2003-08-31", "interval"),
         id="la-canicule-d-aout-2003"),
    case("Les crues de 2016 avaient causé 1,2 milliard d'euros de dégâts.", "2025-06-30",
         E("1,2 milliard d'euros", "2016-01-01", "2016-12-31", "interval"), id="les-crues-de-2016"),
    case("Depuis la tempête de décembre 1999, 3 800 chênes ont été replantés.", "2025-03-24",
         E("3 800", "1999-12-01", "2025-03-24", "to_date"), id="depuis-la-tempete-de-1999"),
    case("Lors de la présidentielle de 2022, 11,4 millions d'électeurs s'étaient abstenus.",
         "2025-03-24", E("11,4 millions", "2022-01-01", "2022-12-31", "interval"),
         id="lors-de-la-presidentielle-de-2022"),
]

# La phrase suivante reprend le temps du premier chiffre de la phrase d'avant quand son
# dernier chiffre regarde en arrière (un tour précédent, une élection passée, le mois d'avant).
RETOURS = [
    case("Dimanche, la participation a atteint 51,6 %, contre 43,9 % au premier tour, le 9 mars, "
         "et 40,2 % lors des municipales de 2020. Sur 12 410 inscrits, 6 404 électeurs ont "
         "voté.", "2025-03-18",
         E("6 404", "2025-03-16", "2025-03-16", "day", "carried"), id="apres-deux-comparaisons"),
    case("En octobre, les prix ont augmenté de 1,1 % sur un an, après 1,3 % en septembre. Les "
         "loyers ont progressé de 2,2 %.", "2025-11-14",
         E("2,2 %", "2025-10-01", "2025-10-31", "interval", "carried"), id="apres-le-mois-d-avant"),
    case("Le 12 mars, 410 personnes ont été évacuées, puis 120 le 14 mars. Les pompiers ont "
         "mené 38 sauvetages.", "2025-03-20",
         E("38", "2025-03-14", "2025-03-14", "day", "carried"), id="un-jour-plus-tard-reste"),
    case("Au troisième trimestre, le taux de chômage atteint 7,9 %. Le taux du deuxième "
         "trimestre a été révisé à 7,6 %. Chez les moins de 25 ans, il atteint 18,8 %.",
         "2025-11-13", E("18,8 %", "2025-07-01", "2025-09-30", "interval", "carried"),
         id="apres-une-revision"),
    case("En août, les ventes ont reculé de 2,1 %. Le chiffre de juillet a été revu à la baisse, "
         "à 0,4 %. Les ventes en ligne ont progressé de 3,2 %.", "2025-09-25",
         E("3,2 %", "2025-08-01", "2025-08-31", "interval", "carried"),
         id="apres-un-chiffre-revu-a-la-baisse"),
]

# Fenêtres glissantes arrêtées à une date (« des douze derniers mois ... à fin juin ») et totaux
# courants à une date dans un article qui compte depuis janvier (« le cap des 10 000 »).
CUMULS = [
    case("Le volume de ventes conclues au cours des douze derniers mois atteint 874 000 à fin "
         "juin, après 851 000 à fin mars.", "2025-09-04",
         E("874 000", "2024-07-01", "2025-06-30", "interval"),
         E("851 000", "2024-04-01", "2025-03-31", "interval"), id="douze-mois-a-fin-juin"),
    case("Sur les douze derniers mois, le bilan se monte à 3 240 tués.", "2025-09-04",
         E("3 240", "2024-09-05", "2025-09-04", "to_date"), id="douze-mois-sans-date-d-arret"),
    case("Depuis le 1er janvier, 24 150 traversées en canot ont été recensées. Le cap des "
         "10 000 traversées avait été franchi début mai, et le total atteignait 21 300 au 30 "
         "septembre.", "2025-11-20",
         E("10 000", "2025-01-01", "2025-05-10", "to_date"),
         E("21 300", "2025-01-01", "2025-09-30", "to_date"), id="le-cap-des-10-000"),
    case("Depuis janvier, 1 200 dossiers ont été déposés. Fin septembre, 430 dossiers étaient "
         "en attente.", "2025-11-20",
         E("430", None, "2025-09-30", "as_of"), id="un-stock-reste-un-stock"),
    case("Les dons de la population atteignaient 4,2 millions d'euros lundi soir.", "2025-06-12",
         E("4,2 millions d'euros", None, "2025-06-09", "as_of"),
         id="atteignaient-lundi-soir"),
    case("Depuis le lancement de la campagne de dépistage des seniors de la région, le 3 mars, "
         "8 120 tests ont été réalisés.", "2025-06-12",
         E("8 120", "2025-03-03", "2025-06-12", "to_date"), id="depuis-le-lancement-long"),
    case("Depuis des années, la commune investit, et le 3 mars, 250 arbres ont été plantés.",
         "2025-06-12", E("250", "2025-03-03", "2025-03-03", "day"),
         id="depuis-ne-passe-pas-un-et"),
]

# Une étape que l'article a datée une fois (« au premier tour, le 9 mars ») date plus loin les
# chiffres de cette étape qui ne disent pas leur temps.
ETAPES = [
    case("Dimanche, au second tour, la liste Morel a obtenu 53,1 % des suffrages, contre 38,5 % "
         "au premier tour, le 9 mars.\n\nAu premier tour, cinq listes étaient en lice.",
         "2025-03-18", E("cinq", "2025-03-09", "2025-03-09", "day", "carried"),
         id="au-premier-tour-date-plus-haut"),
    case("Le premier tour, dimanche 9 mars, a été marqué par l'abstention.\n\nAu premier tour, "
         "4 120 électeurs avaient voté.", "2025-03-18",
         E("4 120", "2025-03-09", "2025-03-09", "day", "carried"), id="le-premier-tour-dimanche"),
    case("Au premier tour, 4 120 électeurs avaient voté.", "2025-03-18",
         E("4 120", None, "2025-03-18", "none", "publication"), id="jamais-date-ne-date-rien"),
]


@pytest.mark.parametrize(
    "c",
    SAISONS + PLAGES + GENITIFS + ANNONCES + AN_PASSE + REPRISES + EVENEMENTS + RETOURS + CUMULS
    + SOURCES + ETAPES,
)
def test_period_fr_seasons_ranges(c: PeriodCase) -> None:
    check(c, "fr")
