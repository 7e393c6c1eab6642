"""Which phrase a figure takes past a clause edge: a phrase opening a linked clause frames it as
a sentence opener would ("..., et en 2002 un avion ... faisant 129 morts"); a clause of what an
event did takes its event's time ("crashed in 1993 as it tried to land, killing 68 people"); a
figure after a comparison word is a compared figure ("against a 0.8% rise", "(contre +2,4 %)").
``claims.binding`` asks these when it looks for the framing phrases before a figure."""

from __future__ import annotations

import re

from claims.binding_shared import same_clause
from claims.clauses import CLAUSE_EDGE
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import PeriodKind
from claims.periods import PeriodMatch

_LAST_WORD = re.compile(r"[^\W\d_]+$")
# What may stand between a comparison word and its figure: blanks, the figure's plus sign (the
# lexer leaves it out) and a bracket ("(contre +2,4 %)").
SIGN_AND_BLANKS = " +(\u00a0\u202f"


def of_a_past_item(p: PeriodMatch) -> bool:
    """A time that dates an item of a history: a month or a year ("in 1993", "en juillet 1993"),
    or a day with its year ("On Oct. 31, 1999"). Not the story's own day ("on Sunday"): the
    story's tolls and levels read that one (claims.tolls)."""
    return p.period.kind is PeriodKind.interval or p.period.resolution == "explicit"


def opens_a_linked_clause(start: int, text: str, table: ExtractionTable) -> bool:
    """ "En 1993, un vol s'était écrasé, tuant 66 personnes, et en 2002 un avion cargo s'était
    abîmé, faisant 129 morts": a phrase right after a comma and a clause link ("et", "and")
    opens that clause as a phrase opens a sentence; it frames the clause's figures."""
    head = text[:start].rstrip()
    link = _LAST_WORD.search(head)
    return (link is not None and link.group().lower() in table.clause_links_set
            and head[: link.start()].rstrip().endswith((",", ";")))


def what_its_event_did(end: int, f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "An airliner crashed in 1993 as it tried to land, killing 68 people", "un appareil
    s'était écrasé en 1996 près de la capitale, faisant 23 morts": a figure in a clause of what
    an event did (a comma, then "killing", "faisant") is of the time the event's own clause
    names, though no comma sets that phrase off."""
    edges = list(CLAUSE_EDGE.finditer(text, end, f.start))
    return (
        bool(edges) and same_clause(text[end : edges[0].start()], table)
        and all(e.group() == "," and table.consequence_re.match(text, e.end()) for e in edges)
    )


_ASIDE_WORDS = 5  # the words of a place after the time in an aside ("in 2019 near Sfax")


def frames_a_history_item(start: int, end: int, f: Figure, text: str,
                          table: ExtractionTable) -> bool:
    """Whether a past item's time frames a figure past a clause edge: it opens a linked clause,
    the figure is in a clause of what its event did, or it sits in an aside of the subject."""
    return (opens_a_linked_clause(start, text, table) or what_its_event_did(end, f, text, table)
            or in_the_subjects_aside(start, end, f, text, table))


def in_the_subjects_aside(start: int, end: int, f: Figure, text: str,
                          table: ExtractionTable) -> bool:
    """ "Tunisia's last serious spill, in 2019 near Sfax, killed about 140 birds", "Le dernier
    séisme, en 2011 près de Van, a fait 185 morts": a time opening an aside set off by commas
    right after the subject, with at most a place after it, dates the event the subject names,
    and so the figure of the clause the aside sits in, as "in 2019," alone would."""
    head = text[:start].rstrip()
    if not head.endswith(",") or not head[:-1].rstrip()[-1:].isalpha():
        return False  # not after a list's figure ("in 2018, 2,240 and in 2019 ...")
    edge = CLAUSE_EDGE.search(text, end, f.start)
    if edge is None or edge.group() != ",":
        return False
    inside = text[end : edge.start()]
    return (len(inside.split()) <= _ASIDE_WORDS and not any(c.isdigit() for c in inside)
            and same_clause(inside, table) and same_clause(text[edge.end() : f.start], table))


def placed_then_set_off(start: int, end: int, f: Figure, text: str,
                        table: ExtractionTable) -> bool:
    """ "Réunis en assemblée générale mardi après-midi au dépôt de Lagoubran, 212 agents ont
    voté", "On Sunday in Lyon, 3,400 people marched": a time in the sentence's opening clause,
    then the place it happened in and a comma, frames the figure that opens the clause after
    the comma as the time alone set off by the comma would (not one further in a participle's
    clause: "mort lundi à l'hôpital, portant le bilan ... à 14 morts")."""
    if CLAUSE_EDGE.search(text, 0, start):
        return False
    edge = CLAUSE_EDGE.search(text, end, f.start)
    if edge is None or edge.group() != ",":
        return False
    inside = text[end : edge.start()].split()
    intros = {w.lower() for w in table.context.place_intro}
    return (
        0 < len(inside) <= _ASIDE_WORDS and not any(c.isdigit() for c in "".join(inside))
        and (inside[0].lower() in intros or " ".join(inside[:2]).lower() in intros)
        and len(text[edge.end() : f.start].split()) <= 1  # not ", portant le bilan à 14 morts"
    )


def compared_from(f: Figure, text: str, table: ExtractionTable) -> bool:
    """Whether a comparison word stands right before the figure, past its sign and a
    determiner ("against a 0.8% rise", "(contre +2,4 %)"): the figure is what another is
    compared with, and the time it owns is a compared figure's."""
    head = text[: f.start].rstrip(SIGN_AND_BLANKS)
    last = _LAST_WORD.search(head)
    if last is not None and last.group().lower() in table.determiners_set:
        head = head[: last.start()].rstrip()
    return table.comparison_re.search(head) is not None
