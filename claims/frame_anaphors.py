"""When a figure's clause says what it counts only by pointing back at a count said before.

News gives a count, then its next reading with the noun left out: "2,84 millions de clients
étaient privés d'électricité. Ils n'étaient plus que 412 000 mercredi", "that number had fallen
to 412,000", "ce chiffre est passé à 37 000", "It had reached 18,870 a week later". The second
figure counts what the first does; read alone it counts nothing and never meets it. This module
says whether a clause points back and which earlier figure it points at (a count, or a figure of
the same unit for a tally of tonnes or euros: ``measure_tallied``), and reads a running total's
phrase ("bringing the total to"); ``claims.frame`` inherits the frame.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from claims.frame_slots import names_a_tally, pronoun_subject
from claims.models import PeriodKind
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


def measure_tallied(counted: str, start: int, text: str, pat: FramePatterns,
                    table: ExtractionTable, earlier: list[Claim], unit: str) -> Claim | None:
    """The earlier figure of the tally's ``unit`` (tonnes, kilometres, euros) a tally stands for,
    when the tally's name is all the figure's sentence says it counts: "Mercredi soir, 1,4
    tonne de poissons morts avait été ramassée. Jeudi, le total atteignait 2,1 tonnes" counts
    the dead fish, as "the provisional total passed 10,000" counts what the count before it
    does (``named_count``). Only a named tally or "the figure": a pronoun ("it rose to $2bn")
    may stand for an owner or a plan as well as for a figure."""
    if not counted or not stands_for_a_count(counted, text, start, pat, table):
        return None
    return named_measure(earlier, unit)


def named_measure(earlier: list[Claim], unit: str) -> Claim | None:
    """The last figure before in ``unit`` that names what it measures: the one a tally of
    that unit stands for ("1,4 tonne de poissons morts ... le total atteignait 2,1 tonnes").
    None when its sentence gives another figure of the unit for another thing ("2 530 tonnes
    de sable et 410 tonnes de fioul ... le total"): which one is summed up is not known."""
    named = [c for c in earlier if c.unit == unit and c.frame is not None
             and c.frame.counted is not None]
    if not named:
        return None
    last = named[-1]
    rivals = [c for c in named if (c.article, c.line, c.sentence) == (
        last.article, last.line, last.sentence) and c.counted != last.counted]
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


def running_total_of(counted: str, before: list[Claim], pat: FramePatterns) -> Claim | None:
    """The figure whose running total a figure is, when what it counts is only a running
    total's phrase ("bringing the total", "portant le total"): the sentence's first count that
    names an event."""
    if pat.running_total is None or not counted or not pat.running_total.match(counted):
        return None
    return next(
        (c for c in before if c.unit == "count" and c.frame is not None
         and c.frame.event is not None and c.frame.counted is not None),
        None,
    )


def end_on_the_day(total: Claim, day: Claim) -> None:
    """A running total given with a day's count is the total up to that day: "On Aug. 20, 388
    people crossed, bringing the total since January to 13,894" ends on 20 August, not at
    publication."""
    on, own = day.period, total.period
    if on is None or own is None or on.kind is not PeriodKind.day or on.end is None:
        return
    if own.kind is PeriodKind.to_date and own.start is not None and own.end is not None and (
        own.start <= on.end < own.end
    ):
        total.period = own.model_copy(update={"end": on.end})
