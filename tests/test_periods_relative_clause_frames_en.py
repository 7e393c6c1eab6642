"""A figure told in a relative or "when" clause frames nothing after its sentence (issue 10,
class "period carried from the wrong clause of the sentence before", left open last session).

"The resort, which had been due to open its 38 slopes on Saturday, has postponed the start of
its season. The mayor said about 1,900 seasonal workers ... depended on the ski area"
(heldout9 en02), "the deadliest avalanche in France since January 2021, when eight people died
in the Pyrenees", "the costliest storms since 2005, lorsque les crues avaient causé 3
milliards de dégâts": the clause tells its own time (a plan, a past disaster), not the story's,
and the next sentence's figures went back to it. Negative rows: a figure of the main clause
still frames the sentence after it, and the relative clause's own figure keeps its time.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

RELATIVE_EN = [
    case("The museum, which had been due to reopen its 14 galleries on Monday, has delayed the "
         "reopening by a month.\n\nThe city said about 230 staff were affected.", "2026-03-11",
         E("14", "2026-03-09", "2026-03-09", "day"),
         E("about 230", None, "2026-03-11", "none"), id="which-had-been-due"),
    case("It was the worst flood since 2019, when 41 people died in the valley.\n\nRescuers "
         "evacuated about 600 residents.", "2026-03-11",
         E("41", "2019-01-01", "2019-12-31", "interval"),
         E("about 600", None, "2026-03-11", "none"), id="since-a-year-when"),
]

KEPT_EN = [
    case("The museum reopened 14 galleries on Monday.\n\nAbout 230 staff returned to work.",
         "2026-03-11", E("About 230", "2026-03-09", "2026-03-09", "day"), id="main-clause-frames"),
]


@pytest.mark.parametrize("c", RELATIVE_EN + KEPT_EN)
def test_relative_clause_frames_en(c: PeriodCase) -> None:
    check(c, "en")
