"""The table's word lists a reader looks words up in, as lower-case sets (or one pattern)
built once per language: a set built from its list at each call cost a loop over the list for
every figure (or pair of figures) asking whether one word is in it, and a pattern per word,
escaped and looked up in ``re``'s cache for every claim, as much.

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.lang.sections import Context, Periods, Ranges


def _lowered(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


class WordSets:
    """Lower-case sets of the word lists read one word at a time (a mixin of
    ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        context: Context
        periods: Periods
        ranges: Ranges

    @cached_property
    def clause_links_set(self) -> frozenset[str]:
        return _lowered(self.context.clause_links)

    @cached_property
    def shared_links_set(self) -> frozenset[str]:
        return _lowered(self.periods.shared_links)

    @cached_property
    def place_links_set(self) -> frozenset[str]:
        return _lowered(self.periods.place_links)

    @cached_property
    def event_clause_links_set(self) -> frozenset[str]:
        return _lowered(self.periods.event_clause_links)

    @cached_property
    def passive_auxiliaries_set(self) -> frozenset[str]:
        return _lowered(self.periods.passive_auxiliaries)

    @cached_property
    def time_adverbs_set(self) -> frozenset[str]:
        return _lowered(self.context.time_adverbs)

    @cached_property
    def institution_nouns_set(self) -> frozenset[str]:
        return _lowered(self.context.institution_nouns)

    @cached_property
    def entity_heads_set(self) -> frozenset[str]:
        return _lowered(self.context.entity_heads)

    @cached_property
    def owner_links_set(self) -> frozenset[str]:
        return _lowered(self.context.owner_links)

    @cached_property
    def segment_nouns_set(self) -> frozenset[str]:
        return _lowered(self.context.segment_nouns)

    @cached_property
    def doer_auxiliaries_set(self) -> frozenset[str]:
        return _lowered(self.context.doer_auxiliaries)

    @cached_property
    def doer_not_verbs_set(self) -> frozenset[str]:
        return _lowered(self.context.doer_not_verbs)

    @cached_property
    def counting_participles_set(self) -> frozenset[str]:
        return _lowered(self.context.counting_participles)

    @cached_property
    def doer_pronouns_set(self) -> frozenset[str]:
        return _lowered(self.context.doer_pronouns)

    @cached_property
    def figure_nouns_set(self) -> frozenset[str]:
        return _lowered(self.context.figure_nouns)

    @cached_property
    def join_with_opener_set(self) -> frozenset[str]:
        return _lowered(self.ranges.join_with_opener)

    @cached_property
    def cause_verbs_back(self) -> tuple[tuple[list[str], str], ...]:
        """Each cause verb's words in lower case, last first (as the words before a figure are
        read back), with what it counts, in the table's order."""
        return tuple(
            (list(reversed(phrase.lower().split())), counts)
            for phrase, counts in self.context.cause_verbs.items()
        )

    @cached_property
    def toll_increment_re(self) -> re.Pattern[str]:
        """One of ``toll_increments`` as a whole word, in lower case ("another", "더"): a
        search finds one where a search for each word would."""
        words = "|".join(re.escape(w.lower()) for w in self.periods.toll_increments)
        return re.compile(rf"(?<!\w)(?:{words or '(?!)'})(?!\w)")

    @cached_property
    def aboard_re(self) -> re.Pattern[str]:
        """One of ``aboard_words`` as a whole word, any case ("aboard", "à bord"), not before
        one of ``aboard_not_before`` ("carried out 640 inspections")."""
        words = "|".join(re.escape(w) for w in self.periods.aboard_words)
        others = "|".join(re.escape(w) for w in self.periods.aboard_not_before) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words or '(?!)'})(?!\w)(?!\s+(?:{others})(?!\w))", re.I)

    @cached_property
    def new_count_re(self) -> re.Pattern[str]:
        """One of ``new_count_words`` as a whole word, in lower case ("new", "신규")."""
        words = "|".join(re.escape(w.lower()) for w in self.periods.new_count_words)
        return re.compile(rf"(?<!\w)(?:{words or '(?!)'})(?!\w)")

    @cached_property
    def toll_whole_markers_re(self) -> re.Pattern[str]:
        """One of ``toll_whole_markers`` as a word at the start ("가운데"): a match where one
        of the words' own would match."""
        words = "|".join(re.escape(w) for w in self.periods.toll_whole_markers)
        return re.compile(rf"(?:{words or '(?!)'})(?!\w)")
