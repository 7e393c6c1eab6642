"""English sentences about a vote name the day of the vote the article reports ("Voters approved
the levy on Tuesday", "Turkey held a runoff election on May 28"): its results that state no time
take that day (claims.binding_context.note_vote_day, as French copy already did), even after a
sentence looking back at an earlier vote ("The last levy failed with 47% in 2019."), whose year
used to carry on to "Turnout was 44.1%". Real instances: Turkish Minute and TRT on the May 28
runoff (votes and voters with no time of their own), a county levy's results. Rows of the same
shape keep their reading: the earlier vote's own figure and a standing count in the
present."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

VOTE_DAY = [
    case("Voters approved the levy on Tuesday with 54% of the vote. The last levy failed with "
         "47% in 2019. Turnout was 44.1%.", "2025-11-06",
         E("44.1%", "2025-11-04", "2025-11-04", "day"),
         E("47%", "2019-01-01", "2019-12-31", "interval"), id="turnout-after-a-look-back"),
    case("Turkey held a presidential runoff election on May 28. According to the board, Erdogan "
         "received 27,834,589 votes.", "2023-06-01",
         E("27,834,589", "2023-05-28", "2023-05-28", "day"), id="votes-after-the-runoff-day"),
]

KEPT = [
    case("Voters approved the levy on Tuesday. In 2019, voters rejected a similar levy with 47% "
         "of the vote.", "2025-11-06",
         E("47%", "2019-01-01", "2019-12-31", "interval"), id="an-earlier-vote-kept"),
    case("Voters approved the levy on Tuesday. The council has 45 seats.", "2025-11-06",
         E("45", None, "2025-11-06", "as_of", "publication"), id="standing-seats-kept"),
]


@pytest.mark.parametrize("c", VOTE_DAY + KEPT)
def test_vote_day_in_english(c: PeriodCase) -> None:
    check(c, "en")
