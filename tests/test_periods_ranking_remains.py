"""A place that "remains" first in a ranking counts over the total's time (issue 10).

Read on real news: regional dailies and national sites ranking departments in an epidemic or a
toll ("la Seine-Maritime est la plus touchée (735), devant le Calvados (644) et la Manche (511)"
on a Normandy radio's site; "La Guyane reste le territoire le plus touché" on LCI; "les deux
départements les plus touchés ..., avec la Haute-Loire (89), et les Bouches-du-Rhône (88)" on
LCI; "La Meurthe-et-Moselle est le département le plus touché avec près de 90 cas" on Yahoo
France). "Le Nord reste le département le plus touché, avec 27 épisodes, devant le
Pas-de-Calais (15)": "reste" is a present cue, but before a ranking it says the place still
leads the count told before, and the leader and the places after it (in parentheses) take that
count's period, not publication's. Our own sentences, other places and numbers. Negative rows:
"reste" with no ranking ("Onze patients restent hospitalisés", "Le camp reste ouvert") and a
present cue of another kind keep their reading.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RANKED_FR = [
    case("Selon l'ARS, 88 cas de légionellose ont été signalés dans la région depuis le 1er "
         "juillet.\n\nSur la même période l'an dernier, l'agence en avait recensé 61.\n\nL'Isère "
         "reste le département le plus touché, avec 31 cas, devant la Savoie (19) et la Drôme "
         "(12).", "2026-09-03",
         E("31", "2026-07-01", "2026-09-03", "to_date"),
         E("19", "2026-07-01", "2026-09-03", "to_date"),
         E("12", "2026-07-01", "2026-09-03", "to_date"), id="reste-le-plus-touche-apres-une-base"),
    case("Les pompiers sont intervenus sur 146 feux de forêt depuis le 1er juin.\n\nLe Var reste "
         "en tête, avec 52 feux, devant les Bouches-du-Rhône (38).", "2026-08-20",
         E("52", "2026-06-01", "2026-08-20", "to_date"),
         E("38", "2026-06-01", "2026-08-20", "to_date"), id="reste-en-tete"),
]

RANKED_EN = [
    case("Police have arrested 412 people in the region since the protests began on Monday.\n\n"
         "Paris remains the hardest-hit city, with 180 arrests, ahead of Lyon (95) and Marseille "
         "(61).", "2026-12-03",
         E("180", "2026-11-30", "2026-12-03", "to_date"),
         E("95", "2026-11-30", "2026-12-03", "to_date"), id="remains-the-hardest-hit"),
]

NOT_RANKED_FR = [  # negative rows: a state held now stays as of publication
    case("Les pompiers sont intervenus sur 146 feux de forêt depuis le 1er juin.\n\nLe camp de "
         "Brignoles reste ouvert et accueille 240 personnes.", "2026-08-20",
         E("240", None, "2026-08-20", "as_of"), id="reste-ouvert"),
]


@pytest.mark.parametrize("c", RANKED_FR)
def test_a_place_that_remains_first_counts_over_the_totals_time_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", RANKED_EN)
def test_a_place_that_remains_first_counts_over_the_totals_time_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", NOT_RANKED_FR)
def test_a_state_that_remains_stays_present(c: PeriodCase) -> None:
    check(c, "fr")
