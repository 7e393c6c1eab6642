"""The frame words of a language table, compiled once per language.

The quantity frame (``claims.frame``) asks the same questions of every figure: is a place named
near it, a breakdown marker, a count noun, a tally? This module turns the table's word lists
(``[extraction.context]``) into those patterns once, so the readers stay plain functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claims.lang import Context, ExtractionTable, _alternation
from claims.lang.regex import with_both_apostrophes
from claims.lang.tail import TailPattern

if TYPE_CHECKING:
    from claims.lexicon import Lexicon

BLANK = r"[\s\u00a0\u202f]"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"  # one word of letters: no figure, no mark
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"


def _any_word_re(words: list[str]) -> re.Pattern[str] | None:
    """Any of a table's phrases as whole words, or None when the table lists none."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(words, ignore_case=True)})(?!\w)", re.I)


def _place_re(table: ExtractionTable) -> re.Pattern[str] | None:
    """A capitalised place name after a place word ("in", "à", "dans le département de")."""
    ctx = table.context
    if not ctx.place_intro:
        return None
    alt = _alternation
    articles = alt(table.context.determiners)
    kind = (
        rf"(?:(?i:{alt(ctx.place_heads)}){BLANK}*(?i:{alt(ctx.place_head_links)}){BLANK}*)?"
        if ctx.place_heads and ctx.place_head_links
        else ""
    )
    # "A Paris, le parquet ...": wire copy prints a capital À without its accent; the period
    # table's accentless capitals name them, matched as written (the verb "a" is no place)
    intros = {w.lower() for w in ctx.place_intro}
    bare = [k for k, v in table.periods.accentless_capitals.items() if v.lower() in intros]
    capitals = rf"|{alt(bare)}" if bare else ""
    return re.compile(
        rf"(?<!\w)(?:(?i:{alt(ctx.place_intro)}){capitals}){BLANK}+(?:(?i:{articles}){BLANK}*)?"
        rf"{kind}"
        rf"({CAP_WORD}(?:(?:{BLANK}+|-)(?:{CAP_WORD}|(?:{articles})"
        rf"(?={BLANK}*[A-ZÀ-Ö])))*)"
    )


def _place_and_re(table: ExtractionTable) -> re.Pattern[str] | None:
    """What joins a second place name to a first ("and Syria", "et en Syrie", "and in the
    Philippines"), matched right after the first: group 1 the place word, if any; group 2 the
    name."""
    ctx = table.context
    if not ctx.place_and:
        return None
    alt = _alternation
    return re.compile(
        rf"{BLANK}+(?:{alt(ctx.place_and)}){BLANK}+(?:(?i:({alt(ctx.place_intro)})){BLANK}+)?"
        rf"(?:(?i:{alt(ctx.determiners)}){BLANK}*)?({CAP_WORD}(?:(?:{BLANK}+|-){CAP_WORD})*)"
    )


def _subject_place_re(table: ExtractionTable) -> re.Pattern[str] | None:
    """A place the table names as a clause's subject or owner, no place word before it: group
    ``name`` the place (two joined by "and" are one: "Texas and New Mexico have reported"),
    then a tally's verb (group ``verb``, "Florida has carried out"), a figure at once (a list's
    item: "Alabama 6"), or an owner's ending ("Pennsylvania's 19 electoral votes")."""
    ctx = table.context
    if not ctx.place_subjects:
        return None
    alt = _alternation
    name = rf"(?:{alt(ctx.place_subjects)})"
    joined = rf"(?:{BLANK}+(?:{alt(ctx.place_and)}){BLANK}+{name})?" if ctx.place_and else ""
    adverb_words, aux_words = ctx.place_subject_adverbs, ctx.place_subject_auxiliaries
    adverbs = rf"(?:{BLANK}+(?i:{alt(adverb_words)}))*" if adverb_words else ""
    aux = rf"(?:{BLANK}+(?:{alt(aux_words)}))?" if aux_words else ""
    verbs = [*ctx.place_subject_verbs, *ctx.place_subject_auxiliaries]
    verb = rf"{adverbs}{aux}{adverbs}{BLANK}+(?P<verb>{alt(verbs)})" if verbs else "(?!)"
    owner = alt(ctx.place_owner_endings) if ctx.place_owner_endings else "(?!)"
    return re.compile(
        rf"(?<![\w'’.-])(?P<name>{name}{joined})"
        rf"(?:{verb}(?![\w'’-])|(?={BLANK}+\d)|(?:{owner})(?={BLANK}))"
    )


