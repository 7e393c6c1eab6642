"""A tally holds as of the day its source gave it, when the attribution names that day
(``claims.toll_said_day``), and a count told "up to now" is up to when its source spoke.

Wire and broadcaster copy on quakes, floods and fires closes a toll with its source and the day
that source spoke ("..., according to the civil defence agency on Sunday", ", selon un nouveau
bilan du ministère, dimanche vers 20h00"); Korean copy opens with it ("7일 소방청에 따르면
현재까지 집계된 사망자는 ..."). The toll is what the source knew that day, not what publication
(a day or two later) knows. The negative rows keep their period: an attribution with no day, a
day after an attribution that opens the sentence (the event's), a month's count said on a day,
an up-to-now count with no said day.
Sentences of our own; published Tuesday 2026-06-09.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
PUB = "2026-06-09"

SOURCE_DAY_EN = [
    case("The 6.2 magnitude quake late Friday killed at least 418 people in the highlands, "
         "according to the civil defence agency on Sunday.", PUB,
         E("at least 418", None, "2026-06-07", "as_of"), id="according-to-on-sunday"),
    case("Mudslides that struck on Saturday killed 37 villagers, according to an updated toll "
         "from the provincial government on Monday evening.", PUB,
         E("37", None, "2026-06-08", "as_of"), id="updated-toll-monday-evening"),
]

KEPT_EN = [
    case("A ferry fire on Saturday killed 12 passengers, according to the coast guard.", PUB,
         E("12", None, PUB, "as_of"), id="no-day-publication"),
    case("According to the coast guard on Sunday, Saturday's ferry fire killed 12 passengers.",
         PUB, E("12", None, PUB, "as_of"), id="attribution-opens-the-sentence"),
    case("Heatstroke killed 64 people in May, according to the health ministry on Monday.", PUB,
         E("64", "2026-05-01", "2026-05-31", "interval"), id="a-month-stays"),
]

SOURCE_DAY_FR = [
    case("Le glissement de terrain de vendredi a fait 58 morts, selon un nouveau bilan de la "
         "protection civile, dimanche vers 21h00.", PUB,
         E("58", None, "2026-06-07", "as_of"), id="selon-bilan-virgule-dimanche"),
    case("Les crues de samedi ont fait au moins 26 morts, d'après la sécurité civile lundi "
         "soir.", PUB,
         E("au moins 26", None, "2026-06-08", "as_of"), id="d-apres-lundi-soir"),
]

KEPT_FR = [
    case("Selon la préfecture, samedi, l'incendie a fait neuf morts.", PUB,
         E("neuf", None, PUB, "as_of"), id="selon-en-tete"),
    case("L'incendie de samedi a fait neuf morts, selon la préfecture.", PUB,
         E("neuf", None, PUB, "as_of"), id="selon-sans-jour"),
]

SOURCE_DAY_KO = [
    case("7일 행정안전부에 따르면 현재까지 집계된 사망자는 212명이다.", PUB,
         E("212명", None, "2026-06-07", "as_of"), id="7il-ttareumyeon-hyeonjaekkaji"),
    case("8일 소방청에 따르면 지난 6일 발생한 산사태로 지금까지 19명이 숨지고 41명이 다쳤다.",
         PUB, E("19명", None, "2026-06-08", "as_of"), E("41명", None, "2026-06-08", "as_of"),
         id="8il-ttareumyeon-jigeumkkaji"),
    case("지난 6일 발생한 홍수로 인한 사망자가 73명으로 늘었다고 AFP통신이 8일(현지시간) "
         "보도했다.", PUB, E("73명", None, "2026-06-08", "as_of"), id="8il-hyeonjisigan-bodo"),
    case("7일(현지시간) 네팔 내무부에 따르면 현재까지 집계된 사망자는 318명이다.", PUB,
         E("318명", None, "2026-06-07", "as_of"), id="7il-two-word-source-ttareumyeon"),
]

KEPT_KO = [
    case("현재까지 집계된 사망자는 212명이다.", PUB,
         E("212명", None, PUB, "as_of"), id="no-said-day"),
    case("8일 소방청에 따르면 올해 1분기 화재 사망자는 87명으로 집계됐다.", PUB,
         E("87명", "2026-01-01", "2026-03-31", "interval"), id="a-quarter-stays"),
]


@pytest.mark.parametrize("c", SOURCE_DAY_EN + KEPT_EN)
def test_source_day_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", SOURCE_DAY_FR + KEPT_FR)
def test_source_day_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", SOURCE_DAY_KO + KEPT_KO)
def test_source_day_ko(c: PeriodCase) -> None:
    check(c, "ko")
