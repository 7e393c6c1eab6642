"""may_name_a_day reads the language's day words and scene patterns picked once
(claims.periods._day_cues): it says what testing every pattern of the grammar said."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.lang import load_table
from claims.period_grammar import WORD, compiled_grammar
from claims.periods import SCENE_KINDS, may_name_a_day
from claims.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _by_every_pattern(sentence: str, lang: str) -> bool:
    grammar = compiled_grammar(lang)
    words = set(WORD.findall(sentence.lower()))
    if words & (grammar.slots["weekday"] | grammar.slots["month"] | grammar.slots["relday"]):
        return True
    return any(
        pattern.search(sentence)
        for pattern, kind, needs, _, _ in grammar.patterns
        if kind in SCENE_KINDS and not needs
    )


def _sentences(folder: Path, lang: str) -> list[str]:
    table = load_table(lang).extraction
    return [
        s.text
        for path in sorted(folder.glob("*.txt"))
        for s in split_sentences(path.read_text(encoding="utf-8"), table)
    ]


@pytest.mark.parametrize(
    ("folder", "lang"),
    [
        ("seeds", "fr"),
        ("bench/data/en", "en"),
        ("bench/data/real_style/fr", "fr"),
        ("bench/data/real_style/ko", "ko"),
    ],
)
def test_day_cues_say_what_every_pattern_said(folder: str, lang: str) -> None:
    sentences = _sentences(ROOT / folder, lang)
    sentences += [
        "Le lendemain, 12 personnes ont été évacuées.",
        "The next day, 40 left.",
        "ſo the next day",  # a long s: read without the word test
    ]
    said = [may_name_a_day(s, lang) for s in sentences]
    assert said == [_by_every_pattern(s, lang) for s in sentences]
    assert any(said) and not all(said)  # the set holds both kinds of sentence
