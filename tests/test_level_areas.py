"""An area reached on a day is a level as of that day, as a length is (claims/level_periods.py).

Read on real news: NSIDC and NASA sea-ice notes ("On September 13, sea ice extent dropped to 5.10
million square kilometers", "hit its minimum extent for the year on September 16 at 4.72 million
sq km"), wildfire copy ("by August 19 had reached 3,000 acres", "On August 21, the fire had
reached 3,573 acres in size", "remained about 99,090 acres ... Sunday"). The extent of ice or of a
fire is what stands at a time, like a river's height: one level a day, a later reading another
level, not a conflict. An area hit or burned with no word of a level reached ("la grêle a touché
600 hectares jeudi", "the fire grew by 300 acres on Tuesday") is what that day did, and keeps it.

Our own sentences, other names and numbers; negative rows keep their day.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("Arctic sea ice reached its minimum extent for the year of 4.52 million sq km on 11 "
         "September, the data centre said.", "2027-09-20",
         E("4.52 million sq km", None, "2027-09-11", "as_of"), id="ice-minimum-reached"),
    case("On 9 September, sea ice extent dropped to 4.48 million square kilometers.",
         "2027-09-20", E("4.48 million square kilometers", None, "2027-09-09", "as_of"),
         id="ice-dropped-to"),
    case("The winter maximum, reached on 7 March, was 14.61 million sq km.", "2027-09-20",
         E("14.61 million sq km", None, "2027-03-07", "as_of"), id="winter-maximum-was"),
    case("Antarctic sea ice reached an annual maximum of 17.2 million sq km on 12 September.",
         "2027-09-20", E("17.2 million sq km", None, "2027-09-12", "as_of"),
         id="antarctic-maximum"),
    case("By Thursday the Cedar fire had reached 4,120 acres, officials said.", "2027-08-14",
         E("4,120 acres", None, "2027-08-12", "as_of"), id="fire-reached-acres"),
]

EN_FLOWS = [
    case("The Cedar fire grew by 310 acres on Tuesday.", "2027-08-14",
         E("310 acres", "2027-08-10", "2027-08-10", "day"), id="fire-grew-by"),
    case("Farmers planted 2,400 acres of wheat on Monday.", "2027-04-14",
         E("2,400 acres", "2027-04-12", "2027-04-12", "day"), id="acres-planted"),
]

FR = [
    case("Samedi, l'incendie a atteint 3 400 hectares, selon la préfecture.", "2027-08-16",
         E("3 400 hectares", None, "2027-08-14", "as_of"), id="incendie-atteint"),
    case("La banquise a atteint son minimum annuel de 4,6 millions de km² le 12 septembre.",
         "2027-09-20", E("4,6 millions de km²", None, "2027-09-12", "as_of"),
         id="banquise-minimum"),
]

FR_FLOWS = [
    case("Jeudi, un orage de grêle a touché 640 hectares de vignes en Charente.", "2027-06-21",
         E("640 hectares", "2027-06-17", "2027-06-17", "day"), id="grele-touche"),
]


@pytest.mark.parametrize("c", [*EN, *EN_FLOWS])
def test_areas_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", [*FR, *FR_FLOWS])
def test_areas_fr(c: PeriodCase) -> None:
    check(c, "fr")
