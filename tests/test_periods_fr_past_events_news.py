"""A past event's date told in a relative clause, in French (read on real news: wine-harvest
estimates, "Les gelées du printemps, qui ont touché ... l'ensemble des bassins de production",
"le gel de printemps, qui a endommagé des vignes dans tous les bassins"; storms, "Xynthia, qui
a frappé dimanche l'Ile-de-France", "un incendie qui s'est déclaré mardi menace 1.000
hectares"; "La tempête qui a touché la France le 23 octobre").

- A figure in a clause that "qui" opens on a noun just named ("Le gel du 12 avril, qui a touché
  près de 6 500 hectares, ...") keeps the noun's day, and frames nothing after its sentence:
  the next sentences (a year's harvest, a count of interventions) are not of that day.
- "avait atteint 2 100 tonnes" is a flashback too (a participle in -int), after which no span
  of the past frames the figures that follow.
- "Il y a deux ans" names that year, as "two years ago" does; days, weeks and months ago, and
  "il y a un an", stay a day.

Negative rows of the same shapes keep today's reading: the same day told in the main clause
("Le 3 mars, la tempête a couché 1 200 arbres.") frames the figures after it. Our own sentences,
other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RELATIVE = [
    case("La tempête du 3 mars, qui a couché 1 200 arbres dans le département, a aussi coupé "
         "des routes. Les pompiers ont effectué 340 interventions.", "2026-12-04",
         E("1 200", "2026-03-03", "2026-03-03", "day"), E("340", None, "2026-12-04", "none"),
         id="la-tempete-du-3-mars-qui"),
    case("Le gel du 12 avril, qui a touché près de 6 500 hectares, puis la grêle de juin ont "
         "réduit les rendements. Le Saumurois affiche 318 000 hectolitres.", "2026-12-04",
         E("près de 6 500 hectares", "2026-04-12", "2026-04-12", "day"),
         E("318 000 hectolitres", None, "2026-12-04", "none"), id="le-gel-du-12-avril-qui"),
    case("L'an dernier, la coopérative avait atteint 2 100 tonnes. Le gel du 12 avril, qui a "
         "détruit 300 hectares, a tout changé. Les adhérents ont livré 1 450 tonnes.",
         "2026-12-04",
         E("1 450 tonnes", None, "2026-12-04", "none"), id="apres-un-rappel-en-int"),
]

MAIN_CLAUSE = [
    case("Le 3 mars, la tempête a couché 1 200 arbres dans le département. Les pompiers ont "
         "effectué 340 interventions.", "2026-12-04",
         E("340", "2026-03-03", "2026-03-03", "day"), id="le-jour-dans-la-principale"),
]


# "Il y a six ans, la participation à midi au premier tour était de 16,27%" (regional elections
# against the previous ones), "plus importante qu'il y a cinq ans" (legislative elections), "Il y
# a deux ans, 96 400 électeurs avaient voté par anticipation": that year or month, as "four
# years ago" in English, not the day the text never named; months, weeks and days ago stay a
# day, and "il y a un an" the day a year back ("contre 7,1 % il y a un an").
AGO = [
    case("Il y a six ans, la participation à midi au premier tour était de 17,4 %.",
         "2027-06-20",
         E("17,4 %", "2021-01-01", "2021-12-31", "interval"), id="il-y-a-six-ans"),
    case("Il y a deux ans, 96 400 électeurs avaient voté par anticipation.", "2026-11-24",
         E("96 400", "2024-01-01", "2024-12-31", "interval"), id="il-y-a-deux-ans"),
]

AGO_DAYS = [
    case("Il y a trois jours, 40 personnes ont été évacuées.", "2026-11-24",
         E("40", "2026-11-21", "2026-11-21", "day"), id="il-y-a-trois-jours"),
    case("Le chômage atteint 7,4 %, contre 7,1 % il y a un an.", "2026-11-24",
         E("7,1 %", "2025-11-24", "2025-11-24", "day"), id="il-y-a-un-an"),
]


@pytest.mark.parametrize("c", RELATIVE + MAIN_CLAUSE)
def test_fr_past_event_in_a_relative_clause(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", AGO + AGO_DAYS)
def test_fr_years_ago_name_that_year(c: PeriodCase) -> None:
    check(c, "fr")
