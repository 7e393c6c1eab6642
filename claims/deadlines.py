"""A weekday that ends a decision's term, not a count's time.

"Réunis mardi, 212 agents ont voté la reconduction du mouvement jusqu'à vendredi": the strike
is renewed up to the coming Friday; the 212 voted on Tuesday. Read as the latest Friday, the
deadline gave the vote a day before it was held. So do weather warnings ("la vigilance,
valable jusqu'à mardi"), searches ("se poursuivraient au moins jusqu'à mardi") and closures
("will remain closed until Monday"). A count told up to a past weekday ("Jusqu'à mercredi, 120
personnes avaient été admises", "le suspense a duré jusqu'à lundi") has no such verb before its
link, and keeps its day. The words are the table's ``deadline_cues`` and ``deadline_links``.
A sentence naming such a term tells of two days, so its words are noted as no one event's day
(``dated_words``): "depuis le début du mouvement" is not the day the renewal was voted.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from claims.lang import ExtractionTable, load_table
from claims.lang.regex import (
    _BLANK,
    _PHRASE_WORD,
    _alternation,
    _verb_then_link,
    verb_then_link_source,
)
from claims.models import Period
from claims.period_grammar import compiled_grammar
from claims.phrase_kinds import DAYS
from claims.sentences import Sentence

if TYPE_CHECKING:
    from claims.periods import PeriodMatch

_WORDS = re.compile(r"[^\W\d_]+")


@cache
def _deadline_re(lang: str) -> re.Pattern[str] | None:
    periods = load_table(lang).extraction.periods
    if not periods.deadline_cues or not periods.deadline_links:
        return None
    return _verb_then_link(periods.deadline_cues, periods.deadline_links)


def ends_a_term(sentence: str, start: int, lang: str) -> bool:
    """Whether the weekday phrase at ``start`` follows a verb of extending or keeping in force
    and its link ("reconduit la grève jusqu'à", "extended the warning until"), or a word of a
    thing planned for it ("declared a day of mourning for", "Une journée de deuil a été
    décrétée"): a day ahead, no period of any figure nor the story's day."""
    pattern = _deadline_re(lang)
    if pattern is not None and pattern.search(sentence, max(0, start - 120), start) is not None:
        return True
    ahead = _ahead_re(lang)
    return ahead is not None and ahead.search(sentence, max(0, start - 120), start) is not None


@cache
def _ahead_re(lang: str) -> re.Pattern[str] | None:
    """A cue of a day ahead, then at most four words of its clause, at the end of the text."""
    cues = load_table(lang).extraction.periods.ahead_cues
    if not cues:
        return None
    return re.compile(rf"(?<![\w'’])(?:{_alternation(cues)})(?![\w'’])"
                      rf"(?:{_BLANK}+{_PHRASE_WORD}){{0,4}}{_BLANK}+$", re.I)


@cache
def _term_re(lang: str) -> re.Pattern[str] | None:
    periods = load_table(lang).extraction.periods
    weekdays = sorted(compiled_grammar(lang).slots["weekday"])
    if not periods.deadline_cues or not periods.deadline_links or not weekdays:
        return None
    term = verb_then_link_source(periods.deadline_cues, periods.deadline_links)
    weekday = _alternation(weekdays)
    return re.compile(rf"{term}{_BLANK}+(?:{_PHRASE_WORD}{_BLANK}+)?(?:{weekday})(?!\w)", re.I)


def _names_a_term(text: str, table: ExtractionTable) -> bool:
    """Whether a sentence names a term ahead ("ont voté la reconduction du mouvement jusqu'à
    vendredi"): besides its one day, it speaks of a later one, so its words tell no event of
    that day alone ("depuis le début du mouvement" is not the renewal's day)."""
    pattern = _term_re(table.code)
    return pattern is not None and pattern.search(text) is not None


def dated_words(s: Sentence, kept: list[PeriodMatch],
                table: ExtractionTable | None) -> tuple[frozenset[str], Period] | None:
    """A sentence whose one kept phrase is one day ("A tunnel collapsed at the mine on
    Monday"): its words with that day, for a "when" clause naming the event later; not one
    that also names a term ahead."""
    days = [p for p in kept if p.kind in DAYS and p.period.start is not None]
    if len(days) != 1 or len(kept) != 1 or days[0].period.start != days[0].period.end:
        return None
    if table is not None and _names_a_term(s.text, table):
        return None
    words = frozenset(w.lower() for w in _WORDS.findall(s.text))
    return words, days[0].period.model_copy(update={"resolution": "carried"})
