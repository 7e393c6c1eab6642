"""Phrases read from a run of tokens: the words up to a clause mark or a stop word, with or
without the figures joined inside them ("âgés de 10 à 19 ans"), their determiners stripped and
the elided heads the language table lists split off ("d'universités")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claims.lang import ExtractionTable
from claims.sentence_memo import last_mark
from claims.tokens import CLAUSE_END, is_word

_MAX_WORDS = 8
SUBJECT_MARKS = ',;:(«"'  # what a clause's subject is read back to


def subject_mark_before(sentence: str, end: int) -> int:
    """The last mark a subject is read back to before ``end``, a comma between digits ("1,8 %",
    "829,500") not being one."""
    at = last_mark(sentence, SUBJECT_MARKS, end)
    while (0 < at < len(sentence) - 1 and sentence[at] == ","
           and sentence[at - 1].isdigit() and sentence[at + 1].isdigit()):
        at = last_mark(sentence, SUBJECT_MARKS, at)
    return at


@lru_cache(maxsize=64)
def _bare_determiners(determiners: frozenset[str]) -> frozenset[str]:
    """Determiners without their apostrophe ("l'" -> "l"), built once per table (speed)."""
    return frozenset(d.rstrip("'’") for d in determiners)


def strip_determiners(words: list[str], table: ExtractionTable) -> list[str]:
    bare = _bare_determiners(table.determiners_set)
    leading = table.determiners_set | bare
    while words and words[0].lower().rstrip("'’") + ("'" if words[0][-1:] in "'’" else "") in (
        leading
    ):
        words = words[1:]
    while words and (
        words[-1].lower() in table.determiners_set
        or words[-1].lower().rstrip("'’") in bare
    ):
        words = words[:-1]
    return words


def elided(word: str, table: ExtractionTable) -> tuple[str, str]:
    """Split an elided head the language table lists ("d'universités" -> "d'", "universités");
    a language without elisions keeps its apostrophes ("O'Brien")."""
    if "'" not in word and "’" not in word:
        return "", word  # most words (speed: this is asked of every word read)
    for quote in ("'", "’"):
        head, found, tail = word.partition(quote)
        if found and tail and head.lower() in table.elision_set:
            return head + quote, tail
    return "", word


def plain_phrase(
    tokens: Iterable[str], table: ExtractionTable, allow_leading_stop: bool = False
) -> str:
    """Words up to a clause boundary or a stop word; connectors ("de", "of") may stay inside.
    The tokens are read in order and no further than that (they may come lazily)."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        read = _plain_words(token, table, allow_leading_stop and i == 0)
        if read is None:
            break
        words.extend(read)
        if len(read) == 1 and len(words) >= _MAX_WORDS:
            break
    return " ".join(strip_determiners(words, table)).replace("' ", "'").replace("’ ", "’")


def _plain_words(token: str, table: ExtractionTable, leading: bool) -> tuple[str, ...] | None:
    """The words a token adds to a plain phrase, None where the phrase stops: at a mark, a
    figure or a stop word other than a connector (one ``leading`` may open it); an elided head
    and its word are two words ("d'", "universités"), unless either is a stop word."""
    if token in CLAUSE_END or not token[:1].isalpha():  # a figure, a sign: not a word
        return None
    head, tail = elided(token, table)
    if head:
        stops = table.stop_words_set
        return None if tail.lower() in stops or head.lower() in stops else (head, tail)
    if not leading and is_stop(token.lower(), table):
        return None
    return (token,)


def is_stop(lower: str, table: ExtractionTable) -> bool:
    """A stop word that ends a phrase: any but the connectors a phrase may hold ("de", "of")."""
    return lower in table.stop_words_set and lower not in table.determiners_set


def _closes_figure(words: list[str]) -> bool:
    """A phrase kept for its figures ends with the word after them ("de 10 à 19 ans")."""
    core = [w for w in words if w not in ("-", "–")]  # "24-year-olds" ends like "24 ans"
    return len(core) >= 2 and core[-2][:1].isdigit() and core[-1][:1].isalpha()


def raw_phrase(tokens: list[str], table: ExtractionTable) -> str:
    """Like ``plain_phrase`` but keeping figures joined by a stop word ("âgés de 10 à 19 ans")."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        before_figure = i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()
        if not _raw_word(token, words, before_figure, table):
            break
        words.append(token.strip())
        if len(words) >= 10 or (_closes_figure(words) and not before_figure):
            break
    phrase = " ".join(strip_determiners(words, table))
    return re.sub(r"(?<=\d) ([-–]) ", r"\1", phrase)  # "18-24 ans" as written


def _raw_word(token: str, words: list[str], before_figure: bool, table: ExtractionTable) -> bool:
    """Whether a raw phrase goes on with ``token``: a word, a figure, or a dash between figures
    ("18-24"), and a stop word only before a figure ("de 10", "à 19")."""
    joins_figures = token in "-–" and words and words[-1][:1].isdigit()
    if not joins_figures and (
        token in CLAUSE_END or not (is_word(token) or token[:1].isdigit())
    ):
        return False
    return before_figure or not is_stop(token.lower(), table)
