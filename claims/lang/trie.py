"""Word lists as regex alternations that the regex engine reads fast.

A table's word list ("rose", "rising", "risen", ... 150 change verbs) used to become one flat
alternation, longest word first. Python's ``re`` tries every branch of a flat alternation at
every position of the text (with ``re.I`` it cannot even skip a branch on its first letter), so
a search over a sentence cost tens of microseconds per list. The same words as a prefix tree
("r(?:is(?:ing|en|e)|ose)") try one branch per letter instead.

The tree matches exactly what the flat list matches, and picks the same match: in the flat
list the longest of the words that fit at a position is tried first; in the tree, the words
that fit at a position lie on one path, and a longer word is tried before a word that ends
where it goes on. That holds when no two branches of a node can match the same character
(say "Ab" and "ab" under ``re.I``, or a blank and a no-break space); for such a list the flat
alternation is kept, unless the pattern ignores case (``ignore_case``): then each letter of the
words is first written as the one letter ``re.I`` reads it as ("K" as "k", the micro sign and
the Greek mu as one), which matches the same texts and lets "Canadian dollars" and "cedis"
share the branch of "c".
"""

from __future__ import annotations

import re
from functools import cache

try:  # the letters re.I matches beside a letter's lower case ("µ" and "μ"): re's own table
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python: fold to lower case only
    _EXTRA_CASES = {}

BLANK = r"[\s\u00a0\u202f]+"
QUOTE = "['’]"
_ATOM = re.compile(rf"{re.escape(BLANK)}|{re.escape(QUOTE)}|\\.|.", re.S)


@cache
def _folded_char(char: str) -> str:
    """The one letter that stands for ``char`` under ``re.I``: both match the same texts (re
    compares a letter's lower case, then the extra cases of its table)."""
    lower = char.lower()
    if len(lower) != 1:
        return char
    return chr(min((ord(lower), *_EXTRA_CASES.get(ord(lower), ()))))


def _folded(word: str) -> str:
    return "".join(_folded_char(c) for c in word)


def alternation(words: list[str] | set[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any blank and
    either apostrophe matching both, as a prefix tree. Empty when there are no words.
    ``ignore_case``: only for a pattern compiled with ``re.I``, where "KSh" and "Ksh" are one
    word (letters are folded, so the list becomes a tree more often)."""
    return _alternation(tuple(words), ignore_case)


@cache
def _alternation(words: tuple[str, ...], ignore_case: bool) -> str:
    """``alternation``, built once per list: the period grammar asks for its slots' lists
    again in each of its templates."""
    listed = list(dict.fromkeys(_folded(w) for w in words)) if ignore_case else list(words)
    flat = _longest_first(listed)
    tree = _prefix_tree([_ATOM.findall(e) for e in flat])
    if tree is None:
        return "|".join(flat)
    branches = [atom + _emit(child) for atom, child in tree.items() if atom]
    if "" in tree:
        branches.append("")  # an empty word matches last, as in the flat list
    return "|".join(branches)


def flat_alternation(words: list[str] | set[str]) -> str:
    """The same words as a flat alternation: what ``alternation`` must match alike (tests)."""
    return "|".join(_longest_first(words))


def _longest_first(words: list[str] | set[str]) -> list[str]:
    escaped = [re.escape(w).replace(r"\ ", BLANK) for w in words]
    escaped = [re.sub("['’]", QUOTE, e) for e in escaped]
    return sorted(escaped, key=len, reverse=True)


def _prefix_tree(paths: list[list[str]]) -> dict[str, dict] | None:
    """The words' atoms as a tree (a word ending at a node is marked by the key ""), children
    in the order of the first (longest) word through them; None when two branches of a node
    could match one character."""
    root: dict[str, dict] = {}
    for atoms in paths:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return root if _distinct(root) else None


def _distinct(node: dict[str, dict], after_blank: bool = False) -> bool:
    """No two branches of a node match one character, and nothing after a blank matches a
    blank (the blank's repeat would swallow it where the flat list backtracks)."""
    seen: set[str] = {"<blank>"} if after_blank else set()
    for atom, child in node.items():
        if not atom:
            continue
        chars = _chars(atom)
        if chars & seen:
            return False
        seen |= chars
        if not _distinct(child, atom == BLANK):
            return False
    return True


def _chars(atom: str) -> set[str]:
    """Characters an atom may match (under any case), or a marker of a class."""
    if atom == BLANK:
        return {"<blank>", " ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u202f"}
    if atom == QUOTE:
        return {"'", "’"}
    char = atom[-1]
    if char.isspace():
        return {char, "<blank>"}
    return {char, char.lower(), char.upper(), char.casefold()}


def _emit(node: dict[str, dict]) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    if "" in node:  # a word ends here: the longer words through the node are tried first
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
