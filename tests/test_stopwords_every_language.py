"""Every language's ``[grouping] stopwords`` are read, Korean's too (claims/lexicon.py,
``Lexicon.default``; issues 9 and 12).

Korean has a tokenizer hook, and the default lexicon read stopwords only for the languages
without one: "피해 규모" and "피해" did not reduce to the same words, so two outlets' figures of
one quantity, one saying "규모" (size) or "건수" (number of cases), met by similarity only or
not at all. Negative rows: content words stay, in every language.
"""

from __future__ import annotations

import pytest

from claims.lexicon import Lexicon

DROPPED = [
    ("ko", "피해 규모", "피해"),
    ("ko", "전체 가계대출", "가계대출"),
    ("ko", "사고 건수", "사고"),
    ("en", "the number of arrests", "arrests"),
]


@pytest.mark.parametrize(("lang", "noisy", "plain"), DROPPED)
def test_a_stopword_says_nothing_of_what_is_counted(lang: str, noisy: str, plain: str) -> None:
    lexicon = Lexicon.default()
    assert lexicon.normalise(noisy, lang) == lexicon.normalise(plain, lang)


KEPT = [
    ("ko", "가계대출 잔액", 2),
    ("ko", "실업자", 1),
    ("fr", "personnes blessées", 2),
]


@pytest.mark.parametrize(("lang", "phrase", "words"), KEPT)
def test_content_words_stay(lang: str, phrase: str, words: int) -> None:
    assert len(Lexicon.default().normalise(phrase, lang)) == words
