"""Patterns for a phrase right before a figure, searched only when they can match.

Many table patterns read the few words before a figure and must end where that text ends
("plus de", "rose by", "under the age of": ``...[\\s]*$``). ``re`` cannot search from the
end, so it tries every position of the text. But such a match ends with the last word of
one of its phrases (or, for a phrase of signs like "≥", with its last sign), and so does the
text: ``TailPattern`` looks at the text's last word first, and runs the search only when a
phrase ends with it. The answer is the search's, always.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.lang.regex import _alternation

_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"\W*(\w+)")  # on the reversed text: its last word, reversed
# Characters whose case pairs do not fold one to one (long s, Kelvin sign, Angstrom sign,
# dotted and dotless i): a text whose last word holds one is always searched.
_ODD_CASE = frozenset("\u017f\u212a\u212b\u0130\u0131")


class TailPattern:
    """A compiled pattern anchored at the end of the text it searches, with the phrases it is
    made of; ``trailing`` names the characters besides blanks it allows after a phrase."""

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str], trailing: str = ""):
        self.pattern = pattern
        self._trailing = trailing
        self._words: set[str] = set()
        self._signs: set[str] = set()
        self._always = False
        for phrase in phrases:
            words = _WORD.findall(phrase)
            if words:
                self._words.add(words[-1].lower())
                continue
            tail = phrase.rstrip()
            if not tail or tail[-1] in trailing:
                self._always = True  # nothing to tell such a phrase's end by
            else:
                self._signs.add(tail[-1])

    def search(self, text: str) -> re.Match[str] | None:
        if self._always:
            return self.pattern.search(text)
        ending = _ENDINGS.get(text[-_TAIL:], _UNREAD)  # what ``_ending`` gives, read inline
        if ending is _UNREAD:  # (speed: ~10 patterns ask this for every figure)
            ending = _ending(text)
        if ending is not None and (ending[1] or ending[0] in self._words):
            return self.pattern.search(text)
        if self._signs and self._ends_with_sign(text):
            return self.pattern.search(text)
        return None

    def _ends_with_sign(self, text: str) -> bool:
        end = len(text)
        while end and (text[end - 1].isspace() or text[end - 1] in self._trailing):
            end -= 1
        return end > 0 and text[end - 1] in self._signs


_TAIL = 64  # characters read back for the last word, before reading the whole text
_ENDINGS: dict[str, tuple[str, bool] | None] = {}  # a text's last characters -> its ending
_KEPT = 4096  # endings kept before the memo is emptied
_UNREAD = ("", False)  # no text ends so: a word has a character


def _ending(text: str) -> tuple[str, bool] | None:
    """The text's last word, lower-cased, and whether it holds a character of
    ``_ODD_CASE`` (None when the text has no word). The ~10 tail patterns of a figure ask it of
    texts that end alike (a sentence up to the figure), so endings are kept by the text's last
    ``_TAIL`` characters, when those decide it."""
    key = text[-_TAIL:]
    found = _ENDINGS.get(key, _UNREAD)
    if found is not _UNREAD:
        return found
    last = _LAST_WORD.match(key[::-1])
    decided = len(key) < _TAIL or (last is not None and last.end() < _TAIL)
    if not decided:
        last = _last_word(text)
    ending = None
    if last is not None:
        word = last.group(1)  # reversed
        ending = (word.lower()[::-1], not _ODD_CASE.isdisjoint(word))
    if decided:
        if len(_ENDINGS) >= _KEPT:
            _ENDINGS.clear()
        _ENDINGS[key] = ending
    return ending


def _last_word(text: str) -> re.Match[str] | None:
    """``_LAST_WORD`` on the reversed text, reversing only its last characters when the word
    ends within them (a text is a sentence up to a figure; the word is at its end)."""
    if len(text) > _TAIL:
        last = _LAST_WORD.match(text[: -_TAIL - 1 : -1])
        if last is not None and last.end() < _TAIL:
            return last  # the word ends before the cut: reading further changes nothing
    return _LAST_WORD.match(text[::-1])


class RunPattern:
    """A pattern anchored at the end of the text it searches whose matches hold only
    characters of the class ``allowed`` (a lookbehind may look one character further). A match
    cannot hold a character outside the class, so the search starts after the last one in the
    text, not at every position of it. ``phrases`` are the literal phrases the pattern is made
    of: should one hold a character outside the class, the text is searched whole. The answer
    is the search's, always."""

    def __init__(self, pattern: re.Pattern[str], allowed: str, phrases: Iterable[str]):
        self.pattern = pattern
        run = re.compile(f"{allowed}*")
        kept = all(run.fullmatch(phrase) for phrase in phrases)
        self._run = run if kept else None

    def search(self, text: str) -> re.Match[str] | None:
        if self._run is None:
            return self.pattern.search(text)
        tail = self._run.match(text[::-1])
        return self.pattern.search(text, len(text) - (tail.end() if tail else 0))


def words_right_before(words: list[str]) -> TailPattern:
    """One of ``words``, whole, then blanks, ending the text: a phrase right before what is
    read next ("said " before "Wednesday", "built in " before "1974", "dont " before "60 %")."""
    alternation = _alternation(words) or "(?!)"
    return TailPattern(re.compile(rf"(?<!\w)(?:{alternation})[\s\u00a0]+$", re.I), words)
