"""``[extraction.lengths]``: the words that tell a length of time the story measures (a wait,
a delay, a prison term) from the length of its scenery (the days of a national mourning, a
campaign's length, a state's run, a deadline), with their patterns compiled once per language.
``claims.figure_lengths`` reads them."""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from claims.lang.regex import (
    _BLANK,
    _WORD_END,
    _alternation,
    _any_word,
    _ending_with,
    _verb_then_link,
)

_WORD = r"[^\W\d_][\w'’-]*"
_BLANKS_THEN = r"^[\s\u00a0\u202f]+"


class Lengths(BaseModel):
    """Words around a duration that say whether it is measured or scenery."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Between a duration and what lasts that long ("three days of mourning", "trois jours de
    # deuil"), and between a noun and its length ("la campagne de 28 jours").
    of: list[str] = Field(default_factory=list)
    # After "of", a determiner: days counted in a named whole ("41 days of the year").
    determiners: list[str] = Field(default_factory=list)
    # Before a noun whose length follows ("la campagne de 28 jours", "a period of six weeks").
    articles: list[str] = Field(default_factory=list)
    # Verbs that end a subject instead of being a noun ("le délai est de 12 jours").
    copulas: list[str] = Field(default_factory=list)
    # Nouns and adjectives that make the length itself measured ("six ans de prison", "trois
    # heures de retard", "une attente de 40 minutes", "a working week of 35 hours").
    measures: list[str] = Field(default_factory=list)
    # Prepositions of a state's run ("in power for eight years", "fermée depuis 14 mois").
    runs: list[str] = Field(default_factory=list)
    # Verbs before such a preposition that make the length measured ("waited for more than
    # three hours", "attend depuis 22 mois", "jailed for nine years").
    run_verbs: list[str] = Field(default_factory=list)
    # Words right before a duration that make it the time elapsed before an event ("dug out
    # alive after more than nine hours", "secouru au bout de 17 heures"): scenery, unless a
    # measure follows ("released after 48 hours in detention").
    elapsed: list[str] = Field(default_factory=list)
    # ... in a passive clause only (one of these before it): the time the doers took ("was
    # dug out alive after nine hours", "a été secouru au bout de 17 heures"); in an active one it
    # is the subject's own length ("the battery failed after three days"), a figure.
    elapsed_passives: list[str] = Field(default_factory=list)
    # After a length of time, words of an absence ("after two months without a new case",
    # "42 days without recording a case", "trois semaines sans pluie"): how long nothing
    # happened, the window of a rule or the scenery of a story, no measurement.
    absences: list[str] = Field(default_factory=list)
    # A length of time a rule or a plan grants for a purpose is a deadline, no measurement: one
    # of these right before the duration, a purpose word after it ("residents are given 30 days
    # to appeal", "chacun dispose de deux jours pour déposer un recours"); "rescuers took 45
    # minutes to reach the site" measures.
    allowances: list[str] = Field(default_factory=list)
    # A point of a life, no length: one of these right before a number of weeks, months or years
    # ("a second dose at 18 months", "vacciné dès 6 mois"): an age, the moment a rule or a
    # schedule names.
    life_points: list[str] = Field(default_factory=list)
    # How long a measure is extended is the rule's, no measurement: an extension verb, at most
    # four words (what it extends), then a link right before the duration ("extend fuel tax cuts
    # by two months", "la remise sera prolongée de trois mois"); "delayed by two months" is a
    # delay, and stays.
    extension_verbs: list[str] = Field(default_factory=list)
    extension_links: list[str] = Field(default_factory=list)
    # A streak's length is the story's scenery, no figure: a number, a streak word, a period
    # noun ("six straight years of deficits", "five consecutive quarters") or a period noun
    # then a streak word ("three years in a row", "huit années consécutives", "trois ans
    # d'affilée"). ``streak_units`` are the period nouns, ``streaks_before`` the words before
    # them, ``streaks_after`` those after them.
    streak_units: list[str] = Field(default_factory=list)
    streaks_before: list[str] = Field(default_factory=list)
    streaks_after: list[str] = Field(default_factory=list)
    # Advice or an instruction is no measurement: one of ``advice_cues``, a verb that is not one
    # of ``advice_not_verbs`` and its words, then the duration ("il faut aérer son logement au
    # moins dix minutes par jour", "drivers are urged to allow at least 45 minutes"); "il faut
    # compter trois heures d'attente" measures (a measure word follows, or the verb estimates).
    advice_cues: list[str] = Field(default_factory=list)
    advice_not_verbs: list[str] = Field(default_factory=list)

    @cached_property
    def absence_after_re(self) -> re.Pattern[str]:
        """Right after a length of time: a word of an absence ("without", "sans")."""
        words = _alternation(self.absences) or "(?!)"
        return re.compile(rf"{_BLANKS_THEN}(?:{words}){_WORD_END}", re.I)

    @cached_property
    def activity_after_re(self) -> re.Pattern[str]:
        """After a duration: "of" and the word that says what lasts (group ``what``), no
        determiner between them."""
        of = _alternation(self.of) or "(?!)"
        determiners = _alternation(self.determiners) or "(?!)"
        return re.compile(
            rf"{_BLANK}+(?:{of})(?:(?<=['’])|{_BLANK}+)(?!(?:{determiners}){_WORD_END})"
            rf"(?P<what>{_WORD}(?:{_BLANK}+{_WORD})?)",
            re.I,
        )

    @cached_property
    def noun_before_re(self) -> re.Pattern[str]:
        """Before a duration: an article, a noun (and an adjective) and "of" (group ``noun``),
        at the end of the text."""
        of = _alternation(self.of) or "(?!)"
        articles = _alternation(self.articles) or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?:{articles})(?:(?<=['’])|{_BLANK}+)"
            rf"(?P<noun>{_WORD}(?:{_BLANK}+{_WORD})?){_BLANK}+(?:{of})(?:(?<=['’])|{_BLANK}+)$",
            re.I,
        )

    @cached_property
    def life_point_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.life_points)

    @cached_property
    def extension_before_re(self) -> re.Pattern[str]:
        """An extension verb, at most four words, a link, at the end of the text before a
        duration."""
        return _verb_then_link(self.extension_verbs, self.extension_links)

    @cached_property
    def allowance_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.allowances)

    @cached_property
    def streak_after_re(self) -> re.Pattern[str]:
        """Right after a count: a streak word before a period noun, or a period noun then a
        streak word."""
        units = _alternation(self.streak_units) or "(?!)"
        before = _alternation(self.streaks_before) or "(?!)"
        after = _alternation(self.streaks_after) or "(?!)"
        return re.compile(
            rf"{_BLANK}+(?:(?:{before}){_BLANK}+(?:{units})|(?:{units}){_BLANK}+(?:{after}))"
            rf"{_WORD_END}",
            re.I,
        )

    @cached_property
    def streak_word_after_re(self) -> re.Pattern[str]:
        """Right after a duration (its period noun is in the figure): a streak word."""
        after = _alternation(self.streaks_after) or "(?!)"
        return re.compile(rf"{_BLANK}+(?:{after}){_WORD_END}", re.I)

    @cached_property
    def advice_before_re(self) -> re.Pattern[str]:
        """An advice cue, then a verb (group ``verb``) and words with no figure and no clause
        end, at the end of the text before a duration."""
        cues = _alternation(self.advice_cues) or "(?!)"
        return re.compile(
            rf"(?<!\w)(?:{cues})(?:(?<=['’])|{_BLANK}+)(?P<verb>{_WORD})[^.;:!?\d]*$", re.I
        )

    @cached_property
    def measure_re(self) -> re.Pattern[str]:
        """A measure word anywhere in a short phrase."""
        return _any_word(self.measures)

    @cached_property
    def copula_re(self) -> re.Pattern[str]:
        return _any_word(self.copulas)

    @cached_property
    def elapsed_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.elapsed)

    @cached_property
    def elapsed_passive_re(self) -> re.Pattern[str]:
        return _any_word(self.elapsed_passives)

    @cached_property
    def run_before_re(self) -> re.Pattern[str]:
        """A run preposition right before a duration, at the end of the text."""
        return _ending_with(self.runs)

    @cached_property
    def run_verb_re(self) -> re.Pattern[str]:
        """A verb of waiting, lasting or a sentence, as a whole word."""
        return _any_word(self.run_verbs)
