"""A place's name as it reads in every language written in Latin letters.

Wire copy of one story in English and French names its country or region in each language's
spelling, and most names of the -ia family differ only by their last vowel: "Tanzania" /
"Tanzanie", "Mauritania" / "Mauritanie", "Florida" / "Floride", "Colombia" / "Colombie". The
concept table lists the countries whose names differ more ("Germany" / "Allemagne"); for the
others the two place slots contradicted each other, and the two tolls of one flood ("killed 61
people across Colombia" / "61 morts en Colombie") never met. A place word is read without
the last letter its language table lists (``[grouping] place_endings``), when it is long enough
for that letter to be an ending: "Niger" and "Nigeria" stay two names, as do "Rome" and "Roma"
(too short to lose a letter).
"""

from __future__ import annotations

from functools import cache

from claims.lang import raw_table

MIN_LETTERS = 5  # a shorter name loses no letter: its last may be all that tells it apart


@cache
def _endings(code: str) -> tuple[str, ...]:
    try:
        return tuple(raw_table(code).get("grouping", {}).get("place_endings", ()))
    except ValueError:
        return ()


def place_word(word: str, code: str) -> str:
    """``word`` (folded, from a place slot) without the ending its language's names vary by."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return word
    for ending in _endings(code):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word
