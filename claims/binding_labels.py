"""Phrases that label one figure in parentheses and date no other: a time opening the
parenthesis ("(2024 : 13,3 milliards)", "(2025: £133.0m)"), and a time compared with, set right
before a parenthesis opening on a figure ("en hausse de 3,1 % par rapport à 2024 (326 600)",
"up 4% compared with 2024 (1,234)"): the figure in it is that time's, and the change or the
level before the comparison keeps the sentence's own time."""

from __future__ import annotations

import re

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.periods import PeriodMatch
from claims.sentences import Sentence

# A level, not a signed change ("quasi stable par rapport à 2023 (+0,4 %)": this year's change).
_OPENS_ON_A_FIGURE = re.compile(r"[\s\u00a0\u202f]*\([\s\u00a0\u202f]*[$£€¥₩]?[\s\u00a0]*\d")
_BLANKS = re.compile(r"[\s\u00a0\u202f]*$")


def labels(usable: list[PeriodMatch], s: Sentence, table: ExtractionTable) -> list[PeriodMatch]:
    """The phrases that label the figure of a parenthesis: one opening it, or a time compared
    with right before it."""
    return [p for p in usable if s.text[: p.start - s.start].rstrip().endswith("(")
            or _compared_before_a_parenthesis(p, s, table)]


def _compared_before_a_parenthesis(p: PeriodMatch, s: Sentence, table: ExtractionTable) -> bool:
    """ "par rapport à 2024 (326 600)", "compared with last year (1,234)": the words of a
    comparison open the phrase or end right before it, and a parenthesis opening on a figure
    follows it."""
    start, end = p.start - s.start, p.end - s.start
    if not _OPENS_ON_A_FIGURE.match(s.text, end):
        return False
    cue = table.compared_time_re
    if cue.match(s.text, start):
        return True
    before = s.text[max(0, start - 40) : start]
    return any(_BLANKS.fullmatch(before, m.end()) for m in cue.finditer(before))


def label_of(f: Figure, found: list[PeriodMatch], s: Sentence) -> PeriodMatch | None:
    """The last label phrase inside the parenthesis open before the figure, or the label set
    right before that parenthesis."""
    opened = s.text.rfind("(", 0, f.start)
    if opened < 0 or ")" in s.text[opened : f.start]:
        return None
    inside = [p for p in found if opened < p.start - s.start < f.start]
    if inside:
        return inside[-1]
    return next((p for p in found if p.end - s.start <= opened
                 and not s.text[p.end - s.start : opened].strip()), None)
