"""The figures of a strike or a protest are of its day, in French (read on real news: teachers'
strikes counted by the ministry and the unions, rail strikes counted by the SNCF's management,
pension-reform marches counted by the Interior ministry, the police and the CGT, regional
dailies the day after). The lead names the day once, with the action ("La grève ... a été suivie
de façon inégale, mardi 10 mars", "alors que 190 cortèges étaient organisés ce jeudi"), and
later paragraphs give its figures with no time of their own: strike rates by level, marchers
"selon la police" and "selon les organisateurs", a city list sharing the first one's verb. The
next day's article names the day in its lead under a headline naming the strike ("Mardi, 34
écoles sont restées fermées"). Each is of the action's day.

Not the action's day: an earlier strike day ("lors de la précédente journée", a pluperfect), an
intention to strike or a threshold, a strike still to come, a standing fact in the present, a
figure with its own time. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DAY_FIGURES = [
    case("Grève dans les lycées : un professeur sur trois mobilisé\n\n"
         "La grève contre la réforme du baccalauréat prévue pour 2027 a été suivie de façon "
         "inégale, mardi 10 mars. Selon le ministère, 31,5 % des enseignants étaient en grève à "
         "la mi-journée. Le Snes-FSU revendique 52 % de grévistes dans les lycées, et jusqu'à "
         "70 % à Lyon.", "2026-03-10",
         E("31,5 %", "2026-03-10", "2026-03-10", "day"),
         E("52 %", "2026-03-10", "2026-03-10", "day"),
         E("jusqu'à 70 %", "2026-03-10", "2026-03-10", "day"), id="taux-par-niveau"),
    case("Nantes : 34 écoles fermées par la grève des enseignants\n\n"
         "Mardi, 34 écoles publiques de la ville sont restées fermées, selon la mairie. Dans le "
         "premier degré, l'inspection académique a compté 29,4 % de grévistes. « Dans mon école, "
         "nous avons déjà 27 élèves par classe », explique une enseignante de Rezé. Le cortège "
         "parti du château a rassemblé 3 200 personnes selon les syndicats, 1 900 selon la "
         "police.",
         "2026-03-11",
         E("29,4 %", "2026-03-10", "2026-03-10", "day"),
         E("3 200", "2026-03-10", "2026-03-10", "day"),
         E("1 900", "2026-03-10", "2026-03-10", "day"), id="article-du-lendemain"),
    case("La journée de mobilisation a rassemblé 1,1 million de personnes selon la CGT, dont "
         "180 000 à Paris, alors que 190 cortèges étaient organisés dans le pays ce jeudi. À "
         "Rennes, la manifestation a réuni 9 000 personnes selon la préfecture.", "2026-02-12",
         E("1,1 million", "2026-02-12", "2026-02-12", "day"),
         E("9 000", "2026-02-12", "2026-02-12", "day"), id="jour-en-fin-de-phrase"),
    case("Ce samedi, les opposants au projet d'autoroute ont défilé dans plusieurs villes de la "
         "région. Le tracé doit traverser 14 communes, rappelle le collectif, qui a déposé 3 "
         "recours depuis 2023. À Castres, la préfecture a compté 4 800 manifestants, 12 000 "
         "selon les "
         "organisateurs. À Albi, ils étaient 1 300 selon la police.", "2026-04-20",
         E("4 800", "2026-04-18", "2026-04-18", "day"),
         E("12 000", "2026-04-18", "2026-04-18", "day"),
         E("1 300", "2026-04-18", "2026-04-18", "day"), id="villes-une-a-une"),
    # On the strike day itself, the present tense is that day's ("le ministère compte 12 % de
    # grévistes", "le mouvement est suivi par 29 % des enseignants").
    case("Selon le ministère, près de 90 000 enseignants sont en grève aujourd'hui contre la "
         "réforme. Dans le premier degré, le ministère compte 14,2 % de grévistes.",
         "2026-03-10",
         E("14,2 %", "2026-03-10", "2026-03-10", "day"), id="le-jour-meme-au-present"),
]

NEXT_DAY_PRESENT = [
    case("Mardi, la grève contre la réforme a été suivie par 28 % des enseignants, selon le "
         "ministère. Dans le premier degré, le ministère compte 14,2 % de grévistes.",
         "2026-03-11",
         E("14,2 %", None, "2026-03-11", "as_of"), id="le-lendemain-au-present"),
]

# Lignes négatives : ce qui n'est pas un chiffre de l'action du jour, ou qui a son temps à lui.
NOT_THE_DAY = [
    case("La grève contre la réforme du baccalauréat a été suivie mardi 10 mars. Lors de la "
         "précédente mobilisation, 17 % des enseignants avaient fait grève.", "2026-03-10",
         E("17 %", None, None, "none"), id="precedente-journee"),
    case("La grève contre la réforme du baccalauréat a été suivie mardi 10 mars. Les écoles où "
         "au moins 25 % des enseignants ont déclaré leur intention de faire grève doivent "
         "organiser un accueil.", "2026-03-10",
         E("au moins 25 %", None, None, "none"), id="intention-de-grève"),
    case("Les salariés de la papeterie ont fait grève lundi contre la fermeture du site. L'usine "
         "emploie 1 200 personnes.", "2026-03-10",
         E("1 200", None, "2026-03-10", "as_of"), id="un-etat-aujourd-hui"),
    case("Les syndicats appellent à une nouvelle grève jeudi 19 mars. Ils espèrent 40 % de "
         "grévistes dans les écoles.", "2026-03-10",
         E("40 %", None, None, "none"), id="une-greve-a-venir"),
    case("La grève contre la réforme du baccalauréat a été suivie mardi 10 mars. En 2019, une "
         "grève semblable avait réuni 36 % des enseignants.", "2026-03-10",
         E("36 %", "2019-01-01", "2019-12-31", "interval"), id="une-greve-de-2019"),
]


@pytest.mark.parametrize("c", DAY_FIGURES + NEXT_DAY_PRESENT + NOT_THE_DAY)
def test_fr_strike_figures_take_its_day(c: PeriodCase) -> None:
    check(c, "fr")
