"""A list of items with their figures in parentheses shares the time its first item states:
"cosmétiques (2,1 milliards en octobre), boissons (1,4 milliard)".

Moved out of ``claims.binding``, which decides each figure's period, to keep it under 500 lines.
"""

from __future__ import annotations

import re

from claims.clauses import CLAUSE_EDGE, blank_run, clause_start
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
    opened = _opening_parenthesis(f, text)
    if opened is None:
        return None
    groups = _earlier_items(text, opened, table)
    for start, closed in reversed(groups):  # the list's first dated item
        for j, g in enumerate(figures[:i]):
            p = own[j]
            if start < g.start < closed and _dates_the_item(g, p, start, closed, local, text,
                                                            table):
                return p
    return None


def _opening_parenthesis(f: Figure, text: str) -> int | None:
    """Where the parenthesis holding the figure opens, when the figure stands at most two
    words into it ("(1,4 milliard)"); else None."""
    opened = text.rfind("(", 0, f.start)
    if opened < 0 or ")" in text[opened : f.start] or len(text[opened + 1 : f.start].split()) > 2:
        return None
    return opened


def _earlier_items(text: str, opened: int, table: ExtractionTable) -> list[tuple[int, int]]:
    """The parentheses before the one opened at ``opened``, latest first, while they are items
    of one list: each joined to the next by a short gap opening with a comma or a link."""
    groups = []
    at = opened
    while True:
        closed = text.rfind(")", 0, at)
        start = text.rfind("(", 0, closed) if closed >= 0 else -1
        if start < 0 or not _item_gap(text[closed + 1 : at], table):
            break
        groups.append((start, closed))
        at = start
    return groups


def _item_gap(gap: str, table: ExtractionTable) -> bool:
    """ ", boissons " or " et produits ": the words between two items of a list, short, with
    no clause edge, opening with a comma or a clause link."""
    words = gap.split()
    if not _LIST_GAP.fullmatch(gap) or len(words) > 5:
        return False
    links = table.clause_links_set
    return gap.lstrip().startswith(",") or (bool(words) and words[0].lower() in links)


def _dates_the_item(
    g: Figure, p: PeriodMatch | None, start: int, closed: int,
    local: list[tuple[int, int, PeriodMatch]], text: str, table: ExtractionTable,
) -> bool:
    """A value's own phrase inside its item's parenthesis dates the list, unless it is a
    baseline or a comparison's time ("(contre 0,3 % en juin)")."""
    if p is None or p.kind in BASELINES or g.role is not Role.value:
        return False
    # where the phrase starts in the sentence (its last place in ``local``)
    begin = next(at for at, _, q in reversed(local) if q is p)
    return begin < closed and not table.baseline_before_re.search(text[start + 1 : g.start])


def joined(f: Figure, g: Figure, text: str, table: ExtractionTable) -> bool:
    """ "131 collégiens et 9 enseignants ont été intoxiqués depuis mardi", "3,400 blankets and
    900 tents since Thursday": two plain figures with only the first's noun and a shared link
    between them, no comma, are one subject or one object; the phrase after the second is the
    first's too. Not a state in the present ("emploie 400 salariés et 12 apprentis")."""
    gap = text[f.end : g.start].split()
    if not 0 < len(gap) <= 2:
        return False  # before building the set of links: asked of every pair of figures
    shared = table.shared_links_set
    return (
        gap[-1].lower() in shared
        and not CLAUSE_EDGE.search(text, f.end, g.start)
        and all(h.role is Role.value and h.partner is None for h in (f, g))
        and not table.present_re.search(text, clause_start(text, f.start), g.start)
    )


def _a_compared_figure(text: str, opened: int, table: ExtractionTable) -> bool:
    """A parenthesis that opens on a figure, or on a baseline word and a figure ("(58 000 l'an
    dernier)", "(contre 95 000 en 2009)"): the figure compared with, not a continuation of the
    clause ("(à 12 500 unités en mars)", "(dont 300 en 2023)")."""
    digit = next((k for k in range(opened + 1, len(text)) if text[k].isdigit()), None)
    if digit is None or ")" in text[opened:digit]:
        return False
    lead = text[opened + 1 : digit]
    return not lead.strip(" \u00a0\u202f+-") or table.baseline_before_re.search(lead) is not None


def in_an_aside_after(f_end: int, start: int, text: str, table: ExtractionTable) -> bool:
    """ "82 000 visiteurs (75 000 l'an dernier)": a phrase inside a parenthesis that opens
    after the figure on the figure compared with belongs to that aside, not to the figure."""
    opened = text.rfind("(", f_end, start)
    return opened >= 0 and ")" not in text[opened:start] and _a_compared_figure(text, opened, table)


def in_a_closed_aside(end: int, f_start: int, text: str, table: ExtractionTable) -> bool:
    """ "82 000 visiteurs (75 000 l'an dernier) et vendu 30 000 billets": a phrase inside such
    a parenthesis, closed before the figure, dated the figure compared with only."""
    if text.find(")", end, f_start) < 0:
        return False
    opened = text.rfind("(", 0, end)
    return opened >= 0 and ")" not in text[opened:end] and _a_compared_figure(text, opened, table)


def in_a_flashback_aside(start: int, end: int, f_start: int, text: str,
                         table: ExtractionTable) -> bool:
    """ "Le camp présidentiel, qui avait dissous l'Assemblée le 9 juin, recule à 19,8 %": a
    phrase inside a relative aside in the flashback tense, closed by a comma before the figure,
    dates the earlier event the aside recalls, not the figure of the main clause."""
    closed = text.find(",", end, f_start)
    if closed < 0:
        return False
    opened = text.rfind(",", 0, start)
    if opened < 0 or not table.relative_pronoun_re.match(text, opened + 1 + blank_run(text,
                                                                                   opened + 1)):
        return False
    return table.flashback_re.search(text, opened, start) is not None


def in_a_participle_aside(start: int, end: int, f_start: int, text: str,
                          table: ExtractionTable) -> bool:
    """ "En Normandie, placée en épidémie depuis la semaine 45, 960 passages ... ont été
    enregistrés en semaine 48": a phrase closing an aside that a past participle opens, set
    off by commas right before the figure, dates the noun the aside describes, not the
    figure."""
    if text[end:f_start].strip() != ",":
        return False
    opened = text.rfind(",", 0, start)
    return opened >= 0 and table.participle_opening_re.match(text, opened + 1) is not None
