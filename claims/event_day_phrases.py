"""Which stated day phrase of a sentence is the day of the event an article reports: the day
the sentence names the event by, its only single day, the day next to a named stage ("au
premier tour, le 16 mars"); and when a day is not the event's (still to come, looked back on,
a day the sentence does not report), or opens its sentence as a frame; the words of a "when"
clause that names the event ("when the tunnel collapsed"). ``claims.binding_context``
asks these of each sentence."""

from __future__ import annotations

import re
from datetime import date

from claims.binding import DAYS, WORDS
from claims.clauses import clause_of
from claims.event_days import EventKind, a_tolls_day, not_results
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Period
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase
from claims.sentences import Sentence


def the_named_event_day(periods: list[PeriodMatch]) -> Period | None:
    """ "won Tuesday's runoff ..., according to results released early Wednesday": the day the
    sentence names the vote by is the vote's, whatever other day it gives."""
    named = [p for p in periods if p.kind is Phrase.event_day and not p.announced
             and p.period.start is not None and p.period.start == p.period.end]
    return named[0].period if len(named) == 1 else None


def the_one_day(periods: list[PeriodMatch]) -> Period | None:
    """The period of the only stated phrase naming a single day, if exactly one does."""
    days = [
        p for p in periods
        if not p.announced and p.kind in DAYS and p.period.start is not None
        and p.period.start == p.period.end
    ]
    return days[0].period if len(days) == 1 else None


def not_the_events_day(day: Period, kind: EventKind, text: str, table: ExtractionTable,
                        published: date | None) -> bool:
    """A vote still to come, a day looked back on, or a strike's or a protest's day the
    sentence does not report ("Le syndicat appelle à une nouvelle journée de blocage le 25
    février")."""
    if _still_to_come(day, published) or table.flashback_re.search(text) is not None:
        return True
    return kind is not EventKind.vote and (not_results(kind, table).search(text) is not None
                                           or a_tolls_day(kind, day.text, text, table))


def _still_to_come(day: Period, published: date | None) -> bool:
    """A day after publication: a vote still to come."""
    return published is not None and day.start is not None and day.start > published


def opens_its_sentence(before: str, after: str) -> bool:
    """A phrase between ``before`` and ``after`` opens its sentence as its frame: a few words
    before it, no figure, a comma after it ("Au second tour, dimanche 22 mars, ...", "On
    Friday, ..."); not a time inside the clause ("Le canton compte aujourd'hui 84 filiales")."""
    return (len(before.split()) <= _OPENING_WORDS and not any(c.isdigit() for c in before)
            and after.lstrip().startswith(","))


_OPENING_WORDS = 4  # "Au second tour," / "Lors du vote de confiance,"


def day_next_to_a_stage(m: re.Match[str], periods: list[PeriodMatch], s: Sentence) -> Period | None:
    """The first stated day phrase right next to a named stage ("au premier tour, le 16
    mars"): at most six characters, no digit, between them."""
    for p in periods:
        start, end = p.start - s.start, p.end - s.start
        gap = s.text[end : m.start()] if end <= m.start() else s.text[m.end() : start]
        if (
            p.kind in DAYS
            and not p.announced
            and p.period.start is not None
            and len(gap) <= 6
            and not any(c.isdigit() for c in gap)
        ):
            return p.period
    return None


def when_words(
    f: Figure, figures: list[Figure], s: Sentence, table: ExtractionTable
) -> set[str]:
    """The words, less the small ones, of a "when" clause after the figure in its clause
    ("when the tunnel collapsed"); empty when there is none."""
    right = clause_of(f, figures, s.text)[1]
    link = table.when_link_re.search(s.text, f.end, right)
    if link is None:
        return set()
    small = table.stop_words_set | table.determiners_set
    return {w.lower() for w in WORDS.findall(s.text[link.end() : right])} - small
