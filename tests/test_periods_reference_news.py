"""The period a release is about, what refers back to it, and what a comparison does not pass
on (read on real news before writing: weekly dengue bulletins from La Réunion ("Du 17 au 23
mai, 1 949 cas ... depuis le début de l'année, plus de 14 000 cas", published nine days after
the week), monthly road-death figures ("295 personnes sont décédées en octobre ... Depuis le
1er janvier, 2 695 personnes", published mid-November), job-seeker counts ("En juillet ...
depuis le début de l'année (+1,5 %)"), airport traffic releases ("4.92 million passengers in
October ... Year-to-date traffic grew 13.5 percent", "during the month"), housing-starts and
retail-sales releases ("in the same month", "than the ... recorded in October 2025")).

* A release's lead names a closed week, month or quarter that ended shortly before
  publication; its running totals ("depuis le 1er janvier", "so far this year", "depuis
  janvier") count to that period's end, not to publication. "La semaine dernière, l'ARS
  dénombrait ... depuis janvier" in a weekly bulletin is the previous bulletin's total.
* Negative rows: a lead with no closed period, a period ended long before publication, a
  total with its own date ("au 30 novembre") or tied to the time of writing ("à ce jour")
  keep their ends.
* "Cette année-là", "that year", "sur la semaine", "de la semaine", "over the month", "the
  same month" refer to the last period of that grain named; "over the period", "sur la
  période" to the window named just before (not "the period from May to June").
* A figure compared with ("than the 20,690 recorded in October 2025") passes its date to no
  later figure ("Ontario accounted for 7,420 of those starts").
* An as-of total of the running count just before, whose counted thing a pronoun stands for
  ("Au 15 novembre, l'ARS en recensait 17 180"), is that count to its own date; a stock of
  other things at a date ("212 patients étaient hospitalisés") stays as of it.
* A moving average ("the four-week moving average", "la moyenne mobile sur trois mois", read
  in weekly jobless-claims and monthly building releases) is a rate over its window, ending
  where the figure's own period ends; a plain average is not.

Our own sentences, other places, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

REFERENCE_FR = [
    case("Du 9 au 15 mars, 860 cas de chikungunya ont été confirmés en Guadeloupe, selon le "
         "point hebdomadaire de l'ARS. Depuis le 1er janvier, 6 240 cas ont été recensés.",
         "2026-03-18",
         E("6 240", "2026-01-01", "2026-03-15", "to_date"), id="bulletin-depuis-le-1er-janvier"),
    case("Du 9 au 15 mars, 860 cas de chikungunya ont été confirmés en Guadeloupe. Depuis le "
         "début de l'année, 212 personnes ont été hospitalisées, dont 19 en réanimation.",
         "2026-03-18",
         E("212", "2026-01-01", "2026-03-15", "to_date"),
         E("19", "2026-01-01", "2026-03-15", "to_date"), id="bulletin-dont"),
    case("En septembre, 241 personnes sont mortes sur les routes de métropole, selon "
         "l'Observatoire de la sécurité routière. Depuis janvier, 2 310 personnes ont perdu la "
         "vie.", "2026-10-14",
         E("2 310", "2026-01-01", "2026-09-30", "to_date"), id="mois-clos-depuis-janvier"),
    case("Du 9 au 15 mars, 860 cas ont été confirmés en Guadeloupe. La semaine dernière, l'ARS "
         "recensait 5 380 cas depuis janvier.", "2026-03-18",
         E("5 380", "2026-01-01", "2026-03-08", "to_date"), id="semaine-derniere"),
]

KEEPS_ITS_END_FR = [  # negative rows
    case("Les pompiers sont intervenus toute la journée dans le quartier. Depuis le 1er janvier, "
         "6 240 interventions ont été recensées.", "2026-03-18",
         E("6 240", "2026-01-01", "2026-03-18", "to_date"), id="sans-periode-de-reference"),
    case("Du 9 au 15 mars, 860 cas ont été confirmés en Guadeloupe. À ce jour, 6 240 cas ont été "
         "recensés depuis le 1er janvier.", "2026-03-18",
         E("6 240", "2026-01-01", "2026-03-18", "to_date"), id="a-ce-jour"),
    case("Du 9 au 15 mars, 860 cas ont été confirmés en Guadeloupe. Au 17 mars, 6 240 cas "
         "avaient été recensés depuis le 1er janvier.", "2026-03-18",
         E("6 240", "2026-01-01", "2026-03-17", "to_date"), id="sa-propre-date"),
    case("En janvier, 41 000 visiteurs ont franchi les portes du musée. Depuis le début de "
         "l'année, 390 000 billets ont été vendus.", "2026-10-14",
         E("390 000", "2026-01-01", "2026-10-14", "to_date"), id="mois-trop-ancien"),
]

REFERENCE_EN = [
    case("Passenger traffic at the airport rose 6.1 percent in October to 3.84 million, the "
         "operator said on Thursday. So far this year, 35.2 million passengers have passed "
         "through its terminals.", "2026-11-19",
         E("35.2 million", "2026-01-01", "2026-10-31", "to_date"), id="so-far-this-year"),
    case("Retail sales rose 0.8 percent in the third quarter, the statistics office said. Since "
         "the start of the year, sales volumes have grown 2.3 percent.", "2026-11-12",
         E("2.3 percent", "2026-01-01", "2026-09-30", "to_date"), id="quarter-since-the-start"),
]

KEEPS_ITS_END_EN = [  # negative rows
    case("Thousands of people marched through the capital on Saturday. So far this year, "
         "412 people have been detained at protests.", "2026-11-19",
         E("412", "2026-01-01", "2026-11-19", "to_date"), id="no-release-period"),
    case("Passenger traffic at the airport rose 6.1 percent in October to 3.84 million. As of "
         "today, 37.9 million passengers have passed through its terminals so far this year.",
         "2026-11-19",
         E("37.9 million", None, "2026-11-19", "as_of"), id="as-of-today"),
    case("The median home price rose to $418,000 in October, the realtors' association said. "
         "She said she had bid on 11 homes since January without success.", "2026-11-19",
         E("11", "2026-01-01", "2026-11-19", "to_date"), id="a-persons-own-count"),
    case("The median home price rose to $418,000 in October, the realtors' association said. "
         "Prices have risen 6.1% this year alone.", "2026-11-19",
         E("6.1%", "2026-01-01", "2026-11-19", "to_date"), id="this-year-alone"),
]

ANAPHORA_FR = [
    case("Du 9 au 15 mars, 860 cas ont été confirmés en Guadeloupe. Le Nord concentre 48 % "
         "des cas de la semaine, et Pointe-à-Pitre compte 131 cas sur la semaine.",
         "2026-03-18",
         E("48 %", "2026-03-09", "2026-03-15", "interval"),
         E("131", "2026-03-09", "2026-03-15", "interval"), id="de-la-semaine"),
    case("« On n'avait pas connu une telle vague depuis 2019 », souligne l'épidémiologiste. "
         "Cette année-là, 18 200 cas avaient été confirmés.", "2026-03-18",
         E("18 200", "2019-01-01", "2019-12-31", "interval"), id="cette-annee-la"),
    # after a flashback to that year, the news has left it: the next figures are not of 2019
    case("« On n'avait pas connu une telle vague depuis 2019 », souligne l'épidémiologiste. "
         "Cette année-là, 18 200 cas avaient été confirmés. Quelque 140 agents sont mobilisés "
         "pour la démoustication.", "2026-03-18",
         E("Quelque 140", None, "2026-03-18", "as_of"), id="apres-cette-annee-la"),
    case("Entre janvier et juin, le port a traité 4,2 millions de conteneurs. Sur la période, les "
         "exportations ont progressé de 6 %.", "2026-08-10",
         E("6 %", "2026-01-01", "2026-06-30", "interval"), id="sur-la-periode"),
    case("Sur la période 2020-2024, 1 200 emplois ont été créés.", "2026-08-10",
         E("1 200", "2020-01-01", "2024-12-31", "interval"), id="la-periode-2020-2024"),
]

ANAPHORA_EN = [
    case("The last comparable outbreak was in 2019. That year, 18,200 cases were "
         "confirmed across the islands.", "2026-03-18",
         E("18,200", "2019-01-01", "2019-12-31", "interval"), id="that-year"),
    case("The airport handled 3.84 million passengers in October. Over the month, 27,400 "
         "flights took off or landed.", "2026-11-19",
         E("27,400", "2026-10-01", "2026-10-31", "interval"), id="over-the-month"),
    case("Between January and June, the port handled 4.2 million containers. Over the period, "
         "exports rose 6 percent.", "2026-08-10",
         E("6 percent", "2026-01-01", "2026-06-30", "interval"), id="over-the-period"),
    case("Over the period from May to June, exports rose 6 percent.", "2026-08-10",
         E("6 percent", "2026-05-01", "2026-06-30", "interval"), id="the-period-from"),
]

NOT_FROM_A_COMPARISON = [
    case("Actual starts in large centres totalled 18,310 in September, six per cent "
         "more than the 17,270 recorded in September 2025. Quebec accounted for 4,120 "
         "of those starts, or 22 per cent.", "2026-10-16",
         E("17,270", "2025-09-01", "2025-09-30", "interval"),
         E("4,120", "2026-09-01", "2026-09-30", "interval"),
         E("22 per cent", "2026-09-01", "2026-09-30", "interval"),
         id="of-those-after-than-the"),
]

MOVING_EN = [
    case("The national statistics agency says the seasonally adjusted annual rate of building "
         "permits was 188,400 in August. The three-month moving average of the rate was "
         "192,100 in August, down from 195,600 in July.", "2026-09-15",
         E("192,100", "2026-06-01", "2026-08-31", "rate"),
         E("195,600", "2026-05-01", "2026-07-31", "rate"), id="three-month-moving-average"),
    case("In the week ending Nov. 7, initial claims for unemployment benefits fell by 6,000 to "
         "219,000. The four-week moving average was 224,750.", "2026-11-12",
         E("224,750", "2026-10-11", "2026-11-07", "rate"), id="four-week-moving-average"),
]
NOT_MOVING_EN = [  # negative rows
    case("The average price of a home was $418,200 in August.", "2026-09-15",
         E("$418,200", "2026-08-01", "2026-08-31", "interval"), id="plain-average"),
]
MOVING_FR = [
    case("En août, 18 420 logements ont été mis en chantier. La moyenne mobile sur trois mois "
         "s'établit à 19 100 logements.", "2026-09-28",
         E("19 100", "2026-06-01", "2026-08-31", "rate"), id="moyenne-mobile-sur-trois-mois"),
]

RUNNING_AS_OF_FR = [
    case("Depuis le 1er janvier, 6 240 cas ont été confirmés en Guadeloupe. Au 8 mars, l'ARS en "
         "dénombrait 5 380.", "2026-03-18",
         E("5 380", "2026-01-01", "2026-03-08", "to_date"), id="au-8-mars-en-denombrait"),
    case("Depuis le 1er janvier, 6 240 cas ont été confirmés en Guadeloupe. Au 15 mars, 212 "
         "patients étaient hospitalisés.", "2026-03-18",
         E("212", None, "2026-03-15", "as_of"), id="un-autre-stock"),  # negative row
]

RUNNING_AS_OF_EN = [  # negative rows: a stock of the same people is no running count
    case("Since January, 21,063 people have crossed the Channel in small boats. As of Aug. 1, "
         "1,200 people were held in detention centres.", "2026-08-31",
         E("1,200", None, "2026-08-01", "as_of"), id="a-stock-of-people"),
    case("So far in 2026, 208,540 homes have been started, the agency said.", "2026-11-16",
         E("208,540", "2026-01-01", "2026-11-16", "to_date"), id="so-far-in-2026"),
]


@pytest.mark.parametrize("c", REFERENCE_FR + KEEPS_ITS_END_FR + RUNNING_AS_OF_FR)
def test_fr_running_totals_of_a_release(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", REFERENCE_EN + KEEPS_ITS_END_EN + RUNNING_AS_OF_EN)
def test_en_running_totals_of_a_release(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", ANAPHORA_FR)
def test_fr_reference_to_a_period_named_before(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", ANAPHORA_EN + NOT_FROM_A_COMPARISON)
def test_en_reference_to_a_period_named_before(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", MOVING_EN + NOT_MOVING_EN)
def test_en_moving_average_is_a_rate_over_its_window(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", MOVING_FR)
def test_fr_moving_average_is_a_rate_over_its_window(c: PeriodCase) -> None:
    check(c, "fr")
