"""The tolls of a strike or protest day are that day's, in French and English (read on real
news: AFP and regional copy of national "journées de mobilisation" published the same Thursday
or the day after, pension-reform marches, "Bloquons tout", US and UK protest days).

Three shapes of one class, the day's own counts (arrests, custody, the injured) of the action
the article dated:
* a toll with no time of its own ("24 policiers et gendarmes ont été blessés"): no longer a level
  as of publication, as a disaster's growing toll is (``claims.tolls``), but that one day's;
* a toll told "as it stands" on the day ("le parquet a annoncé, à ce stade, 31 personnes en
  garde à vue, dont six mineurs");
* a toll said the next day ("Le ministre a annoncé vendredi 457 interpellations"): the day it
  was said dates nothing, the march's day does.
And an arrest is no bulletin's closing day: "des manifestants ont été arrêtés jeudi" dates the
arrests, it is not "un bilan arrêté jeudi".

Not the action's day, nor any past day: a forecast for a coming weekday ("Les syndicats
attendent 500 000 manifestants mardi prochain", "expected next Tuesday": no past Tuesday's
figure, which it would conflict with), a standing count told now ("le syndicat compte 600 000
adhérents"), a toll running over several days ("Twenty-eight officers had been injured",
"depuis lundi"), a disaster's toll (still a level), a bulletin closed on a weekday. Our own
sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("Retraites : la mobilisation en baisse\n\n"
         "« Le pays n'a pas été paralysé » jeudi lors de la journée de mobilisation, qui a "
         "rassemblé 412 000 personnes en France, dont 48 000 à Paris, selon le ministre.\n\n"
         "Selon le ministre, 24 policiers et gendarmes ont été blessés.\n\n"
         "À Lyon, le parquet a annoncé, à ce stade, 31 personnes en garde à vue, dont six "
         "mineurs.", "2025-10-16",
         E("412 000", "2025-10-16", "2025-10-16", "day"),
         E("24", "2025-10-16", "2025-10-16", "day"),
         E("31", "2025-10-16", "2025-10-16", "day"),
         E("six", "2025-10-16", "2025-10-16", "day"), id="bilans-du-jour-meme"),
    case("Jeudi 20 mars, 880 000 personnes ont manifesté selon l'Intérieur.\n\n"
         "Au total, 231 personnes ont été interpellées, dont 47 à Paris.\n\n"
         "Dix-neuf policiers ont été blessés.", "2025-03-21",
         E("231", "2025-03-20", "2025-03-20", "day", "carried", source_surface="880 000"),
         E("Dix-neuf", "2025-03-20", "2025-03-20", "day", "carried"), id="blesses-du-lendemain"),
    case("Jeudi, 1,2 million de personnes ont défilé en France, selon le ministère.\n\n"
         "Le ministre a annoncé vendredi 512 interpellations et 380 policiers et "
         "gendarmes blessés.", "2025-03-28",
         E("512", "2025-03-27", "2025-03-27", "day"),
         E("380", "2025-03-27", "2025-03-27", "day"), id="annonce-le-lendemain"),
    case("Marseille : heurts en marge du cortège\n\n"
         "Des dizaines de manifestants ont été arrêtés mardi lors des manifestations contre la "
         "loi sur l'assurance chômage.\n\n"
         "Selon la CGT, environ 90 000 personnes ont défilé à Marseille. La police en a "
         "compté 21 000.", "2025-11-25",
         E("environ 90 000", "2025-11-25", "2025-11-25", "day"),
         E("21 000", "2025-11-25", "2025-11-25", "day"), id="arretes-mardi"),
    case("La police a arrêté samedi 35 militants devant la préfecture.", "2025-06-15",
         E("35", "2025-06-14", "2025-06-14", "day"), id="a-arrete-samedi"),
]

FR_NEGATIVE = [
    # a standing count told now, on the protest day: still a level as of publication
    case("Jeudi, 300 000 personnes ont manifesté, selon l'Intérieur.\n\n"
         "À ce jour, le syndicat compte 640 000 adhérents.", "2025-10-16",
         E("640 000", None, "2025-10-16", "as_of"), id="adherents-a-ce-jour"),
    # a disaster's toll is still a level known when told (claims.tolls)
    case("Une explosion a détruit un immeuble jeudi à Lille. Vingt-trois personnes ont été "
         "blessées, selon les pompiers.", "2025-10-17",
         E("Vingt-trois", None, "2025-10-17", "as_of"), id="bilan-d-une-explosion"),
    # a forecast for a coming weekday is no past weekday's figure
    case("Les syndicats attendent 500 000 manifestants mardi prochain.", "2025-10-16",
         E("500 000", None, "2025-10-16", "none"), id="attendus-mardi-prochain"),
    # a toll since the movement began is no one day's count
    case("Jeudi, 300 000 personnes ont manifesté, selon l'Intérieur.\n\n"
         "Depuis lundi, 57 policiers ont été blessés, selon le ministre.", "2025-10-17",
         E("57", "2025-10-13", "2025-10-17", "to_date"), id="blesses-depuis-lundi"),
    # a bulletin closed on a weekday still ends its window
    case("Selon un bilan arrêté jeudi, 12 400 cas ont été recensés depuis le 1er janvier.",
         "2025-04-04",
         E("12 400", "2025-01-01", "2025-04-03", "to_date"), id="bilan-arrete-jeudi"),
]

EN = [
    case("Thousands march against pension cuts\n\n"
         "About 80,000 people marched through the capital on Thursday, police said.\n\n"
         "Twenty-two officers were injured, the interior ministry said.", "2025-03-13",
         E("About 80,000", "2025-03-13", "2025-03-13", "day"),
         E("Twenty-two", "2025-03-13", "2025-03-13", "day"), id="officers-injured"),
    case("Thousands march against pension cuts\n\n"
         "About 80,000 people marched through the capital on Thursday, police said.\n\n"
         "The minister said on Friday that 23 officers were injured.", "2025-03-14",
         E("23", "2025-03-13", "2025-03-13", "day"), id="injured-said-next-day"),
]

EN_NEGATIVE = [
    case("A gas explosion tore through a block of flats on Thursday. Nineteen people were "
         "injured, firefighters said.", "2025-03-14",
         E("Nineteen", None, "2025-03-14", "as_of"), id="blast-toll-stays-a-level"),
    case("Thousands march against pension cuts\n\n"
         "About 80,000 people marched through the capital on Thursday, police said.\n\n"
         "The union said on Friday it had signed up 9,000 new members.", "2025-03-14",
         E("9,000", None, "2025-03-14", "as_of"), id="members-said-next-day"),
    # a toll running over several days' protests is still a level as of when it is told
    case("Road blockades against the fuel price rise entered a third day on Wednesday, when "
         "about 9,000 people protested in the capital, police said. Protests began on Monday.\n\n"
         "Police said 64 people had been arrested since Monday. Twenty-eight officers had been "
         "injured, they said.", "2025-06-12",
         E("Twenty-eight", None, "2025-06-12", "as_of"), id="injured-over-three-days"),
    case("Unions expect 120,000 marchers next Tuesday.", "2025-03-14",
         E("120,000", None, "2025-03-14", "none"), id="expected-next-tuesday"),
]


@pytest.mark.parametrize("c", FR + FR_NEGATIVE)
def test_protest_day_tolls_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN + EN_NEGATIVE)
def test_protest_day_tolls_en(c: PeriodCase) -> None:
    check(c, "en")
