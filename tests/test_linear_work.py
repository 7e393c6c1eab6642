"""Extraction work grows linearly with the text, hostile shapes included (issue 15).

Nothing is timed: the work is counted. A profiler hook counts every Python function call and
every built-in call (a regex search, a ``sorted``, a generator step) made while extracting, and
the count per input character must stay flat when the text grows four-fold. A quadratic shape
(each figure scanning all the others, a rescan from every match, a window that grows with the
sentence) makes that count grow with the length and fails. Backtracking inside one regex call
is invisible to the hook: ``bench/adversarial.py`` times those shapes at 1 KB to 1 MB.

Each family is a shape that was once quadratic; hypothesis picks the pieces it is built from.
"""

from __future__ import annotations

import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extract import extract_text

SMALL, LARGE = 600, 2400  # characters; LARGE spans several bounded windows of every kind
GROWTH = 1.35  # work per character may vary a little with where cuts fall, never 4x

FAMILIES: dict[str, list[str]] = {
    "number_words": ["deux", "cent", "trois", "mille", "vingt", "et", "un", "million", "12",
                     "345", "1 000", "quatre-vingt", "onze", "7", "milliards"],
    "dense_sentence": ["12", "cas", "34,5", "%", "de", "1 200", "morts", "et", "8", ",",
                       "contre", "56", "selon", "la", "police"],
    "dots": [".", "..", "...", ". .", "12", "cas"],
    "percent_chain": ["12 %", "13,5 %", "+4 %", "-2,1 %", "à", "de", "100 %"],
    "years_numbers": ["2021", "12", "2022", "1 500", "en", "2023", "depuis", "2019", "45"],
    "digits_letter": ["123 456 789a", "12 345b", "1 000 000 x", "999 999c", "12e", "3 4 5 f"],
}  # fmt: skip


def work(text: str) -> int:
    """Calls made while extracting ``text`` (Python functions, built-ins, generator steps)."""
    count = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        extract_text(text, lang="fr")
    finally:
        sys.setprofile(None)
    return count


def _text(pieces: list[str], size: int) -> str:
    out = []
    total = 0
    i = 0
    while total < size:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        total += len(piece) + 1
        i += 1
    return " ".join(out)


def _assert_linear(pieces: list[str]) -> None:
    extract_text(_text(pieces, SMALL), lang="fr")  # tables and caches warm, outside the count
    small, large = _text(pieces, SMALL), _text(pieces, LARGE)
    per_char_small = work(small) / len(small)
    per_char_large = work(large) / len(large)
    assert per_char_large <= GROWTH * per_char_small + 5, (per_char_small, per_char_large)


def _family(name: str) -> st.SearchStrategy[list[str]]:
    alphabet = FAMILIES[name]
    return st.lists(st.sampled_from(alphabet), min_size=3, max_size=12)


SETTINGS = settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@SETTINGS
@given(_family("number_words"))
def test_number_words_mixed_with_digits(pieces: list[str]) -> None:
    _assert_linear(pieces)


@SETTINGS
@given(_family("dense_sentence"))
def test_one_number_dense_sentence(pieces: list[str]) -> None:
    _assert_linear(pieces)


@SETTINGS
@given(_family("dots"))
def test_runs_of_dots(pieces: list[str]) -> None:
    _assert_linear(pieces)


@SETTINGS
@given(_family("percent_chain"))
def test_chain_of_percentages(pieces: list[str]) -> None:
    _assert_linear(pieces)


@SETTINGS
@given(_family("years_numbers"))
def test_years_mixed_with_numbers(pieces: list[str]) -> None:
    _assert_linear(pieces)


@SETTINGS
@given(_family("digits_letter"))
def test_digit_groups_followed_by_a_letter(pieces: list[str]) -> None:
    _assert_linear(pieces)


def test_the_counter_sees_a_quadratic_loop() -> None:
    """The measure can fail: a loop over all earlier items per item grows with the length."""

    def quadratic(text: str) -> None:
        words = text.split()
        for i in range(len(words)):
            sum(1 for w in words[:i] if w == words[i])

    def count(text: str) -> float:
        calls = 0

        def hook(frame: object, event: str, arg: object) -> None:
            nonlocal calls
            calls += event in ("call", "c_call")

        sys.setprofile(hook)
        try:
            quadratic(text)
        finally:
            sys.setprofile(None)
        return calls / len(text)

    assert count("a b " * 600) > GROWTH * count("a b " * 150)
