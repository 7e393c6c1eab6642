"""A change over one step back whose base another sentence states (issue 9, "a change against
its two levels"): "recorded 5,120 attempts in November, up 22% from October" and, further on,
"In October the guards counted 3,900 attempts" (+31.3 %) is a conflict.

The class, as read in monthly migration counts (border agencies' November figures "a 5%
increase from October", with October's total in another paragraph), asylum and fraud
statistics and housing releases: the rate names the step back in words ("from October", "par
rapport au mois précédent", "10월보다"), its level is beside it (or in the sentence before, which
the rate's sentence refers back to: "The figure was 18% higher than in October"), and the base
is stated elsewhere in the article for the same counted thing. Its traps: a rate that names no
step (it may be over a year), a rate over a year beside a figure of the month before, a figure
of the month before that counts something else, two such figures that disagree, and a month
before the level's that is two months back. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2025, 12, 4)


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "stated_change")


WRONG = [
    ("en", "Border guards recorded 5,120 attempts to cross the frontier in November, up 22% "
           "from October.\n\nIn October the guards counted 3,900 attempts.",
     ["22%", "3,900", "5,120"]),
    ("en", "The city's shelters admitted 1,430 families in November. The figure was 18% higher "
           "than in October.\n\nIn October the shelters admitted 1,150 families.",
     ["1,150", "1,430", "18%"]),
    ("fr", "La préfecture a enregistré 2 340 demandes d'asile en novembre, en hausse de 9 % par "
           "rapport au mois précédent.\n\nEn octobre, la préfecture avait enregistré 1 980 "
           "demandes d'asile.", ["1 980", "2 340", "9 %"]),
    # the base in the rate's own "when" clause, the level in the sentence it refers back to
    ("en", "The city's shelters admitted 1,430 families in November.\n\nThe figure was 18% "
           "higher than in October, when the shelters admitted 1,150 families.",
     ["1,150", "1,430", "18%"]),
    ("ko", "경찰청에 따르면 11월 보이스피싱 신고 건수는 4천120건으로 10월보다 12% 늘었다.\n\n"
           "10월 보이스피싱 신고 건수는 3천280건이었다.", ["12%", "3천280건", "4천120건"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), WRONG)
def test_a_step_back_base_told_apart_that_the_rate_misstates_is_a_conflict(
    lang, text, figures
) -> None:
    assert _changes(lang, text) == [(Verdict.conflict, figures)]


HOLDS = [
    ("en", "Border guards recorded 5,120 attempts to cross the frontier in November, up 31% "
           "from October.\n\nIn October the guards counted 3,900 attempts."),
    ("fr", "La préfecture a enregistré 2 340 demandes d'asile en novembre, en hausse de 18 % "
           "par rapport au mois précédent.\n\nEn octobre, la préfecture avait enregistré 1 980 "
           "demandes d'asile."),
    ("ko", "경찰청에 따르면 11월 보이스피싱 신고 건수는 4천120건으로 10월보다 25.6% 늘었다.\n\n"
           "10월 보이스피싱 신고 건수는 3천280건이었다."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_a_step_back_base_told_apart_that_the_rate_matches_holds(lang, text) -> None:
    assert [v for v, _ in _changes(lang, text)] == [Verdict.consistent] * 2  # with each level


NOT_CHECKED = [
    # the rate names no step back: it may be over a year
    ("en", "Border guards recorded 5,120 attempts to cross the frontier in November, up 22%."
           "\n\nIn October the guards counted 3,900 attempts."),
    # the rate is over a year; October's figure is no base of it
    ("en", "Border guards recorded 5,120 attempts to cross the frontier in November, up 22% "
           "from a year earlier.\n\nIn October the guards counted 3,900 attempts."),
    # October's figure counts something else
    ("en", "Border guards recorded 5,120 attempts to cross the frontier in November, up 22% "
           "from October.\n\nIn October the guards made 3,900 arrests."),
    # two October figures of the same thing that disagree: which one is the base is not known
    ("en", "Border guards recorded 5,120 attempts to cross the frontier in November, up 22% "
           "from October.\n\nIn October the guards counted 3,900 attempts.\n\nA later tally "
           "for October gave 4,010 attempts."),
    # a rate over a year, its "when" clause of the year before
    ("en", "The city's shelters admitted 1,430 families in November.\n\nThe figure was 18% "
           "higher than a year earlier, when the shelters admitted 1,150 families."),
    # the month named is not the one before the level's
    ("fr", "La préfecture a enregistré 2 340 demandes d'asile en novembre, en hausse de 9 % par "
           "rapport à septembre.\n\nEn octobre, la préfecture avait enregistré 1 980 demandes "
           "d'asile."),
    # the base is of the month before, but the rate is two months back
    ("ko", "11월 보이스피싱 신고 건수는 4천120건으로 9월보다 12% 늘었다.\n\n"
           "10월 보이스피싱 신고 건수는 3천280건이었다."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_step_back_base_told_apart_is_not_read_without_its_words(lang, text) -> None:
    assert _changes(lang, text) == []
