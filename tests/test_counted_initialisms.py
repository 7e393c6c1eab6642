"""What an English figure counts, and who gives it, when a dotted initialism ("U.S.", "U.K.",
"U.N.", "E.U.", "D.C.") opens or names its subject: the initialism is one word of the noun
phrase, its dots end no clause and no sentence (wire copy writes "U.S. consumer prices rose
0.4%", "The U.N. refugee agency said"). Before, the subject was read up to the first dot and
the figure counted "U". Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.lang import load_table
from claims.models import Claim
from claims.sentences import split_sentences

PUBLISHED = date(2026, 8, 20)


def _claim(sentence: str, surface: str) -> Claim:
    claims = extract_text(sentence, lang="en", published=PUBLISHED, article_id="a.md")
    (claim,) = [c for c in claims if c.surface == surface]
    return claim


COUNTED = [
    ("U.S. consumer prices rose 0.4% in July as rents kept climbing.", "0.4%",
     "U.S. consumer prices"),
    ("The U.K. economy grew 0.6% in the second quarter.", "0.6%", "U.K. economy"),
    ("U.S. factory orders slipped 1.2% in March.", "1.2%", "U.S. factory orders"),
    ("E.U. exports rose 2.3% in June.", "2.3%", "E.U. exports"),
    ("Sales of U.S. homes fell 3.1% in May.", "3.1%", "Sales of U.S. homes"),
    # negative rows of the same shape: undotted names and plain subjects read as before
    ("US consumer prices rose 0.4% in July as rents kept climbing.", "0.4%",
     "US consumer prices"),
    ("The UK economy grew 0.6% in the second quarter.", "0.6%", "UK economy"),
    ("Consumer prices rose 0.4% in July as rents kept climbing.", "0.4%", "Consumer prices"),
    # an initialism alone before the verb names a place, not what is counted
    ("Home prices in Washington, D.C. rose 3.2% in May.", "3.2%", ""),
]


@pytest.mark.parametrize(("sentence", "surface", "counted"), COUNTED)
def test_a_dotted_initialism_is_a_word_of_the_subject(
    sentence: str, surface: str, counted: str
) -> None:
    assert (_claim(sentence, surface).counted or "") == counted


SOURCES = [
    ("The U.N. refugee agency said 1,200 people had fled across the border.", "1,200",
     "U.N. refugee agency"),
    ("The E.U. statistics office said 4.1 million people were out of work.", "4.1 million",
     "E.U. statistics office"),
    ("The U.S. Census Bureau counted 14,200 new homes in March.", "14,200",
     "U.S. Census Bureau"),
    # negative rows: undotted sources keep their reading
    ("The UN refugee agency said 1,200 people had fled across the border.", "1,200",
     "UN refugee agency"),
    ("The statistics office said 4.1 million people were out of work.", "4.1 million",
     "statistics office"),
]


@pytest.mark.parametrize(("sentence", "surface", "actor"), SOURCES)
def test_a_source_keeps_its_initialism(sentence: str, surface: str, actor: str) -> None:
    assert _claim(sentence, surface).actor == actor


SPLITS = [
    # a lowercase word after the initialism: one sentence, the subject is read across it
    ("E.U. exports rose 2.3% in June.", 1),
    # a capital after an initialism may open the next sentence: it still does
    ("Prices rose in Washington, D.C. Rents there climbed 4.1% in May.", 2),
    # one the table lists as an abbreviation keeps today's reading
    ("The plant is in the U.S. It employs 300 people.", 1),
]


@pytest.mark.parametrize(("text", "sentences"), SPLITS)
def test_an_initialism_before_a_lowercase_word_ends_no_sentence(text: str, sentences: int) -> None:
    assert len(list(split_sentences(text, load_table("en").extraction))) == sentences
