"""Which language an article is written in, from the ``[detect]`` table of each language file.

Adding a language means adding ``claims/lang/<code>/detect.toml`` (a ``[detect]`` table); nothing
here names a word of any language. Detection tokenizes once and scores with set lookups, so it
costs well under a millisecond per article and never needs a model download.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from claims.lang import available_languages, raw_table

# Used only when no candidate scores at all (no text, or only numbers and names): the seed
# corpus and the first users are French.
DEFAULT_LANGUAGE = "fr"

# How much a characteristic letter or word ending counts next to one common word. Letters are
# weak evidence (a French name in English text); endings are weaker than whole words.
CHARACTER_WEIGHT = 0.25
SUFFIX_WEIGHT = 0.3

# A long article says no more about its language after its first pages.
MAX_CHARS = 20_000

# Letters only: "l'année" gives "l" and "année", "2024" gives nothing.
_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class DetectTable:
    """One language's evidence, read from its ``[detect]`` table."""

    words: frozenset[str]
    characters: frozenset[str]
    suffixes: tuple[str, ...]  # longest first, so a token counts for one ending only
    script: re.Pattern[str] | None = None  # letters of a script only it uses
    script_share: float = 1.0  # the share of letters in that script that decides


def normalize_language(code: str) -> str:
    """Return the table code for a user-given language (``"FR"``, ``"fr-FR"``, ``"en_GB"``).

    Raises ``ValueError("unknown language 'xx' (available: en, fr)")`` so that a CLI can show
    the message as it is.
    """
    cleaned = str(code).strip().lower().replace("_", "-")
    base = cleaned.split("-", 1)[0]
    available = available_languages()
    if base not in available:
        raise ValueError(f"unknown language {code!r} (available: {', '.join(available)})")
    return base


@cache
def detect_table(code: str) -> DetectTable:
    """Read and cache the ``[detect]`` table of one language file."""
    table = raw_table(code).get("detect", {})
    return DetectTable(
        words=frozenset(w.casefold() for w in table.get("common_words", [])),
        characters=frozenset(table.get("characters", "").casefold()),
        suffixes=tuple(
            sorted((s.casefold() for s in table.get("suffixes", [])), key=len, reverse=True)
        ),
        script=re.compile(
            "[" + "".join(f"{re.escape(lo)}-{re.escape(hi)}" for lo, hi in table["scripts"]) + "]"
        )
        if table.get("scripts")
        else None,
        script_share=float(table.get("script_share", 1.0)),
    )


def _script_language(sample: str, codes: Sequence[str]) -> str | None:
    """A language with a script of its own (Hangul) decides when enough letters are in it."""
    scripted = [
        (code, table)
        for code in codes
        if (table := detect_table(code)).script is not None and table.script.search(sample)
    ]
    if not scripted:
        return None  # the usual case, found by one search that fails
    letters = sum(len(token) for token in _TOKEN.findall(sample))
    for code, table in scripted:
        assert table.script is not None
        if letters and len(table.script.findall(sample)) / letters >= table.script_share:
            return code
    return None


def language_scores(text: str, candidates: Sequence[str] | None = None) -> dict[str, float]:
    """Score ``text`` against each candidate language; higher means more likely.

    Exposed so that tests and ``--verbose`` output can show why a language was chosen.
    """
    codes = list(candidates) if candidates is not None else list(available_languages())
    sample = text[:MAX_CHARS].casefold()
    tokens = Counter(_TOKEN.findall(sample))
    letters = Counter(ch for ch in sample if not ch.isascii())
    return {code: _score(detect_table(code), tokens, letters) for code in codes}


def _score(table: DetectTable, tokens: Counter[str], letters: Counter[str]) -> float:
    """One language's score: its words, its letters (weighted), and the other words ending with
    one of its suffixes (weighted)."""
    score = float(sum(n for tok, n in tokens.items() if tok in table.words))
    score += CHARACTER_WEIGHT * sum(letters[ch] for ch in table.characters)
    for tok, n in tokens.items():
        if tok not in table.words and _has_suffix(tok, table.suffixes):
            score += SUFFIX_WEIGHT * n
    return score


def _has_suffix(token: str, suffixes: Iterable[str]) -> bool:
    """``token`` ends with one of ``suffixes`` after more than one letter of stem."""
    return any(len(token) > len(s) + 1 and token.endswith(s) for s in suffixes)


def detect_language(text: str, candidates: Sequence[str] | None = None) -> str:
    """Return the candidate language (all available ones by default) that best fits ``text``.

    Falls back to ``DEFAULT_LANGUAGE`` (or the first candidate, when it is not one) only when no
    language scores; on a tie the default language wins, then candidate order.
    """
    codes = list(candidates) if candidates is not None else list(available_languages())
    if not codes:
        raise ValueError("no candidate languages")
    fallback = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in codes else codes[0]
    decided = _script_language(text[:MAX_CHARS], codes)
    if decided is not None:
        return decided
    scores = language_scores(text, codes)
    best = max(scores.values())
    if best <= 0:
        return fallback
    if scores.get(fallback) == best:
        return fallback
    return next(code for code in codes if scores[code] == best)
