"""The bounds of a table's brackets are labels, not figures: "보증금은 1억원 이하가 42.7%, 1억원
초과~2억원 이하가 36.5%였다", "4억원 이하(19.0%)와 9억원 초과(28.7%)", "6억원 이하 거래 비중은
20.6%", "1억 원 이하가 3,832건으로 가장 많았다". The share or the count that follows is the
figure; the bound only names the bracket it belongs to. A bound that is itself the figure stays:
"5만명 이상이 참가했다", "10명 이상이 1시간 넘게 갇혔다" (a count bound before another count of
another kind is the claim), "피해액은 1억원 이상으로 추정된다". Korean words are in
``claims/lang/ko/counters.toml`` (``class_bounds``, ``bracket_nouns``), and the particles in
its context table."""

from __future__ import annotations

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterTable

_NOUN_WORDS = 3
"""How many words may stand between a bound and the noun of the bracket it labels
("9억원 초과 아파트 매매거래 비중은")."""


def bracket_labels(figures: list[CountedFigure], text: str, table: CounterTable) -> set[int]:
    """The indices of the figures that are the bounds of a bracket, not figures of their own."""
    labels: set[int] = set()
    for i, f in enumerate(figures):
        end = _bound_end(f, text, table)
        if end is None:
            continue
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if (_opens_a_bracket_range(text, end, table) or _names_a_bracket_noun(text, end, table)
                or (nxt is not None and _labels_the_next(f, nxt, text, end, table))):
            labels.add(i)
    return labels


def _bound_end(f: CountedFigure, text: str, table: CounterTable) -> int | None:
    """Where the bound word of a figure ends ("1억원 이하", "200만~300만원 미만"), or None."""
    bounds = tuple(table.words.class_bounds)
    if not bounds:
        return None
    if text[f.start : f.end].endswith(bounds):
        return f.end
    rest = text[f.end :]
    stripped = rest.lstrip(" ")
    word = next((b for b in bounds if stripped.startswith(b)), None)
    if word is None or len(rest) - len(stripped) > 1:
        return None
    return f.end + (len(rest) - len(stripped)) + len(word)


def _opens_a_bracket_range(text: str, end: int, table: CounterTable) -> bool:
    """ "1억원 초과~2억원 이하": a bound joined to the next bound by a range mark."""
    return text[end : end + 1] in table.range_marks if text[end : end + 1] else False


def _names_a_bracket_noun(text: str, end: int, table: CounterTable) -> bool:
    """ "6억원 이하 거래 비중은", "9억원 초과의 거래 건수는": a few words, then a noun of what a
    bracket holds, no figure between."""
    nouns = tuple(table.words.bracket_nouns)
    if not nouns:
        return False
    rest = text[end:]
    if table.words.class_of and rest.startswith(table.words.class_of):
        rest = rest[len(table.words.class_of) :]
    for word in rest.split(maxsplit=_NOUN_WORDS)[:_NOUN_WORDS]:
        if any(ch.isdigit() for ch in word):
            return False
        if word.startswith(nouns):
            return True
    return False


def _labels_the_next(
    f: CountedFigure, nxt: CountedFigure, text: str, end: int, table: CounterTable
) -> bool:
    """ "1억원 이하가 42.7%", "4억원 이하(19.0%)", "1억 원 이하가 3,832건으로": a particle or an
    opening parenthesis, then the bracket's share, or a count of another kind than a bound on
    an amount, an age or a size (a bound on a count stays: "10명 이상이 1시간 넘게")."""
    between = text[end : nxt.start]
    particles = tuple(table.context.subject_particles)
    if between.startswith("(") or (particles and between.startswith(particles)):
        link = between[1:].strip()
    else:
        return False
    if link:
        return False
    if nxt.unit == "percent":
        return True
    return f.unit != "count" and nxt.unit != f.unit
