"""A past event's date told in a relative clause, in French (read on real news: wine-harvest
estimates, "Les gelées du printemps, qui ont touché ... l'ensemble des bassins de production",
"le gel de printemps, qui a endommagé des vignes dans tous les bassins"; storms, "Xynthia, qui
a frappé dimanche l'Ile-de-France", "un incendie qui s'est déclaré mardi menace 1.000
hectares"; "La tempête qui a touché la France le 23 octobre").

- A figure in a clause that "qui" opens on a noun just named ("Le gel du 14 avril, qui a touché
  près de 9 000 hectares, ...") keeps the noun's day, and frames nothing after its sentence:
  the next sentences (a year's harvest, a count of interventions) are not of that day.
- "avait atteint 2 100 tonnes" is a flashback too (a participle in -int), after which no span
  of the past frames the figures that follow.

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
         E("318 000 hectolitres", None, None, "none"), id="le-gel-du-12-avril-qui"),
    case("L'an dernier, la coopérative avait atteint 2 100 tonnes. Le gel du 12 avril, qui a "
         "détruit 300 hectares, a tout changé. Les adhérents ont livré 1 450 tonnes.",
         "2026-12-04",
         E("1 450 tonnes", None, None, "none"), id="apres-un-rappel-en-int"),
]

MAIN_CLAUSE = [
    case("Le 3 mars, la tempête a couché 1 200 arbres dans le département. Les pompiers ont "
         "effectué 340 interventions.", "2026-12-04",
         E("340", "2026-03-03", "2026-03-03", "day"), id="le-jour-dans-la-principale"),
]


@pytest.mark.parametrize("c", RELATIVE + MAIN_CLAUSE)
def test_fr_past_event_in_a_relative_clause(c: PeriodCase) -> None:
    check(c, "fr")
