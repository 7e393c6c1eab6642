"""Portée des périodes en français, relevée dans la presse (dépêches sur l'asile, bilans
sanitaires, trafic des aéroports, plans sociaux) : ce qu'un chiffre sans période à lui reprend
de ses voisins. « Parmi ces demandeurs » après un total et une comparaison ; « à la même date »
et « l'an dernier à la même date » après un total arrêté à une date ; « sur la même période
l'an dernier » en tête de phrase ; la part d'un total nommée des mêmes mots (« avec 9 850
premières demandes ») ; « aujourd'hui » et « déjà » avec un état présent ; « celui d'août
(11 050) ». Des phrases de notre cru, jamais le texte d'un article ; chaque classe a ses
lignes négatives."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

# « Parmi ces <nom>, N » reprend le total dit avant, même quand une phrase de comparaison
# (« L'an dernier à la même date, ... ») s'intercale : celle-ci n'est qu'une base.
PARMI_CES = [
    case("La préfecture du Rhône a enregistré 2 870 demandes de titre de séjour depuis le début "
         "de l'année, au 30 septembre. L'an dernier à la même date, elle en comptait 2 410.\n\n"
         "Parmi ces demandeurs, 940 sont de nationalité algérienne.", "2025-10-14",
         E("940", "2025-01-01", "2025-09-30", "to_date", "carried", "2 870"),
         id="parmi-ces-apres-une-comparaison"),
    case("Le Samu a reçu 15 200 appels entre le 1er et le 31 juillet. Parmi ces appels, 3 100 "
         "concernaient des malaises liés à la chaleur.", "2025-08-12",
         E("3 100", "2025-07-01", "2025-07-31", "interval", "carried", "15 200"),
         id="parmi-ces-appels"),
    case("En 2024, 1 480 agriculteurs ont cessé leur activité dans le département. Parmi "
         "ceux-ci, 610 avaient plus de 60 ans.", "2025-03-02",
         E("610", "2024-01-01", "2024-12-31", "interval", "carried", "1 480"),
         id="parmi-ceux-ci"),
    case("Entre le 1er et le 20 octobre, des cas ont été signalés dans onze départements, dont "
         "sept en Occitanie.", "2025-10-28",
         E("sept", "2025-10-01", "2025-10-20", "interval", "carried", "onze"),
         id="dont-sept-en-une-region"),
    case("Parmi ces pays, la Roumanie compte 19 millions d'habitants.", "2025-03-02",
         # no total to carry from; what a country holds, a standing state as of publication
         E("19 millions", None, "2025-03-02", "as_of"), id="parmi-ces-sans-total-date"),
]

# « à la même date » : la date d'arrêté de la phrase d'avant ; « l'an dernier à la même
# date », « sur la même période l'an dernier » en tête : la fenêtre d'avant, un an plus tôt
# (même après une phrase sans chiffre).
MEME_DATE = [
    case("Au 15 octobre, 820 sinistrés étaient toujours relogés à l'hôtel, selon la mairie. "
         "Les associations en comptent 1 100 à la même date.", "2025-10-20",
         E("1 100", None, "2025-10-15", "as_of", "carried"), id="a-la-meme-date"),
    case("Le port de Sète a accueilli 1,4 million de passagers depuis janvier, au 31 août. "
         "L'an dernier à la même date, il en avait accueilli 1,2 million.", "2025-09-18",
         E("1,4 million", "2025-01-01", "2025-08-31", "to_date"),
         E("1,2 million", "2024-01-01", "2024-08-31", "interval"),
         id="l-an-dernier-a-la-meme-date"),
    case("L'ARS a recensé 37 cas de légionellose entre le 1er juin et le 15 août. Les malades "
         "habitent tous la métropole.\n\nSur la même période l'an dernier, 22 cas avaient été "
         "signalés.", "2025-08-21",
         E("22", "2024-06-01", "2024-08-15", "interval"), id="sur-la-meme-periode-en-tete"),
    case("Depuis janvier, 28 400 migrants ont traversé la Manche. Samedi, 980 personnes ont "
         "atteint les côtes anglaises.\n\nÀ la même période l'an dernier, 24 100 traversées "
         "avaient été recensées.", "2025-10-14",
         E("24 100", "2024-01-01", "2024-10-14", "interval"),
         id="meme-periode-apres-un-jour-n-est-pas-ce-jour"),
    case("Sur la même période l'an dernier, 22 cas avaient été signalés.", "2025-08-21",
         E("22", "2024-01-01", "2024-08-21", "interval"),
         id="sur-la-meme-periode-sans-fenetre-avant"),
    case("Depuis le 1er janvier, 31 personnes se sont noyées dans le département, au 31 août. "
         "Parmi les 31 victimes, 19 étaient des hommes.\n\nSur la même période, 8 noyades ont "
         "été recensées en Gironde.", "2025-09-09",
         E("19", "2025-01-01", "2025-08-31", "to_date"),
         E("8", "2025-01-01", "2025-08-31", "to_date"),
         id="sur-la-meme-periode-apres-une-reprise"),
    case("En juillet, 31 personnes se sont noyées dans le département, dont 19 hommes.\n\n"
         "Sur la même période, 8 noyades ont été recensées en Gironde.", "2025-09-09",
         E("8", "2025-07-01", "2025-07-31", "interval"),
         id="sur-la-meme-periode-apres-une-phrase-datee"),
    case("La grippe progresse. La semaine dernière, 2 140 passages aux urgences ont été "
         "enregistrés.\n\nLe taux de vaccination des soignants atteint 31 %, contre 36 % à la "
         "même date l'an dernier.", "2025-12-11",
         E("36 %", "2024-01-01", "2024-12-11", "interval"),
         id="contre-a-la-meme-date-d-un-chiffre-sans-date"),
    case("À la même date, 300 foyers restaient privés d'électricité.", "2025-08-21",
         E("300", None, "2025-08-21", "as_of", "publication"),
         id="a-la-meme-date-sans-date-avant"),
]

# Une part d'un total nommée des mêmes mots, sans période à elle ni lien (« dont », « parmi
# ces ») : non datée. La dater de la fenêtre du total la ferait comparer, comme un total, aux
# sous-périodes du même compte (« 11 200 en septembre » contre « 9 850 » afghanes sur neuf
# mois : un faux conflit) ; un niveau, ou une phrase qui nomme une année, non plus.
PARTS = [
    case("Le ministère a recensé 41 300 premières demandes de visa entre janvier et juin. "
         "Le Maroc reste le premier pays demandeur, avec 8 200 premières demandes, devant "
         "l'Algérie (6 900).", "2025-07-15",
         E("8 200", None, "2025-07-15", "none"), E("6 900", None, "2025-07-15", "none"),
         id="avec-n-premieres-demandes-reste-non-datee"),
    case("Les douanes ont saisi 12,4 tonnes de cocaïne depuis janvier. Au Havre, le port "
         "reste le premier point d'entrée. Les ports du Nord suivent.\n\nLes enquêteurs évoquent "
         "240 victimes.",
         "2025-07-15", E("240", None, "2025-07-15", "none"), id="un-seul-mot-ne-suffit-pas"),
    case("Les gendarmes ont recensé 58 cambriolages de résidences secondaires en juillet. "
         "Les maires s'inquiètent. Les assureurs aussi.\n\nLe nombre de cambriolages de "
         "résidences secondaires a atteint 140.", "2025-08-20",
         E("140", None, "2025-08-20", "none"), id="un-niveau-atteint-n-est-pas-une-part"),
    case("Les pompiers ont effectué 3 900 interventions pour feux de forêt en août. Le vent a "
         "compliqué leur tâche. La sécheresse aussi.\n\nLe record remonte à 2022, avec 5 100 "
         "interventions pour feux de forêt.", "2025-09-03",
         E("5 100", None, "2025-09-03", "none"), id="une-annee-non-liee-ne-date-pas"),
]

# « aujourd'hui » avec un état présent : un stock à la publication, pas un jour d'événement ;
# « déjà » aussi. Un événement d'aujourd'hui reste le jour.
PRESENT = [
    case("Le groupe emploie aujourd'hui 2 300 salariés en France.", "2025-06-11",
         E("2 300", None, "2025-06-11", "as_of"), id="emploie-aujourd-hui"),
    case("Le centre héberge aujourd'hui 85 familles.", "2025-06-11",
         E("85", None, "2025-06-11", "as_of"), id="heberge-aujourd-hui"),
    case("La région compte aujourd'hui 5 900 exploitations laitières.", "2025-12-09",
         E("5 900", None, "2025-12-09", "as_of"), id="compte-aujourd-hui"),
    case("Le département compte déjà 38 morts sur ses routes depuis janvier.", "2025-11-20",
         E("38", "2025-01-01", "2025-11-20", "to_date"), id="compte-deja-depuis-reste-un-cumul"),
    case("Depuis mars, 140 familles ont été relogées. Une vingtaine restent hébergées à "
         "l'hôtel, et 12 restent sans solution.", "2025-11-20",
         E("12", None, "2025-11-20", "as_of"), id="restent-apres-un-cumul-est-un-etat"),
    case("Aujourd'hui, 4 500 personnes ont défilé dans les rues de Brest.", "2025-06-11",
         E("4 500", "2025-06-11", "2025-06-11", "day"), id="defile-aujourd-hui-reste-le-jour"),
    case("Le réseau a ouvert 42 agences au premier semestre. Sept agences fonctionnent déjà.",
         "2025-09-11", E("Sept", None, "2025-09-11", "as_of"), id="fonctionnent-deja"),
]

# Un total que son sujet nomme, porté à un niveau un jour : un niveau à ce jour (as_of), pas
# le compte des événements du jour.
NIVEAUX = [
    case("Le nombre de morts a atteint 27 mercredi, selon la préfecture.", "2025-10-09",
         E("27", None, "2025-10-08", "as_of"), id="le-nombre-a-atteint-mercredi"),
    case("Le bilan s'est alourdi à 31 morts jeudi soir.", "2025-10-10",
         E("31", None, "2025-10-09", "as_of"), id="le-bilan-s-est-alourdi"),
    case("Mercredi, 27 personnes sont mortes dans les crues.", "2025-10-09",
         E("27", None, "2025-10-09", "as_of"), id="des-morts-mercredi-restent-le-jour"),
]

# Conjoncture (Insee, Banque de France) : « après 1,1 % le mois précédent », « contre 7,4 % au
# trimestre précédent » : le chiffre d'après le lien est celui de la période d'avant. Une
# variation « par rapport au mois précédent » reste celle de sa propre période.
CONJONCTURE = [
    case("La production industrielle a reculé de 0,6 % en août, après 0,8 % le mois précédent.",
         "2025-10-07", E("0,6 %", "2025-08-01", "2025-08-31", "interval"),
         E("0,8 %", "2025-07-01", "2025-07-31", "interval"), id="apres-le-mois-precedent"),
    case("Le taux de chômage s'établit à 7,6 % au deuxième trimestre, contre 7,3 % au "
         "trimestre précédent.", "2025-08-12",
         E("7,3 %", "2025-01-01", "2025-03-31", "interval"), id="contre-au-trimestre-precedent"),
    case("Les mises en chantier ont atteint 21 400 en mai, après 19 800 en avril.",
         "2025-06-27", E("19 800", "2025-04-01", "2025-04-30", "interval"),
         id="apres-un-mois-nomme"),
    case("Les immatriculations ont progressé de 4 % en septembre par rapport au mois "
         "précédent.", "2025-10-02", E("4 %", "2025-09-01", "2025-09-30", "interval"),
         id="par-rapport-au-mois-precedent-reste-le-mois"),
    case("Au troisième trimestre, le nombre d'inscrits atteint 3,1 millions, soit 48 000 de "
         "plus qu'au trimestre précédent.", "2025-10-28",
         E("48 000", "2025-07-01", "2025-09-30", "interval"),
         id="de-plus-qu-au-trimestre-precedent"),
]

# « Selon un dernier bilan » : les chiffres que la phrase ne date pas sont le bilan connu à la
# publication ; « portées disparues » un jour : un état à ce jour.
BILANS = [
    case("Selon un dernier bilan, 14 personnes sont mortes et 52 ont été blessées.",
         "2025-10-15", E("14", None, "2025-10-15", "as_of"), E("52", None, "2025-10-15", "as_of"),
         id="selon-un-dernier-bilan"),
    case("D'après le dernier bilan des secours, lundi soir, 6 randonneurs étaient portés "
         "disparus.", "2025-10-15", E("6", None, "2025-10-13", "as_of"),
         id="portes-disparus-lundi-soir"),
    case("Selon un nouveau bilan, 14 personnes sont mortes, contre 9 selon le précédent.",
         "2025-10-15", E("14", None, "2025-10-15", "as_of"), id="nouveau-bilan"),
]

# Une proposition accrochée à une année par « lorsque », « quand », « où » parle de cette
# année, même après « depuis » ; une proposition en « où » accrochée à un lieu, non.
LORSQUE = [
    case("Ce sont les crues les plus coûteuses depuis 2007, lorsque les inondations avaient "
         "causé 1,8 milliard d'euros de dégâts.", "2025-07-02",
         E("1,8 milliard d'euros", "2007-01-01", "2007-12-31", "interval"),
         id="depuis-annee-lorsque"),
    case("Le record remonte à 2018, quand 2 340 départs de feu avaient été signalés.",
         "2025-07-02", E("2 340", "2018-01-01", "2018-12-31", "interval"), id="annee-quand"),
    case("C'est le pire été depuis 2003, où la chaleur avait fait 15 000 morts.", "2025-09-02",
         E("15 000", "2003-01-01", "2003-12-31", "interval"), id="annee-ou"),
    case("En 2024, 61 000 personnes ont visité le château, où 140 tableaux sont exposés.",
         "2025-03-02", E("61 000", "2024-01-01", "2024-12-31", "interval"),
         id="ou-apres-un-lieu-ne-change-rien"),
]

# « depuis fin août », « depuis la mi-octobre » : du premier jour de cette partie du mois à la
# publication ; « fin août » seul reste un point.
DEPUIS_PARTIE = [
    case("Depuis fin août, 410 exploitations ont été contrôlées.", "2025-11-20",
         E("410", "2025-08-21", "2025-11-20", "to_date"), id="depuis-fin-aout"),
    case("Depuis la mi-octobre, 57 foyers de grippe aviaire ont été détectés.", "2025-11-20",
         E("57", "2025-10-11", "2025-11-20", "to_date"), id="depuis-la-mi-octobre"),
    case("Depuis début septembre 2024, 1 350 logements ont été livrés.", "2025-11-20",
         E("1 350", "2024-09-01", "2025-11-20", "to_date"), id="depuis-debut-septembre-2024"),
    case("Fin août, 410 exploitations avaient été contrôlées.", "2025-11-20",
         E("410", None, "2025-08-31", "as_of"), id="fin-aout-seul-reste-un-point"),
    # « depuis le début du mois d'octobre » (lu dans la presse : un taux d'incidence qui « a
    # explosé » depuis ce début de mois) : le même départ dit avec « du mois de », non le mois
    # d'octobre entier, ni le mois de la publication.
    case("Depuis le début du mois d'octobre, 212 foyers ont été signalés.", "2025-11-20",
         E("212", "2025-10-01", "2025-11-20", "to_date"), id="depuis-le-debut-du-mois-d-octobre"),
    # Dit en tête d'article, ce départ n'est pas le mois d'un bulletin : un cumul « depuis le
    # début de l'année » plus bas court jusqu'à la publication, non jusqu'à fin septembre.
    case("L'épidémie qui frappe Bailleul-sur-Lys et deux villages voisins depuis la fin du "
         "mois de septembre ne recule pas. L'ARS élargit la vaccination aux familles.\n\nDans "
         "le département, 58 cas ont "
         "été déclarés depuis le début de l'année, contre 37 sur l'ensemble de 2025.",
         "2026-12-01",
         E("58", "2026-01-01", "2026-12-01", "to_date"), id="depuis-la-fin-du-mois-en-tete"),
]

# « en juillet et en août » : les deux mois ; « soit 3,5 % de moins qu'en 2023 » : 2023 est
# la base de comparaison, pas la période du chiffre.
MOIS_ET_BASES = [
    case("En juillet et en août, 148 services d'urgences ont fermé au moins une nuit.",
         "2025-09-10", E("148", "2025-07-01", "2025-08-31", "interval"),
         id="en-juillet-et-en-aout"),
    case("Les cours d'assises ont rendu 2 870 arrêts en 2024, soit 4,1 % de moins qu'en 2023.",
         "2025-04-10", E("4,1 %", "2024-01-01", "2024-12-31", "interval"),
         id="de-moins-qu-en-2023-est-la-base"),
    case("Les cours d'assises ont rendu 2 870 arrêts en 2024, contre 2 990 en 2023.",
         "2025-04-10", E("2 990", "2023-01-01", "2023-12-31", "interval"),
         id="contre-en-2023-reste-2023"),
]

# Incendies, intempéries : « depuis son départ samedi » court de ce jour à la publication ;
# des secours « mobilisés » un soir sont un effectif à ce moment (as_of), pas un compte du jour.
SINISTRES = [
    case("Le feu a détruit 22 maisons depuis son départ samedi.", "2025-08-12",
         E("22", "2025-08-09", "2025-08-12", "to_date"), id="depuis-son-depart-samedi"),
    case("Depuis le début de l'épisode lundi, 410 interventions ont été menées.", "2025-08-13",
         E("410", "2025-08-11", "2025-08-13", "to_date"), id="depuis-le-debut-de-l-episode-lundi"),
    case("Plus de 900 pompiers étaient mobilisés mercredi soir.", "2025-08-14",
         E("Plus de 900", None, "2025-08-13", "as_of"), id="mobilises-mercredi-soir"),
    case("Mercredi, 900 pompiers sont intervenus sur 40 départs de feu.", "2025-08-14",
         E("900", "2025-08-13", "2025-08-13", "day"), id="intervenus-mercredi-reste-le-jour"),
]

# Un jour encore à venir (« Au second tour, dimanche 22 mars, ... pourront », lu le 17) ne
# date pas les chiffres d'après : ce qu'ils comptent ne peut pas avoir eu lieu (sans autre
# cadre, ils restent non datés).
A_VENIR = [
    case("Au premier tour, dimanche 15 mars, la participation s'est établie à 44,1 %.\n\n"
         "Au second tour, dimanche 22 mars, quatre listes pourront se maintenir.\n\n"
         "Sur les 96 000 inscrits, 42 300 ont voté.", "2026-03-17",
         E("42 300", None, "2026-03-17", "none"), id="un-jour-a-venir-ne-cadre-rien"),
]

# « L'année précédente, ... », « Un an plus tôt, il atteignait 7,5 % » en tête de phrase : un
# niveau de la période d'avant, un cran plus tôt (même en pourcentage) ; « une étude publiée
# lundi » date l'étude, pas le niveau qu'elle donne.
UN_CRAN_PLUS_TOT = [
    case("En 2023, 410 boulangeries ont fermé dans la région. L'année précédente, elles "
         "étaient 365.", "2024-03-09", E("365", "2022-01-01", "2022-12-31", "interval"),
         id="l-annee-precedente-en-tete"),
    case("Au deuxième trimestre, le taux de chômage a reculé à 7,1 %. Un an plus tôt, il "
         "atteignait 7,4 %.", "2025-08-14",
         E("7,4 %", "2024-04-01", "2024-06-30", "interval"), id="un-an-plus-tot-un-niveau"),
    case("Le revenu moyen des maraîchers a reculé de 6 % en 2024, à 19 800 euros, selon une "
         "étude publiée lundi.", "2025-03-12",
         E("19 800 euros", "2024-01-01", "2024-12-31", "interval"),
         id="etude-publiee-lundi-ne-date-pas-le-niveau"),
]

# Météo : « la normale 1991-2020 » est la référence d'un écart, jamais sa période ; « le plus
# chaud depuis 2003 » mesure un record, et ne date pas le chiffre.
METEO = [
    case("En juillet, la température moyenne a dépassé de 1,6 °C la normale 1991-2020.",
         "2025-08-02", E("1,6 °C", "2025-07-01", "2025-07-31", "interval"),
         id="la-normale-est-une-reference"),
    case("Le mois d'août a été le plus chaud depuis 2003, avec une température moyenne de "
         "22,8 °C.", "2025-09-02", E("22,8 °C", "2025-08-01", "2025-08-31", "interval"),
         id="le-plus-chaud-depuis-2003"),
]

# Résultats d'entreprises : « (2024 : 13,3 milliards) » est la même fenêtre, l'année nommée ;
# l'étiquette ne date que le chiffre de sa parenthèse.
ETIQUETTES = [
    case("Le chiffre d'affaires a progressé de 18 % à 9,4 milliards d'euros au cours des neuf "
         "premiers mois (2024 : 8,0 milliards d'euros).", "2025-11-05",
         E("9,4 milliards d'euros", "2025-01-01", "2025-09-30", "interval"),
         E("8,0 milliards d'euros", "2024-01-01", "2024-09-30", "interval"),
         id="annee-deux-points-entre-parentheses"),
    case("Les défaillances d'entreprises ont atteint 64 900 sur douze mois à fin septembre, "
         "contre 56 100 un an auparavant.", "2025-11-05",
         E("64 900", "2024-10-01", "2025-09-30", "interval"),
         E("56 100", "2023-10-01", "2024-09-30", "interval"), id="sur-douze-mois-a-fin-septembre"),
    case("Sur douze mois glissants à fin août, 63 200 défaillances ont été recensées.",
         "2025-10-05", E("63 200", "2024-09-01", "2025-08-31", "interval"),
         id="douze-mois-glissants-a-fin-aout"),
    case("Le résultat net a atteint 640 millions d'euros en 2024 (2023 : 515 millions d'euros).",
         "2025-03-05", E("515 millions d'euros", "2023-01-01", "2023-12-31", "interval"),
         id="annee-deux-points-annee-entiere"),
    case("Le prix du litre est de 1,72 euro (1,98 dollar) en octobre.", "2025-11-05",
         E("1,98 dollar", "2025-10-01", "2025-10-31", "interval"),
         id="une-conversion-garde-la-periode"),
]

# « au plus fort de la tempête » : un temps que le texte nomme sans le dater. Le chiffre reste
# non daté (ni le jour de la phrase, ni celui de la phrase d'avant) ; « au plus » n'y est pas
# une borne, ni dans « au plus tard ».
PIC = [
    case("Mardi matin, 2 100 foyers étaient toujours privés d'électricité, contre 38 000 au plus "
         "fort de la tempête.", "2025-07-02",
         E("2 100", None, "2025-07-01", "as_of"), E("38 000", None, None, "none"),
         id="au-plus-fort-de-la-tempete"),
    case("Lundi, 9 000 personnes ont été évacuées. Au plus fort de la crue, 2 700 maisons "
         "étaient inondées.", "2025-07-02", E("2 700", None, None, "none"),
         id="au-plus-fort-ne-prend-pas-le-cadre"),
]

# « celui de <mois> (N) » : le chiffre entre parenthèses est celui de ce mois ; le chiffre
# comparé avant garde sa période.
CELUI_DE = [
    case("En octobre, 7 400 premières immatriculations ont été enregistrées, un niveau proche "
         "de celui de septembre (7 150).", "2025-11-04",
         E("7 400", "2025-10-01", "2025-10-31", "interval"),
         E("7 150", "2025-09-01", "2025-09-30", "interval"), id="celui-de-septembre"),
    case("En mars, le gazole valait 1,71 euro le litre, au-dessus de celui de février "
         "(1,66 euro).", "2025-04-04",
         E("1,71 euro le litre", "2025-03-01", "2025-03-31", "interval"),
         E("1,66 euro", "2025-02-01", "2025-02-28", "interval"), id="celui-de-fevrier-prix"),
]


@pytest.mark.parametrize(
    "c", PARMI_CES + MEME_DATE + PARTS + PRESENT + NIVEAUX + CONJONCTURE + BILANS + LORSQUE
    + DEPUIS_PARTIE + MOIS_ET_BASES + SINISTRES
    + A_VENIR + UN_CRAN_PLUS_TOT + METEO + ETIQUETTES + PIC + CELUI_DE
)
def test_period_fr_scope(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Lyon, 14 nov 2025 (AFP) - La métropole a recensé 320 sans-abri.", "14"),
        ("Toulouse, 3 déc 2025 (AFP) - Le parc compte 1 200 vélos.", "3"),
        ("« Nous recrutons », a déclaré lundi sa présidente, Anne Perrin, 47 ans.", "47 ans"),
        ("Un an plus tôt, la préfecture en avait reçu 3 100 sur ces sept mois.", "sept mois"),
        ("Au cours de ces trois jours, 400 personnes ont été évacuées.", "trois jours"),
    ],
    ids=["dateline-oct-abrege", "dateline-dec-abrege", "age-d-un-nom-en-fin-de-phrase",
         "sur-ces-sept-mois-est-une-fenetre", "au-cours-de-ces-trois-jours"],
)
def test_not_a_figure(text: str, absent: str) -> None:
    from datetime import date

    claims = extract_text(text, lang="fr", published=date(2025, 12, 5))
    assert absent not in [c.surface for c in claims]


@pytest.mark.parametrize(
    ("text", "surface", "approx"),
    [
        ("Les candidats devront verser 150 euros au plus tard le 30 juin.", "150 euros", "exact"),
        ("Mardi, 2 100 foyers restaient privés de courant, contre 38 000 au plus fort de la "
         "tempête.", "38 000", "exact"),
        ("Le nombre de places sera de 500 au plus.", "500", "up_to"),
    ],
    ids=["au-plus-tard", "au-plus-fort", "au-plus-reste-une-borne"],
)
def test_bound_after_a_figure_or_idiom(text: str, surface: str, approx: str) -> None:
    from datetime import date

    claims = extract_text(text, lang="fr", published=date(2025, 7, 2))
    found = [c for c in claims if c.surface.startswith(surface)]
    assert found and found[0].approx.value == approx
