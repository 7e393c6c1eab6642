"""A parenthesis that opens on the figure compared with ("(58 000 l'an dernier)", "(contre
95 000 en 2009)") holds that figure's time only: the figure before it and the figures after
the parenthesis do not take it.

Class read in French festival, fair and harvest round-ups of several outlets ("650 000
visiteurs (700 000 l'an dernier)", "20 000 festivaliers (17 000 en 2009)", "(30 000 entrées
dont 26 000 payantes en 2009)"), where the figure of the year told took the year it was
compared with. Sentences of our own. A parenthesis that goes on with the clause ("(à 12 500
unités en mars)", "(dont 300 en 2023)") still dates the figure before it.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
DAY = "2023-09-10"

CASES = [
    case("Le salon a attiré 64 000 visiteurs (58 000 l'an dernier).", DAY,
         E("64 000", None, DAY, "none"),
         E("58 000", "2022-01-01", "2022-12-31", "interval"), id="aside-year-not-the-figure"),
    case("Le salon a attiré 64 000 visiteurs (contre 58 000 l'an dernier) et vendu 12 000 "
         "pass.", DAY,
         E("64 000", None, DAY, "none"), E("12 000", None, DAY, "none"),
         id="aside-with-contre-not-the-next-figure"),
    case("Le festival de Laval a réuni 21 000 festivaliers (18 000 en 2021).", DAY,
         E("21 000", None, DAY, "none"),
         E("18 000", "2021-01-01", "2021-12-31", "interval"), id="aside-explicit-year"),
    case("The fair drew 64,000 visitors (58,000 in 2021).", DAY,
         E("64,000", None, DAY, "none"),
         E("58,000", "2021-01-01", "2021-12-31", "interval"), id="en-aside-explicit-year"),
    # the clause's own time, or a parenthesis that goes on with the clause: unchanged
    case("En 2023, la foire a attiré 64 000 visiteurs (58 000 en 2021) et 300 exposants.", DAY,
         E("64 000", "2023-01-01", DAY, "to_date"), E("300", "2023-01-01", DAY, "to_date"),
         id="own-frame-kept"),
    case("Le marché a accueilli 310 000 visiteurs en 2022 (290 000 en 2021).", DAY,
         E("310 000", "2022-01-01", "2022-12-31", "interval"), id="own-phrase-kept"),
    case("Les ventes ont progressé de 4 % (à 12 500 unités en mars).", DAY,
         E("4 %", "2023-03-01", "2023-03-31", "interval"), id="continuing-parenthesis"),
    case("La station compte 1 200 saisonniers (dont 300 logés sur place en 2022).", DAY,
         E("1 200", "2022-01-01", "2022-12-31", "interval"), id="subset-parenthesis"),
]


@pytest.mark.parametrize("c", CASES)
def test_compared_asides(c: PeriodCase) -> None:
    lang = "en" if c.id.startswith("en-") else "fr"
    check(c, lang)
