"""A window "since the start" of an event whose day the article told before, in French (read on
real news: storms, "Les pompiers ont réalisé 134 interventions depuis le début de la tempête";
floods, "Il y a eu 20.000 évacuations depuis le début de l'épisode"; a volcano's eruption in a
wire, flights cancelled "depuis le début de l'éruption" after "le volcan est entré en éruption
mardi").

- "depuis le début de l'éruption" (a start the phrase names without a date) runs from the day
  of the latest sentence that named that same thing with one day ("Le volcan est entré en
  éruption mardi"), to publication.

Negative rows of the same shape keep today's reading: no earlier day for that thing (a day
said of something else), a count as of publication whose start is unknown. Our own sentences,
other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FROM_ITS_DAY = [
    case("La tempête a touché le Finistère mardi soir. Les pompiers ont réalisé 212 "
         "interventions depuis le début de la tempête.", "2026-12-03",
         E("212", "2026-12-01", "2026-12-03", "to_date"), id="depuis-le-debut-de-la-tempete"),
    case("Le volcan est entré en éruption lundi vers 6h. L'aéroport a annulé 73 vols depuis le "
         "début de l'éruption.", "2026-12-03",
         E("73", "2026-11-30", "2026-12-03", "to_date"), id="depuis-le-debut-de-l-eruption"),
]

NO_DAY = [
    case("La crue menace toute la vallée. Depuis le début de la crue, 140 maisons ont été "
         "évacuées.", "2026-12-03",
         E("140", None, "2026-12-03", "as_of"), id="aucun-jour-pour-la-crue"),
    case("Le préfet s'est rendu mardi à Quimper. Depuis le début de la crue, 140 maisons ont "
         "été évacuées.", "2026-12-03",
         E("140", None, "2026-12-03", "as_of"), id="un-jour-d-autre-chose"),
]


@pytest.mark.parametrize("c", FROM_ITS_DAY + NO_DAY)
def test_fr_since_an_event_told_before(c: PeriodCase) -> None:
    check(c, "fr")
