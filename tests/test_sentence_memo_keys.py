"""The per-sentence memos keep a pattern's matches by its text and flags (``pattern_key``), not
by the compiled pattern, whose hash reads its whole program at each lookup (the reporting
verbs with their asides are 24 KB: 30 us a lookup, twice a figure, was a third of a chain of
percentages' time). The answers must be the plain search's, and two patterns that differ only
in flags must not share an answer."""

from __future__ import annotations

import re

import pytest

from claims.actors import _matches
from claims.lang import load_table
from claims.sentence_memo import first_match, match_starts, pattern_key

SENTENCES = [
    ("fr", "Selon la préfecture, 12 000 personnes ont défilé, a indiqué la police mardi."),
    ("fr", "Le syndicat a pour sa part affirmé que 48 % des salariés étaient en grève."),
    ("en", "The ministry said 4,100 homes were damaged, officials reported on Sunday."),
    ("en", "Turnout rose 3 percent, the commission said, after 61 % a year earlier."),
    ("fr", "12 % de 13,5 % +4 % à -2,1 % de 100 %"),  # the hostile chain: no verb at all
]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_memos_answer_what_a_plain_search_answers(lang: str, sentence: str) -> None:
    verbs = load_table(lang).extraction.actor_verb_re
    plain = [m.span() for m in verbs.finditer(sentence)]
    assert [m.span() for m in _matches(verbs, sentence)] == plain
    assert [m.span() for m in _matches(verbs, sentence)] == plain  # kept, same answer
    assert match_starts(verbs, sentence) == [start for start, _ in plain]
    first = verbs.search(sentence)
    assert first_match(verbs, sentence) == (first.start() if first else len(sentence))


def test_patterns_differing_only_in_flags_are_kept_apart() -> None:
    sentence = "Police SAID 40 were held; police said 38."
    cased, folded = re.compile("said"), re.compile("said", re.I)
    assert pattern_key(cased) != pattern_key(folded)
    assert [m.start() for m in _matches(cased, sentence)] == [33]
    assert [m.start() for m in _matches(folded, sentence)] == [7, 33]
    assert first_match(cased, sentence) == 33
    assert first_match(folded, sentence) == 7
    assert match_starts(cased, sentence) == [33]
    assert match_starts(folded, sentence) == [7, 33]


def test_a_pattern_is_keyed_by_strings_whose_hash_is_kept() -> None:
    verbs = load_table("fr").extraction.actor_verb_re
    key = pattern_key(verbs)
    assert key == (verbs.pattern, verbs.flags)
    assert all(isinstance(part, str | int) for part in key)
