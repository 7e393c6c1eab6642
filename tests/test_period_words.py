"""The words a period template needs (claims.period_words) only ever skip a pattern that
could not match: every phrase the period tables of the tests find is still found, and each
template's needs are what a reader would say."""

from __future__ import annotations

import pytest

from claims.period_grammar import compiled_grammar as _grammar
from claims.period_words import found_in, lowered_text, may_match, required_words
from tests import test_periods_en, test_periods_fr


def _sentences(module) -> list[str]:
    cases = module.FIELD_NOTES + module.READING
    return [c.values[0].text for c in cases]


@pytest.mark.parametrize(
    ("lang", "texts"),
    [("en", _sentences(test_periods_en)), ("fr", _sentences(test_periods_fr))],
)
def test_no_pattern_that_matches_is_skipped(lang, texts):
    grammar = _grammar(lang)
    for text in texts:
        found = found_in(grammar.strings, lowered_text(text))
        for pattern, kind, _, _, required in grammar.patterns:
            if pattern.search(text):
                assert may_match(required, found), (kind, pattern.pattern[:60], text)


@pytest.mark.parametrize(
    ("template", "needs"),
    [
        ("{n} {unit} ago", [{"ago"}]),
        ("(?:in |during )?the same period", [{"the"}, {"same"}, {"period"}]),
        ("(?:the (?:previous|prior) {unit}|a {unit} (?:earlier|before))",
         [{"previous", "prior", "earlier", "before"}]),
        ("{month}(?:-|–){month}", [{"-", "–"}]),
        ("the {n} months? to {month}", [{"the"}, {"month"}, {"to"}]),  # not "months"
        ("(?:so far )?this week(?=,)", [{"this"}, {"week"}]),
        ("{yearref}", []),
    ],
)
def test_what_a_template_needs(template, needs):
    assert [set(c) for c in required_words(template)] == needs


def test_a_sentence_with_an_odd_case_is_read_whole():
    assert lowered_text("\u0130stanbul, last week") is None  # dotted capital I folds to two
