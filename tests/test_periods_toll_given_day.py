"""A toll holds as of the day its source gave it (``claims.toll_said_day``, ``claims.tolls``).

Wire, broadcaster and agency copy on earthquakes, floods, fires and poisonings tells a toll with
its event and the day the authority spoke ("a quake late Wednesday killed at least 19 people, a
government agency said Friday"; "qui se sont abattues mardi ... 22 morts, a annoncé la
préfecture jeudi"; "...로 늘었다고 소방청이 11일 밝혔다"), and bulletins of the same dead read at
a moment then a later day ("avait recensé 25 décès mardi soir, puis 34 mercredi"). The toll's
as-of end is the day given, not the event's day nor publication. The negative rows keep their
period: a week's count said on a day, a march on the day it names, a toll with no said day (as
of publication), Korean with no said day.
Sentences of our own; published Tuesday 2026-06-09.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
PUB = "2026-06-09"

GIVEN_EN = [
    case("A 6.4 magnitude earthquake late Friday killed at least 31 people in northern Chile, "
         "the civil defence agency said Sunday.", PUB,
         E("at least 31", None, "2026-06-07", "as_of"), id="event-friday-said-sunday"),
    case("At least 48 people died in flash floods that hit the south of the island on "
         "Saturday, the interior ministry said late on Monday.", PUB,
         E("At least 48", None, "2026-06-08", "as_of"), id="said-late-on-monday"),
    case("The landslide on Thursday killed 17 villagers, the provincial governor said on "
         "Sunday, including six children.", PUB,
         E("17", None, "2026-06-07", "as_of"), E("six", None, "2026-06-07", "as_of"),
         id="part-takes-the-said-day"),
    case("Police said on Sunday that Thursday's blast killed 14 people and injured 40.", PUB,
         E("14", None, "2026-06-07", "as_of"), E("40", None, "2026-06-07", "as_of"),
         id="said-before-the-toll"),
    case("Health officials had counted 12 deaths by Friday evening and 19 on Saturday.", PUB,
         E("12", None, "2026-06-05", "as_of"), E("19", None, "2026-06-06", "as_of"),
         id="evening-reading-then-a-day"),
]

KEPT_EN = [
    case("The ministry said on Monday that 4,500 cases were recorded last week.", PUB,
         E("4,500", "2026-06-01", "2026-06-07", "interval"), id="week-said-on-monday"),
    case("On Monday, 2,000 people marched in the capital, police said.", PUB,
         E("2,000", "2026-06-08", "2026-06-08", "day"), id="march-of-the-day"),
    case("A bus crash on Saturday killed nine people, police said.", PUB,
         E("nine", None, PUB, "as_of"), id="no-said-day-publication"),
    case("The ministry said on Monday that the disease killed 58 people between Thursday and "
         "Saturday.", PUB,
         E("58", "2026-06-04", "2026-06-06", "interval"), id="window-said-on-monday"),
]

GIVEN_FR = [
    case("Au moins 87 personnes ont été tuées dans le séisme qui a frappé vendredi le nord "
         "du pays, a déclaré dimanche un ministre régional.", PUB,
         E("Au moins 87", None, "2026-06-07", "as_of"), id="a-declare-dimanche"),
    case("Le séisme de vendredi a fait 140 morts, a rapporté lundi le ministère, dont 52 dans "
         "la province d'Ardabil.", PUB,
         E("140", None, "2026-06-08", "as_of"), E("52", None, "2026-06-08", "as_of"),
         id="a-rapporte-lundi-dont"),
    case("Les pluies torrentielles qui se sont abattues samedi ont fait au moins 23 morts, "
         "selon un bilan communiqué dimanche soir par la sécurité civile.", PUB,
         E("au moins 23", None, "2026-06-07", "as_of"), id="bilan-communique-dimanche-soir"),
    case("Les autorités avaient recensé 12 décès vendredi soir, puis 19 samedi.", PUB,
         E("12", None, "2026-06-05", "as_of"), E("19", None, "2026-06-06", "as_of"),
         id="vendredi-soir-puis-samedi"),
]

KEPT_FR = [
    case("Samedi, l'explosion a fait sept morts et 23 blessés, selon la préfecture.", PUB,
         E("sept", None, PUB, "as_of"), id="sans-jour-dit"),
    case("Le ministère a annoncé lundi que 3 200 cas avaient été recensés la semaine dernière.",
         PUB, E("3 200", "2026-06-01", "2026-06-07", "interval"), id="semaine-annoncee-lundi"),
]

GIVEN_KO = [
    case("지난 6일 발생한 산사태로 숨진 사람은 14명으로 늘었다고 소방청이 8일 밝혔다.", PUB,
         E("14명", None, "2026-06-08", "as_of"), id="neureotdago-8il-balkhyeotda"),
    case("지난 6일 발생한 화재로 3명이 숨지고 11명이 다쳤다고 소방당국이 8일 오후 밝혔다.", PUB,
         E("3명", None, "2026-06-08", "as_of"), E("11명", None, "2026-06-08", "as_of"),
         id="8il-ohu-balkhyeotda"),
]

KEPT_KO = [
    case("지난 6일 공장 화재로 5명이 숨지고 8명이 다쳤다.", PUB,
         E("5명", None, PUB, "as_of"), id="no-said-day"),
]


@pytest.mark.parametrize("c", GIVEN_EN + KEPT_EN)
def test_toll_given_day_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", GIVEN_FR + KEPT_FR)
def test_toll_given_day_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", GIVEN_KO + KEPT_KO)
def test_toll_given_day_ko(c: PeriodCase) -> None:
    check(c, "ko")
