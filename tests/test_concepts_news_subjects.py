"""One quantity reported in two languages meets as one only through the concept table.

The table began with the subjects of the seeds (deepfakes, Channel crossings, protests); news
on transport, trade, health, schools, work and disasters named its things in words no concept
held, so an English and a Korean or French figure of one month never met. Words of our own
choosing, checked as whole phrases of real news style.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.lexicon import Lexicon
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 12)


@pytest.mark.parametrize(("word", "lang", "concept"), [
    ("passengers", "en", "passenger"), ("passagers", "fr", "passenger"),
    ("여객", "ko", "passenger"),
    ("exportations", "fr", "export"), ("수출", "ko", "export"), ("exports", "en", "export"),
    ("patients", "en", "patient"), ("환자", "ko", "patient"),
    ("élèves", "fr", "student"), ("학생", "ko", "student"),
    ("disparus", "fr", "missing"), ("missing", "en", "missing"), ("실종자", "ko", "missing"),
    ("chômeurs", "fr", "unemployed"), ("실업자", "ko", "unemployed"),
])
def test_words_of_common_subjects_share_a_concept(word: str, lang: str, concept: str) -> None:
    assert Lexicon.shipped().concept(word, lang) == concept


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("en", "The airport handled 5.18 million international passengers in October.",
     "ko", "10월 국제선 여객은 518만 명으로 집계됐다."),
    ("en", "Exports reached $58.2 billion in October, the trade ministry said.",
     "fr", "Les exportations ont atteint 58,2 milliards de dollars en octobre, selon le "
           "ministère du Commerce."),
])
def test_one_figure_in_two_languages_meets_as_one(la: str, a: str, lb: str, b: str) -> None:
    claims = [*extract_text(a, lang=la, published=PUBLISHED, article_id="a.md"),
              *extract_text(b, lang=lb, published=PUBLISHED, article_id="b.md")]
    groups = reconcile(claims).groups
    assert any(len({i.split("#")[0] for i in g.claim_ids}) == 2 for g in groups), groups
