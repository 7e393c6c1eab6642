"""One article giving one figure twice with two neighbouring digits swapped.

"The trust had 68,412 patients on its waiting list at the end of June" and, in a quote further
down, "the 64,812 people on our list at the end of June": the strict internal check wants what
is counted worded alike and an event on both sides, and let this pass. The swapped digits are
the evidence (``reconcile.internal.typo_findings``): an ``internal`` conflict, shown at the
default confidence. Two figures that differ otherwise, or that count other things, or that
name two places, stay apart. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2025, 7, 10)

TYPOS = [
    ("en", "Northvale Hospitals had 52,917 patients on its waiting list at the end of June, "
           "down from 53,880 at the end of May.\n\n"
           "\"The 52,197 people on our list at the end of June are our neighbours,\" the chief "
           "executive said."),
    ("fr", "Le réseau a transporté 4 356 voyageurs samedi 5 juillet, selon la régie.\n\n"
           "Au total, 4 536 voyageurs ont été transportés samedi 5 juillet, a précisé la régie "
           "dans un communiqué."),
]

APART = [
    # not a swap: a revision or another figure, for the strict check to judge
    ("en", "Northvale Hospitals had 52,917 patients on its waiting list at the end of June.\n\n"
           "\"The 52,004 people on our list at the end of June are our neighbours,\" he said."),
    # two places
    ("fr", "À Rennes, 4 356 voyageurs ont été transportés samedi 5 juillet.\n\n"
           "À Brest, 4 536 voyageurs ont été transportés samedi 5 juillet."),
    # other things counted
    ("en", "The hospital admitted 1,243 patients in June.\n\n"
           "It employed 1,423 nurses in June."),
]


def _internal(lang: str, text: str) -> list:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.detail == "internal"]


@pytest.mark.parametrize(("lang", "text"), TYPOS)
def test_swapped_digits_in_one_article_are_an_internal_conflict(lang: str, text: str) -> None:
    [found] = _internal(lang, text)
    assert found.confidence >= 0.5, found.assumptions
    assert "swapped" in found.explanation


@pytest.mark.parametrize(("lang", "text"), APART)
def test_no_typo_where_the_figures_are_told_apart(lang: str, text: str) -> None:
    assert not [f for f in _internal(lang, text) if "swapped" in f.explanation]
