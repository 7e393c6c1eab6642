"""A statistics release's figures are of the month (week, quarter) its lead names, down the
whole article (claims.release_frame, claims.binding ``started_from``).

Read on real news before writing: Swiss monthly unemployment dispatches (the young people's
count, the job seekers and the vacancies told paragraphs after the lead with no month; the
cantons' rates in a list: "Genève (3,8 %), suivi par le Jura (3,5 %)"; "La hausse atteint 0,1
point à 2,1 %, indique jeudi le Seco"), a French inflation release ("-0,5 % après +0,2 %"),
North Carolina and Japanese jobless releases ("ticked higher from 9.6 percent in October to
9.7 percent in November").

* A figure nothing dates, told after a release's lead, is of the release's period: not held at
  publication, not of the day the release was said.
* The new level of a change ("est passé de 2,4 % en septembre à 2,6 %") does not take the
  month of the level it started from; a later figure of that level's value ("reste stable à 2,4 %")
  is not that level restated.
* "between Jan. 1 and Sunday" counts from the day to that weekday; "this year" in the same
  release is the same count's window.
* The level a change reached, set off by a comma right after the change's phrase ("Le chômage
  a augmenté en novembre en Suisse, à 2,1 %, indique jeudi le Seco"), is of that phrase's time,
  not of the day the release was said.
* ", indique le Seco lundi", ", said the Labor Department on Friday": an aside of saying with
  its subject after the verb dates the statement, not the figures; the same month a year back
  ("(2,4 % en novembre 2018)") frames no figure after it.
* Negative rows: a figure said to hold now ("désormais"), a forecast, a pluperfect, a lead
  whose month ended long before publication, and the level a change started from keep their
  reading.

Our own sentences, other places, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

LEAD_FR = ("Le taux de chômage a atteint 3,4 % en octobre en Belgique, a indiqué mardi Statbel. "
           "À la fin du mois, 312 400 personnes étaient inscrites. ")

OF_THE_RELEASE_FR = [
    case(LEAD_FR + "Sur un an, une légère progression est constatée (+0,6 %). Le chômage des "
         "jeunes recule nettement. Leur nombre s'établit à 16 480, en repli de 2,1 %.",
         "2026-11-10",
         E("16 480", "2026-10-01", "2026-10-31", "interval"),
         E("2,1 %", "2026-10-01", "2026-10-31", "interval"), id="paragraphe-suivant"),
    case(LEAD_FR + "Sur un an, une légère progression est constatée (+0,6 %). Les provinces "
         "wallonnes restent les plus touchées. Liège affiche un taux de "
         "6,2 %, devant le Hainaut (5,9 %) et Namur (5,1 %).", "2026-11-10",
         E("6,2 %", "2026-10-01", "2026-10-31", "interval"),
         E("5,9 %", "2026-10-01", "2026-10-31", "interval"),
         E("5,1 %", "2026-10-01", "2026-10-31", "interval"), id="liste-entre-parentheses"),
    case("Le nombre de demandeurs d'emploi a progressé de 1,8 % en octobre en Suisse. À la fin "
         "du mois, 214 000 personnes étaient inscrites. Sur un "
         "an, une légère progression est constatée (+0,6 %). La hausse du taux atteint 0,1 point "
         "à 2,6 %, indique mardi le Seco.", "2026-11-10",
         E("2,6 %", "2026-10-01", "2026-10-31", "interval"), id="dit-mardi"),
    case("Le chômage grimpe à 2,6 % en octobre en Suisse. Le nombre d'inscrits a progressé de "
         "1,8 % en octobre. Le taux est passé de 2,4% en "
         "septembre à 2,6 %, a indiqué mardi le Seco. Corrigé des variations saisonnières, le "
         "taux reste stable à 2,4 %.", "2026-11-10",
         E("2,4%", "2026-09-01", "2026-09-30", "interval"),
         E("2,4 %", "2026-10-01", "2026-10-31", "interval"),
         id="passe-de-a"),
]

LEVEL_IN_APPOSITION_FR = [
    case("Le chômage a augmenté en octobre en Belgique, à 5,8 %, indique mardi Statbel.",
         "2026-11-10", E("5,8 %", "2026-10-01", "2026-10-31", "interval"), id="apposition"),
]

SAID_AFTER_ITS_SUBJECT_FR = [
    # ", indique le Seco lundi": the day the release was said, its subject between verb and day
    case("Le nombre de chômeurs a augmenté de 3,9 % en octobre. Chez les jeunes, le taux est "
         "resté stable à 2,4 %, alors que chez les seniors il a progressé à 2,1 %, indique le "
         "Secrétariat d'Etat à l'économie (Seco) lundi dans son pointage mensuel. L'ensemble des "
         "demandeurs d'emploi est ressorti à 181 300 personnes.", "2026-11-09",
         E("2,1 %", "2026-10-01", "2026-10-31", "interval"),
         E("181 300", "2026-10-01", "2026-10-31", "interval"), id="indique-le-seco-lundi"),
    # "(2,6 % en octobre 2025)": the same month a year back frames nothing after it
    case("Le taux de chômage a atteint 2,9 % en octobre. À la fin du mois, 118 400 personnes "
         "étaient inscrites. Il a augmenté, passant de 2,8 % en "
         "septembre à 2,9 % (2,6 % en octobre 2025). Chez les jeunes, il est resté stable à "
         "2,4 %.", "2026-11-09",
         E("2,4 %", "2026-10-01", "2026-10-31", "interval"), id="un-an-plus-tot-entre-parentheses"),
]

KEEPS_ITS_READING_FR = [  # negative rows
    case("Le syndicat a annoncé la grève lundi, et 3 000 salariés ont cessé le travail.",
         "2026-11-13", E("3 000", "2026-11-09", "2026-11-09", "day"), id="pas-une-incise"),
    case("Le musée a ouvert en 2019 à Lyon, à 300 mètres de la gare, selon la mairie.",
         "2026-11-10", E("300 mètres", None, None, "none"), id="une-distance-apres-virgule"),
    case(LEAD_FR + "Sur un an, une légère progression est constatée (+0,6 %). Le service "
         "compte désormais 41 antennes.", "2026-11-10",
         E("41", None, "2026-11-10", "as_of"), id="desormais"),
    case(LEAD_FR + "Sur un an, une légère progression est constatée (+0,6 %). Le taux avait "
         "culminé à 4,1 % pendant la pandémie.", "2026-11-10",
         E("4,1 %", None, None, "none"), id="plus-que-parfait"),
    case(LEAD_FR + "Sur un an, une légère progression est constatée (+0,6 %). Les économistes "
         "prévoient un pic autour de 3,7 %.", "2026-11-10",
         E("autour de 3,7 %", None, None, "none"), id="prevision"),
    case("Le 12 octobre, 3 400 personnes ont défilé à Liège, selon la police. Les syndicats "
         "restent mobilisés. Liège compte un taux de chômage de 6,2 %, devant le Hainaut "
         "(5,9 %).", "2026-10-14",
         E("5,9 %", None, None, "none"), id="pas-un-communique"),
]

OF_THE_RELEASE_EN = [
    case("The state's unemployment rate rose to 4.4 percent in October, the Commerce "
         "Department said Friday. The state lost 6,200 jobs in October. "
         "The department now has 14 regional offices. "
         "Rowan County had the highest rate in the state (6.1 percent), ahead of Wilkes "
         "(5.8 percent).", "2026-11-20",
         E("6.1 percent", "2026-10-01", "2026-10-31", "interval"),
         E("5.8 percent", "2026-10-01", "2026-10-31", "interval"), id="counties-in-a-list"),
    case("Japan's jobless rate rose to 2.7 percent in October, the government said on Friday. "
         "Job offers fell 0.4 percent last month. "
         "The ministry now has 14 regional offices. The number of unemployed people reached "
         "1.81 million.", "2026-11-27",
         E("1.81 million", "2026-10-01", "2026-10-31", "interval"), id="a-later-paragraph"),
    case("Honduras deported 41,200 people between Jan. 1 and Sunday, the migration agency said "
         "on Tuesday. Women accounted for most of the people sent back this year, with "
         "33,900.", "2026-12-01",
         E("41,200", "2026-01-01", "2026-11-29", "to_date"),
         E("33,900", "2026-01-01", "2026-11-29", "to_date"), id="between-jan-1-and-sunday"),
]

LEVEL_IN_APPOSITION_EN = [
    case("Unemployment rose in October in Ohio, to 4.4%, the department said on Friday.",
         "2026-11-20", E("4.4%", "2026-10-01", "2026-10-31", "interval"), id="apposition"),
]

KEEPS_ITS_READING_EN = [  # negative rows
    case("Japan's jobless rate rose to 2.7 percent in October, the government said on Friday. "
         "The ministry now has 14 regional offices.", "2026-11-27",
         E("14", None, "2026-11-27", "as_of"), id="now"),
    case("The jobless rate rose from 4.1 percent in September to 4.3 percent, the department "
         "said on Friday.", "2026-10-09",
         E("4.1 percent", "2026-09-01", "2026-09-30", "interval"),
         E("4.3 percent", None, "2026-10-09", "as_of"), id="from-to-level"),
    case("Police recorded 4,210 thefts between Jan. 1 and Jan. 8, the force said.",
         "2026-12-01",
         E("4,210", "2026-01-01", "2026-01-08", "interval"), id="between-two-days"),
    case("Police recorded 4,210 thefts this year, the force said on Tuesday.", "2026-12-02",
         E("4,210", "2026-01-01", "2026-12-02", "to_date"), id="this-year-alone"),
]


@pytest.mark.parametrize("c", OF_THE_RELEASE_FR + LEVEL_IN_APPOSITION_FR + SAID_AFTER_ITS_SUBJECT_FR
                         + KEEPS_ITS_READING_FR)
def test_release_period_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", OF_THE_RELEASE_EN + LEVEL_IN_APPOSITION_EN + KEEPS_ITS_READING_EN)
def test_release_period_en(c: PeriodCase) -> None:
    check(c, "en")
