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
from claims.number_table import WordRole, load_number_table


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
    scales = load_number_table(lang).scales
    best = max(
        (k for k, w in enumerate(tokens) if w in scales),
        key=lambda k: scales[tokens[k]],
        default=None,
    )
    if best is None:
        return None
    scale = scales[tokens[best]]
    left = 1.0
    if best > 0:
        got = parse_run(lang, tokens[:best], gaps[: best - 1])
        if got is None:
            return None
        left = got
    right = 0.0
    if best < len(tokens) - 1:
        got = parse_run(lang, tokens[best + 1 :], gaps[best + 1 :])
        if got is None or got >= scale:
            return None
        right = got
    return left * scale + right




def full_match(rx: re.Pattern[str], text: str, a: int, b: int) -> bool:
    return rx.fullmatch(text, a, b) is not None




def join_chains(text: str, items: list[Item], lx: Lexer) -> list[Item]:
    """Pass 1: value runs of number words, shrinking a run from the right when it fails."""
    out: list[Item] = []
    i, n = 0, len(items)
    while i < n:
        it = items[i]
        if it.kind != "word" or WordRole.chain not in it.roles:
            out.append(it)
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and items[j].kind == "word"
            and WordRole.chain in items[j].roles
            and full_match(lx.chain_gap, text, items[j - 1].end, items[j].start)
        ):
            j += 1
        runs = [items[i:j]]
        nxt = items[j] if j < n else None
        if (
            nxt is not None
            and nxt.kind == "word"
            and nxt.roles & {WordRole.fraction, WordRole.fraction_ordinal}
            and full_match(lx.tight_gap, text, items[j - 1].end, nxt.start)
        ):
            # "cent et trois quarts": the numerator is what follows the last connector
            cut = [
                k
                for k in range(i + 1, j)
                if full_match(lx.conn_gap, text, items[k - 1].end, items[k].start)
            ]
            if cut:
                runs = [items[i : cut[-1]], items[cut[-1] : j]]
        for run in runs:
            _segment(text, run, lx, out)
        i = j
    return out




MAX_RUN_WORDS = 16
_AFTER_DIGITS = re.compile(r"\d[^\S\n]\Z")


def _segment(text: str, run: list[Item], lx: Lexer, out: list[Item]) -> None:
    """Cut a run of number words into the longest pieces text2num (or a scale split) values."""
    t = lx.table
    k = 0
    while k < len(run):
        # No number is written in more than MAX_RUN_WORDS words, so longer pieces are not
        # tried: "un un un ..." cost the cube of its length, and now costs its length.
        for stop in range(min(len(run), k + MAX_RUN_WORDS), k, -1):
            seg = run[k:stop]
            tokens = tuple(x.word for x in seg)
            gaps = tuple(_norm_gap(text[a.end : b.start]) for a, b in itertools.pairwise(seg))
            value = parse_run(t.lang, tokens, gaps)
            if value is None:
                continue
            first, last = seg[0], seg[-1]
            if len(seg) == 1 and WordRole.vague in first.roles:
                out.append(first)  # "millions" alone is vague, resolved in pass 2
                k = stop
                break
            start = first.start
            if first.word in t.scales and first.word not in t.article_numerators:
                art = lx.scale_article.search(text, max(0, start - 12), start)
                if art:
                    start = art.start()  # "a hundred", "a dozen"
                elif len(seg) == 1 and _AFTER_DIGITS.search(text, max(0, start - 3), start):
                    k = stop  # "R150 billion": the scale of a figure not read, no figure
                    break
            item = Item(
                "num",
                start,
                last.end,
                value,
                0,
                "words",
                article=len(seg) == 1 and first.word in t.articles,
                scale=t.scales.get(last.word, 1.0),
            )
            out.append(item)
            k = stop
            break
        else:
            if WordRole.chain in run[k].roles and len(run[k].roles) > 1:
                out.append(run[k])
            k += 1
