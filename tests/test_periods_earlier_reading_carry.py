"""A look back at a count's earlier reading is no running time (``claims.binding_asides.
looked_back_from``): "By 6 p.m. on Thursday, 1,935 people had been treated. At 10 p.m. on
Wednesday the count had stood at 1,210." The next figures ("Of those treated, 147 ...", the
districts' cases) are of the later count's time, not of the look back's day; "those" are the
people the later count counts. Wire copy on heatwaves, sandstorms, quakes and epidemics tells a
bulletin's count, then the bulletin before it ("had stood at", "faisait état de ... mercredi
soir", "전날 오후 10시에는 ...명이었다"), then breaks the count down.

The negative rows keep their time: a count of something of its own on the earlier day ("380
people were evacuated on Wednesday. Of them, 95 ...": the evacuated, that day), and a
comparison's day ("contre 1 210 la veille") as before.
Sentences of our own; published Thursday 2026-06-11.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
PUB = "2026-06-11"
WED = "2026-06-10"

EN = [
    case("By 6 p.m. on Thursday, 1,935 people had been treated for smoke inhalation, a regional "
         "health official said. At 10 p.m. on Wednesday the official count had stood at 1,210."
         "\n\nOf those treated, 147 were admitted to hospital wards, the official said.\n\n"
         "Larnaca district reported the most cases, 640, followed by Paphos with 410 and "
         "Limassol with 385, district doctors said.", PUB,
         E("1,210", None, WED, "as_of"),
         E("147", None, PUB, "as_of", "carried", "1,935"),
         E("640", None, PUB, "as_of", "carried"), id="had-stood-at-then-of-those"),
    case("By 6 p.m. on Thursday, 1,935 people had been treated for smoke inhalation, a regional "
         "health official said. On Wednesday, 380 people were evacuated from two villages.\n\n"
         "Of them, 95 were children.", PUB,
         E("380", WED, WED, "day"), E("95", WED, WED, "day"), id="a-count-of-its-own-stays"),
]

FR = [
    case("Jeudi à 18 heures, le bilan s'établissait à 1 935 personnes soignées, selon le "
         "porte-parole de la préfecture. Mercredi soir, la préfecture faisait état de 1 210 "
         "personnes soignées.\n\nParmi elles, 147 ont été gardées à l'hôpital.\n\nLe district "
         "de Larnaca reste le plus touché, devant Paphos (410) et Limassol (385).", PUB,
         E("1 210", None, WED, "as_of"),
         E("147", None, PUB, "as_of", "carried", "1 935"),
         E("410", None, PUB, "as_of", "carried"), id="faisait-etat-mercredi-soir"),
    case("Jeudi à 18 heures, le bilan s'établissait à 1 935 personnes soignées, contre 1 210 la "
         "veille, selon la préfecture.\n\nParmi elles, 147 ont été gardées à l'hôpital.", PUB,
         E("1 210", None, WED, "as_of"),
         E("147", None, PUB, "as_of", "carried", "1 935"), id="contre-la-veille-stays"),
]

KO = [
    case("소방청에 따르면 11일 오후 6시 기준 연기 흡입으로 치료를 받은 사람은 1935명으로 "
         "집계됐다. 전날 오후 10시에는 1210명이었다.\n\n이 가운데 147명은 입원했다.\n\n"
         "라르나카가 640명으로 가장 많았고 파포스 410명, 리마솔 385명 순이었다.", PUB,
         E("147명", None, PUB, "as_of", "carried", "1935명"),
         E("640명", None, PUB, "as_of", "carried", "1935명"),
         E("385명", None, PUB, "as_of", "carried", "1935명"), id="jeonnal-then-i-gaunde"),
]


@pytest.mark.parametrize("c", EN)
def test_earlier_reading_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR)
def test_earlier_reading_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", KO)
def test_earlier_reading_ko(c: PeriodCase) -> None:
    check(c, "ko")
