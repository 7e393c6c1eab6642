"""A count its clause tells as a present state of closure or alert is a level as of its day
(``claims.state_periods``), and a headline restating it takes that reading (P17).

Local and wire copy on storms, pollution, heat and floods counts what stands closed, banned or
under alert on a day: "une vingtaine de plages sont interdites à la baignade, lundi", "de
nombreuses plages restent fermées ce mardi", "73 départements sont en vigilance orange",
"All schools and offices are closed Monday". That is what held that day (``as_of``), not an
event of it. The negative rows keep their day: a closing told in the past ("ont fermé lundi",
"were closed by the floods"), a placing under alert ("ont été placés en vigilance"), a crowd.
Sentences of our own; published Tuesday 2026-06-09.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
PUB = "2026-06-09"

STATE_FR = [
    case("Ce lundi, 17 plages sont interdites à la baignade sur la côte Est.", PUB,
         E("17", None, "2026-06-08", "as_of"), id="sont-interdites"),
    case("Mardi, 12 écoles restent fermées dans le Gers.", PUB,
         E("12", None, "2026-06-09", "as_of"), id="restent-fermees"),
    case("Ce dimanche, 41 départements sont en vigilance orange canicule.", PUB,
         E("41", None, "2026-06-07", "as_of"), id="sont-en-vigilance"),
    case("Lundi, 23 routes départementales étaient coupées par les eaux.", PUB,
         E("23", None, "2026-06-08", "as_of"), id="etaient-coupees"),
    case("Pollution : 17 plages interdites\n\nCe lundi, 17 plages sont interdites à la baignade "
         "sur la côte Est.", PUB,
         E("17", None, "2026-06-08", "as_of"), id="titre-repris"),
]

KEPT_FR = [
    case("Lundi, 12 écoles ont fermé leurs portes dans le Gers.", PUB,
         E("12", "2026-06-08", "2026-06-08", "day"), id="ont-ferme"),
    case("Ce dimanche, 41 départements ont été placés en vigilance orange.", PUB,
         E("41", "2026-06-07", "2026-06-07", "day"), id="places-en-vigilance"),
]

STATE_EN = [
    case("On Monday, 16 beaches are closed to swimmers after the sewage spill.", PUB,
         E("16", None, "2026-06-08", "as_of"), id="are-closed"),
    case("All 27 schools in the county are shut on Monday.", PUB,
         E("27", None, "2026-06-08", "as_of"), id="are-shut"),
]

KEPT_EN = [
    case("On Monday, 38 roads were closed by the floods.", PUB,
         E("38", "2026-06-08", "2026-06-08", "day"), id="were-closed"),
]


@pytest.mark.parametrize("c", STATE_FR + KEPT_FR)
def test_closures_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", STATE_EN + KEPT_EN)
def test_closures_en(c: PeriodCase) -> None:
    check(c, "en")
