"""A share of a whole named with a demonstrative ("Sur ces 530 appels, 140, soit 26 %", "Of these
1,200 homes, 300, or 25%", "Among those 820 candidates, 615, or 75%"): the number after "ces" /
"these" / "those" states the population the part and its share are of, as "Sur les 436" or "Of
the 396" do. Before, French read no population there (no check), and English took the opener
("Of those") for a reference to the sentence before, so the part was checked against a figure
of another sentence (a false conflict). Sentences of our own in the style of emergency-room,
exam-result and housing-inspection copy."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Finding, Verdict
from tests.article_conflicts import detail_findings

PUBLISHED = date(2026, 11, 30)


def _share_findings(lang: str, text: str) -> list[Finding]:
    return detail_findings(text, lang, PUBLISHED, "share_of_total")


# (language, text with {p} for the share, a share that holds, one that does not)
CHECKED = [
    ("fr", "Lundi, le centre d'appels a reçu 530 appels, contre 300 un jour ordinaire. Sur ces "
           "530 appels, 140, soit {p}, concernaient des enfants.", "26 %", "35 %"),
    ("fr", "Sur ces 1 250 logements contrôlés, 310, soit {p}, étaient insalubres.",
     "24,8 %", "28,4 %"),
    ("fr", "Parmi ces 640 candidats, 512, soit {p}, ont obtenu leur diplôme.", "80 %", "85 %"),
    ("en", "The hotline took 530 calls on Tuesday. Of these 530 calls, 140, or {p}, came from "
           "parents.", "26%", "35%"),
    ("en", "Of those 820 candidates, 615, or {p}, sat the exam.", "75%", "78%"),
    ("en", "Among these 1,200 homes, 300, or {p}, were found unfit.", "25%", "29%"),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CHECKED)
def test_a_share_of_a_whole_named_with_a_demonstrative_is_recomputed(
    lang: str, text: str, right: str, wrong: str
) -> None:
    (ok,) = _share_findings(lang, text.format(p=right))
    assert ok.verdict is Verdict.consistent, ok.explanation
    (bad,) = _share_findings(lang, text.format(p=wrong))
    assert bad.verdict is Verdict.conflict, bad.explanation


# Shares that hold, in a paragraph whose earlier sentence states another count: the part is
# of the population its own sentence states, never of the earlier count (before: "300" of
# "615", 48.8 %, against 25 %: a false conflict).
NO_CONFLICT = [
    ("en", "Of those 820 candidates, 615, or 75%, sat the exam. Among these 1,200 homes, 300, "
           "or 25%, were found unfit."),
    ("en", "The agency inspected 2,400 buildings last year. Of these 1,200 homes, 300, or 25%, "
           "were found unfit."),
    ("fr", "L'agence a contrôlé 2 400 bâtiments l'an dernier. Sur ces 1 200 logements, 300, "
           "soit 25 %, étaient insalubres."),
    # a share rounded to the unit: 104 of 436 is 23.9 %, "24 %" says so
    ("fr", "Sur ces 436 patients, 104, soit 24 %, avaient plus de 80 ans."),
    # a bound is no base for a recomputation
    ("en", "Of these 436 patients, more than 100, or 31%, were over 80."),
    # the opener with no number refers back; a share that holds says nothing wrong
    ("en", "The hotline took 530 calls on Tuesday. Of these, 140, or 26%, came from parents."),
]


@pytest.mark.parametrize(("lang", "text"), NO_CONFLICT)
def test_no_conflict_when_the_share_of_its_own_population_holds(lang: str, text: str) -> None:
    assert not [f for f in _share_findings(lang, text) if f.verdict is Verdict.conflict]
