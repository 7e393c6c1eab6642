"""A list of items with their figures in parentheses shares the time its first item states:
"cosmétiques (2,1 milliards en octobre), boissons (1,4 milliard)".

Moved out of ``claims.binding``, which decides each figure's period, to keep it under 500 lines.
"""

from __future__ import annotations

import re

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Role
from claims.periods import PeriodMatch
from claims.phrase_kinds import BASELINES

_LIST_GAP = re.compile(r"[^;:.()]{0,60}")


def listed_in_parentheses(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    own: list[PeriodMatch | None],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """ "cosmétiques (2,1 milliards en octobre), boissons (1,4 milliard) et produits
    pharmaceutiques (0,8 milliard)": a list of items, each with its figure in parentheses, says
    the time once, in its first item; the later items' figures share it. Not a comparison's
    time ("(contre 0,3 % en juin)"), and not past a sentence's clause edge (";", ":")."""
    f = figures[i]
    opened = text.rfind("(", 0, f.start)
    if opened < 0 or ")" in text[opened : f.start] or len(text[opened + 1 : f.start].split()) > 2:
        return None
    groups = []  # the parentheses before f's, latest first, while they are items of one list
    at = opened
    while True:
        closed = text.rfind(")", 0, at)
        if closed < 0:
            break
        start = text.rfind("(", 0, closed)
        gap = text[closed + 1 : at]
        if start < 0 or not _LIST_GAP.fullmatch(gap) or len(gap.split()) > 5:
            break
        if not (gap.lstrip().startswith(",") or (gap.split() and gap.split()[0].lower() in {
            w.lower() for w in table.context.clause_links
        })):
            break
        groups.append((start, closed))
        at = start
    where = {id(p): begin for begin, _, p in local}  # a phrase's start in the sentence
    for start, closed in reversed(groups):  # the list's first dated item
        for j, g in enumerate(figures[:i]):
            p = own[j]
            if not start < g.start < closed or p is None or p.kind in BASELINES:
                continue
            if where[id(p)] < closed and g.role is Role.value and (
                not table.baseline_before_re.search(text[start + 1 : g.start])
            ):
                return p
    return None
