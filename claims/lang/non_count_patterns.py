"""Patterns of the numbers that are not counts of anything: ages ("le motard de 27 ans",
"65 or older"), times of day ("vers 17 heures"), street numbers and district numbers ("dans le
93").

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``: each compiles the
patterns of one concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import (
    _WORD_END,
    _alternation,
    _ending_with,
    _starting_with,
    _whole_words,
    literal_alternation,
)
from claims.lang.tail import TailPattern

if TYPE_CHECKING:
    from claims.lang.non_count_sections import Ages, Clock, PlaceNumbers


_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
"""A capital letter, accented ones included ("Élodie")."""


class NonCountPatterns:
    """Compiled patterns of ages, times of day and place numbers
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        ages: Ages
        place_numbers: PlaceNumbers
        clock: Clock

    @cached_property
    def age_before_re(self) -> TailPattern:
        persons = [f"{p} {link}" for p in self.ages.persons for link in self.ages.person_links]
        words = [*self.ages.before, *persons]
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{_alternation(words)})[\s\u00a0]*$", re.I), words
        )

    @cached_property
    def age_bracket_before_re(self) -> re.Pattern[str]:
        """A group of people, then an opening bracket (perhaps with a plus sign), at the end of
        the text before a figure: "des jeunes (15-24 ans)", "les seniors (+50 ans)"."""
        persons = _alternation(self.ages.persons) or "(?!)"
        return re.compile(
            rf"(?<!\w)(?:{persons})[\s\u00a0\u202f]*\([\s\u00a0\u202f]*\+?[\s\u00a0\u202f]*$", re.I
        )

    @cached_property
    def age_bound_after_re(self) -> re.Pattern[str]:
        """ "or older", "or over" at the end of a figure's surface or right after it."""
        return _whole_words(self.ages.bound_after)

    @cached_property
    def age_bound_word_re(self) -> re.Pattern[str]:
        """A surface that starts with an age bound word: "under 18"."""
        words = _alternation(self.ages.bound_words) or "(?!)"
        return re.compile(rf"^(?:{words})[\s\u00a0\u202f]", re.I)

    @cached_property
    def age_copula_re(self) -> re.Pattern[str]:
        return _ending_with(self.ages.copulas)

    @cached_property
    def count_subject_re(self) -> re.Pattern[str]:
        return _whole_words(self.ages.count_subjects)

    @cached_property
    def age_verb_re(self) -> re.Pattern[str]:
        return _ending_with(self.ages.verbs)

    @cached_property
    def street_after_re(self) -> re.Pattern[str]:
        """A street word after a number, maybe after "bis"/"ter" ("12 bis rue")."""
        words = _alternation(self.place_numbers.streets) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(rf"{blank}(?:(?:bis|ter){blank})?(?:{words}){_WORD_END}")

    @cached_property
    def place_number_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.place_numbers.before)

    @cached_property
    def clock_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.clock.before)

    @cached_property
    def clock_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.clock.after)

    @cached_property
    def clock_not_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.clock.not_after)

    @cached_property
    def clock_not_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.clock.not_before)

    @cached_property
    def clock_range_opener_re(self) -> re.Pattern[str]:
        return _ending_with(self.clock.range_openers)

    @cached_property
    def clock_range_end_re(self) -> re.Pattern[str]:
        """After a first hour figure's hour word: a range link, then the second end's hour
        (group ``hour``) and its hour word ("à 23 heures")."""
        links = _alternation(self.clock.range_links) or "(?!)"
        hours = _alternation(self.clock.range_hours) or "(?!)"
        named = _alternation(self.clock.range_named_times) or "(?!)"
        return re.compile(
            rf"[\s\u00a0\u202f]+(?:{links})[\s\u00a0\u202f]+(?:(?P<hour>\d{{1,2}})"
            rf"[\s\u00a0\u202f]*(?:{hours})|(?:{named})){_WORD_END}",
            re.I,
        )

    @cached_property
    def age_rule_re(self) -> re.Pattern[str]:
        """An age noun (maybe with a statistic word on either side, group ``stat``), then
        words with no clause break, maybe a link word (group ``link``), at the end
        of the text before a figure."""
        a = self.ages
        nouns = _alternation(a.rule_nouns) or "(?!)"
        links = _alternation(a.rule_links) or "(?!)"
        stats = _alternation(a.statistic_words) or "(?!)"
        return re.compile(
            rf"(?:(?<![\w'’])(?P<pre>{stats})[\s\u00a0]+)?(?<!\w)(?:{nouns})(?![\w'’-])"
            rf"(?:[\s\u00a0]+(?P<stat>{stats})(?![\w'’-]))?"
            rf"[^.,;:!?()]{{0,50}}?(?:(?<![\w'’])(?P<link>{links}))?[\s\u00a0]*$",
            re.I,
        )

    @cached_property
    def age_rule_after_re(self) -> re.Pattern[str]:
        """Blanks, then an age noun, at the start of the text after a number of years."""
        return _starting_with(self.ages.rule_nouns_after)

    @cached_property
    def age_rule_link_re(self) -> re.Pattern[str]:
        """A link word opening a figure's range ("de 62 à 64 ans", "from 18 to 21")."""
        links = _alternation(self.ages.rule_links) or "(?!)"
        return re.compile(rf"(?:{links})[\s\u00a0]", re.I)

    @cached_property
    def age_strong_before_re(self) -> TailPattern:
        words = self.ages.strong_before
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{_alternation(words)})[\s\u00a0]+$", re.I), words
        )

    @cached_property
    def age_unit_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0-]*(?:{_alternation(self.ages.units)})(?!\w)", re.I)

    @cached_property
    def age_verb_unit_re(self) -> re.Pattern[str]:
        words = _alternation(self.ages.verb_units) or "(?!)"
        return re.compile(rf"^[\s\u00a0-]*(?:{words})(?!\w)", re.I)

    @cached_property
    def age_self_unit_re(self) -> re.Pattern[str] | None:
        if not self.ages.self_units:
            return None
        return re.compile(rf"^[\s\u00a0]*(?:{_alternation(self.ages.self_units)})(?!\w)", re.I)

    @cached_property
    def age_after_vague_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0]*(?:{_alternation(self.ages.after_vague)})(?!\w)", re.I)

    @cached_property
    def age_list_tail_re(self) -> re.Pattern[str]:
        """An earlier figure of a list and its join at the end of the text before a figure
        ("aged 4 and ", "âgés de 6, 8 et "): the list shares the age word before it."""
        joins = _alternation(self.ages.list_joins) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?<![\w.,])\d{{1,3}}{blank}*(?:,{blank}*|{blank}+(?:{joins}){blank}+)$", re.I
        )

    @cached_property
    def age_kin_before_re(self) -> re.Pattern[str]:
        """A possessive, at most one word, a kin noun, then a copula or a comma (perhaps a
        relative and its copula), at the end of the text before a bare figure: "my son is ",
        "her son, ", "her husband, who was "."""
        dets = _alternation(self.ages.kin_determiners) or "(?!)"
        kin = _alternation(self.ages.kin_nouns) or "(?!)"
        copulas = _alternation(self.ages.copulas) or "(?!)"
        relatives = _alternation(self.ages.kin_relatives) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?<![\w'’])(?:{dets}){blank}+(?:[^\W\d_][\w'’-]*{blank}+)?(?:{kin})"
            rf"(?:,{blank}*(?:(?:{relatives}){blank}+(?:{copulas}){blank}+)?"
            rf"|{blank}+(?:{copulas}){blank}+)$",
            re.I,
        )

    @cached_property
    def age_kin_end_re(self) -> re.Pattern[str]:
        """After a kin's age, its clause ends: a stop, a comma, a quotation's end, the text's
        end, or a ``kin_clause_joins`` word ("my brother is 31 and he never came home")."""
        joins = literal_alternation(self.ages.kin_clause_joins) or "(?!)"
        return re.compile(rf"[\s\u00a0]*(?:[.,;:!?)\"”’]|(?:{joins})(?!\w)|$)")

    @cached_property
    def age_superlative_re(self) -> re.Pattern[str]:
        """The youngest or the oldest of a group (three words at most after it, "of the
        victims"), perhaps a copula, at the end of the text before a bare figure."""
        words = _alternation(self.ages.superlatives) or "(?!)"
        copulas = _alternation(self.ages.copulas) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?<![\w'’])(?:{words})(?:{blank}+[^\W\d_][\w'’-]*){{0,3}}?"
            rf"(?:{blank}+(?:{copulas}))?{blank}+$",
            re.I,
        )

    @cached_property
    def age_relative_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.ages.apposition_relatives)

    @cached_property
    def age_apposed_person_re(self) -> re.Pattern[str]:
        """A person (a capitalised name or a person noun), a comma, then a bare noun phrase
        (group ``phrase``, four words at most) and a person link, at the end of the text before
        a figure: "Lucien, cheminot de ", "le père, boulanger de "."""
        persons = _alternation(self.ages.persons) or "(?!)"
        links = _alternation(self.ages.person_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?:(?<![\w'’-]){_CAPITAL}[\w'’-]+|(?<![\w'’])(?:{persons})),{blank}+"
            rf"(?P<phrase>(?!{_CAPITAL})[^\W\d_][\w'’-]*(?:{blank}+[^\W\d_][\w'’-]*){{0,3}}?)"
            rf"{blank}+(?:{links}){blank}*$"
        )

    @cached_property
    def age_breakdown_before_re(self) -> re.Pattern[str]:
        """A bare count, then a person link, at the end of the text before an age's digits:
        "4 de 5 à 14 ans", "214 de 65 ans et plus" (the count of people of that age)."""
        links = _alternation(self.ages.person_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(rf"(?<![\w.,])\d[\d\u00a0\u202f]*{blank}+(?:{links}){blank}*$", re.I)

