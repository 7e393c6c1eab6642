"""The ``[conversion]`` words of a language table as the structural checks match them: on
casefolded text, longest first, whole words or endings glued to the word before them ("500명으로
나뉜다", "커졌지만"). The breakdown, stated-change and shares checks read their words here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.lang import raw_table


def conversion_table(language: str) -> dict:
    """The language table's ``[conversion]`` section; empty for a language with no table."""
    try:
        return raw_table(language).get("conversion", {})
    except ValueError:
        return {}


def longest_first(words: Sequence[str]) -> str:
    """The words as one alternation, casefolded and escaped, longest first ("" for none)."""
    return "|".join(re.escape(w.casefold()) for w in sorted(words, key=len, reverse=True))


def alternatives(words: Sequence[str], *, bounded: bool) -> str:
    """One alternation of the words, longest first; ``bounded``: a whole word, else an ending
    that may touch the word before it ("명으로 나뉜다")."""
    if not words:
        return ""
    found = longest_first(words)
    return rf"(?<!\w)(?:{found})(?!\w)" if bounded else rf"(?:{found})(?!\w)"


def one_pattern(parts: Sequence[str]) -> re.Pattern[str] | None:
    """The alternations that are not empty as one pattern; None when the table has none."""
    found = [p for p in parts if p]
    return re.compile("|".join(found)) if found else None
