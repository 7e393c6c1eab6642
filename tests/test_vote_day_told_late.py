"""Results told before the sentence that dates the vote are of the vote's day too: wire copy
often leads with the shares and the day the commission said them, and dates the election
paragraphs later (claims.extract ``_a_vote_day_told_late``: the article is read again with the
vote's day known from its first sentence).

Read on real news before writing (none of their sentences is copied): a Ukrainian snap
election (shares "the Central Election Commission said on Friday", then "A snap parliamentary
election was held ... on July 21", then the turnout), Turkish election results whose only day
is "Sunday's general election" in the last paragraph, a Maldives parliamentary result (seats
the commission "announced on Friday", then votes cast "in the parliamentary election held last
Saturday"), and a Maldives presidential result (shares first, "In the presidential election
held on September 23" after). A vote named and "held on" its day names the vote's day; a
rank ("came third with", "ahead of ... on") names a share.

Negative rows keep today's reading: a poll and a campaign's cost before the vote's sentence
are not results, an article that dates its vote first reads as before, and an article telling
two rounds on two days, or naming a round at all, is not re-read with one day (each result is
its own round's: a two-round election is the next step, not this one).

Our own sentences, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

LATE_EN = ("The Civic Party won 41.2 percent of the vote and 58 seats, the election commission "
           "said on Friday. The Greens took 12.4 percent. The parliamentary election was held "
           "on Oct. 11. Turnout was 61.0 percent.")
LATE_FR = ("Le Parti civique a recueilli 41,2 % des voix et 58 sièges, selon les résultats "
           "publiés lundi par la commission électorale. Le scrutin s'est tenu dimanche 11 "
           "octobre. La participation a atteint 61 %.")

TOLD_LATE = [
    case(LATE_EN, "2026-10-16",
         E("41.2 percent", "2026-10-11", "2026-10-11", "day"),
         E("58", "2026-10-11", "2026-10-11", "day"),
         E("12.4 percent", "2026-10-11", "2026-10-11", "day"),
         E("61.0 percent", "2026-10-11", "2026-10-11", "day"), id="en-shares-before-the-day"),
    case(LATE_FR, "2026-10-13",
         E("41,2 %", "2026-10-11", "2026-10-11", "day"),
         E("58", "2026-10-11", "2026-10-11", "day"),
         E("61 %", "2026-10-11", "2026-10-11", "day"), id="fr-voix-avant-le-jour"),
]

HELD_ON = ("The Civic Front won the snap election with 33.4% of the vote, the interior ministry "
           "said on Monday, ahead of a leftist alliance on 27.9%. The president's camp came "
           "third with 20.6%, according to final results released by the ministry early on "
           "Monday. Turnout was 66.1%. The vote, held on Sunday, was called after the European "
           "election of June 7, in which the Civic Front won 31.2%.")

TOLD_LATE += [
    case(HELD_ON, "2026-06-22",
         E("33.4%", "2026-06-21", "2026-06-21", "day"),
         E("27.9%", "2026-06-21", "2026-06-21", "day"),
         E("20.6%", "2026-06-21", "2026-06-21", "day"),
         E("66.1%", "2026-06-21", "2026-06-21", "day"),
         E("31.2%", "2026-06-07", "2026-06-07", "day"), id="en-the-vote-held-on-its-day"),
]

NOT_RESULTS = [  # negative rows
    case("An opinion poll published on Oct. 2 gave the Civic Party 38 percent. The campaign "
         "cost 12 million euros. The parliamentary election was held on Oct. 11, and the Civic "
         "Party won 41.2 percent of the vote.", "2026-10-16",
         E("38 percent", None, "2026-10-02", "as_of"),
         E("12 million euros", None, None, "none"),
         E("41.2 percent", "2026-10-11", "2026-10-11", "day"), id="en-a-poll-and-a-cost-stay"),
    case("The Civic Front won 143 of the 300 seats, the ministry said on Monday. The party had "
         "come first in the first round of the election on June 14. The runoff election was "
         "held on Sunday.", "2026-06-22",
         E("143", None, "2026-06-22", "as_of"), id="en-two-rounds-no-one-day-for-all"),
    case("The Civic Front won 33.4% of the vote in the first round, the ministry said on "
         "Monday. The vote was held on Sunday, and the runoff is due on June 28.",
         "2026-06-22",
         E("33.4%", None, "2026-06-22", "as_of"), id="en-a-round-named-keeps-its-reading"),
    case("The parliamentary election was held on Oct. 11. The Civic Party won 41.2 percent of "
         "the vote.", "2026-10-16",
         E("41.2 percent", "2026-10-11", "2026-10-11", "day"), id="en-the-day-first"),
]


@pytest.mark.parametrize("c", TOLD_LATE + NOT_RESULTS)
def test_vote_day_told_late(c: PeriodCase) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")