def _entity_re(ctx: Context) -> re.Pattern[str] | None:
    """A named thing measured: a head word with a capitalised name ("the Ridge fire", "le
    barrage de Serre-Ponçon"), the head first or last as the language puts it."""
    heads = _alternation(ctx.entity_heads) if ctx.entity_heads else None
    if heads and ctx.entity_head_first:
        links = _alternation(ctx.entity_links) or "(?!)"
        return re.compile(
            rf"(?<!\w)((?i:{heads})(?:{BLANK}+(?i:{links})|{BLANK}*(?i:d['’]))?{BLANK}*"
            rf"{CAP_WORD}(?:{BLANK}+{CAP_WORD})*)"
        )
    if heads:
        return re.compile(
            rf"((?:{CAP_WORD}{BLANK}+)+(?i:{heads}))(?!\w)"
        )
    return None


_KEPT_WORDS = 100_000  # words whose event reading is kept, as the lexicon keeps concepts


def _start_re(words: list[str], suffix: str) -> re.Pattern[str] | None:
    """Any of ``words`` at the start of the text, then ``suffix``; None when none is listed."""
    if not words:
        return None
    return re.compile(rf"^(?:{_alternation(words)}){suffix}", re.I)


class FramePatterns:
    """The table's frame words compiled once per language."""

    def __init__(self, table: ExtractionTable) -> None:
        ctx = table.context
        self.ctx = ctx
        months = [m for m in table.periods.months]
        skip = {w.lower() for w in (*ctx.not_places, *months, *table.periods.weekdays)}
        self.not_places = skip
        # "at the end of March": a month's name is a date, never the event "march"
        self.months = frozenset(m.lower() for m in months)
        self.place = _place_re(table)
        self.place_and = _place_and_re(table)
        self.nationwide = _any_word_re(ctx.nationwide)
        self.wider_scope = _any_word_re(ctx.wider_scope)
        self.entity = _entity_re(ctx)
        self.subject_place = _subject_place_re(table)
        self.subject_not_after = frozenset(w.lower() for w in ctx.place_subject_not_after)
        self.subject_auxiliaries = frozenset(ctx.place_subject_auxiliaries)
        self.participle_endings = tuple(ctx.place_subject_participle_endings)
        self.entity_heads = frozenset(w.lower() for w in ctx.entity_heads)
        self._read_breakdowns(ctx)
        self._read_counted(ctx)
        self._read_values(table)
        self.population = _tail_re(table.context.population_intro)
        self.measure_links = frozenset(w.lower() for w in table.context.measure_links)
        self.population_after = (
            re.compile(rf"^{BLANK}+(?:{_alternation(table.context.population_intro)}){BLANK}+$",
                       re.I)
            if table.context.population_intro
            else None
        )
        self.part_over_whole = (
            re.compile(rf"^{BLANK}+(?P<noun>{_WORD}(?:{BLANK}+{_WORD}){{0,2}}){BLANK}+"
                       rf"(?P<link>{_alternation(table.context.part_whole_links)}){BLANK}+$",
                       re.I)
            if table.context.part_whole_links else None
        )
        self.whole_verbs = frozenset(w.lower() for w in table.context.part_whole_verbs)
        self.source_paren = re.compile(r"^[\s\u00a0]*\(([^()\d]{2,40})\)")
        self.source_nouns = {w.lower() for w in ctx.source_nouns}
        self.share_heads = table.share_verb_heads
        self.clause_links = {w.lower() for w in ctx.clause_links}
        self._event_words: dict[tuple[str, str], tuple[bool, str, str | None]] = {}
        self._event_lexicon: Lexicon | None = None

    def event_words(self, lexicon: Lexicon) -> dict[tuple[str, str], tuple[bool, str, str | None]]:
        """What ``event_slot`` read of each word (``event_word``), for one lexicon: emptied
        when another lexicon is read, and past ``_KEPT_WORDS`` words."""
        if lexicon is not self._event_lexicon or len(self._event_words) >= _KEPT_WORDS:
            self._event_words = {}
            self._event_lexicon = lexicon
        return self._event_words

    def _read_breakdowns(self, ctx: Context) -> None:
        """Words that mark a figure as a part of another: "dont", "of whom", "Of them"."""
        self.breakdown_before = _tail_re(ctx.breakdown_before)
        self.breakdown_after = _head_re(ctx.breakdown_after)
        self.opener = (
            re.compile(rf"^{BLANK}*(?:{_alternation(ctx.breakdown_openers)})(?!\w)", re.I)
            if ctx.breakdown_openers
            else None
        )
        self.breakdown_verb = _any_word_re(ctx.breakdown_verbs)
        self.markers = {
            w.lower()
            for w in (*ctx.breakdown_before, *ctx.breakdown_after, *ctx.breakdown_openers)
        }

    def _read_counted(self, ctx: Context) -> None:
        """Words that say what a figure counts: count nouns, tallies, qualifiers, a restated
        share and a running total's phrase."""
        self.count_noun = (
            # "total de" is not "total des": a word ends the phrase, unless it ends elided
            re.compile(rf"(?<!\w)(?:{_alternation(ctx.count_nouns)})(?:(?<=['’])|(?!\w))"
                       rf"{BLANK}*", re.I)
            if ctx.count_nouns
            else None
        )
        self.toll_noun = _any_word_re(list(ctx.toll_nouns))  # "death toll" before "toll"
        self.toll_counts = {k.lower(): v for k, v in ctx.toll_nouns.items()}
        self.qualifier = (
            re.compile(rf"{BLANK}*(?:{'|'.join(ctx.counted_qualifiers)})(?!\w)", re.I)
            if ctx.counted_qualifiers
            else None
        )
        self.stated_share = (
            re.compile(rf"^{BLANK}*,?{BLANK}*(?:{_alternation(ctx.stated_share)}){BLANK}*$", re.I)
            if ctx.stated_share
            else None
        )
        self.running_total = _start_re(ctx.running_totals, r"(?!\w)")

    def _read_values(self, table: ExtractionTable) -> None:
        """Words of "a net profit of 962 billion won": the links between a noun and the figure
        that is its value, and the nouns before a link that say not what is measured (change
        nouns, figure nouns, "the age of 18")."""
        ctx = table.context
        self.value_links = _lowered(ctx.value_links)
        way = table.changes.direction_words
        self.value_not = _lowered(
            [*ctx.value_not_measured, *ctx.figure_nouns, *way.up, *way.down]
        )
        self.to_words = _lowered(table.changes.to_words)
        self.figure_nouns = _lowered(ctx.figure_nouns)
        self.relative_words = _lowered(ctx.relative_words)
        self.time_links = _lowered(ctx.time_links)
        self.object_verbs = _lowered(ctx.object_verbs)
        self.subject_verbs = _lowered(ctx.subject_verbs)
        self.articles = _lowered(ctx.articles)
        self.time_words = _lowered([*table.periods.weekdays, *table.periods.months])
        self.compared_with = _compared_with_re(ctx.compared_with)
        self.pronouns = _lowered(ctx.pronouns)
        self.anaphor_nouns = _lowered(ctx.anaphor_nouns)
        self.state_pronouns = _lowered(ctx.state_pronouns)
        self.state_verbs = _lowered(ctx.state_verbs)
        self.tally_qualifiers = _lowered(ctx.tally_qualifiers)
        self.counted_pronouns = _lowered(ctx.counted_pronouns)
        self.participles_any = tuple(ctx.participle_suffixes)
        self.counting_verbs = frozenset(
            w.lower() for w in ctx.actor_verbs if " " not in w.strip()
        )
        self.participles = (
            tuple(ctx.participle_suffixes) if ctx.subject_ends_at_participle else ()
        )
        self.finite_endings = tuple(ctx.finite_verb_endings)

    def is_marker(self, phrase: str) -> bool:
        return phrase.lower().strip() in self.markers


