"""A share's part and whole, read in the words after the figure: "58 % des victimes sont
mineures" (part "mineures" of the whole "victimes"), "282, or 71.2 percent, were women" (what the
figure counts comes after the share).

Moved out of ``claims.frame_slots``, which reads the other slots, to keep each module to one job.
"""

from __future__ import annotations

import re

from claims.frame_patterns import FramePatterns
from claims.lang import ExtractionTable
from claims.phrases import elided, raw_phrase
from claims.tokens import is_word, iter_tokens, tokens_in

_ASIDE = re.compile(r"[\s\u00a0]*,[^,]{1,40},")


def after_stated_share(text: str, end: int, pat: FramePatterns, table: ExtractionTable) -> str:
    """ "282, or 71.2 percent, were women": what the figure counts comes after the share."""
    match = _ASIDE.match(text, end)
    if match is None or not any(ch.isdigit() for ch in match.group()):
        tokens = iter_tokens(text, end, end + 120)
    else:
        tokens = iter_tokens(text, match.end(), match.end() + 120)
    first = next(tokens, None)  # the rest is read only after a share verb
    if first is not None and first.lower() in pat.share_heads:
        return raw_phrase(list(tokens), table)
    return ""


def _past_determiners(tokens: list[str], table: ExtractionTable) -> int:
    """The index past the determiners opening ``tokens`` ("des", "of the"); an elided one
    ("d'électeurs") leaves its noun in its token's place."""
    determiners = table.determiners_set
    k = 0
    while k < len(tokens):
        word = tokens[k]
        head, tail = elided(word, table)
        if head and head.lower() in determiners:
            tokens[k] = tail
            break
        if word.lower() in determiners:
            k += 1
            continue
        break
    return k


def _whole_words(
    tokens: list[str], k: int, pat: FramePatterns, table: ExtractionTable
) -> list[str]:
    """The words from ``k`` naming a share's whole: up to its head ("sont"), a stop word or
    a token that is no word."""
    words: list[str] = []
    while k < len(tokens) and is_word(tokens[k]) and tokens[k].lower() not in pat.share_heads:
        if tokens[k].lower() in table.stop_words_set:
            break
        words.append(tokens[k])
        k += 1
    return words


def share_parts(text: str, end: int, pat: FramePatterns, table: ExtractionTable) -> tuple[str, str]:
    """ "58 % des victimes sont mineures" / "58% of victims were minors": (part, whole) =
    ("mineures", "victimes"); empty when the sentence does not name both."""
    tokens = tokens_in(text, end, end + 200)
    determiners = table.determiners_set
    k = _past_determiners(tokens, table)
    if k == 0:
        return "", ""
    whole_words = _whole_words(tokens, k, pat, table)
    k += len(whole_words)
    if k >= len(tokens) or tokens[k].lower() not in pat.share_heads or not whole_words:
        return "", ""
    part = raw_phrase(tokens[k + 1 :], table)
    whole = " ".join(w for w in whole_words if w.lower() not in determiners)
    return part, whole
