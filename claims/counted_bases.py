"""Spans of a sentence that name what a change is measured against ("1년 전보다", "전년 동월
대비", "지난해 같은 기간보다"). A comparison base says nothing of what is counted: in "석유류
가격이 1년 전보다 12.5% 올랐다" and "신선식품지수는 전년 동월 대비 6.6% 상승했다" the subject
before it is still what the figure measures, as in "석유류는 12.5% 올랐다". The expressions are
the language table's ``[grouping.change_bases]``, which grouping reads for the same phrases."""

from __future__ import annotations

import re
from functools import cache

from claims.lang import raw_table


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    try:
        table = raw_table(language).get("grouping", {}).get("change_bases", {})
    except ValueError:
        return None
    expressions = [e for name in sorted(table) for e in table[name]]
    return re.compile("|".join(f"(?:{e})" for e in expressions)) if expressions else None


def base_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each comparison base in ``text``; none for a language without them."""
    pattern = _pattern(language)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]
