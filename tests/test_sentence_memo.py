"""Readings kept for one sentence (claims.sentence_memo): the same answers as reading afresh."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from claims.lang import load_table
from claims.sentence_memo import last_mark, per_sentence

MARKS = [',;:(«"', ",;:", ";:(«\"", "0123456789,;", ""]


@given(
    st.text(alphabet='ab ,;:(«"0123456789', max_size=40),
    st.sampled_from(MARKS),
    st.integers(min_value=-45, max_value=45),
)
def test_last_mark_is_the_last_rfind(text: str, marks: str, end: int) -> None:
    expected = max((text.rfind(c, 0, end) for c in marks), default=-1)
    assert last_mark(text, marks, end) == expected


def test_last_mark_follows_the_sentence_read() -> None:
    first, second = "a, b; c", "x: y"
    assert last_mark(first, ",;", 7) == 4
    assert last_mark(second, ":", 4) == 1  # another sentence: its own marks
    assert last_mark(first, ",;", 3) == 1


def test_per_sentence_reads_once_per_sentence_and_table() -> None:
    calls: list[tuple[str, int]] = []

    @per_sentence
    def reading(sentence: str, table: object, a: int, b: int, c: int) -> str:
        calls.append((sentence, a))
        return f"{sentence[a:b]}:{c}"

    en, fr = load_table("en").extraction, load_table("fr").extraction
    one = "387 suspects were arrested"
    assert reading(one, en, 4, 12, 0) == "suspects:0"
    assert reading(one, en, 4, 12, 0) == "suspects:0"
    assert len(calls) == 1
    assert reading(one, fr, 4, 12, 0) == "suspects:0"  # another table: read again
    assert reading(one, fr, 4, 12, 1) == "suspects:1"  # other positions: read again
    two = "12 were injured"
    assert reading(two, fr, 3, 7, 0) == "were:0"
    assert reading(one, fr, 4, 12, 0) == "suspects:0"  # the memo held only the latest one
    assert len(calls) == 5


POPULATION_PIECES = ["Sur les", "sur les", "parmi les", "of the", "Among the", "out of the", " ",
                     "12", "178", "suspects", "nombre de", "number of", "total of", "bilan de",
                     "x", ",", ";", "(", "\u00a0", "abcsur les", "tally of", "%"]


@given(
    text=st.lists(st.sampled_from(POPULATION_PIECES), max_size=12).map("".join),
    end=st.integers(min_value=0, max_value=120),
    lang=st.sampled_from(["en", "fr"]),
)
def test_no_first_match_before_a_figure_means_no_match_up_to_it(text: str, end: int, lang: str):
    from claims.frame import patterns
    from claims.sentence_memo import first_match

    table = load_table(lang).extraction
    end = min(end, len(text))
    # A figure starts a word: the text is never cut inside one ("number of|Sur" is no cut a
    # figure makes, and there "number of" ends no word of the whole text).
    assume(end in (0, len(text)) or not (text[end - 1].isalnum() and text[end].isalnum()))
    lo = 1 + max(text.rfind(c, 0, end) for c in ";:(«\"")
    for pattern in (table.population_head_re, patterns(table).count_noun):
        assert pattern is not None
        if first_match(pattern, text) >= end:
            assert pattern.search(text[:end]) is None
            assert pattern.search(text[:end][lo:]) is None


def test_first_match_follows_the_sentence_read() -> None:
    import re

    from claims.sentence_memo import first_match

    word = re.compile("ab")
    assert first_match(word, "xxab") == 2
    assert first_match(word, "ab") == 0  # another sentence: its own matches
    assert first_match(word, "zz") == 2  # none: the text's length
