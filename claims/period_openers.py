"""Where a period pattern can start matching: a sentence's words are read once, and each
pattern is tried only where a word it can open with stands, instead of at every character.

Every period pattern starts with ``(?<!\\w)`` (``claims.period_grammar._expand``), so a match starts
where no word character stands before it. When the template's first consumed text is a word
(a literal word, a slot of phrases, a day's or a year's digits), the match starts at the first
letter of a word of the sentence, and that word, in lower case, starts with one of the
template's *openers*: the words that can come first ("(?:in |during )?the whole of {yearref}"
opens with "in", "during" or "the"). ``openers`` reads them from a template, and says None
when it cannot tell (a blank, a class or a free slot first): such a pattern reads the whole
sentence, as before.

``matches`` then gives exactly what ``pattern.finditer(sentence)`` gives, trying the pattern
only at those words: a regex tried at 150 characters costs some twenty microseconds, at two
words a fraction of one, and English news asks some ten patterns of each sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

Openers = frozenset[str]
# What an element of a pattern gives: its openers, whether it may match nothing, where it ends.
_Element = tuple["Openers | None", bool, int]
Openings = dict[str, list[tuple[int, str]]]

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_COUNT = re.compile(r"\{(\d*)(?:,\d*)?\}")
_SLOT = re.compile(r"\{([a-z]+)\}")
_DIGITS = frozenset("0123456789")
_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")


def slot_openers(phrases: list[str] | set[str] | dict[str, object]) -> Openers | None:
    """The words a slot of literal phrases opens with: the first word of each phrase, in lower
    case; None when a phrase does not start with a word character."""
    firsts = set()
    for phrase in phrases:
        first = _WORD.match(phrase.lower())
        if first is None:
            return None
        firsts.add(first.group())
    return frozenset(firsts)


# The digit slots: a day opens with a digit, a year with 19 or 20 (claims.period_grammar._expand).
DIGIT_SLOTS: dict[str, Openers] = {"day": _DIGITS, "year": frozenset({"19", "20"})}


def openers(template: str, slots: Mapping[str, Openers | None]) -> Openers | None:
    """What any match of ``template`` opens with (lower case prefixes of its first word), or
    None when a match may open otherwise. ``slots``: the openers of each slot."""
    try:
        first, nullable, end = _sequence(template, 0, slots)
    except (IndexError, ValueError):
        return None
    if end != len(template) or nullable or first is None:
        return None
    return first


def _quantifier(t: str, i: int) -> tuple[int, bool]:
    """The length of the quantifier at ``i`` and whether it allows no repeat."""
    if i < len(t) and t[i] in "?*+":
        length = 1 + (i + 1 < len(t) and t[i + 1] in "?+")
        return length, t[i] != "+"
    count = _COUNT.match(t, i)
    if count is None:
        return 0, False
    return count.end() - i, count.group(1) in ("", "0")


def _sequence(
    t: str, i: int, slots: Mapping[str, Openers | None]
) -> tuple[Openers | None, bool, int]:
    """Openers of the sequence at ``i`` (up to ``|``, ``)`` or the end), whether it may match
    nothing, and where it ends. Elements after the first one that must consume are parsed only
    to find the end."""
    found: set[str] = set()
    unknown = settled = False
    while i < len(t) and t[i] not in "|)":
        first, nullable, i = _element(t, i, slots)
        if settled:
            continue
        if first is None:
            unknown = True
        else:
            found |= first
        settled = not nullable
    if unknown:
        return None, False, i
    return frozenset(found), not settled, i


def _element(
    t: str, i: int, slots: Mapping[str, Openers | None]
) -> tuple[Openers | None, bool, int]:
    """One element at ``i``: its openers (None: it may open with anything but a word), whether
    it may match nothing, and where it ends. Read by the reader of its first character in
    ``_ELEMENTS``, else as a mark or a word."""
    read = _ELEMENTS.get(t[i])
    if read is not None:
        return read(t, i, slots)
    if _WORD_CHAR.match(t[i]) is None:
        return _mark(t, i, slots)
    return _word(t, i, slots)


def _anchor(t: str, i: int, slots: Mapping[str, Openers | None]) -> _Element:
    """ "^", "$": consumes nothing."""
    return frozenset(), True, i + 1


def _slot(t: str, i: int, slots: Mapping[str, Openers | None]) -> _Element:
    """ "{month}": the slot's openers; a count ("{2}", "{1,3}") is a mark's quantifier."""
    if _COUNT.match(t, i) is not None:
        return _mark(t, i, slots)
    slot = _SLOT.match(t, i)
    if slot is None:
        raise ValueError(f"slot at {i}")
    name = slot.group(1)
    first = DIGIT_SLOTS.get(name) or slots.get(name)
    length, optional = _quantifier(t, slot.end())
    return first, optional, slot.end() + length


def _char_class(t: str, i: int, slots: Mapping[str, Openers | None]) -> _Element:
    """ "[-–]": opens with anything but a word."""
    end = t.index("]", i + 2 if t[i + 1] == "]" else i + 1) + 1
    length, optional = _quantifier(t, end)
    return None, optional, end + length


def _escape(t: str, i: int, slots: Mapping[str, Openers | None]) -> _Element:
    """ "\\s", "\\d": an escaped character or class, no word."""
    length, optional = _quantifier(t, i + 2)
    return None, optional, i + 2 + length


def _mark(t: str, i: int, slots: Mapping[str, Openers | None]) -> _Element:
    """A blank, an apostrophe, a dash: not a word."""
    length, optional = _quantifier(t, i + 1)
    return None, optional, i + 1 + length


def _word(t: str, i: int, slots: Mapping[str, Openers | None]) -> _Element:
    """A literal word; "months?": the quantifier holds the last letter only."""
    run = _WORD.match(t, i)
    assert run is not None
    end = run.end()
    length, _ = _quantifier(t, end)
    if length:
        word = run.group()[:-1]
        return (frozenset({word.lower()}) if word else None), False, end + length
    return frozenset({run.group().lower()}), False, end


def _group(
    t: str, i: int, slots: Mapping[str, Openers | None]
) -> tuple[Openers | None, bool, int]:
    """A group: the openers of its alternatives; a lookahead or lookbehind consumes nothing."""
    zero_width = t.startswith(_ZERO_WIDTH, i)
    first, nullable, j = _alternatives(t, _group_body(t, i, zero_width), slots)
    j += 1  # the closing parenthesis
    length, optional = _quantifier(t, j)
    if zero_width:
        return frozenset(), True, j + length  # reads ahead or back, consumes nothing
    return first, nullable or optional, j + length


def _group_body(t: str, i: int, zero_width: bool) -> int:
    """Where the group opening at ``i`` starts its first alternative."""
    if zero_width:
        return i + (4 if t.startswith("(?<", i) else 3)
    if t.startswith("(?:", i):
        return i + 3
    if t.startswith("(?", i):
        raise ValueError(f"group {t[i:i + 4]!r}")  # named groups, flags: not read here
    return i + 1


def _alternatives(
    t: str, j: int, slots: Mapping[str, Openers | None]
) -> tuple[Openers | None, bool, int]:
    """The alternatives from ``j`` to the group's closing parenthesis: the openers of all
    (None when one may open with anything), whether one may match nothing, where they end."""
    found: set[str] = set()
    unknown = nullable = False
    while True:
        first, empty, j = _sequence(t, j, slots)
        if first is None:
            unknown = True
        else:
            found |= first
        nullable = nullable or empty
        if t[j] != "|":
            break
        j += 1
    return (None if unknown else frozenset(found)), nullable, j


_ELEMENTS: dict[str, Callable[[str, int, Mapping[str, Openers | None]], _Element]] = {
    "(": _group,
    "^": _anchor,
    "$": _anchor,
    "{": _slot,
    "[": _char_class,
    "\\": _escape,
}


def openings(sentence: str) -> tuple[Openings, set[str]]:
    """Each word of a sentence in lower case with where it starts, by its first letter, and
    the set of those words: read once for all the patterns."""
    by_letter: Openings = {}
    for m in _WORD.finditer(sentence):
        word = m.group().lower()
        by_letter.setdefault(word[0], []).append((m.start(), word))
    return by_letter, {word for found in by_letter.values() for _, word in found}


def by_first_letter(first: Openers) -> dict[str, tuple[str, ...]]:
    """Openers grouped by their first letter, as ``starts`` reads them."""
    grouped: dict[str, list[str]] = {}
    for lead in sorted(first):
        grouped.setdefault(lead[0], []).append(lead)
    return {letter: tuple(leads) for letter, leads in grouped.items()}


def starts(by_letter: Openings, first: dict[str, tuple[str, ...]]) -> list[int]:
    """Where a word opening with one of the openers ``first`` (``by_first_letter``) starts,
    in order."""
    if len(first) < len(by_letter):
        at = [
            start
            for letter, leads in first.items()
            for start, word in by_letter.get(letter, ())
            if word.startswith(leads)
        ]
        return sorted(at) if len(first) > 1 else at
    at = [
        start
        for letter, words in by_letter.items()
        if letter in first
        for start, word in words
        if word.startswith(first[letter])
    ]
    return sorted(at)


def matches(pattern: re.Pattern[str], sentence: str, at: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(sentence)`` gives when a match can only start at ``at``
    (ascending): the first match at or after the end of the one before, tried only there."""
    after = 0
    for start in at:
        if start < after:
            continue
        m = pattern.match(sentence, start)
        if m is not None:
            yield m
            after = max(m.end(), start + 1)
