"""Whether a time phrase after a figure stands in a clause of its own, and so dates something else.

"le bilan s'est alourdi à 34 morts, a annoncé mardi le ministère, qui faisait état lundi de 31
décès": the phrase after the figure belongs to a place, a later figure's clause, a linked clause,
an earlier event or a relative clause, not to the figure before it. Split from claims/binding.py,
which asks this of every phrase it might bind after a figure.
"""

from __future__ import annotations

from claims.clauses import (
    CLAUSE_EDGE,
    clause_end,
    clause_start,
    in_a_linked_clause,
    in_a_place_clause,
    in_an_event_clause,
)
from claims.figure_model import Figure
from claims.lang import ExtractionTable


def in_a_clause_of_its_own(f: Figure, start: int, later: list[Figure], text: str,
                            table: ExtractionTable) -> bool:
    """Whether a phrase after the figure stands in a clause of its own: on a place just named,
    a later figure's, one a comma and a clause link open, or an earlier event's noun phrase
    ("les 577 députés, ... après les élections européennes du 9 juin")."""
    return (
        in_a_place_clause(f.end, start, text, table)
        or _in_a_later_figures_clause(f, start, later, text)
        or in_a_linked_clause(f.end, start, text, table)
        or in_an_event_clause(f.end, start, text, table)
        or _an_event_after_a_perfect(f, start, text, table)
        or _past_a_relative(f, start, text, table)
        or table.after_an_earlier_event_re.search(text, 0, start) is not None
    )


def _past_a_relative(f: Figure, start: int, text: str, table: ExtractionTable) -> bool:
    """ "Le camp présidentiel à 20 %, ..., scellant l'échec du chef de l'État qui a dissous
    l'Assemblée le 9 juin": a phrase past a relative pronoun after the figure dates what the
    relative clause tells of the noun before it, not the figure."""
    return table.relative_pronoun_re.search(text, f.end, start) is not None


def _an_event_after_a_perfect(f: Figure, start: int, text: str, table: ExtractionTable) -> bool:
    """ "Up to 38 bodies have been recovered from a building that collapsed on Monday": after a
    count in the present perfect, a phrase past a link to the event it follows dates that
    event; the count runs up to when it is told."""
    link = table.perfect_event_link_re.search(text, f.end, start)
    if link is None or CLAUSE_EDGE.search(text, f.end, link.start()):
        return False
    left = clause_start(text, f.start)
    return table.running_perfect_re.search(text, left, link.start()) is not None


def _in_a_later_figures_clause(f: Figure, start: int, later: list[Figure], text: str) -> bool:
    """ "s'est alourdi à 34 morts, a annoncé mardi le ministère, qui faisait état lundi de 31
    décès", "rose to 52, officials said, after reporting on Sunday 40 deaths": a phrase in a
    clause of its own after the figure's, a clause that holds a figure of its own, dates that
    figure, not the one before."""
    clause = clause_start(text, start)
    if clause <= f.end:
        return False
    stop = clause_end(text, start)
    return any(clause <= g.start < stop for g in later)
