"""A bulletin's running counts stop at the day its lead stops them: "qui fait état de 8 240
arrivées au 30 novembre" (since the start of the year), in an article of 2 December, then "19 400
migrants sont arrivés depuis le 1er janvier": the same count's window, to 30 November, not to
publication. Negative rows: a window opened by another event ("Depuis l'ouverture du centre, le
2 novembre"); a closed window that describes a noun ("un squat occupé depuis l'automne") does
not take the figure from the day its sentence names. Our own sentences, never an article's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

LEAD = ("Les traversées vers l'archipel ont fortement augmenté depuis le début de l'année, "
        "d'après le bilan diffusé mercredi par le ministère, qui recense 8 240 arrivées au 30 "
        "novembre. ")

FR = [
    case(LEAD + "Sur l'ensemble du pays, 19 400 migrants sont arrivés depuis le 1er janvier.",
         "2026-12-02",
         E("19 400", "2026-01-01", "2026-11-30", "to_date"), id="depuis-le-1er-janvier-au-30"),
]

FR_NEGATIVE = [
    case(LEAD + "Depuis l'ouverture du centre, le 2 novembre, 340 personnes y ont été "
         "accueillies.", "2026-12-02",
         E("340", "2026-11-02", "2026-12-02", "to_date"), id="une-autre-fenetre"),
    case("Jeudi 5 mars, 140 personnes ont été évacuées d'un squat occupé depuis l'automne près "
         "du port.", "2026-03-06",
         E("140", "2026-03-05", "2026-03-05", "day"), id="une-fenetre-qui-decrit-un-nom"),
]

EN = [
    case("As of Nov. 30, 8,240 people had arrived by sea since the start of the year, the "
         "ministry said on Wednesday. Across the country, 19,400 migrants have arrived since "
         "January 1.", "2026-12-02",
         E("19,400", "2026-01-01", "2026-11-30", "to_date"), id="since-january-1-as-of-nov-30"),
]


@pytest.mark.parametrize("c", FR + FR_NEGATIVE)
def test_bulletin_as_of_day_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN)
def test_bulletin_as_of_day_en(c: PeriodCase) -> None:
    check(c, "en")
