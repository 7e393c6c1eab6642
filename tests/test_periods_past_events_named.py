"""Past events a noun phrase dates by its year or month, as news recalls them when it compares a
disaster or a vote with earlier ones ("the deadliest since ...", anniversaries, records): "the
1983 downing of a jetliner, which killed all 269 people aboard", "a 1993 crash killing 68
people", "the ferry sinking of April 2002", "le naufrage de 2015, qui avait fait 800 morts",
"l'accident de 1987". The figure the event's clause governs is of that year or month, not of
publication. Real instances of the class: wire lists of the deadliest quakes ("the 2004 Indian
Ocean earthquake", "a 1985 earthquake that killed thousands"), Korean recaps of past disasters
("1995년 6월 삼풍백화점 붕괴"), French recaps of earlier shipwrecks and accidents.

Sentences of our own (other names and numbers), with rows of the same shape that must keep
today's reading: a report's year stays a weak date, a year that qualifies no event ("the 2019
level") dates nothing, and today's toll beside a recalled one keeps its own day."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN_EVENTS = [
    case("The 1983 downing of a jetliner, which killed all 269 people aboard, strained ties "
         "for years.", "2025-06-04",
         E("269", "1983-01-01", "1983-12-31", "interval"), id="the-1983-downing"),
    case("The storm killed 14 people on Monday. A 1993 crash killing 68 people remains the "
         "worst on the island.", "2025-06-04",
         E("68", "1993-01-01", "1993-12-31", "interval"), id="a-1993-crash-killing"),
    case("Police said on Monday that 14 people had died. The ferry sinking of April 2002 "
         "killed 300.", "2025-06-04",
         E("300", "2002-04-01", "2002-04-30", "interval"), id="the-sinking-of-april-2002"),
    case("The 2004 Indian Ocean tsunami killed around 227,898 people.", "2025-06-04",
         E("around 227,898", "2004-01-01", "2004-12-31", "interval"), id="the-2004-tsunami"),
    case("A 2011 mine explosion killed 29 workers in the same valley.", "2025-06-04",
         E("29", "2011-01-01", "2011-12-31", "interval"), id="a-2011-explosion"),
    case("The stampede of 2015 left 2,400 pilgrims dead.", "2025-06-04",
         E("2,400", "2015-01-01", "2015-12-31", "interval"), id="the-stampede-of-2015"),
]

EN_KEPT = [
    # a report's year: dated as before
    case("A 2023 report found 412 cases.", "2025-06-04",
         E("412", "2023-01-01", "2023-12-31", "interval"), id="a-2023-report-kept"),
    # a year qualifying no event: no period
    case("The 2019 level was 412 cases.", "2025-06-04",
         E("412", None, "2025-06-04", "none"), id="the-2019-level-no-event"),
    # today's toll beside the recalled event keeps its own day
    case("The storm killed 14 people on Monday, the most since a 1998 blaze.", "2025-06-04",
         E("14", None, "2025-06-04", "as_of"), id="todays-toll-kept"),
    case("Rescuers recovered 40 bodies on Tuesday after the crash.", "2025-06-04",
         E("40", "2025-06-03", "2025-06-03", "day"), id="the-crash-today-kept"),
]

FR_EVENTS = [
    case("Le naufrage de 2015, qui avait fait 800 morts, reste le plus meurtrier.",
         "2025-06-03", E("800", "2015-01-01", "2015-12-31", "interval"), id="le-naufrage-de-2015"),
    case("L'accident de 1987 avait fait 115 morts sur la même route.", "2025-06-03",
         E("115", "1987-01-01", "1987-12-31", "interval"), id="l-accident-de-1987"),
    case("La catastrophe de juillet 2021 a fait 38 morts dans la vallée.", "2025-06-03",
         E("38", "2021-07-01", "2021-07-31", "interval"), id="la-catastrophe-de-juillet-2021"),
    case("L'effondrement de 2018 avait tué 43 personnes.", "2025-06-03",
         E("43", "2018-01-01", "2018-12-31", "interval"), id="l-effondrement-de-2018"),
]

FR_KEPT = [
    case("Mardi, 40 migrants sont morts au large, le pire bilan depuis le naufrage de 2015.",
         "2025-06-03", E("40", None, "2025-06-03", "as_of"), id="le-bilan-de-mardi-kept"),
    case("Un rapport de 2023 recensait 412 cas.", "2025-06-03",
         E("412", "2023-01-01", "2023-12-31", "interval"), id="un-rapport-de-2023-kept"),
]


@pytest.mark.parametrize("c", EN_EVENTS + EN_KEPT)
def test_past_events_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR_EVENTS + FR_KEPT)
def test_past_events_fr(c: PeriodCase) -> None:
    check(c, "fr")
