"""Which kind of event an article reports, for the day its figures take: a vote ("Les Suisses
ont accepté dimanche ..."), a strike or protest ("La mobilisation ... jeudi 3 décembre") or a
one-off incident its lead tells ("a suspected gas explosion ... early on Saturday").
Each kind has its own words for what is a figure of it ("voix", "grévistes", "selon la
police") and what is not ("sondage", "lors de la précédente journée")."""

from __future__ import annotations

import re
from enum import Enum

from claims.clauses import clause_end, in_a_relative_clause
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Period
from claims.periods import PeriodMatch
from claims.phrase_kinds import DAYS
from claims.sentence_memo import found_between

LEAD = 2  # the headline and the lead (sentence indexes 0 to 2)


class EventKind(Enum):
    """The kind of event an article reports: each has its own words for its figures."""

    vote = "vote"
    action = "action"  # a strike or a protest
    incident = "incident"  # a blast, a crash, a fire: a one-off event on one day


def event_kind(text: str, index: int, headline: EventKind | None,
               table: ExtractionTable) -> EventKind | None:
    """The kind of event a sentence tells of: a vote, a strike or protest; a lead sentence
    tells of the strike its headline names ("34 écoles fermées par la grève" over "Mardi, 34
    écoles publiques de la ville sont restées fermées")."""
    if table.periods.vote_words and table.vote_word_re.search(text):
        return EventKind.vote
    if table.periods.action_words and table.action_word_re.search(text):
        return EventKind.action
    if index <= LEAD and table.periods.incident_words and table.incident_word_re.search(text):
        return EventKind.incident  # told in the lead: the story's event, not one recalled
    return headline if index <= LEAD else None


def words_of(kind: EventKind, table: ExtractionTable) -> re.Pattern[str]:
    """The words that name an event of the kind ("voted", "grève", "explosion")."""
    if kind is EventKind.incident:
        return table.incident_word_re
    return table.vote_word_re if kind is EventKind.vote else table.action_word_re


def the_day_next_to_its_word(periods: list[PeriodMatch], text: str, base: int,
                             kind: EventKind, table: ExtractionTable) -> Period | None:
    """The one day a sentence naming several gives right next to the word of the event
    ("Lawmakers voted on Saturday to impeach her over her decree of March 3", "a voté samedi
    la destitution ... après son décret du 3 mars", "The Senate on Wednesday, voted"): the
    event's, the other dating what it follows. Next to it: only whitespace or a comma
    between, or a few words of one clause when the day comes first (``_touching``); in no
    relative clause ("X, who was impeached on March 14, appeared in court on Tuesday"), nor
    next to a named round ("contre 43,9 % au premier tour, le 9 mars": that round's day,
    ``ArticleContext.note_named_events``). The phrases start at ``base`` in the article.
    None when no day or two are next to it."""
    named = table.named_event_re
    rounds = [m.span() for m in named.finditer(text)] if named is not None else []
    words = [m for m in words_of(kind, table).finditer(text)
             if not any(a <= m.start() < b for a, b in rounds)]  # a round's day is the round's
    next_to = {
        p.period.start: p.period for p in periods
        if not p.announced and p.kind in DAYS and p.period.start is not None
        and p.period.start == p.period.end
        and any(_touching(text, m, p.start - base, p.end - base) for m in words)
        and not in_a_relative_clause(text, p.start - base, table)  # "who was impeached on"
    }
    return next(iter(next_to.values())) if len(next_to) == 1 else None


def _touching(text: str, word: re.Match[str], start: int, end: int) -> bool:
    """Only whitespace and commas between the word and the phrase at ``start``-``end``, or,
    the phrase first, a few words of one clause ("a échappé samedi à une motion de
    destitution")."""
    if word.end() <= start:
        return not text[word.end() : start].strip(" ,\u00a0")
    if end > word.start():
        return False
    gap = text[end : word.start()]
    return not gap.strip(" ,\u00a0") or (len(gap.split()) <= _WORDS_BETWEEN
                                         and not _CLAUSE_MARKS.search(gap))


# How many words may stand between a day and the word of the event after it, and what ends
# the clause between them.
_WORDS_BETWEEN = 4
_CLAUSE_MARKS = re.compile(r"[,;:.!?()«»\"]")


def result_cues(kind: EventKind, table: ExtractionTable) -> re.Pattern[str]:
    """What says a figure is a result of the event: "voix"; "grévistes", "selon la police";
    "firefighters were deployed", "evacuated"."""
    if kind is EventKind.incident:
        return table.incident_cue_re
    return table.event_cue_re if kind is EventKind.vote else table.action_cue_re


def not_results(kind: EventKind, table: ExtractionTable) -> re.Pattern[str]:
    """What says a figure is not: a poll, an earlier vote; an earlier strike day, an
    intention to strike, a threshold; an earlier incident, a plan."""
    if kind is EventKind.incident:
        return table.not_incident_result_re
    return table.not_result_re if kind is EventKind.vote else table.not_action_result_re


def earlier_one(f: Figure, text: str, kind: EventKind, table: ExtractionTable) -> bool:
    """For a figure told at a time of a day ("environ 280 tracteurs étaient massés devant la
    préfecture en milieu de journée", "Neuf personnes ont été interpellées dans la journée"),
    which is the event's day, even a state held then: whether the sentence, up to the
    figure's clause end, names an earlier event ("lors de la précédente journée"), whose time
    it is instead."""
    return found_between(not_results(kind, table), text, 0, clause_end(text, f.end))


def dated(p: PeriodMatch) -> bool:
    """A phrase the grammar gave a date: not a time it names but never dates ("au plus fort
    de la mobilisation"), which, in an article about one event's day, is a time of it."""
    return p.period.start is not None or p.period.end is not None


def a_toll_of_the_day(kind: EventKind, text: str, left: int, right: int,
                      table: ExtractionTable) -> bool:
    """The clause counts a toll of the strike or protest day ("gardes à vue", "blessés")."""
    return (kind is EventKind.action and bool(table.periods.action_tolls)
            and found_between(table.action_toll_re, text, left, right))


def a_day_part_of(text: str, left: int, right: int, table: ExtractionTable) -> bool:
    """A part of the day in the figure's clause ("ont manifesté dans l'après-midi"), or one
    opening its sentence before the clause ("Dans la matinée, huit conducteurs ont été
    interpellés"): a time of the day the article reports."""
    if found_between(table.day_part_re, text, left, right):
        return True
    opening = table.day_part_re.match(text, len(text) - len(text.lstrip()))
    return opening is not None and opening.end() <= left


def a_tolls_day(kind: EventKind, day_text: str, text: str, table: ExtractionTable) -> bool:
    """The lead's day is the day a toll of the incident reached its level ("The number of
    people killed when a fuel truck overturned ... rose to 19 on Thursday"), not the
    incident's: a total's subject and its verb stand before the day."""
    at = text.find(day_text) if day_text else -1
    return kind is EventKind.incident and at > 0 and table.level_re.search(text[:at]) is not None


def not_after_an_earlier_event(periods: list[PeriodMatch], text: str, base: int,
                               table: ExtractionTable) -> list[PeriodMatch]:
    """The phrases of a sentence (starting at ``base``) less the days of an earlier event the
    vote came after ("Les électeurs ont voté au premier tour des législatives, convoquées après
    les élections européennes du 9 juin"): those date that event, not the vote."""
    after = table.after_an_earlier_event_re
    return [p for p in periods if after.search(text[: p.start - base]) is None]
