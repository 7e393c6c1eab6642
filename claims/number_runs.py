"""Runs of number words valued as one number: "vingt-trois mille", "two hundred and five",
valued with text2num (shrinking the run when it refuses), "trois millions" read with its scale.
The first word pass of the number scan (``claims.numbers``); single words that take the number
before them are ``claims.number_words``'."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from text_to_num import text2num

from claims.number_items import Item
from claims.number_lexer import Lexer
from claims.number_table import NumberTable, WordRole, load_number_table


def _norm_gap(gap: str) -> str:
    """A joiner as text2num expects it: '-', ' ' or ' <connector> '."""
    g = gap.strip()
    if not g:
        return " "
    if g == "-":
        return "-"
    return f" {g.lower()} "


@lru_cache(maxsize=4096)
def parse_run(lang: str, tokens: tuple[str, ...], gaps: tuple[str, ...]) -> float | None:
    """Value of a run of number words; ``gaps[k]`` joins ``tokens[k]`` to ``tokens[k+1]``.

    text2num reads the common forms; scale words it does not know (French "billion", "douzaine")
    are split on here: left part times the scale plus the right part.
    """
    text = tokens[0] + "".join(g + w for g, w in zip(gaps, tokens[1:], strict=True))
    try:
        return float(text2num(text, lang))
    except ValueError:
        pass
    return _split_on_scale(lang, tokens, gaps)


def _split_on_scale(lang: str, tokens: tuple[str, ...], gaps: tuple[str, ...]) -> float | None:
    """The run split on its largest scale word: the words before it (one when none) times the
    scale, plus the words after it (less than the scale); None when there is no scale word
    or a side has no value."""
    scales = load_number_table(lang).scales
    best = max(
        (k for k, w in enumerate(tokens) if w in scales),
        key=lambda k: scales[tokens[k]],
        default=None,
    )
    if best is None:
        return None
    scale = scales[tokens[best]]
    left = parse_run(lang, tokens[:best], gaps[: best - 1]) if best > 0 else 1.0
    last = best == len(tokens) - 1
    right = 0.0 if last else parse_run(lang, tokens[best + 1 :], gaps[best + 1 :])
    if left is None or right is None or right >= scale:
        return None
    return left * scale + right




def _run_value(text: str, seg: list[Item], t: NumberTable) -> float | None:
    """The value of a piece of number words, as written with its gaps; None when it has none."""
    tokens = tuple(x.word for x in seg)
    gaps = tuple(_norm_gap(text[a.end : b.start]) for a, b in itertools.pairwise(seg))
    return parse_run(t.lang, tokens, gaps)


def _piece(text: str, seg: list[Item], value: float, lx: Lexer) -> Item | None:
    """A piece of number words with a value, as an item: a vague word alone ("millions",
    resolved in pass 2) as it is; else a number from its article ("a hundred"); None for the
    scale of a figure not read ("R150 billion")."""
    t = lx.table
    first, last = seg[0], seg[-1]
    if len(seg) == 1 and WordRole.vague in first.roles:
        return first
    if rough := _rough_plural(text, seg, value, lx):
        return rough
    start = _start_with_article(text, seg, lx)
    if start is None:
        return None
    return Item(
        "num",
        start,
        last.end,
        value,
        0,
        "words",
        article=len(seg) == 1
        and first.word in t.articles
        and lx.article_unit_after.match(text, last.end) is None,
        scale=t.scales.get(last.word, 1.0),
    )


def _rough_plural(text: str, seg: list[Item], value: float, lx: Lexer) -> Item | None:
    """ "several hundred", "a few thousand": a vague word before a bare scale word states a
    rough plural of the scale, as "hundreds" does (from two to nine of it), never the scale
    itself ("several hundred people" are not 100 people)."""
    if seg[0].word not in lx.table.scales:
        return None
    quantifier = lx.vague_quantifier.search(text, max(0, seg[0].start - 12), seg[0].start)
    if quantifier is None:
        return None
    return Item("vague", quantifier.start(), seg[-1].end, None, 0, "vague",
                lower=2 * value, upper=10 * value - 1)


def _start_with_article(text: str, seg: list[Item], lx: Lexer) -> int | None:
    """Where a piece opening with a scale word starts: at the article before it ("a hundred",
    "a dozen"); None when it follows digits alone ("R150 billion")."""
    t = lx.table
    first = seg[0]
    start = first.start
    if first.word not in t.scales or first.word in t.article_numerators:
        return start
    art = lx.scale_article.search(text, max(0, start - 12), start)
    if art:
        return art.start()
    if len(seg) == 1 and _AFTER_DIGITS.search(text, max(0, start - 3), start):
        return None
    return start


def full_match(rx: re.Pattern[str], text: str, a: int, b: int) -> bool:
    return rx.fullmatch(text, a, b) is not None




def join_chains(text: str, items: list[Item], lx: Lexer) -> list[Item]:
    """Pass 1: value runs of number words, shrinking a run from the right when it fails."""
    out: list[Item] = []
    i, n = 0, len(items)
    while i < n:
        if not _chain_word(items[i]):
            out.append(items[i])
            i += 1
            continue
        j = _chain_end(text, items, i, lx)
        for run in _runs(text, items, i, j, lx):
            _segment(text, run, lx, out)
        i = j
    return out


def _chain_word(it: Item) -> bool:
    return it.kind == "word" and WordRole.chain in it.roles


def _chain_end(text: str, items: list[Item], i: int, lx: Lexer) -> int:
    """Where the run of chain words from ``items[i]`` ends, each joined to the one before."""
    j = i + 1
    while (
        j < len(items)
        and _chain_word(items[j])
        and full_match(lx.chain_gap, text, items[j - 1].end, items[j].start)
    ):
        j += 1
    return j


def _runs(text: str, items: list[Item], i: int, j: int, lx: Lexer) -> list[list[Item]]:
    """The run ``items[i:j]``, cut after its last connector when a fraction follows it: in
    "cent et trois quarts" the numerator is what follows the last connector."""
    nxt = items[j] if j < len(items) else None
    if (
        nxt is not None
        and nxt.kind == "word"
        and nxt.roles & {WordRole.fraction, WordRole.fraction_ordinal}
        and full_match(lx.tight_gap, text, items[j - 1].end, nxt.start)
    ):
        cut = [
            k
            for k in range(i + 1, j)
            if full_match(lx.conn_gap, text, items[k - 1].end, items[k].start)
        ]
        if cut:
            return [items[i : cut[-1]], items[cut[-1] : j]]
    return [items[i:j]]


MAX_RUN_WORDS = 16
_AFTER_DIGITS = re.compile(r"\d[^\S\n]\Z")


def _segment(text: str, run: list[Item], lx: Lexer, out: list[Item]) -> None:
    """Cut a run of number words into the longest pieces text2num (or a scale split) values."""
    k = 0
    while k < len(run):
        # No number is written in more than MAX_RUN_WORDS words, so longer pieces are not
        # tried: "un un un ..." cost the cube of its length, and now costs its length.
        for stop in range(min(len(run), k + MAX_RUN_WORDS), k, -1):
            seg = run[k:stop]
            value = _run_value(text, seg, lx.table)
            if value is None:
                continue
            piece = _piece(text, seg, value, lx)
            if piece is not None:
                out.append(piece)
            k = stop
            break
        else:
            if WordRole.chain in run[k].roles and len(run[k].roles) > 1:
                out.append(run[k])
            k += 1
