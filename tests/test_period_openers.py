"""Trying a period pattern only where a word it can open with stands (claims.period_openers)
finds exactly what reading the whole sentence finds: same matches, same order, for every
pattern of the English and French grammars, on the period tables' sentences and on sentences
built from the grammars' own words; and each template opens with what a reader would say."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.lang import load_table
from claims.period_grammar import _expand
from claims.period_grammar import compiled_grammar as _grammar
from claims.period_openers import (
    DIGIT_SLOTS,
    by_first_letter,
    matches,
    openers,
    openings,
    slot_openers,
    starts,
)
from claims.period_words import WordFinder, found_in, lowered_text
from tests import test_periods_en, test_periods_fr

SLOTS = {
    "month": frozenset({"january", "jan"}),
    "yearref": frozenset({"this", "last"}),
    "weekday": frozenset({"monday"}),
    "unit": frozenset({"week", "month"}),
}


@pytest.mark.parametrize(
    ("template", "first"),
    [
        ("the same period", {"the"}),
        ("(?:in |during )?the whole of {yearref}", {"in", "during", "the"}),
        ("(?:on )?{weekday},? {month} {day}", {"on", "monday"}),
        ("{yearref}", {"this", "last"}),
        ("{day} {month}", set("0123456789")),
        ("{year}-{year}", {"19", "20"}),
        ("(?=h[12](?!\\w)){month}", {"january", "jan"}),  # a lookahead consumes nothing
        ("months? ago", {"month"}),  # the quantified letter may be missing
        ("(?:the )?{unit}s? ago", {"the", "week", "month"}),
        ("week(?:end)?", {"week"}),
        ("^en (?:l'espace de )?{unit}", {"en"}),
    ],
)
def test_what_a_template_opens_with(template, first):
    assert openers(template, SLOTS) == first


@pytest.mark.parametrize(
    "template",
    [
        "{n} {unit} ago",  # a free slot may open with a dash
        "(?:the )?",  # may match nothing
        "(?:a|one|{n}) {unit}",
        "[Ll]ast week",  # a class
        "(?:in )? this week",  # may open with a blank
        "s? ago",
        "(?i)last",  # flags are not read
    ],
)
def test_a_template_that_may_open_otherwise_is_read_whole(template):
    assert openers(template, SLOTS) is None


def test_a_slot_with_a_phrase_that_opens_with_no_word_opens_anyhow():
    assert slot_openers(["last year", "l'an dernier"]) == {"last", "l"}
    assert slot_openers(["'til now"]) is None
    assert slot_openers([]) == frozenset()


def _sentences(module) -> list[str]:
    return [c.values[0].text for c in module.FIELD_NOTES + module.READING]


def _same_as_finditer(lang: str, sentence: str) -> None:
    grammar = _grammar(lang)
    by_letter, _ = openings(sentence)
    for (pattern, kind, *_), first in zip(grammar.patterns, grammar.openers, strict=True):
        if first is None:
            continue
        whole = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
        tried = [(m.start(), m.end()) for m in matches(pattern, sentence, starts(by_letter, first))]
        assert tried == whole, (kind, sentence)


@pytest.mark.parametrize(
    ("lang", "texts"),
    [("en", _sentences(test_periods_en)), ("fr", _sentences(test_periods_fr))],
)
def test_patterns_tried_at_openers_find_what_the_whole_sentence_holds(lang, texts):
    for text in texts:
        _same_as_finditer(lang, text)
        _same_as_finditer(lang, text.upper())


def _pieces(lang: str) -> list[str]:
    """Words the grammar opens with and reads, with digits and marks between them."""
    grammar = _grammar(lang)
    words = {w for first in grammar.openers if first for leads in first.values() for w in leads}
    words |= {w for w in grammar.strings if w.isalpha()}
    return [*sorted(words), "2024", "12", "3rd", ",", "-", "'", "’", ".", "(", "Mid-", "x"]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_on_sentences_of_the_grammars_own_words(data):
    lang = data.draw(st.sampled_from(["en", "fr"]))
    pieces = data.draw(st.lists(st.sampled_from(_pieces(lang)), min_size=1, max_size=14))
    joiner = data.draw(st.sampled_from([" ", "", " \u00a0"]))
    sentence = joiner.join(pieces)
    if data.draw(st.booleans()):
        sentence = sentence.title()
    _same_as_finditer(lang, sentence)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -'’.,2019ÉéİıK\u212a")), max_size=40))
def test_strings_found_from_words_are_those_the_sentence_holds(text):
    lowered = lowered_text(text)
    if lowered is None:
        return  # read whole (claims.periods)
    strings = frozenset({"a", "ab", "b a", "-", "é", "ba", "20", "01"})
    _, words = openings(text)
    assert WordFinder(strings).found_in(lowered, words) == found_in(strings, lowered)


def test_openers_group_by_first_letter():
    assert by_first_letter(frozenset({"in", "its", "the"})) == {"i": ("in", "its"), "t": ("the",)}


@pytest.mark.parametrize(
    ("slot", "texts"),
    [
        ("day", ["1", "01", "9th", "31", "1er", "2nd", "12,", "x 3 y"]),
        ("year", ["1999", "2024", "2101", "1850", "a 2019 b", "’24", "'24"]),
    ],
)
def test_a_digit_slot_opens_where_its_openers_say(slot, texts):
    """The day and year slots open with a digit, and a year with 19 or 20 (DIGIT_SLOTS):
    should _expand's bodies change, this says so before a pattern is tried in the wrong
    places."""
    for lang in ("en", "fr"):
        pattern = re.compile(_expand(f"{{{slot}}}", load_table(lang).extraction), re.I)
        for text in texts:
            for m in pattern.finditer(text):
                assert m.group().lower().startswith(tuple(DIGIT_SLOTS[slot])), (slot, text)
