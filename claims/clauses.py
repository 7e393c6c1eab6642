"""Where a figure's clause starts and ends in its sentence: at a semicolon, a colon or a comma
that is no digit group ("26,000" holds none), and between the figures before and after it. The
period steps ask it which phrase shares a figure's clause."""

from __future__ import annotations

import re

from claims.figure_model import Figure, position_of
from claims.sentence_memo import last_mark

CLAUSE_EDGE = re.compile(r"[;:]|,(?!\d)")  # a clause's edge; "26,000" is no comma


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: right after the last clause edge before it."""
    cuts = [m.end() for m in CLAUSE_EDGE.finditer(text, 0, at)]
    return cuts[-1] if cuts else 0


def clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends: at the first clause edge from it on."""
    after = CLAUSE_EDGE.search(text, at)
    return after.start() if after else len(text)


def clause_of(f: Figure, figures: list[Figure], text: str) -> tuple[int, int]:
    """The figure's own stretch of the sentence: from the figure (or punctuation) before it
    to the figure (or punctuation) after it."""
    at = position_of(f, figures)
    left = figures[at - 1].end if at else 0
    right = figures[at + 1].start if at + 1 < len(figures) else len(text)
    cut = last_mark(text, ",;:", f.start)
    if cut >= left:
        left = cut + 1
    after = re.search(r"[,;:]", text[f.end : right])
    if after:
        right = f.end + after.start()
    return left, right
