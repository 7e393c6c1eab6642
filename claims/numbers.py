"""Number lexer for French and English news text.

Finds every figure in a text and says what kind it is, so the claim extractor can keep the
quantities and count (then skip) dates, times, phone numbers, ordinals and years. All the
words of a language live in the ``[numbers]`` table of ``claims/lang/<lang>/numbers.toml``; this
module only holds the rules, compiled once per language into regular expressions.

The scan runs in four passes over the regex matches:

1. runs of number words are valued with text2num (shrinking the run when it refuses);
2. fraction, ordinal, "times" and vague words take the number just before them as numerator;
3. proportions ("un sur cinq"), mixed numbers ("trois millions et demi") and compound vague
   ranges ("des dizaines de milliers") are joined;
4. lone articles ("un", "one") and unsupported leftovers are dropped.

The passes live beside this module: the table (``number_table``), its compiled patterns
(``number_lexer``), the first pass over regex matches (``number_items``), the runs of number
words (``number_runs``) and the words and phrases that join numbers (``number_words``); this
module runs them and says what each figure is.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.number_items import Item, lower_text, scan_items
from claims.number_lexer import Lexer, lexer_for
from claims.number_runs import join_chains
from claims.number_words import join_phrases, value_word_runs

QUANTITY_KINDS = frozenset({"digits", "words", "fraction", "proportion", "multiplier", "vague"})
"""Kinds that are quantities; the others are reported only so callers can count and skip them."""


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One figure found in a text; ``[start, end)`` slices the text given to ``find_numbers``."""

    start: int
    end: int
    value: float | None
    decimals: int
    kind: str
    lower: float | None = None
    upper: float | None = None
    scale: float = 1.0  # the scale word or suffix that multiplied it ("15 billion": 1e9)


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Every figure in ``text``, sorted by start and non-overlapping, with its kind."""
    lx = lexer_for(lang)
    low = lower_text(text)
    items = scan_items(text, low, lx)
    if any(it.kind == "word" for it in items):
        items = join_chains(low, items, lx)
        items = value_word_runs(low, items, lx)
    items = join_phrases(low, items, lx)
    return [_match(it, low, lx) for it in items if not (it.kind == "word" or it.article or it.bare)]


def _match(it: Item, low: str, lx: Lexer) -> NumberMatch:
    """An item as a figure found, signed by a negative word before it ("minus 17.7C")."""
    kind = it.out if it.kind == "num" else it.kind
    start, value = it.start, it.value
    if kind in ("digits", "words") and value and value > 0:
        neg = _negative_before(low, start, it.end, lx)
        if neg is not None:
            start, value = neg, -value
    return NumberMatch(start, it.end, value, it.decimals, kind, it.lower, it.upper, it.scale)


def _negative_before(low: str, start: int, end: int, lx: Lexer) -> int | None:
    """Where a negative word right before a figure starts ("minus 17.7C"), None when there is
    none, it is blocked, or the figure is a percentage in a language whose negative words
    do not sign percentages."""
    if start < 2 or low[start - 2] not in lx.negative_ends:
        return None
    neg = lx.negative_before.search(low, max(0, start - 24), start)
    if neg is None or neg.group("blocked") is not None:
        return None
    if not lx.table.negative_percent and lx.percent_after.match(low, end) is not None:
        return None
    return neg.start("neg")


def parse_number(s: str, lang: str) -> float | None:
    """The value of ``s`` when the whole string (trimmed) is one number, else None."""
    stripped = s.strip()
    if not stripped:
        return None
    lead = len(s) - len(s.lstrip())
    found = find_numbers(s, lang)
    if len(found) != 1:
        return None
    m = found[0]
    if m.start != lead or m.end != lead + len(stripped):
        return None
    if m.kind not in QUANTITY_KINDS and m.kind != "year":
        return None
    return m.value
