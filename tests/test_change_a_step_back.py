"""A change over one step back (the week, the month or the quarter before) against its two
levels, all three in one sentence (issue 9, "a stated change against its two levels"):
"1,870 new cases, up from 1,420 the week before, an increase of 46 percent" (+31.7 %) is a
conflict.

The class, as read in weekly epidemic bulletins, migration counts and monthly economic
releases: the level, the base the text links to it ("up from", "contre", "전주(...)보다") over
the span just before the level's, and the rate, in one sentence. Its traps: a rate whose words
say "a year earlier" beside a base of the week before, a base two steps back, a base in
another sentence, and changes that hold. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 11, 20)


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "stated_change")


WRONG = [
    ("en", "Last week the ministry recorded 1,870 new cases, up from 1,420 the week before, an "
           "increase of 46 percent.", ["1,420", "1,870", "46 percent"]),
    ("fr", "Le nombre de cas a atteint 2 410 la semaine dernière, contre 1 980 la semaine "
           "précédente, soit une hausse de 32 %.", ["1 980", "2 410", "32 %"]),
    ("ko", "지난주 확진자는 1만2천명으로 전주(9천800명)보다 32.4% 늘었다.",
     ["1만2천명", "32.4%", "9천800명"]),
    ("en", "Retail sales rose 2.1% in October to $612 billion, up from $604 billion the month "
           "before.", ["$604 billion", "$612 billion", "2.1%"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), WRONG)
def test_a_change_a_step_back_its_levels_do_not_make_is_a_conflict(lang, text, figures) -> None:
    assert _changes(lang, text) == [(Verdict.conflict, figures)]


HOLDS = [
    ("en", "Last week the ministry recorded 1,870 new cases, up from 1,420 the week before, an "
           "increase of 32 percent."),
    ("fr", "Le nombre de cas a atteint 2 410 la semaine dernière, contre 1 980 la semaine "
           "précédente, soit une hausse de 22 %."),
    ("ko", "지난주 확진자는 1만2천명으로 전주(9천800명)보다 22.4% 늘었다."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_a_change_a_step_back_its_levels_make_holds(lang, text) -> None:
    assert [v for v, _ in _changes(lang, text)] == [Verdict.consistent] * 2  # with each level


NOT_CHECKED = [
    # the rate says "a year earlier": the week before is not its base
    ("en", "Cases rose 46 percent from a year earlier to 1,870 last week, up from 1,420 the week "
           "before."),
    # a base two weeks back is no step back
    ("en", "Last week the ministry recorded 1,870 new cases, up from 1,420 two weeks earlier, an "
           "increase of 46 percent."),
    # the base in another sentence
    ("en", "The ministry recorded 1,420 new cases in the week to Nov. 8.\n\nLast week it "
           "recorded 1,870, an increase of 46 percent."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_change_with_another_base_is_not_checked(lang, text) -> None:
    assert [v for v, _ in _changes(lang, text)] != [Verdict.conflict]
