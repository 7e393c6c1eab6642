"""Builders of the regular expressions the language tables compile: a list of table words as a
whole-word alternation, anchored at the end of the text before a figure or the start after it,
and change-verb stems with their endings. Shared by the table's pattern mixins and by the modules
that compile a table section of their own (``claims.periods``, ``claims.counters``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.lang.trie import alternation

_NO_EDGE = r"(?:[^,;:]|(?<=\d),(?=\d))"  # a character inside a clause: "1,870" has no comma
_BLANK = r"[\s\u00a0\u202f]"  # one blank: a space, a no-break space or a narrow one


def _alternation(words: list[str] | set[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any blank (as a
    prefix tree: ``claims.lang.trie``). ``ignore_case`` only for a pattern compiled with
    ``re.I``: the tree is then built on the words folded to lower case."""
    return alternation(words, ignore_case=ignore_case)


def with_both_apostrophes(words: Iterable[str]) -> frozenset[str]:
    """Each word lower-cased, as written and with its straight apostrophes curled ("s'élève",
    "s’élève"): French copy uses either, the tables write the straight one, and a sentence's
    token is looked up in such a set as written (the alternations above match either)."""
    return frozenset(v for w in words for v in (w.lower(), w.lower().replace("'", "\u2019")))


def literal_alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, escaped, longest first ("" for none): a longer
    phrase is tried before a shorter one it starts with ("and by" before "and"). Unlike
    ``_alternation``, a space matches only a space."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD_END = r"(?![\w'’-])"
"""Where a table word must end: not inside a longer word, an elision or a compound
("porte-parole" is not the verb "porté")."""


def _whole_words(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, anywhere in the text."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)


def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` anywhere in the text, not inside a longer word, an elision or a
    compound."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{pattern}){_WORD_END}", re.I)


def _ending_with(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` as whole words, then blanks, at the end of the text before a figure."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{pattern})[\s\u00a0\u202f]+$", re.I)


_PHRASE_WORD = r"[^\s\u00a0\u202f,;:.!?()]+"  # one word of a phrase, no punctuation


def verb_then_link_source(verbs: Iterable[str], links: Iterable[str]) -> str:
    """The pattern's source of a verb, at most four words (what it acts on), then a link
    ("extend fuel tax cuts by", "reconduit la grève jusqu'à"), for callers that say what follows."""
    verb = _alternation(list(verbs)) or "(?!)"
    link = _alternation(list(links)) or "(?!)"
    return rf"(?<![\w'’])(?:{verb}){_WORD_END}(?:{_BLANK}+{_PHRASE_WORD}){{0,4}}{_BLANK}+(?:{link})"


def _verb_then_link(verbs: Iterable[str], links: Iterable[str]) -> re.Pattern[str]:
    """A verb, at most four words (what it acts on), then a link, at the end of the text before
    a figure ("capping applications at", "extend fuel tax cuts by", "prolongée d'"): an elided
    link ends on its apostrophe."""
    return re.compile(rf"{verb_then_link_source(verbs, links)}(?:(?<=['’])|{_BLANK}+)$", re.I)


def _starting_with(words: Iterable[str]) -> re.Pattern[str]:
    """Blanks, then one of ``words`` as a whole word, at the start of the text after a figure."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"^[\s\u00a0\u202f]+(?:{pattern}){_WORD_END}", re.I)


def _stems(verbs: dict[str, list[str]]) -> str:
    """Verb stems with their endings as one alternation, each form ending a word."""
    forms = {stem + ending for stem, endings in verbs.items() for ending in endings}
    return _alternation(forms) or "(?!)"
