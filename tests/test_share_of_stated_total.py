"""statcheck for news, within one sentence: a share that names "the total" as its whole
restates the figure just before it as a part of the sentence's total, in any unit ("receipts
rose to £91.0bn in September, of which tax receipts made up £70.4bn, or 77% of the total":
70.4 / 91.0 = 77.4 %). Sentences of our own in the style of public-finance, trade and road-
safety news."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Finding, Verdict
from tests.article_conflicts import detail_findings

PUBLISHED = date(2026, 11, 20)


def _share_findings(lang: str, text: str) -> list[Finding]:
    return detail_findings(text, lang, PUBLISHED, "share_of_total")


CHECKED = [
    ("en", "Central government receipts rose by 3.2% on a year earlier to £91.0bn in "
           "September, of which tax receipts made up £70.4bn, or {p} of the total.",
     "77%", "70%"),
    ("en", "Exports rose to $63.1 billion in March, and chips brought in $15.2 billion, or {p} "
           "of the total.", "24%", "31%"),
    ("fr", "Les ventes ont atteint 1 250 véhicules en octobre, dont 410 électriques, soit {p} "
           "du total.", "33 %", "38 %"),
    ("fr", "Les dépenses de l'État ont atteint 48,2 milliards d'euros en octobre, dont 6,1 "
           "milliards d'euros, soit {p} du total, pour la charge de la dette.", "12,7 %", "17,2 %"),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CHECKED)
def test_a_share_of_the_total_is_checked_against_the_sentences_total(
    lang: str, text: str, right: str, wrong: str
) -> None:
    (ok,) = _share_findings(lang, text.format(p=right))
    assert ok.verdict is Verdict.consistent, ok.explanation
    (bad,) = _share_findings(lang, text.format(p=wrong))
    assert bad.verdict is Verdict.conflict, bad.explanation


NOT_CHECKED = [
    # no "of the total": the share's whole is not said
    "Central government receipts rose to £91.0bn in September, of which tax receipts made up "
    "£70.4bn, or 70%.",
    # no figure of the same unit before the count: the total is not in the sentence
    "Tax receipts made up £70.4bn in September, or 70% of the total.",
    # the only figure before it is smaller: no total of it
    "Duties brought in £9.1bn in September, while tax receipts made up £70.4bn, or 70% of the "
    "total.",
    # an approximate figure is no base for a recomputation to the decimal
    "Receipts rose to about £91bn in September, of which tax receipts made up £70.4bn, or 70% "
    "of the total.",
]


@pytest.mark.parametrize("text", NOT_CHECKED)
def test_no_check_without_a_stated_total(text: str) -> None:
    assert not [f for f in _share_findings("en", text) if f.verdict is Verdict.conflict]
