"""A length of time is a claim only when it is what the story measures (a wait, a delay, a
prison term, an average duration). The length of an activity ("three days of national
mourning", "trois jours de deuil national"), of a noun it qualifies ("la campagne de 28 jours",
as English glues "a 28-day campaign", already no claim), and a state's run ("in power for eight
years", "fermée depuis 14 mois") are the story's scenery: no figure. A range of a length ("may
be away for 8 to 12 days") is an estimate of the length itself, and stays."""

from __future__ import annotations

import re

from claims.figure_model import DURATIONS, Figure, text_before
from claims.lang import ExtractionTable
from claims.lang.lengths import Lengths

_NOUN_REACH = 60
_LIFE_UNITS = frozenset({"week", "month", "year"})  # an age's units ("at 18 months", "dès 65 ans")
_VERB_REACH = 40
_LIFE_REACH = 20  # the characters before an age where "at", "dès" stand


def is_scenery_length(f: Figure, text: str, table: ExtractionTable) -> bool:
    """A duration that is the length of an activity, of a noun, a state's run or an absence
    ("after two months without a new case"); a streak's length."""
    lengths = table.lengths
    if _a_streak(f, text, lengths) or _advised(f, text, lengths):
        return True
    if f.unit not in DURATIONS or f.per is not None or f.value is None:
        return False
    if _granted_for_a_purpose(f, text, table):
        return True
    if _extended_or_an_age(f, text, lengths):
        return True
    return _the_length_of_something(f, text, table)


_ADVICE_REACH = 90
_MEASURE_AFTER_ADVICE = 30


def _advised(f: Figure, text: str, lengths: Lengths) -> bool:
    """ "Il faut aérer son logement au moins dix minutes par jour", "drivers are urged to allow
    at least 45 minutes": how long one is told to do something, no measurement; unless the
    verb estimates ("il faut compter trois heures") or a measure follows ("d'attente")."""
    if f.unit not in DURATIONS or f.value is None:
        return False
    advice = lengths.advice_before_re.search(text_before(text, f.start, _ADVICE_REACH))
    if advice is None or advice["verb"].lower() in lengths.advice_not_verbs:
        return False
    return lengths.measure_re.search(text[f.end : f.end + _MEASURE_AFTER_ADVICE]) is None


def _the_length_of_something(f: Figure, text: str, table: ExtractionTable) -> bool:
    """The length of an activity, of a noun or of a state's run, the time elapsed, or an
    absence ("after two months without a new case")."""
    lengths = table.lengths
    return (
        _of_an_activity(f, text, lengths)
        or _of_a_noun(f, text, lengths)
        or _a_state_run(f, text, lengths)
        or _time_elapsed(f, text, table)
        or lengths.absence_after_re.match(text[f.end : f.end + 20]) is not None
    )


def _extended_or_an_age(f: Figure, text: str, lengths: Lengths) -> bool:
    """How long a rule is extended ("extend fuel tax cuts by two months"), or an age, a point
    of a life ("a second dose at 18 months")."""
    if lengths.extension_before_re.search(text_before(text, f.start, _NOUN_REACH)):
        return True
    return f.unit in _LIFE_UNITS and lengths.life_point_before_re.search(
        text_before(text, f.start, _LIFE_REACH)
    ) is not None


def _a_streak(f: Figure, text: str, lengths: Lengths) -> bool:
    """ "after six straight years of deficits", "five consecutive quarters", "trois ans
    d'affilée": how long a run has lasted, a count of periods ("eight straight wins" counts
    games, and stays)."""
    if f.unit in DURATIONS:
        return lengths.streak_word_after_re.match(text, f.end) is not None
    return f.unit == "count" and lengths.streak_after_re.match(text, f.end) is not None


def _granted_for_a_purpose(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "Residents are given 30 days to appeal", "chacun dispose de deux jours pour déposer un
    recours": a deadline a rule grants, no measurement ("took 45 minutes to reach" measures)."""
    if table.lengths.allowance_before_re.search(text_before(text, f.start, 30)) is None:
        return False
    return table.thresholds.purpose_after_re.match(text, f.end) is not None


_MEASURE_AFTER = 30
"""How far after an elapsed time a measure word makes it measured ("after 48 hours in
detention")."""


def _time_elapsed(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "was dug out alive from the debris after more than nine hours", "a été secouru au bout
    de 17 heures", "were brought down by rescuers over about four hours", "ont été évacués en
    trois heures": in a passive clause, the time elapsed before an event or the time the doers
    took, unless a measure word is in the figure or follows it ("released after 48 hours in
    detention", "were seen in an average of 52 minutes") or the clause holds a record ("the
    fastest crossing was completed in 11 hours")."""
    lengths = table.lengths
    elapsed = lengths.elapsed_before_re.search(text_before(text, f.start, 20))
    if elapsed is None:
        return False
    clause = _CLAUSE_BREAK.split(text[: max(0, f.start - 20) + elapsed.start()])[-1]
    if lengths.elapsed_passive_re.search(clause) is None:
        return False  # "the battery failed after three days": the subject's own length
    if table.record_word_re.search(clause):
        return False
    return lengths.measure_re.search(text[f.start : f.end + _MEASURE_AFTER]) is None


_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _of_an_activity(f: Figure, text: str, lengths: Lengths) -> bool:
    """ "four days of national mourning", "trois semaines de grève": unless what lasts is a
    measure ("six years of imprisonment", "trois heures de retard")."""
    after = lengths.activity_after_re.match(text, f.end)
    return after is not None and lengths.measure_re.search(after["what"]) is None


def _of_a_noun(f: Figure, text: str, lengths: Lengths) -> bool:
    """ "la campagne de 35 jours", "un deuil national de deux jours": a noun's length, unless
    the noun is a measure ("une attente de 40 minutes") or a verb ends the subject ("le délai
    d'attente est de 12 jours")."""
    before = lengths.noun_before_re.search(text_before(text, f.start, _NOUN_REACH))
    if before is None:
        return False
    noun = before["noun"]
    return lengths.measure_re.search(noun) is None and lengths.copula_re.search(noun) is None


def _a_state_run(f: Figure, text: str, lengths: Lengths) -> bool:
    """ "closed at night for nine months", "au pouvoir depuis douze ans": a run, unless a verb
    of waiting, lasting or a sentence, or a measure, comes just before ("waited for more than
    three hours", "attend depuis 22 mois", "jailed for nine years", "en détention depuis 18
    mois")."""
    before = text_before(text, f.start, _VERB_REACH)
    run = lengths.run_before_re.search(before)
    if run is None:
        return False
    return not (
        lengths.run_verb_re.search(before, 0, run.start())
        or lengths.measure_re.search(before, 0, run.start())
    )
