"""Word lists as prefix trees (claims.lang.trie) match exactly what the flat
alternation matched: same spans, same groups, whatever follows the list in the pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.lang import available_languages, load_table
from claims.lang.trie import alternation, flat_alternation

# A small alphabet, so that words share prefixes and texts hold them often.
LETTERS = "aAbBéÉkKµμ'’ -\u00a0"
words_st = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=6), min_size=1, max_size=8)
text_st = st.text(alphabet=LETTERS + "x.", max_size=40)
CONTEXTS = [
    "(?:{})",
    r"(?<!\w)(?:{})(?!\w)",
    r"(?:{})[\s\u00a0]*$",
    r"^(?:{})b",
    r"(?P<w>{})(?P<rest>a?b*)",
]


def _spans(pattern: str, text: str, flags: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


@given(words=words_st, text=text_st, context=st.sampled_from(CONTEXTS), ignore=st.booleans())
def test_tree_matches_as_the_flat_list(words, text, context, ignore):
    flags = re.I if ignore else 0
    tree = re.compile(context.format(alternation(words)), flags)
    flat = re.compile(context.format(flat_alternation(words)), flags)
    assert _spans(tree.pattern, text, flags) == _spans(flat.pattern, text, flags)


@given(words=words_st, text=text_st, context=st.sampled_from(CONTEXTS))
def test_folded_tree_matches_as_the_flat_list_under_re_i(words, text, context):
    """Built for a pattern that ignores case, the tree folds "Ab" and "ab" (and the micro sign
    and the Greek mu) into one word: under re.I it matches what the flat list matches."""
    tree = context.format(alternation(words, ignore_case=True))
    flat = context.format(flat_alternation(words))
    assert _spans(tree, text, re.I) == _spans(flat, text, re.I)


def test_a_list_ambiguous_only_in_case_becomes_a_tree_under_re_i():
    # Flat without re.I in mind; one tree when the pattern ignores case.
    assert alternation(["Ksh", "KSh", "kg", "µg", "μg"], ignore_case=True) == "k(?:sh|g)|µg"


def test_words_of_one_prefix_become_a_tree():
    assert alternation(["rose", "rise", "rises", "rising"]) == "r(?:is(?:ing|e(?:s)?)|ose)"


def test_an_ambiguous_list_stays_flat():
    # "Ab" and "ab" both match "ab" under re.I: the flat list's order decides, so it is kept.
    assert alternation(["Ab", "ab"]) == flat_alternation(["Ab", "ab"])


@pytest.mark.parametrize("lang", available_languages())
def test_every_table_word_still_matches_itself(lang):
    """Each word of the change-verb list of every language is found whole, as before."""
    table = load_table(lang).extraction
    for verbs in (table.changes.verbs.up, table.changes.verbs.down):
        forms = [stem + end for stem, ends in verbs.items() for end in ends]
        pattern = re.compile(rf"(?:{alternation(forms)})$", re.I)
        for form in forms:
            assert pattern.match(form), form


number_items_st = st.lists(
    st.text(alphabet="aAbB1 $.-", min_size=1, max_size=6).filter(lambda w: w.strip()),
    min_size=1,
    max_size=8,
)


@given(
    words=number_items_st,
    text=st.text(alphabet="aAbB1 $.-x\n", max_size=40),
    context=st.sampled_from(CONTEXTS),
    ignore=st.booleans(),
    word_end=st.booleans(),
)
def test_number_lexer_tree_matches_as_its_flat_list(words, text, context, ignore, word_end):
    """The number lexer's word lists (claims.number_lexer._alt: blank runs between words, a
    word end after a phrase that ends in a letter) as a tree match what the flat list did."""
    from claims.number_lexer import _alt, _flat_alt

    flags = re.I if ignore else 0
    tree = context.format(_alt(words, word_end))
    flat = context.format(_flat_alt(words, word_end))
    assert _spans(tree, text, flags) == _spans(flat, text, flags)
