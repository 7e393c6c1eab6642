"""A party's or a candidate's share told by its verb ("The Liberal Union won 17.3%", "The
Social Democrats fell to 27.4%", "garnered 31.6%", "taking 38.5% of the total vote") is a result
of the vote the article dated, like one told with "of the vote" (claims.binding_context.event_for,
the English ``event_cues``).

Real instances, read in our words: a wire on a state election the day after (a party that "fell
to" its share, another that "won" one and a list of the rest), Turkish election copy from two
agencies (a bloc that "had won" a share and its ally that "had" one, a candidate who "claimed"
one), a magazine on a general election (a party "taking" a share "of the total vote"). Rows of
the same shape keep their reading or read none: the level a share fell from ("from 33.9%", "up
from 6.1%": before the vote, not of its day), an exit poll and a forecast (the vote's
not_results), a poll and an earlier election with their own time."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect
LEAD = ("The Homeland Party came first in a state election on Sunday, winning 41.2% of the vote. "
        "It gained 3.1 points on the last election in 2022, when it took 38.1%. ")
SUNDAY = ("2027-05-09", "2027-05-09", "day")

SHARES = [
    case(LEAD + "The Social Democrats fell to 27.4% from 33.9%.", "2027-05-10",
         E("27.4%", *SUNDAY), id="fell-to"),
    case(LEAD + "The Liberal Union won 17.3% and the Greens 9.2%.", "2027-05-10",
         E("17.3%", *SUNDAY), E("9.2%", *SUNDAY), id="won-and-a-list"),
    case(LEAD + "State media said the ruling bloc had won 44 percent and its ally had 12 "
         "percent.", "2027-05-10", E("44 percent", *SUNDAY), id="reported-had-won"),
    case(LEAD + "The opposition candidate garnered 31.6%, the commission said.", "2027-05-10",
         E("31.6%", *SUNDAY), id="garnered"),
]

KEPT = [
    case(LEAD + "The Social Democrats fell to 27.4% from 33.9%.", "2027-05-10",
         E("33.9%", None, None, "none"), id="the-level-before"),
    case(LEAD + "The Greens won 9.2%, up from 6.1%.", "2027-05-10",
         E("6.1%", None, None, "none"), id="up-from"),
    case(LEAD + "The Greens won 9.2%, below the 11.5% an exit poll gave them.", "2027-05-10",
         E("11.5%", None, None, "none"), id="an-exit-poll"),
    case(LEAD + "Forecasts projected the Liberal Union would take 19%.", "2027-05-10",
         E("19%", None, None, "none"), id="a-forecast"),
    case(LEAD + "In 2022, the party had taken 30.2%.", "2027-05-10",
         E("30.2%", "2022-01-01", "2022-12-31", "interval"), id="an-earlier-election"),
    case(LEAD + "A poll published on April 28 had given it 36%.", "2027-05-10",
         E("36%", None, "2027-04-28", "as_of"), id="a-poll"),
]


@pytest.mark.parametrize("c", SHARES + KEPT)
def test_a_share_told_by_its_verb(c: PeriodCase) -> None:
    check(c, "en")
