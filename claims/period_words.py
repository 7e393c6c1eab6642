"""The words a period template cannot match without: a cheap test before running its regex.

A sentence is read against every period pattern of its language (some seventy), and most
patterns cannot match most sentences: "the same period last year" needs "same", "a year ago"
needs "ago". ``required_words`` reads a template (``[extraction.periods].patterns``) and gives
what any match must contain as lower-case text: a list of clauses, each a set of strings of
which one at least stands in the match ("(?:previous|prior) {unit}" needs "previous" or
"prior"). ``found_in`` looks for all the strings of a language's patterns in a sentence once,
and ``may_match`` tests each pattern against what was found, which costs far less than its
regex. The test only ever says no when the regex could not match.

Only plain letters are taken: a letter under a quantifier ("months?"), a blank or an
apostrophe (both match several characters), a slot, a class or an escape ends a run; an
optional group or a lookaround requires nothing.
"""

from __future__ import annotations

import re

Clauses = tuple[frozenset[str], ...]

_SLOT = re.compile(r"\{\w+\}")
_COUNT = re.compile(r"\{\d+(?:,\d*)?\}")
# Characters whose case pairs do not fold one to one (long s, Kelvin sign, dotted and dotless
# i, Angstrom sign): a sentence holding one is always read with the regexes.
_ODD_CASE = frozenset("\u017f\u212a\u212b\u0130\u0131")


def found_in(strings: frozenset[str], lowered: str) -> frozenset[str]:
    """Which of the strings a sentence (``lowered``: its ``str.lower()``) holds: looked for once
    per sentence, for all the patterns of a language."""
    return frozenset(word for word in strings if word in lowered)


class WordFinder:
    """``found_in`` for one language's strings, read from a sentence's words: a string of word
    characters only stands in a sentence exactly when it stands in one of its words (a word is
    a whole run of word characters), and the strings each word holds are found once per word
    and kept, as words come back from sentence to sentence. Other strings ("-", "/") are looked
    for in the sentence itself."""

    _KEEP = 50_000  # words whose strings are kept (then the memo starts again)

    def __init__(self, strings: frozenset[str]) -> None:
        self.strings = strings
        self._in_words = tuple(w for w in sorted(strings) if _WORD_ONLY.fullmatch(w))
        self._others = tuple(w for w in sorted(strings) if not _WORD_ONLY.fullmatch(w))
        self._held_by: dict[str, frozenset[str]] = {}

    def found_in(self, lowered: str, words: set[str]) -> frozenset[str]:
        """What ``found_in(strings, lowered)`` gives, ``words`` being the set of runs of word
        characters of ``lowered``."""
        held: set[str] = {w for w in self._others if w in lowered}
        memo = self._held_by
        for word in words:
            found = memo.get(word)
            if found is None:
                if len(memo) >= self._KEEP:
                    memo.clear()
                found = memo[word] = frozenset(w for w in self._in_words if w in word)
            held |= found
        return frozenset(held)


_WORD_ONLY = re.compile(r"\w+")


def may_match(clauses: Clauses, found: frozenset[str]) -> bool:
    """Whether a sentence holding the strings ``found`` holds one string of each clause."""
    return all(not clause.isdisjoint(found) for clause in clauses)


def lowered_text(sentence: str) -> str | None:
    """The sentence as ``may_match`` reads it, or None when its case cannot be trusted."""
    if not _ODD_CASE.isdisjoint(sentence):
        return None
    return sentence.lower()


def required_words(template: str) -> Clauses:
    """What every match of the template holds (empty when it cannot tell)."""
    try:
        clauses, end = _sequence(template, 0)
    except (IndexError, ValueError):
        return ()
    return tuple(clauses) if end == len(template) else ()


def _quantified(t: str, i: int) -> int:
    """The length of a quantifier at ``i`` (0 when there is none)."""
    if i < len(t) and t[i] in "?*+":
        return 1 + (i + 1 < len(t) and t[i + 1] in "?+")
    count = _COUNT.match(t, i)
    return count.end() - i if count else 0


def _optional(t: str, i: int) -> bool:
    """Whether the quantifier at ``i`` allows no repeat at all."""
    if i < len(t) and t[i] in "?*":
        return True
    count = _COUNT.match(t, i)
    return bool(count) and count.group()[1] == "0"


def _sequence(t: str, i: int) -> tuple[list[frozenset[str]], int]:
    """Clauses of the sequence starting at ``i``, up to a ``|`` or ``)`` or the end."""
    clauses: list[frozenset[str]] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            clauses.append(frozenset({run.lower()}))
        run = ""

    while i < len(t):
        c = t[i]
        if c in "|)":
            break
        if c == "(":
            flush()
            clause, i = _group(t, i)
            if clause:
                clauses.append(clause)
            continue
        past = _past_no_word(t, i)
        if past is not None:
            flush()
            i = past
            continue
        run += c
        i += 1
    flush()
    return clauses, i


def _past_no_word(t: str, i: int) -> int | None:
    """Where an element at ``i`` that holds no literal word ends: a slot, a class, an escape,
    a blank or a sign, a letter that may be missing ("months?"); None for a word's letter."""
    c = t[i]
    slot = _SLOT.match(t, i)
    if slot and not _COUNT.match(t, i):
        return slot.end() + _quantified(t, slot.end())
    if c == "[":
        end = t.index("]", i + 2 if t[i + 1] == "]" else i + 1) + 1
        return end + _quantified(t, end)
    if c == "\\":
        return i + 2 + _quantified(t, i + 2)
    if c in " '’^$.?*+{" or _quantified(t, i + 1):
        return i + 1
    return None


def _group(t: str, i: int) -> tuple[frozenset[str] | None, int]:
    """One group at ``i``: the clause it requires (one of its alternatives' strings), if any."""
    lookaround = t.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
    j = _group_body(t, i, lookaround)
    alternatives: list[list[frozenset[str]]] = []
    while True:
        found, j = _sequence(t, j)
        alternatives.append(found)
        if t[j] != "|":
            break
        j += 1
    j += 1  # the closing parenthesis
    optional = _optional(t, j)
    j += _quantified(t, j)
    if lookaround or optional or not all(alternatives):
        return None, j
    return frozenset().union(*(_best(a) for a in alternatives)), j


def _group_body(t: str, i: int, lookaround: bool) -> int:
    """Where the group opening at ``i`` starts its first alternative."""
    if t.startswith("(?P<", i):
        return t.index(">", i) + 1
    if t.startswith("(?:", i):
        return i + 3
    if lookaround:
        return i + (4 if t.startswith("(?<", i) else 3)
    if t.startswith("(?", i):
        raise ValueError(f"group {t[i:i + 4]!r}")  # flags and the like: no filter
    return i + 1


def _best(clauses: list[frozenset[str]]) -> frozenset[str]:
    """The most telling clause of an alternative: the one whose shortest string is longest."""
    return max(clauses, key=lambda clause: min(len(w) for w in clause))
