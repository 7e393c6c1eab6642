"""Whether a figure is a result of the event an article dated (a vote's tally, a strike's toll)
rather than a poll, a threshold or a level before it: the predicates of
``claims.binding_context.ArticleContext.event_for``. "won with 58% of the vote", "contre 27,1 %
pour son adversaire" and "le Jura à 64,5 %" are results; "fell to 27.4% from 33.9%", "an exit
poll gave it 47%" and "le candidat avait obtenu 12 %" are not."""

from __future__ import annotations

import re

from claims.clauses import clause_end, clause_start
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Role
from claims.sentence_memo import found_between

# What a vote's results are: the figures said, and the other side of a tally ("contre 405").
RESULTS = frozenset({Role.value, Role.comparison})


def an_earlier_level(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "fell to 27.4% from 33.9%", "up from 5.4%": the far side of a comparison is the level
    before the vote, right after a word of an earlier level."""
    return f.role is Role.comparison and table.earlier_level_re.search(text[: f.start]) is not None


def _elliptic(f: Figure, text: str, left: int, right: int) -> bool:
    """ "le Jura à 64,5 %", "Fribourg (56,0 %)": a list member of a few words with no verb of
    its own, which shares the sentence's."""
    return len(f"{text[left : f.start]} {text[f.end : right]}".split()) <= 4


def cues_the_event(f: Figure, text: str, left: int, right: int, cues: re.Pattern[str]) -> bool:
    """The figure's clause names the event, or the sentence does and the figure shares its
    verb (the other side of a tally, or a list member with no verb of its own)."""
    if found_between(cues, text, left, right):
        return True
    shares_the_verb = f.role is Role.comparison or _elliptic(f, text, left, right)
    return shares_the_verb and found_between(cues, text, 0, len(text))


def not_the_result(f: Figure, text: str, left: int, right: int, table: ExtractionTable,
                   not_result: re.Pattern[str], today: bool = False) -> bool:
    """The clause speaks of the present (unless the action is ``today``'s: "le ministère compte
    12 % de grévistes" on the strike day, or it counts what only a vote measures: "Troisième,
    le candidat écologiste totalise 3 210 voix", results told in the present), looks back (a
    pluperfect), or the sentence up to the clause's end names a poll, an earlier vote or a
    threshold."""
    start, stop = clause_start(text, f.start), clause_end(text, f.end)
    present = not today and found_between(table.present_re, text, left, right) and not (
        found_between(table.vote_measure_re, text, left, right))  # "totalise 3 210 voix"
    return (present
            or found_between(not_result, text, 0, stop)
            or found_between(table.flashback_re, text, start, stop))
