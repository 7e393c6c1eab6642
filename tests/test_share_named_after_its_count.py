"""A share named by its noun after the word that restates its count ("31 250 se sont déplacés,
soit une participation de 38,6 %" of "92 400 inscrits"; reconcile/structural/conversion.py,
``_named_after``): the share-of-total check read only a share right after "soit" / ", or", so
a turnout 4.8 points off its own count and total went unseen.

Seen in real news: French election copy ("... ont voté, soit une participation de 47,9 %"),
exam results ("soit un taux de réussite de 91,2 %"), English county results (", or a turnout
of 38 percent"). Sentences of our own. Traps: a share whose count is right; a share after a
noun phrase too long to be its name; a share not joined to the count by a restating word.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 30)


def _share_checks(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "share_of_total"]


WRONG = [
    ("fr", "Sur les 64 200 électeurs inscrits, 20 100 ont voté, soit une participation de 36,9 %."),
    ("fr", "Sur les 1 240 candidats, 1 004 ont été reçus, soit un taux de réussite de 87 %."),
    ("en", "Of the 48,300 registered voters, 17,400 cast a ballot, or a turnout of 41.2 percent."),
]


@pytest.mark.parametrize(("lang", "text"), WRONG)
def test_a_named_share_its_count_and_total_contradict(lang: str, text: str):
    [found] = _share_checks(lang, text)
    assert found.verdict is Verdict.conflict


RIGHT = [
    ("fr", "Sur les 64 200 électeurs inscrits, 20 100 ont voté, soit une participation de 31,3 %."),
    ("en", "Of the 48,300 registered voters, 17,400 cast a ballot, or a turnout of 36 percent."),
]


@pytest.mark.parametrize(("lang", "text"), RIGHT)
def test_a_named_share_its_count_and_total_agree(lang: str, text: str):
    [found] = _share_checks(lang, text)
    assert found.verdict is Verdict.consistent


NOT_READ = [
    # the noun phrase after "soit" is too long to be the share's name
    ("fr", "Sur les 64 200 électeurs inscrits, 20 100 ont voté, soit selon la préfecture une "
           "participation en net recul de 36,9 %."),
    # no restating word: the share is not said to restate the count
    ("fr", "Sur les 64 200 électeurs inscrits, 20 100 ont voté, et la participation de 36,9 % "
           "inquiète."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_READ)
def test_no_named_share_without_a_short_name_after_a_restating_word(lang: str, text: str):
    assert not [f for f in _share_checks(lang, text) if f.verdict is Verdict.conflict]
