"""Patterns of the words around a figure that say how it is meant: hedges and bounds
("about", "or more"), planned and superseded figures, windows and deadlines before a duration, rate
phrases, small counts and page furniture.

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``: each compiles the
patterns of one concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _WORD_END, _alternation, _ending_with, _starting_with
from claims.lang.tail import RunPattern, TailPattern

if TYPE_CHECKING:
    from claims.lang.planned_sections import Planned
    from claims.lang.sections import Context, SmallCounts, Units


class FigureCues:
    """Compiled patterns of the words that say how a figure is meant
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        qualifiers: dict[str, str]
        hedges: dict[str, str]
        planned: Planned
        superseded: Planned
        windows: list[str]
        anchors_after: list[str]
        countdowns: list[str]
        countdown_links: list[str]
        countdown_name_links: list[str]
        first_person: list[str]
        window_extensions: list[str]
        unit_articles: list[str]
        units: Units
        deadlines: list[str]
        share_of: list[str]
        weak_windows: list[str]
        small_counts: SmallCounts
        rate_bases: list[str]
        index_bases: list[str]
        qualifier_particle_verbs: list[str]
        context: Context
        qualifiers_after: dict[str, str]
        qualifiers_after_idioms: list[str]
        qualifiers_after_noun: list[str]
        qualifiers_after_noun_idioms: list[str]
        bound_joins: list[str]
        rate_back_after: list[str]
        rate_length_before: list[str]
        rate_averages: dict[str, str]
        rate_average_verbs: list[str]
        furniture_prefixes: list[str]
        abbreviations: list[str]

    @cached_property
    def unit_article_re(self) -> re.Pattern[str]:
        """An article that may stand for one ("a", "un"), as a whole word, then a blank."""
        words = _alternation(self.unit_articles) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})(?=[\s\u00a0\u202f])", re.I)

    @cached_property
    def qualifier_re(self) -> TailPattern:
        """Qualifier or hedge phrase ending right before a figure."""
        words = list(self.qualifiers) + list(self.hedges)
        return TailPattern(
            re.compile(
                rf"(?:^|(?<=[\s(«\"“'’]))(?:{_alternation(words)})[\s\u00a0\u202f]*$", re.I
            ),
            words,
        )

    @cached_property
    def qualifier_particle_verb_re(self) -> re.Pattern[str]:
        """A verb ending right before a qualifier phrase, whose particle the phrase starts."""
        words = _alternation(self.qualifier_particle_verbs) or "(?!)"
        return re.compile(rf"(?<![\w'’-])(?:{words})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def list_gap_re(self) -> re.Pattern[str]:
        """Between two items of a list of figures: a comma, or a joining word ("5, 10 and")."""
        joins = _alternation(self.units.compound_joins) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf",{blank}*(?:(?P<join>{joins}){blank}+)?|{blank}+(?P<join2>{joins}){blank}+"
        )

    @cached_property
    def hyphen_measure_re(self) -> re.Pattern[str]:
        """A hyphen and a word that makes the figure before it a measure: "7.1-magnitude"."""
        words = _alternation(self.context.hyphen_measures) or "(?!)"
        return re.compile(rf"-(?:{words}){_WORD_END}", re.I)

    @cached_property
    def planned_before_re(self) -> RunPattern:
        """A planned-change phrase, then at most three words with no figure, then the figure
        (searched from the last character such a run cannot hold: every figure asks)."""
        words = _alternation(self.planned.before) or "(?!)"
        gap = r"(?:[\s\u00a0\u202f]+[^\W\d_][\w'’-]*){0,3}"
        return RunPattern(
            re.compile(rf"(?<![\w'’])(?:{words}){gap}[\s\u00a0\u202f]*$", re.I),
            r"[\w'’\s\u00a0\u202f-]",
            self.planned.before,
        )

    @cached_property
    def commitment_before_re(self) -> RunPattern:
        """A commitment, at most three words (commas allowed: "engagés, en septembre dernier,"),
        the word that opens its infinitive, the infinitive and at most two more words (none of
        them a determiner or a preposition, ``infinitive_stops``), then the figure: "pledged on
        Monday to take in 12,000", "s'engage pour sa part à en héberger 1 200".
        The figure is what someone undertook to do, not a count of what was done."""
        verbs = _alternation(self.planned.commitments) or "(?!)"
        marks = _alternation(self.planned.infinitive_marks) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        stops = _alternation(self.planned.infinitive_stops)
        # a word of the infinitive's reach: not one of ``infinitive_stops`` ("to a truce after")
        word = (rf"(?!(?:{stops})(?![\w'’-]))" if stops else "") + r"[^\W\d_][\w'’-]*"
        gap = rf"(?:{blank}*,?{blank}+[\w'’-]+){{0,3}},?"  # "from 50 countries"
        infinitive = rf"{blank}+(?:{marks})(?:(?<=['’])|{blank}+){word}(?:{blank}+{word}){{0,2}}"
        return RunPattern(
            re.compile(rf"(?<![\w'’])(?:{verbs}){gap}{infinitive}{blank}*$", re.I),
            r"[\w'’,\s\u00a0\u202f-]",
            [*self.planned.commitments, *self.planned.infinitive_marks],
        )

    @cached_property
    def planned_after_re(self) -> re.Pattern[str]:
        """At most four words with no figure after the figure, then a planned-change phrase."""
        words = _alternation(self.planned.after) or "(?!)"
        gap = r"(?:[\s\u00a0\u202f]+[^\W\d_][\w'’-]*){0,4}"
        return re.compile(rf"^{gap}[\s\u00a0\u202f]+(?:{words}){_WORD_END}", re.I)

    @cached_property
    def superseded_before_re(self) -> TailPattern:
        """A phrase naming an earlier, since revised figure, right before the figure ("up from
        a previous estimate of", "avait d'abord annoncé"); searched only when the text ends
        with a phrase's last word (every figure asks)."""
        words = _alternation(self.superseded.before) or "(?!)"
        return TailPattern(
            re.compile(rf"(?<![\w'’])(?:{words})[\s\u00a0\u202f]*$", re.I),
            self.superseded.before,
        )

    @cached_property
    def superseded_after_re(self) -> re.Pattern[str]:
        """Right after the figure, at most one word, then a phrase saying it was an earlier
        statement ("the 52,310 it reported on election night", "annoncés initialement")."""
        words = _alternation(self.superseded.after) or "(?!)"
        gap = r"(?:[\s\u00a0\u202f]+[^\W\d_][\w'’-]*){0,1}"
        return re.compile(rf"^{gap}[\s\u00a0\u202f]+(?:{words}){_WORD_END}", re.I)

    @cached_property
    def window_before_re(self) -> re.Pattern[str]:
        """A window preposition right before a duration: "in just", "pendant", "for"."""
        return _ending_with(self.windows)

    @cached_property
    def anchor_after_re(self) -> re.Pattern[str]:
        """ "after", "later", "après" right after a duration: a time reference."""
        words = _alternation(self.anchors_after) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words}){_WORD_END}", re.I)

    @cached_property
    def countdown_before_re(self) -> re.Pattern[str]:
        """The word of a countdown right before a duration ("à", "à moins de")."""
        return _ending_with(self.countdowns)

    @cached_property
    def countdown_after_re(self) -> re.Pattern[str]:
        """Right after a countdown's duration, the link to its event: "du", "de la", or a
        plain "de" before a capitalised name ("de Noël")."""
        links = _alternation(self.countdown_links) or "(?!)"
        names = _alternation(self.countdown_name_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"^{blank}(?:(?i:{links})(?:(?<=['’])|{blank})"
            rf"|(?i:{names})(?:(?<=['’])|{blank})[A-ZÀ-ÖØ-Þ])"
        )

    @cached_property
    def first_person_re(self) -> re.Pattern[str]:
        """A subject pronoun as a whole word; an elided one ("j'") may run into its verb."""
        words = _alternation(self.first_person) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{words})(?:(?<=['’])|(?!\w))", re.I)

    @cached_property
    def extension_window_re(self) -> re.Pattern[str]:
        """ "more weeks" after "six": an extension word, then a duration word."""
        words = _alternation(self.window_extensions) or "(?!)"
        durations = _alternation(self.units.duration) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(rf"^{blank}(?:{words}){blank}(?:{durations})(?!\w)", re.I)

    @cached_property
    def deadline_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.deadlines)

    @cached_property
    def share_of_after_re(self) -> re.Pattern[str]:
        """Right after a fraction word: the link of a share ("of", "des")."""
        return _starting_with(self.share_of)

    @cached_property
    def weak_window_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.weak_windows)

    @cached_property
    def small_count_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.small_counts.before)

    @cached_property
    def small_count_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.small_counts.after)

    @cached_property
    def small_count_level_re(self) -> re.Pattern[str]:
        """ "the death toll rose to nine", "put the toll at eight": a count's noun, then (in
        the same clause) a link word right before the number word, which is its level."""
        levels = _alternation(self.small_counts.levels) or "(?!)"
        links = _alternation(self.small_counts.level_links) or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?:{levels})(?![\w'’])[^.,;:!?()]*?(?<![\w'’])(?:{links})"
            rf"[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def list_item_before_re(self) -> re.Pattern[str]:
        """ "10 were from Watuleka, ": a list item that opens with digits (after the start, a
        comma or a join) and ends with a comma or a join, at the end of the text; items that
        open with a word and a list link may follow it ("25 for A, 19 for B, seven for C and "
        before "four for D": the items of one breakdown, the later ones in words)."""
        joins = _alternation(self.small_counts.list_joins) or "(?!)"
        links = _alternation(self.small_counts.list_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        end = rf"(?:,{blank}*|{blank}(?:{joins}){blank}+)"
        word_item = rf"[^\W\d_]+{blank}+(?:{links}){blank}[^,;:.!?()]*?{end}"
        return re.compile(
            rf"(?:^|[,;:]{blank}*|(?<![\w'’])(?:{joins}){blank}+)\d[\d.,]*"
            rf"{blank}[^,;:.!?()]*?{end}(?:{word_item})*$",
            re.I,
        )

    @cached_property
    def list_link_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.small_counts.list_links)

    @cached_property
    def index_base_re(self) -> re.Pattern[str]:
        """An index's base word, or a base year and "=", at the end of the text before "100"."""
        words = _alternation(self.index_bases) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?:(?<![\w'’])(?:{words}){blank}+|(?<!\d)(?:1[89]|20)\d\d{blank}*={blank}*)$",
            re.I,
        )

    @cached_property
    def rate_base_re(self) -> re.Pattern[str]:
        words = _alternation(self.rate_bases) or "(?!)"
        # a word needs blanks before the base ("per 100,000"); a sign may touch it ("/100 000")
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?:(?<!\w)(?:{words})(?<=\w){blank}+|(?:{words})(?<!\w){blank}*)$", re.I
        )

    @cached_property
    def qualifier_after_re(self) -> re.Pattern[str]:
        """A bound written after a figure: "or more", "and over", "ou moins", "-plus", "+"."""
        glued = [w for w in self.qualifiers_after if w[:1] in "-+"]
        spaced = _starting_with([w for w in self.qualifiers_after if w[:1] not in "-+"])
        if not glued:
            return spaced
        return re.compile(rf"{spaced.pattern}|^(?:{_alternation(glued)}){_WORD_END}", re.I)

    @cached_property
    def qualifier_after_noun_re(self) -> re.Pattern[str]:
        """A counted noun of one word, then a bound that may follow it: "people or fewer"."""
        words = _alternation(self.qualifiers_after_noun) or "(?!)"
        elided = [w for w in self.qualifiers_after_noun_idioms if w[-1:] in "'’"]
        whole = [w for w in self.qualifiers_after_noun_idioms if w not in elided]
        idioms = "|".join(
            p for p in (_alternation(elided), rf"(?:{_alternation(whole)})(?!\w)" if whole else "")
            if p
        ) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"^{blank}[^\W\d_]+{blank}(?P<bound>{words}){_WORD_END}(?!{blank}(?:{idioms}))",
            re.I,
        )

    @cached_property
    def qualifier_idiom_re(self) -> re.Pattern[str]:
        """Right after a bound written after a figure, a word that makes it an idiom."""
        words = _alternation(self.qualifiers_after_idioms) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{words})(?!\w)", re.I)

    @cached_property
    def qualifiers_folded(self) -> dict[str, str]:
        """Qualifiers by their folded phrase (lower case, straight apostrophe)."""
        return {k.lower().replace("’", "'"): v for k, v in self.qualifiers.items()}

    @cached_property
    def qualifiers_hedges_folded(self) -> dict[str, str]:
        """Qualifiers and hedges by their folded phrase; a hedge wins a phrase both give."""
        both = {**self.qualifiers, **self.hedges}
        return {k.lower().replace("’", "'"): v for k, v in both.items()}

    @cached_property
    def hedges_folded(self) -> frozenset[str]:
        return frozenset(k.lower().replace("’", "'") for k in self.hedges)

    @cached_property
    def qualifiers_after_folded(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.qualifiers_after.items()}

    @cached_property
    def bound_join_re(self) -> re.Pattern[str]:
        """Between two bounds of one quantity: "and", ", but", "et"."""
        words = _alternation(self.bound_joins) or "(?!)"
        return re.compile(
            rf"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:{words})[\s\u00a0\u202f]+", re.I
        )

    @cached_property
    def rate_back_after_re(self) -> re.Pattern[str]:
        words = _alternation(self.rate_back_after) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words})(?!\w)", re.I)

    @cached_property
    def rate_length_before_re(self) -> re.Pattern[str]:
        words = _alternation(self.rate_length_before) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})\s*$", re.I)

    @cached_property
    def rate_average_re(self) -> re.Pattern[str]:
        """ "average daily", "daily average": an average per unit of time, before a figure."""
        words = _alternation(list(self.rate_averages)) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)

    @cached_property
    def averaged_before_re(self) -> re.Pattern[str]:
        """ "Output averaged ": a verb of averaging right before a figure."""
        verbs = _alternation(self.rate_average_verbs) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{verbs})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def rate_average_verb_re(self) -> re.Pattern[str]:
        """ "daily exports averaged ": a per-unit adjective, then a verb of averaging right before
        the figure."""
        single = [k for k in self.units.per if k.isalpha()]
        verbs = _alternation(self.rate_average_verbs)
        if not single or not verbs:
            return re.compile("(?!)")
        return re.compile(
            rf"(?<!\w)(?P<unit>{_alternation(single)})(?!\w)[^\d,;:]{{0,60}}?(?<!\w)(?:{verbs})"
            rf"(?!\w)[^\d,;:]{{0,20}}$",
            re.I,
        )

    @cached_property
    def furniture_prefix_re(self) -> re.Pattern[str]:
        return re.compile(rf"^\W*(?:{_alternation(self.furniture_prefixes)})\b", re.I)

    @cached_property
    def abbreviation_set(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.abbreviations)
