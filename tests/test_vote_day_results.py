"""A vote's results are of the vote's day, not of the day they were released, nor of an earlier
vote the sentence compares them with (claims.binding_context ``note_event_day``,
``event_for``).

Read on real news before writing: a Houston mayoral runoff ("according to unofficial returns
published ... Sunday morning" after "last night's runoff"), a Nome council runoff ("a voter
turnout of 19.53 percent, a slight improvement over ... the municipal election held on Oct.
4"), Korean by-election turnouts ("4·3 보궐선거 ...
최종 투표율은 48.0%").

* "won Tuesday's runoff ..., according to unofficial results released early Wednesday": the
  vote is Tuesday's; "released early Wednesday" is when the results were said.
* "Turnout was 24.6%, down 3.1 points from the Oct. 7 general election": the earlier vote is
  what the turnout is compared with, after its clause; the turnout is the runoff's.
* "has won a second term, the electoral commission announced early Monday" (a lead naming
  only the day results were announced), then "won 1,204,310 votes, or 58.4% of the votes cast
  in Sunday's election": the part of the day ("early", "late") does not make the day of the
  statement the figures' day (read in real results copy: a Russian commission's chairman who
  "announced the preliminary result ... early on Monday" for a Sunday vote, an Afghan
  commission's turnout "announced Sunday" for a Saturday vote, a Dominican board that
  "released late last night" the first results).
* Negative rows: a figure whose own clause names the earlier vote keeps its day.

Our own sentences, other places, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

LEAD = ("Maria Lopez won Tuesday's runoff for county judge, taking 57.1% of the vote against "
        "42.9% for Ben Hart, according to unofficial results released early Wednesday. ")

VOTE_DAY_EN = [
    case(LEAD, "2026-11-18",
         E("57.1%", "2026-11-17", "2026-11-17", "day"),
         E("42.9%", "2026-11-17", "2026-11-17", "day"), id="released-early-the-next-day"),
    case(LEAD + "Turnout was 24.6% of registered voters, down 3.1 points from the Oct. 7 "
         "general election.", "2026-11-18",
         E("24.6%", "2026-11-17", "2026-11-17", "day"), id="compared-vote-after-the-clause"),
]

ANNOUNCED = ("Incumbent Rosa Varga has won a second term, the national election office "
             "announced early Monday. Varga won 1,204,310 votes, or 58.4% of the 2,062,180 "
             "votes cast in Sunday's election, the office's chairman said. ")

VOTE_DAY_EN += [
    case(ANNOUNCED, "2026-03-09",
         E("1,204,310", "2026-03-08", "2026-03-08", "day"),
         E("58.4%", "2026-03-08", "2026-03-08", "day"), id="announced-early-the-next-day"),
    case("Dana Cole has won the Republican primary for governor, county officials reported "
         "late Wednesday. Cole took 61.3% of the vote in Tuesday's primary.", "2026-06-04",
         E("61.3%", "2026-06-02", "2026-06-02", "day"), id="reported-late-the-next-day"),
]

KEEPS_ITS_DAY_EN = [  # negative rows
    case(LEAD + "In the Oct. 7 general election, turnout was 27.7%.", "2026-11-18",
         E("27.7%", "2026-10-07", "2026-10-07", "day"), id="the-earlier-vote-in-its-clause"),
    case("Maria Lopez won the runoff for county judge on Tuesday with 57.1% of the vote.",
         "2026-11-18",
         E("57.1%", "2026-11-17", "2026-11-17", "day"), id="a-plain-day"),
]


@pytest.mark.parametrize("c", VOTE_DAY_EN + KEEPS_ITS_DAY_EN)
def test_vote_day_en(c: PeriodCase) -> None:
    check(c, "en")
