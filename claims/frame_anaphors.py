"""When a figure's clause says what it counts only by pointing back at a count said before.

News gives a count, then its next reading with the noun left out: "2,84 millions de clients
étaient privés d'électricité. Ils n'étaient plus que 412 000 mercredi", "that number had fallen
to 412,000", "ce chiffre est passé à 37 000", "It had reached 18,870 a week later". The second
figure counts what the first does; read alone it counts nothing and never meets it. This module
only says whether a clause points back; ``claims.frame`` picks the count it points at.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from claims.frame_slots import names_a_tally, pronoun_subject
from claims.phrases import elided
from claims.sentence_counted import a_verb_between, its_clause
from claims.tokens import CLAUSE_END, tokens_back

if TYPE_CHECKING:
    from claims.figure_model import Figure
    from claims.frame_patterns import FramePatterns
    from claims.lang import ExtractionTable
    from claims.models import Claim

_CLAUSE_REACH = 8
"""Tokens read back from a figure for its clause's subject: "At 7 a.m. on Wednesday that number
had fallen to" holds it within five; further back is another clause's."""


def stands_for_a_count(
    counted: str, text: str, start: int, pat: FramePatterns, table: ExtractionTable
) -> bool:
    """What a figure counts is only a running tally, a pronoun or an anaphoric noun ("the
    figure"), or, with nothing counted, its clause's subject points back: the figure counts
    what a count stated before does."""
    if names_a_tally(counted, pat, table) or counted.lower() in pat.pronouns:
        return True
    adverbs = {w.lower() for w in table.context.verb_adverbs}  # "Ils étaient encore 410"
    words = [w.lower() for w in counted.split() if w.lower() not in table.determiners_set]
    if any(w not in adverbs for w in words):
        return all(w in pat.anaphor_nouns for w in words)
    return pronoun_subject(text, start, pat) or _points_back(text, start, pat, table)


def _points_back(text: str, start: int, pat: FramePatterns, table: ExtractionTable) -> bool:
    """The clause before the figure holds, as its subject, an anaphoric noun after an article
    ("that number had fallen to", "ce chiffre est passé à"), or opens on a plural pronoun
    with a verb of state ("Ils n'étaient plus que", "they numbered"): a pronoun with another
    verb is a doer ("Ils ont interpellé 40", "they arrested 40")."""
    clause: list[str] = []
    for token in islice(tokens_back(text, start), _CLAUSE_REACH):
        if token in CLAUSE_END:
            break
        clause.append(elided(token, table)[1].lower())
    clause.reverse()  # first word first
    pointing = pat.articles | pat.pronouns | table.determiners_set  # "the", "that", "ce"
    for k, word in enumerate(clause[1:], start=1):
        if word in pat.anaphor_nouns and clause[k - 1] in pointing:
            return True
    if len(clause) == _CLAUSE_REACH or not clause or clause[0] not in pat.state_pronouns:
        return False  # the clause may open further back, on another subject
    return any(w in pat.state_verbs for w in clause[1:])


def named_count(earlier: list[Claim]) -> Claim | None:
    """The last count before that names what it counts and what happened to it: the one a
    clause that points back stands for. None when its sentence names another count with
    another event ("8 400 ont défilé, et 61 ont été interpellées. Elles étaient 22 000": the
    marchers or the arrested? "38 killed and 112 injured ... that figure rose to 45"): which
    one is pointed at is not known, and a wrong guess hides a disagreement or makes one."""
    named = [c for c in earlier if c.unit == "count" and c.frame is not None
             and c.frame.counted is not None and c.frame.event is not None]
    if not named:
        return None
    last = named[-1]
    rivals = [c for c in named if (c.article, c.line, c.sentence) == (
        last.article, last.line, last.sentence) and _event_of(c) != _event_of(last)]
    return None if rivals else last


def _event_of(claim: Claim) -> tuple[str, ...]:
    """What happened to a count, as its concepts, else its lemmas."""
    event = claim.frame.event if claim.frame is not None else None
    if event is None:
        return ()
    return event.concepts or event.lemmas or (event.text.lower(),)


def bare_follower(text: str, before_end: int, f: Figure, table: ExtractionTable) -> bool:
    """A figure right after one that points back, joined to it by a link and no verb of its
    own, before or after it ("Ils n'étaient plus que 412 000 mercredi, et 37 000 jeudi"):
    the second reading of the same count. A verb of its own ("..., and 96 were charged")
    says another thing happened."""
    between = text[before_end : f.start]
    words = [w.lower() for w in between.replace(",", " ").split()]
    if not any(w in table.clause_links_set for w in words):
        return False
    return not (a_verb_between(between, table) or a_verb_between(its_clause(text, f.end), table))
