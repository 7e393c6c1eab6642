"""A toll run from a weekday of the story's week is the event's toll as known when told
(``claims.tolls``): as of the day its source gave it, else publication, not a window.

Wire copy on storms, floods and lightning gives the dead "since Monday", the day the storms
broke ("have killed at least 38 people since Monday afternoon, officials said on Tuesday", "Au
moins 45 personnes ont été tuées depuis lundi, selon un nouveau bilan communiqué mercredi"),
and reads the same toll at moments before it ("By 6 p.m. on Monday ... 21 deaths"). Read as a
window from Monday, the toll never met the readings it updates, nor the other language's
toll of the same day. The kept rows: a count from a date or a month ("since June 1", "depuis
le 1er juin") keeps its window, as do the admitted and the arrested "since Saturday" (a
window's flow, not a toll), and a toll "since Saturday" the article reads at no moment of its
days (it may be a count over them: a real quake set reads such counts as windows).
Sentences of our own; published Tuesday 2026-06-09.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
PUB = "2026-06-09"
MON = "2026-06-08"

RUNNING_EN = [
    case("Flash floods have killed at least 27 people in the northern hills since Saturday, "
         "provincial officials said on Monday.\n\nBy Sunday evening, the relief office had "
         "counted 16 deaths.", PUB,
         E("at least 27", None, MON, "as_of"), E("16", None, "2026-06-07", "as_of"),
         id="since-saturday-said-on-monday"),
    case("Storms have killed 19 people across the province since Sunday evening, most of them "
         "farm workers.\n\nBy 8 p.m. on Sunday, the relief office had counted 11 deaths.", PUB,
         E("19", None, PUB, "as_of"), E("11", None, "2026-06-07", "as_of"),
         id="since-sunday-with-an-earlier-reading"),
    case("Landslides have injured 64 people in the district since Saturday. By Sunday night, "
         "41 people had been injured.", PUB,
         E("64", None, PUB, "as_of"), id="injured-since-saturday"),
]

KEPT_EN = [
    case("Heatstroke has killed 112 people in the state since June 1, the health department "
         "said.", PUB, E("112", "2026-06-01", PUB, "to_date"), id="since-a-date-stays"),
    case("Hospitals in the district have admitted 140 people since Saturday.", PUB,
         E("140", "2026-06-06", PUB, "to_date"), id="admitted-since-saturday-stays"),
    case("Police have arrested 23 people since Saturday.", PUB,
         E("23", "2026-06-06", PUB, "to_date"), id="arrested-since-saturday-stays"),
    # read at no moment of the story: it may be a count over its days, and keeps its window
    case("Aftershocks have injured 57 people in the province since Saturday.", PUB,
         E("57", "2026-06-06", PUB, "to_date"), id="no-reading-since-stays"),
]

RUNNING_FR = [
    case("Au moins 31 personnes ont été tuées par les crues depuis samedi dans le sud du pays, "
         "selon un nouveau bilan communiqué lundi par la protection civile.\n\nDimanche soir, "
         "la protection civile faisait état de 22 morts.", PUB,
         E("Au moins 31", None, MON, "as_of"), E("22", None, "2026-06-07", "as_of"),
         id="depuis-samedi-bilan-communique-lundi"),
    case("Les orages ont fait 14 morts depuis dimanche dans la région. Lundi matin, les secours "
         "faisaient état de neuf morts.", PUB,
         E("14", None, PUB, "as_of"), id="depuis-dimanche-publication"),
]

KEPT_FR = [
    case("Depuis le 1er juin, la canicule a fait 52 morts dans le pays.", PUB,
         E("52", "2026-06-01", PUB, "to_date"), id="depuis-le-1er-juin-stays"),
    case("La police a interpellé 23 personnes depuis samedi.", PUB,
         E("23", "2026-06-06", PUB, "to_date"), id="interpelles-depuis-samedi-stays"),
    case("Les répliques ont fait 57 blessés depuis samedi dans la province.", PUB,
         E("57", "2026-06-06", PUB, "to_date"), id="sans-autre-lecture-reste"),
]


@pytest.mark.parametrize("c", RUNNING_EN + KEPT_EN)
def test_running_tolls_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", RUNNING_FR + KEPT_FR)
def test_running_tolls_fr(c: PeriodCase) -> None:
    check(c, "fr")
