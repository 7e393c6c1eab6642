"""The clause edges of a sentence found once (claims.clauses) give what the scans of the text
before and after each position gave."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claims.clauses import CLAUSE_EDGE, clause_end, clause_start

_TEXT = st.text(alphabet="a1 ,;:.9", max_size=30)


def _start_by_scan(text: str, at: int) -> int:
    cuts = [m.end() for m in CLAUSE_EDGE.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def _end_by_scan(text: str, at: int) -> int:
    after = CLAUSE_EDGE.search(text, at)
    return after.start() if after else len(text)


@given(text=_TEXT, at=st.integers(min_value=-3, max_value=35))
def test_clause_bounds_as_the_scans_gave_them(text: str, at: int) -> None:
    assert clause_start(text, at) == _start_by_scan(text, at)
    assert clause_end(text, at) == _end_by_scan(text, at)


@given(texts=st.lists(_TEXT, min_size=2, max_size=4), at=st.integers(min_value=0, max_value=30))
def test_another_sentence_is_read_afresh(texts: list[str], at: int) -> None:
    for text in texts:
        assert clause_start(text, at) == _start_by_scan(text, at)
        assert clause_end(text, at) == _end_by_scan(text, at)


def test_a_comma_before_a_digit_ends_no_clause_but_a_cut_before_the_digit_does() -> None:
    text = "soit 26,000 euros, puis 3"
    assert clause_start(text, 11) == 0
    assert clause_start(text, 8) == 8  # the slice "soit 26," ends with its comma
    assert re.search(",", text[:8])
