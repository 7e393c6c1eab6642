"""The tokens of a sentence: words, figures and marks, read once per sentence and taken by
slice, forwards or backwards, by every reader of the words around a figure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

# An initialism written with dots ("U.S.", "U.K.", "D.C.") is one word: read letter by letter,
# its dots end the clause and the subject before a figure is read as "U" ("U.S. consumer prices
# rose 0.4%").
_TOKEN = re.compile(
    r"[A-Z](?:\.[A-Z])+\.|[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?|\d[\d\s\u00a0\u202f.,]*|[^\w\s]",
    re.UNICODE,
)
CLAUSE_END = frozenset(',;:()[]«»"“”.!?…–—')


@lru_cache(maxsize=8192)
def token_matches(text: str) -> tuple[re.Match[str], ...]:
    """Tokens of a text, kept: the same clause is read for every figure it holds (speed)."""
    return tuple(_TOKEN.finditer(text))


@lru_cache(maxsize=256)
def _token_table(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """A whole sentence's tokens with where each starts and ends, read once: every figure of
    the sentence then takes the tokens around it from here (speed)."""
    found = _TOKEN.finditer(text)
    spans = [(m.group(), m.start(), m.end()) for m in found]
    return (
        tuple(t for t, _, _ in spans),
        tuple(a for _, a, _ in spans),
        tuple(b for _, _, b in spans),
    )


def tokens_in(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens of ``text[start:end]``, exactly as tokenising that slice would give them,
    taken from the whole text's tokens (``iter_tokens``, listed)."""
    return list(iter_tokens(text, start, end))


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[str]:
    """The tokens of ``text[start:end]``, exactly as tokenising that slice would give them,
    taken from the whole text's tokens. A token that the slice cuts is read again from the
    slice (a word cut at ``end``); one cut at ``start`` with more than blanks after the cut
    sends the whole slice to the tokeniser. Read lazily: most readers of the tokens after or
    before a figure stop at the first few (a clause mark, a figure, a stop word), so the rest
    of the clause is never listed nor, when the slice cuts a token, tokenised again. The same
    tokens in the same order (``_TOKEN`` has no anchor nor lookaround, so reading ``text`` between
    ``start`` and ``end`` is reading the slice)."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return iter(())
    words, starts, ends = _token_table(text)
    i = bisect_left(starts, start)
    if i > 0 and ends[i - 1] > start and not text[start : ends[i - 1]].isspace():
        return (m.group() for m in _TOKEN.finditer(text, start, end))
    j = bisect_right(ends, end, lo=i)  # j >= i, so starts[j] >= start
    if j < len(starts) and starts[j] < end:  # the last token runs past the slice
        return chain(words[i:j], (m.group() for m in token_matches(text[starts[j] : end])))
    return iter(words[i:j])


def tokens_back(text: str, end: int) -> Iterator[str]:
    """The tokens of ``text[:end]``, last first: ``reversed(tokens_in(text, 0, end))``, read
    lazily (a reader going back from a figure stops within its clause)."""
    end = min(end, len(text))
    if end <= 0:
        return iter(())
    words, starts, ends = _token_table(text)
    j = bisect_right(ends, end)
    if j < len(starts) and starts[j] < end:  # the last token runs past the slice
        cut = [m.group() for m in token_matches(text[starts[j] : end])]
        return chain(reversed(cut), reversed(words[:j]))
    return reversed(words[:j])


def is_word(token: str) -> bool:
    """A word opens with a letter (a figure, a sign or a mark does not)."""
    return token[:1].isalpha()
