"""Tokenizer hooks: the morphological analysers some languages need, chosen by their table.

French and English need none: their words are separated by blanks and simplemma gives lemmas.
A language whose words carry glued particles and endings (Korean: "피의자는", "검거됐다") names
a hook in ``[pipeline] tokenizer`` of its table. A hook is imported and loaded lazily, the first
time an article of that language is read, so other languages never pay for its model.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Protocol

from claims.hooks import named_hook


class Part(StrEnum):
    """Coarse parts of speech, the only ones the readers ask about."""

    noun = "noun"  # common and proper nouns, foreign words, noun suffixes
    number = "number"
    verb = "verb"  # verb and adjective stems, and the noun + "do" verbs' verb suffix
    particle = "particle"
    ending = "ending"
    copula = "copula"  # "이다": "8천120억 원이었고" (the figure is what its subject is)
    determiner = "determiner"
    punctuation = "punctuation"
    other = "other"


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One morpheme of a sentence; ``[start, end)`` slices the text given to the tokenizer."""

    form: str
    part: Part
    tag: str  # the analyser's own tag, for rules that need finer parts
    start: int
    end: int


class Tokenizer(Protocol):
    """What a hook provides: the morphemes of a text, in order."""

    def morphemes(self, text: str) -> list[Morpheme]: ...


HOOKS = {"kiwi": "claims.kiwi_hook:KiwiTokenizer"}
"""Hook name -> ``module:class``; the module is imported only when the hook is first used."""


@cache
def tokenizer_for(lang: str) -> Tokenizer | None:
    """The tokenizer a language's table names, built once per process; None when it names none."""
    hook = named_hook(lang, "tokenizer", HOOKS)
    return None if hook is None else hook()
