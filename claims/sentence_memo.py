"""Readings of one sentence kept while that sentence is read, so that two steps asking the same
question of it (extraction and the quantity frame both ask what a percentage is a share of)
pay for it once.

A reading is a pure function of a sentence, a language table and positions in the sentence.
The memo holds the readings of the latest sentence only: it is emptied when another sentence
(or table) is read, so it stays small and nothing is kept from one article to the next (a
benchmark that reads the same articles again pays again).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from claims.lang import ExtractionTable

R = TypeVar("R")

Reading = Callable[..., R]  # (sentence, table, *positions) -> R


def per_sentence(read: Reading[R]) -> Reading[R]:
    """Keep ``read``'s results for one sentence and table, keyed by the positions asked about."""
    memo: dict[tuple[int, ...], R] = {}
    reading: list[object] = [None, None]  # the sentence and the table the memo holds

    @wraps(read)
    def remembered(sentence: str, table: ExtractionTable, *at: int) -> R:
        if sentence is not reading[0] or table is not reading[1]:
            memo.clear()
            reading[0], reading[1] = sentence, table
        found = memo.get(at, memo)
        if found is memo:
            found = memo[at] = read(sentence, table, *at)
        return found  # type: ignore[return-value]

    return remembered


_MARK_PATTERNS: dict[str, re.Pattern[str]] = {}
_marks_of: dict[str, list[int]] = {}
_marks_read: list[str | None] = [None]  # the sentence whose marks ``_marks_of`` holds


def last_mark(text: str, marks: str, end: int) -> int:
    """Where the last of the characters ``marks`` stands in ``text[:end]`` (-1 when none): what
    ``max(text.rfind(c, 0, end) for c in marks)`` gives, with the marks of a sentence found once
    for all its figures rather than searched back from each."""
    if not marks:
        return -1
    if end < 0:
        end += len(text)  # as rfind reads a negative end
    if text is not _marks_read[0]:
        _marks_of.clear()
        _marks_read[0] = text
    at = _marks_of.get(marks)
    if at is None:
        pattern = _MARK_PATTERNS.get(marks)
        if pattern is None:
            pattern = _MARK_PATTERNS[marks] = re.compile("[" + re.escape(marks) + "]")
        at = _marks_of[marks] = [m.start() for m in pattern.finditer(text)]
    k = bisect_left(at, end)
    return at[k - 1] if k else -1


PatternKey = tuple[str, int]  # a pattern's text and flags


def pattern_key(pattern: re.Pattern[str]) -> PatternKey:
    """What a memo keys a pattern by: its text and flags. Hashing a compiled pattern hashes
    its whole program at every lookup (30 us for the 24 KB reporting-verb pattern, asked
    for every figure); a string's hash is computed once and kept."""
    return pattern.pattern, pattern.flags


_firsts: dict[PatternKey, int] = {}
_firsts_read: list[str | None] = [None]  # the sentence whose first matches ``_firsts`` holds


def first_match(pattern: re.Pattern[str], text: str) -> int:
    """Where ``pattern``'s first match in ``text`` starts (``len(text)`` when none), searched
    once per sentence. For a pattern that reads no character past its match (no lookahead,
    ``$`` nor ``\\b`` at its end), a match within ``text[lo:end]`` (``lo`` after a non-word
    character) is one of ``text`` too: with no match starting before ``end``, a figure's
    reader may skip the search of the text up to it."""
    if text is not _firsts_read[0]:
        _firsts.clear()
        _firsts_read[0] = text
    key = pattern_key(pattern)
    at = _firsts.get(key)
    if at is None:
        found = pattern.search(text)
        at = _firsts[key] = found.start() if found is not None else len(text)
    return at


_starts: dict[PatternKey, list[int]] = {}
_starts_read: list[str | None] = [None]  # the sentence whose match starts ``_starts`` holds


def match_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where each of ``pattern``'s matches in ``text`` starts, in order, found once per
    sentence for all its figures. The list is the memo's own: read it, never change it."""
    if text is not _starts_read[0]:
        _starts.clear()
        _starts_read[0] = text
    key = pattern_key(pattern)
    at = _starts.get(key)
    if at is None:
        at = _starts[key] = [m.start() for m in pattern.finditer(text)]
    return at


_searched: dict[tuple[PatternKey, int, int], bool] = {}
_searched_read: list[str | None] = [None]  # the sentence whose answers ``_searched`` holds


def found_between(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern.search(text, start, end)`` finds a match, searched once per sentence
    for each stretch: the figures of a clause all ask whether their clause holds a cue (a
    forecast, a pluperfect), and the frame pass asks again."""
    if text is not _searched_read[0]:
        _searched.clear()
        _searched_read[0] = text
    key = (pattern_key(pattern), start, end)
    found = _searched.get(key)
    if found is None:
        found = _searched[key] = pattern.search(text, start, end) is not None
    return found