def _lowered(words: Iterable[str]) -> frozenset[str]:
    """A word list as the lower-case set every lookup of a sentence's words reads, with either
    apostrophe ("s'élève", "s’élève")."""
    return with_both_apostrophes(words)


def _compared_with_re(words: list[str]) -> re.Pattern[str] | None:
    """A comparing phrase right before a figure ("up from", "compared with"), its sign apart
    ("contre +3,2 %": the lexer leaves a plus out of the figure)."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(words, ignore_case=True)}){BLANK}+\+?$", re.I)


def _tail_re(words: list[str]) -> TailPattern | None:
    """A phrase that ends right before a figure (searched only when the text ends with one of
    the phrases' last words: every figure asks, of all the text before it)."""
    if not words:
        return None
    return TailPattern(
        re.compile(rf"(?<!\w)(?:{_alternation(words)}){BLANK}+$", re.I), words
    )


def _head_re(words: list[str]) -> re.Pattern[str] | None:
    """A phrase that starts right after a figure."""
    if not words:
        return None
    return re.compile(rf"{BLANK}+(?:{_alternation(words)})(?!\w)", re.I)


_COMPILED: dict[str, tuple[ExtractionTable, FramePatterns]] = {}


def patterns(table: ExtractionTable) -> FramePatterns:
    """The frame patterns of a language table, compiled once per language (tables are loaded
    once; a table built apart from the loaded one gets patterns of its own)."""
    found = _COMPILED.get(table.code)
    if found is None or found[0] is not table:
        found = _COMPILED[table.code] = (table, FramePatterns(table))
    return found[1]
