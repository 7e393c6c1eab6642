"""A vote's day is the day its sentence names the vote by, not the day an agent released its
results, and a day inside its clause is not a report's day because a participle of a later
clause ("results released by ...") follows it (claims.periods ``_a_report_day``; the English
agent word in ``announcement_agents``).

Read on real news before writing (none of their sentences is copied): a Maldives election
report whose figures the Elections Commission "announced on Friday" after a vote "held last
Saturday", a Ukrainian snap election whose results "the Central Election Commission said on
Friday", Turkish election results "published by Anadolu News Agency" after "Sunday's poll", and
wire copy of a recall vote whose final results were "released by the election commission early"
the next day. A referendum's or a recall's tally names its ballots and its sides ("valid
ballots", "backed", "opposed") and the roll its voters, which are results of the vote's day.

Negative rows keep today's reading: a day opening its sentence before a report verb ("On
Thursday, the commission published ...") and a day inside the report verb's clause ("The
commission on Thursday released ...") still date a report.

Our own sentences, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RECALL = ("The mayor of Dunmore survived a recall vote on Saturday after its backers failed to "
          "win a majority, according to final results released by the county election office "
          "early Sunday. ")
LEVY = ("Voters in Bramley rejected the school levy on Tuesday, according to results published "
        "by the county clerk on Wednesday. ")

VOTE_DAY = [
    case(RECALL + "Of the 48,310 valid ballots, 21,050 backed the recall, while 27,260 opposed "
         "it.", "2026-11-22",
         E("48,310", "2026-11-21", "2026-11-21", "day"),
         E("21,050", "2026-11-21", "2026-11-21", "day"),
         E("27,260", "2026-11-21", "2026-11-21", "day"), id="released-by-an-agent-next-day"),
    case(LEVY + "Turnout was 31.2% of the 40,118 registered voters.", "2026-11-22",
         E("31.2%", "2026-11-17", "2026-11-17", "day"),
         E("40,118", "2026-11-17", "2026-11-17", "day"), id="published-by-the-clerk-later"),
    case("The ferry sank on Thursday after its engine failed, according to a report released "
         "by the coast guard on Friday. It carried 212 passengers.", "2026-11-22",
         E("212", "2026-11-19", "2026-11-19", "day"), id="not-only-votes-a-report-by-an-agent"),
]

REPORT_DAYS = [  # negative rows: a report's day stays a report's
    case("On Thursday, the commission published figures showing 2,140 complaints.",
         "2026-11-22", E("2,140", None, "2026-11-19", "as_of"), id="a-day-opening-the-report"),
    case("The commission on Thursday released figures showing 2,140 complaints.",
         "2026-11-22", E("2,140", None, "2026-11-19", "as_of"), id="a-day-in-the-report-clause"),
    case("The storm has killed at least 40 people, the agency said on Sunday, up from 22 "
         "reported on Saturday.", "2026-11-22",
         E("22", None, "2026-11-21", "as_of"), id="a-count-reported-on-a-day-is-counted"),
]


@pytest.mark.parametrize("c", VOTE_DAY + REPORT_DAYS)
def test_vote_day_said_by_an_agent(c: PeriodCase) -> None:
    check(c, "en")
