"""Le jour d'un fait, en français, quand un rappel au plus-que-parfait s'intercale : la presse
(votations, grèves, tempêtes, crues) date le fait du jour (« Les Vaudois ont accepté dimanche
... »), puis rappelle ce qui avait eu lieu avant (« Le Grand Conseil l'avait adoptée en juin »,
« un mouvement comparable n'avait réuni que 12 % », « des pluies s'étaient abattues »), puis
revient au jour du fait. Le rappel s'écrit souvent après un pronom élidé (l', n', qu') ou au
pronominal (s'était, s'étaient) : c'est le même temps, et le chiffre d'après reprend le jour du
récit, pas le mois ou l'année du rappel. Des phrases de notre cru, jamais le texte d'un article ;
les lignes négatives gardent le rappel quand il continue, et l'imparfait d'un état (« n'avait
que 31 voix ») n'en est pas un."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ELIDED_FLASHBACK = [
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. Le Grand "
         "Conseil l'avait adoptée en juin par 66 voix contre 31. À Bulle, le oui a atteint "
         "60,2 %.", "2025-12-01",
         E("66", "2025-06-01", "2025-06-30", "interval"),
         E("60,2 %", "2025-11-30", "2025-11-30", "day", "carried"),
         id="votation-l-avait-adoptee"),
    case("La grève a été suivie jeudi par 31 % des conducteurs, selon la direction. Un mouvement "
         "comparable n'avait réuni que 12 % des agents en mars. Sur le réseau de bus, 44 % des "
         "lignes étaient à l'arrêt.", "2025-12-05",
         E("12 %", "2025-03-01", "2025-03-31", "interval"),
         E("44 %", "2025-12-04", "2025-12-04", "day", "carried"),
         id="greve-n-avait-reuni"),
    case("La tempête Ulla a traversé la Bretagne lundi, privant d'électricité 95 000 foyers. En "
         "octobre, des pluies diluviennes s'étaient abattues sur la région, avec 210 millimètres "
         "d'eau. À Quimper, 240 arbres sont tombés.", "2025-12-02",
         E("210 millimètres", "2025-10-01", "2025-10-31", "interval"),
         E("240", "2025-12-01", "2025-12-01", "day", "carried"),
         id="tempete-s-etaient-abattues"),
    case("Mardi 2 décembre, 2 600 personnes ont manifesté à Namur. La police l'avait interdit en "
         "2024, quand 900 personnes s'étaient rassemblées. À Liège, 1 700 manifestants ont "
         "défilé.", "2025-12-03",
         E("1 700", "2025-12-02", "2025-12-02", "day", "carried"),
         id="manifestation-l-avait-interdit"),
    case("Les Genevois ont rejeté ce dimanche le crédit pour le tram par 51,8 % des voix. Le "
         "Conseil municipal l'avait voté en 2024 à 48 voix contre 27. La participation s'est "
         "établie à 39,4 %.", "2025-11-30",
         E("39,4 %", "2025-11-30", "2025-11-30", "day", "carried"),
         id="votation-meme-jour-de-publication"),
]

# Lignes négatives : un rappel qui continue au plus-que-parfait garde son temps ; « n'avait
# que », « n'avaient plus » suivis d'un chiffre sont l'imparfait d'un état, pas un rappel : la
# phrase d'après reprend son mois, comme après tout imparfait.
KEPT = [
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. Le Grand "
         "Conseil l'avait adoptée en juin par 66 voix contre 31. Le Conseil d'État l'avait "
         "soutenue à 5 voix sur 7.", "2025-12-01",
         E("5 voix sur 7", "2025-06-01", "2025-06-30", "interval", "carried"),
         id="le-rappel-continue"),
    # (A vote's result after it, « le oui a atteint 60,2 % », is of the vote's day:
    # test_periods_fr_votes_news.py; the frame goes on for a figure that is none.)
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. En juin, "
         "le Grand Conseil n'avait que 31 voix contre le texte. À Bulle, le comité a réuni "
         "600 signatures.", "2025-12-01",
         E("600", "2025-06-01", "2025-06-30", "interval", "carried"),
         id="n-avait-que-un-etat"),
    case("Mardi, 2 400 personnes ont été évacuées à cause de la crue. En janvier, l'hôpital de "
         "Melun n'avait plus 40 lits libres. À Melun, 600 personnes ont été relogées.",
         "2025-12-03",
         E("600", "2025-01-01", "2025-01-31", "interval", "carried"),
         id="n-avaient-plus-un-etat"),
]


@pytest.mark.parametrize("c", ELIDED_FLASHBACK + KEPT)
def test_fr_day_after_flashback(c: PeriodCase) -> None:
    check(c, "fr")

# Le jour d'un fait suivi de son heure (« vendredi en fin d'après-midi », « jeudi 4 décembre
# au petit matin », « le 4 décembre à 8 h 10 », « mardi vers 6 h 30 »), dans une proposition
# avant le chiffre (« ..., faisant 21 blessés ») : les dépêches d'accidents, de tempêtes et de
# scrutins datent ainsi le fait ; l'heure fait partie du jour, elle ne le coupe pas du chiffre.
DAY_AND_HOUR = [
    case("Près de Dole, un train régional a déraillé vendredi en fin d'après-midi, faisant 14 "
         "blessés.", "2025-12-06",
         E("14", None, "2025-12-06", "as_of"), id="vendredi-en-fin-d-apres-midi"),
    case("Dans le Jura, un car scolaire s'est renversé mercredi en début de matinée, blessant 23 "
         "élèves.", "2025-12-04",
         E("23", "2025-12-03", "2025-12-03", "day"), id="mercredi-en-debut-de-matinee"),
    case("À Vierzon, un TER a percuté un camion le 2 décembre vers 7 h 40, faisant 9 blessés.",
         "2025-12-04",
         E("9", None, "2025-12-04", "as_of"), id="le-2-decembre-vers-7-h-40"),
    case("La digue a cédé mardi 2 décembre au petit matin, inondant 310 maisons.", "2025-12-03",
         E("310", "2025-12-02", "2025-12-02", "day"), id="mardi-2-decembre-au-petit-matin"),
    case("Les secours ont évacué samedi dans la soirée, 480 habitants du quartier.",
         "2025-11-30",
         E("480", "2025-11-29", "2025-11-29", "day"), id="samedi-dans-la-soiree"),
    case("Un séisme a secoué le Valais jeudi à 23 h, faisant 4 blessés légers.",
         "2025-12-05",
         E("4", None, "2025-12-05", "as_of"), id="jeudi-a-23-h"),
]

# Lignes négatives : l'heure ne change pas la sorte d'un état ou d'un arrêté (« au 4 décembre à
# 18 heures », « en fin de journée, ... étaient privés ») ; un nombre qui n'est pas une heure
# (« à 8 hôpitaux ») reste un chiffre.
HOUR_KEPT = [
    case("Au 4 décembre à 18 heures, 312 cas avaient été recensés.", "2025-12-06",
         E("312", None, "2025-12-04", "as_of"), id="arrete-a-une-heure"),
    case("Vendredi en fin de journée, 3 400 foyers étaient encore privés d'électricité.",
         "2025-12-06",
         E("3 400", None, "2025-12-05", "as_of"), id="etat-en-fin-de-journee"),
    case("Le plan blanc a été déclenché le 4 décembre à 8 hôpitaux de la région.", "2025-12-06",
         E("8", "2025-12-04", "2025-12-04", "day"), id="pas-une-heure"),
]


@pytest.mark.parametrize("c", DAY_AND_HOUR + HOUR_KEPT)
def test_fr_day_with_its_hour(c: PeriodCase) -> None:
    check(c, "fr")
