"""A running count read at a day, its earlier readings and its parts (read on real news:
legionellosis clusters and measles bulletins of regional health agencies in French regional
dailies, CDC and state measles counts in US copy). "Jeudi soir, l'ARS recensait 41 cas
confirmés depuis le 6 novembre": the count runs from its stated start to the day that frames
it, which is when it was read, not a day of the event; "Lundi, elle en comptait 27" is an
earlier reading of the same count, from the same start to Monday; what became of the people
it counts, told after it with no time of their own ("Trois malades sont décédés", "33
patients ont été hospitalisés", "26 hommes et 15 femmes"), shares its window. A date written
as an ordinal ("depuis le 1er novembre") is read in a sentence whose figures are words. A past
year's figure whose own phrase says all of it ("contre 52 sur l'ensemble de 2024") is that
whole year, not the part of it the year-to-date figure covers. Our own sentences, other names
and numbers. The negative rows keep their reading: new cases of a day, a count whose window is
another figure's, an event of a day after the bulletin, a stock, a count of things, a past year
compared with no word of its whole."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

BULLETIN_FR = ("Jeudi soir, l'ARS recensait 41 cas de légionellose confirmés depuis le 6 novembre "
               "à Saint-Aubin-des-Prés et dans deux villages voisins. Lundi, elle en comptait 27.")
BULLETIN_EN = ("On Thursday evening, the state health department had recorded 41 confirmed cases "
               "of legionnaires' disease since Nov. 6 in the county.")

READ_AT_A_DAY = [
    case(BULLETIN_FR, "2025-11-21",
         E("41", "2025-11-06", "2025-11-20", "to_date"),
         E("27", "2025-11-06", "2025-11-17", "to_date"), id="fr-jeudi-soir-depuis-le"),
    case(BULLETIN_EN, "2025-11-21",
         E("41", "2025-11-06", "2025-11-20", "to_date"), id="en-thursday-since"),
    case("Mardi, la préfecture dénombrait 118 personnes intoxiquées depuis le début de l'année "
         "dans le département.", "2025-11-21",
         E("118", "2025-01-01", "2025-11-18", "to_date"), id="fr-mardi-depuis-le-debut-de-l-annee"),
    case("Vingt-trois cas de rougeole ont été signalés dans l'agglomération depuis le 1er "
         "octobre.", "2025-11-21",
         E("Vingt-trois", "2025-10-01", "2025-11-21", "to_date"), id="fr-figure-in-words-1er"),
]

PARTS = [
    case(f"{BULLETIN_FR} Trois malades sont décédés. Au total, 33 patients ont été hospitalisés. "
         "Les malades, 26 hommes et 15 femmes, ont entre 41 et 93 ans.", "2025-11-21",
         E("Trois", "2025-11-06", "2025-11-20", "to_date"),
         E("33", "2025-11-06", "2025-11-20", "to_date"),
         E("26", "2025-11-06", "2025-11-20", "to_date"),
         E("15", "2025-11-06", "2025-11-20", "to_date"), id="fr-parts-of-the-count"),
    case(f"Légionellose à Saint-Aubin : 41 cas et trois décès, la source toujours recherchée"
         f"\n\n{BULLETIN_FR}\n\nTrois malades sont décédés, un homme de 81 ans et une femme de "
         "77 ans, tous hospitalisés au CHU.", "2025-11-21",
         E("trois", "2025-11-06", "2025-11-20", "to_date"), id="fr-headline-restates-a-part"),
]

WHOLE_YEAR = [
    case("Au 31 octobre, la Moselle comptait 65 cas de rougeole déclarés depuis le début de "
         "l'année, contre 52 sur l'ensemble de 2024.", "2025-11-21",
         E("52", "2024-01-01", "2024-12-31", "interval"), id="fr-sur-l-ensemble-de-2024"),
    case("As of Oct. 31, the county had recorded 65 measles cases since the start of the year, "
         "compared with 52 for the whole of 2024.", "2025-11-21",
         E("52", "2024-01-01", "2024-12-31", "interval"), id="en-for-the-whole-of-2024"),
]

NOT_MOVED = [  # negative rows: they keep today's reading
    case("Jeudi, 14 nouveaux cas ont été confirmés, ce qui porte à 48 le nombre de cas depuis "
         "le 1er novembre.", "2025-11-21",
         E("14", "2025-11-20", "2025-11-20", "day"), id="fr-nouveaux-cas-jeudi"),
    case("On Thursday, 14 new cases were confirmed in the county.", "2025-11-21",
         E("14", "2025-11-20", "2025-11-20", "day"), id="en-new-cases-thursday"),
    case(f"{BULLETIN_FR} Mercredi, 58 patients se sont présentés aux urgences de l'hôpital.",
         "2025-11-21",
         E("58", "2025-11-19", "2025-11-19", "day"), id="fr-event-of-a-day-after"),
    case(f"{BULLETIN_FR} Trois malades sont décédés. La commune compte 4 200 habitants et "
         "quatre écoles.", "2025-11-21",
         E("4 200", None, "2025-11-21", "as_of"),
         E("quatre", None, "2025-11-21", "as_of"), id="fr-a-stock-of-things"),
    case("Au 31 octobre, la Moselle comptait 65 cas de rougeole déclarés depuis le début de "
         "l'année sur l'ensemble de la région, contre 52 en 2024.", "2025-11-21",
         E("52", "2024-01-01", "2024-10-31", "interval"), id="fr-ensemble-of-a-place"),
    case(f"{BULLETIN_FR} Habituellement, 9 cas sont déclarés chaque année dans le département.",
         "2025-11-21",
         E("9", None, "2025-11-21", "rate"), id="fr-a-yearly-rate"),
    case("The agency said about 48,000 people had been displaced since Oct. 14. A supply plane "
         "was hit by gunfire on Saturday; none of the crew of three was hurt.", "2025-11-21",
         E("three", None, "2025-11-21", "as_of"), id="en-not-an-outcome-of-a-stock"),
    case("En 2012, 18 personnes avaient été contaminées lors d'un précédent foyer.", "2025-11-21",
         E("18", "2012-01-01", "2012-12-31", "interval"), id="fr-past-outbreak"),
]


@pytest.mark.parametrize("c", READ_AT_A_DAY + PARTS + WHOLE_YEAR + NOT_MOVED)
def test_running_count_read_at_a_day(c: PeriodCase) -> None:
    lang = "en" if c.id.startswith("en-") else "fr"
    check(c, lang)
