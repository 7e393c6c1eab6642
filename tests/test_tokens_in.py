"""What is read once per sentence and shared by its figures gives what reading it again for
each figure gave: the tokens of a slice (claims.tokens.tokens_in) and the last reporting
verb before a figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.actors import _last_verb_before
from claims.context import counted_before
from claims.lang import load_table
from claims.tokens import iter_tokens, token_matches, tokens_back, tokens_in

# Letters, digits with their separators, blanks and punctuation: tokens of every kind, and
# number tokens that take blanks ("1 000 ") so that slices cut them anywhere.
text_st = st.text(alphabet="ab é1 5,.-'’_\u00a0%(", max_size=40)


@given(text=text_st, data=st.data())
def test_slice_tokens_are_the_tokens_of_the_slice(text, data):
    start = data.draw(st.integers(0, len(text) + 2))
    end = data.draw(st.integers(start, len(text) + 3))
    assert tokens_in(text, start, end) == [m.group() for m in token_matches(text[start:end])]
    assert list(iter_tokens(text, start, end)) == tokens_in(text, start, end)
    back = [m.group() for m in token_matches(text[:end])][::-1]
    assert list(tokens_back(text, end)) == back
    assert list(tokens_back(text, start)) == [m.group() for m in token_matches(text[:start])][::-1]


def test_a_figure_cut_out_of_a_number_token():
    text = "Some 2,000 3,000 people"
    assert tokens_in(text, 10) == ["3,000 ", "people"]
    assert tokens_in(text, 0, 8) == ["Some", "2,0"]
    assert list(iter_tokens(text, 10)) == ["3,000 ", "people"]
    assert list(iter_tokens(text, 0, 8)) == ["Some", "2,0"]
    assert list(tokens_back(text, 8)) == ["2,0", "Some"]
    assert list(tokens_back(text, 0)) == []


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Inflation eased to 2.4% in May.", "2.4%", "Inflation"),
        ("en", "The number of the dead rose to 41.", "41", "number of the dead"),
        ("fr", "Le taux, de 13,5 %, le nombre de victimes a atteint 246.", "246",
         "nombre de victimes"),
        ("fr", "Le taux était de 13,5 % puis 12 %.", "12", ""),  # the comma of 13,5 cuts a token
    ],
)
def test_the_subject_before_a_figure_is_read_from_the_first_tokens(lang, text, figure, subject):
    """Read lazily (iter_tokens): leading stop words skipped, up to a participle, a mark or a
    figure; what lies further in the clause is never read."""
    assert counted_before(text, text.index(figure), load_table(lang).extraction) == subject


@pytest.mark.parametrize("lang", ["en", "fr"])
@given(data=st.data())
def test_the_last_verb_before_a_figure_is_the_search_of_the_text_before_it(lang, data):
    """Read from the last clause mark or figure, the verb is the one a search of the whole
    text before the figure finds last."""
    table = load_table(lang).extraction
    pieces = [*table.context.actor_verbs[:6], " ", ", ", "12", "police", "(", "x"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=10)))
    start = data.draw(st.integers(0, len(text)))
    found = list(table.actor_verb_re.finditer(text[:start]))
    verb = _last_verb_before(text, start, table)
    assert (verb and verb.span()) == (found[-1].span() if found else None)
