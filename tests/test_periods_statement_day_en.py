"""The day a source spoke, after its means of saying ("said in a statement late on Monday",
"said at a news conference on Monday"), dates the statement, not the figures: a toll told so
holds as of that day (``claims.toll_said_day``), and every figure of the sentence takes it.

Wire copy on quakes and landslides closes a toll with its source, the means and the day ("the
ministry said in a statement late on Saturday", "the minister said at a news conference on
Saturday"). Read as the figures' own day, the phrase dated one figure of the sentence and left
the next to publication or to the event's day before. The kept rows: a month's count said so
keeps its month; a day of the figure's own clause stays its own.
Sentences of our own; published Tuesday 2026-06-09.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
PUB = "2026-06-09"
MON = "2026-06-08"

STATEMENT_DAY = [
    case("A landslide on Saturday buried dozens of homes. The province said in a statement on "
         "Monday that 63 people had been killed and 140 injured.", PUB,
         E("63", None, MON, "as_of"), E("140", None, MON, "as_of"),
         id="said-in-a-statement-on-monday"),
    case("A landslide on Saturday buried dozens of homes. The landslide killed 63 people and "
         "injured 140, the province said in a statement late on Monday.", PUB,
         E("63", None, MON, "as_of"), E("140", None, MON, "as_of"),
         id="said-in-a-statement-late-on-monday"),
    case("A quake struck on Saturday evening. Four people died in Sivas and 18 others in Tokat, "
         "the governor said at a news conference on Monday.", PUB,
         E("Four", None, MON, "as_of"), E("18", None, MON, "as_of"),
         id="said-at-a-news-conference-on-monday"),
    case("Floods swept the valley on Sunday. The civil defence agency told a press conference on "
         "Monday that 212 people had died.", PUB,
         E("212", None, MON, "as_of"), id="told-a-press-conference-on-monday"),
]

KEPT = [
    case("Heatstroke killed 64 people in May, the health ministry said in a statement on Monday.",
         PUB, E("64", "2026-05-01", "2026-05-31", "interval"), id="a-month-stays"),
    case("The toll stood at 40 on Sunday evening, the ministry said in a statement.", PUB,
         E("40", None, "2026-06-07", "as_of"), id="its-own-day-stays"),
]


@pytest.mark.parametrize("c", STATEMENT_DAY + KEPT)
def test_statement_day_en(c: PeriodCase) -> None:
    check(c, "en")
