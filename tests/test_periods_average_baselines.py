"""A change measured against the average of a span ("par rapport à la moyenne 2018-2022", "à
la moyenne sur les cinq dernières années", "à la moyenne des années 2017-2019") is not of that
span: the span is the base of comparison, as "qu'en 2023" is (baseline_words, fr table).

Class read in French harvest and crop estimates of several outlets (a ministry note relayed by
a financial site, a regional farm weekly, a public broadcaster): the change took the
average's years. Sentences of our own. A figure that is the average itself ("La moyenne
2018-2022 s'établit à ...") and "en moyenne" ("ont augmenté en moyenne de 4 % en 2022") keep
their reading.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
DAY = "2023-09-10"

CASES = [
    case("La récolte de colza atteindrait 4,1 Mt en 2023, en hausse de 9 % par rapport à la "
         "moyenne 2018-2022.", DAY,
         E("9 %", "2023-01-01", DAY, "to_date"), id="average-years-after-a-framed-change"),
    case("Les rendements ont reculé de 12,4 % par rapport à la moyenne sur les cinq dernières "
         "années.", DAY,
         E("12,4 %", None, None, "none"), id="average-over-last-five-years"),
    case("Les ventes de vélos ont chuté de 6,2 % par rapport à la moyenne des années "
         "2017-2019.", DAY,
         E("6,2 %", None, None, "none"), id="average-of-the-years"),
    case("En 2022, les ventes ont progressé de 5 % par rapport à 2019.", DAY,
         E("5 %", "2022-01-01", "2022-12-31", "interval"), id="par-rapport-a-a-year"),
    # the average itself, and "en moyenne": unchanged
    case("La moyenne 2018-2022 s'établit à 71,3 quintaux.", DAY,
         E("71,3", "2018-01-01", "2022-12-31", "interval"), id="the-average-itself"),
    case("Les prix ont augmenté en moyenne de 4 % en 2022.", DAY,
         E("4 %", "2022-01-01", "2022-12-31", "interval"), id="en-moyenne-own-year"),
    case("L'institut a compté 2,4 millions de demandeurs d'emploi en moyenne au deuxième "
         "trimestre.", DAY,
         E("2,4 millions", "2023-04-01", "2023-06-30", "interval"), id="en-moyenne-au-trimestre"),
    case("Le taux de chômage s'est établi à 7,1 % en moyenne sur l'année 2022.", DAY,
         E("7,1 %", "2022-01-01", "2022-12-31", "interval"), id="en-moyenne-sur-l-annee"),
    case("Le rendement moyen atteint 68 quintaux en 2022.", DAY,
         E("68", "2022-01-01", "2022-12-31", "interval"), id="moyen-own-year"),
]


@pytest.mark.parametrize("c", CASES)
def test_average_baselines(c: PeriodCase) -> None:
    check(c, "fr")
