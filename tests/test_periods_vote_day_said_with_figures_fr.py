"""A vote's day said in a sentence with figures ("155 femmes ont été élues députées dimanche")
is the day of the vote the article reports, as one said in a sentence without figures already
was: the results after it that state no time take it, past a look back ("Seules 107 siégeaient
dans la précédente assemblée, élue en 2007"), whose year used to carry on to the seats and the
abstention of the next paragraphs. Real instance: Slate's figures of the 2012 second round
(five results read 2007). Rows of the same shape keep their reading: the look back's own
figure, a flashback in the pluperfect, and a vote recalled in the pluperfect."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

SAID_WITH_FIGURES = [
    case("Au total, 161 femmes ont été élues députées dimanche. Seules 109 siégeaient dans la "
         "précédente assemblée, élue en 2017. La gauche occupera 288 sièges. Le taux "
         "d'abstention atteint 46,2 %.", "2022-06-20",
         E("288", "2022-06-19", "2022-06-19", "day"),
         E("46,2 %", "2022-06-19", "2022-06-19", "day"),
         E("109", "2017-01-01", "2017-12-31", "interval"), id="seats-after-elue-en-2017"),
]

KEPT = [
    # a flashback in the pluperfect was already left for the vote's day
    case("Quarante maires ont été réélus dimanche dans le département. En 2020, 12 listes "
         "s'étaient maintenues au second tour. L'abstention s'élève à 51,3 %.", "2026-03-23",
         E("51,3 %", "2026-03-22", "2026-03-22", "day"), id="abstention-after-a-flashback"),
    case("Le maire avait été élu le 15 mars 2020 avec 1 240 voix.", "2026-03-23",
         E("1 240", "2020-03-15", "2020-03-15", "day"), id="a-recalled-vote-kept"),
]


@pytest.mark.parametrize("c", SAID_WITH_FIGURES + KEPT)
def test_vote_day_said_with_figures(c: PeriodCase) -> None:
    check(c, "fr")
