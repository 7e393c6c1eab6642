"""A breakdown opened by "Of these" after "A of the B" refers to the A things (issue 9,
precision of the share checks): "came first in 230 of the 520 districts. Of these, 141, or 61.3
percent, were won outright" is 141 of the 230, not of the 520 that "of the" names after it.
Reading it against the 520 made a false conflict.

The class, as read in election wrap-ups ("won 37 of the 40 district races"), arrest and
casualty counts ("arrested 45 of the 300 protesters. Of them, ...") and health bulletins: a
sentence states a part of a whole with a partitive ("230 of the 520", "311 des 577"), and the
next opens on a back reference ("Of these", "Of them", "Parmi celles-ci") before a breakdown
with its share. Its traps: a whole stated alone ("480 districts in all. Of these"), and a whole
stated first ("Of the 520 districts, the party won 230. Of these"), which keep today's reading.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2024, 7, 1)


def _shares(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "share_of_total")


OF_THE_PART = [
    ("en", "The ruling party came first in 230 of the 520 districts. Of these, 141, or 61.3 "
           "percent, were won outright.", Verdict.consistent, ["141", "230", "61.3 percent"]),
    ("en", "The ruling party came first in 230 of the 520 districts. Of these, 141, or 27.1 "
           "percent, were won outright.", Verdict.conflict, ["141", "230", "27.1 percent"]),
    ("en", "Police arrested 45 of the 300 protesters on Saturday. Of them, 12, or 26.7 percent, "
           "were minors.", Verdict.consistent, ["12", "26.7 percent", "45"]),
    ("fr", "Le parti arrive en tête dans 311 des 577 circonscriptions. Parmi celles-ci, 158, "
           "soit 50,8 %, sont des circonscriptions rurales.", Verdict.consistent,
     ["158", "311", "50,8 %"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), OF_THE_PART)
def test_of_these_after_a_part_of_a_whole_is_read_against_the_part(
    lang, text, verdict, figures
) -> None:
    assert _shares(lang, text) == [(verdict, figures)]


KEPT = [
    # a whole stated alone: "these" are its districts
    ("en", "Officials counted 460 districts in all. Of these, 119, or 25.9 percent, were won "
           "outright.", ["119", "25.9 percent", "460"]),
    # the whole stated first, the part last: "these" are the part, as today
    ("en", "Of the 520 districts, the party won 230. Of these, 141, or 61.3 percent, were won "
           "outright.", ["141", "230", "61.3 percent"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), KEPT)
def test_of_these_after_a_whole_keeps_its_reading(lang, text, figures) -> None:
    assert _shares(lang, text) == [(Verdict.consistent, figures)]


LEANS_ON_A_WHOLE_TOLD_BEFORE = [
    ("fr", "Sur les 577 circonscriptions, le Rassemblement national arrive en tête dans 311, "
           "selon le ministère.\n\nLa participation s'établit à un niveau élevé.\n\nParmi eux, "
           "le député sortant Jean Morel est réélu dès le premier tour avec 61,47 % des voix."),
    ("en", "The National Rally came first in 311 of the 577 constituencies, the ministry said."
           "\n\nTurnout was high across the country.\n\nAmong them, outgoing lawmaker Jean Morel "
           "was re-elected outright with 61.47% of the vote."),
    ("en", "Of the 577 constituencies, the party led in 311.\n\nOf these, one candidate won "
           "61.2% of the vote."),
]


@pytest.mark.parametrize(("lang", "text"), LEANS_ON_A_WHOLE_TOLD_BEFORE)
def test_a_share_leaning_on_a_count_told_before_is_not_that_count_over_its_whole(
    lang, text
) -> None:
    """The share's own whole is the count an earlier sentence told (a candidate's share of
    the vote, "among them"): it is not that count over the count's whole (311 of 577)."""
    assert _shares(lang, text) == []
