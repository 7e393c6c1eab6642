"""The whole a part is taken from is a standing stock, as of publication (read in school-strike
and closure copy: "61 écoles ... sur les 512 que compte le département", "18 grévistes sur
22"): the day dates the part, not the schools the département has or the pupils enrolled. Our
own sentences, other names and numbers. The negative rows keep their reading: the part itself,
a whole the article counted that day before (restated), a larger figure that is no whole."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

WHOLES = [
    case("Jeudi, 47 écoles publiques sont restées fermées faute d'enseignants, sur les 438 que "
         "compte le département.", "2026-12-04",
         E("438", None, "2026-12-04", "as_of"), E("47", "2026-12-03", "2026-12-03", "day"),
         id="fr-sur-les-que-compte"),
    case("Jeudi, la Ville a accueilli 1 320 enfants dans 18 écoles, sur les 8 700 élèves "
         "scolarisés dans le public.", "2026-12-04",
         E("8 700", None, "2026-12-04", "as_of"), id="fr-sur-les-eleves-scolarises"),
    case("On Thursday, 47 of the county's 438 public schools stayed closed.", "2026-12-04",
         E("438", None, "2026-12-04", "as_of"), E("47", "2026-12-03", "2026-12-03", "day"),
         id="en-of-the-countys"),
]

NOT_MOVED = [  # negative rows: they keep today's reading
    case("Police arrested 14 people on Monday. Three of the 14 were minors.", "2026-12-04",
         E("Three", "2026-11-30", "2026-11-30", "day"), id="en-a-restated-whole"),
    case("Jeudi, 47 écoles sont restées fermées et 1 320 enfants ont été accueillis.",
         "2026-12-04", E("1 320", "2026-12-03", "2026-12-03", "day"), id="fr-no-link"),
]


@pytest.mark.parametrize("c", WHOLES + NOT_MOVED)
def test_a_standing_whole(c: PeriodCase) -> None:
    check(c, "en" if c.id.startswith("en-") else "fr")
