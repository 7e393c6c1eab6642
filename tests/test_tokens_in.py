"""The tokens of a slice, taken from the whole sentence's tokens (claims.context.tokens_in),
are exactly the tokens of the slice tokenised on its own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.context import _tokens, tokens_in

# Letters, digits with their separators, blanks and punctuation: tokens of every kind, and
# number tokens that take blanks ("1 000 ") so that slices cut them anywhere.
text_st = st.text(alphabet="ab é1 5,.-'’_\u00a0%(", max_size=40)


@given(text=text_st, data=st.data())
def test_slice_tokens_are_the_tokens_of_the_slice(text, data):
    start = data.draw(st.integers(0, len(text) + 2))
    end = data.draw(st.integers(start, len(text) + 3))
    assert tokens_in(text, start, end) == [m.group() for m in _tokens(text[start:end])]


def test_a_figure_cut_out_of_a_number_token():
    text = "Some 2,000 3,000 people"
    assert tokens_in(text, 10) == ["3,000 ", "people"]
    assert tokens_in(text, 0, 8) == ["Some", "2,0"]
