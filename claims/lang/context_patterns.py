"""Patterns of a figure's context: who says it (source introductions, reporting verbs),
what it is a share of ("représentaient", "dont 60 %", "six victimes sur dix"), phone numbers and
references, and the stop words, elisions and determiners the context reader skips.

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``: each compiles the
patterns of one concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _alternation, with_both_apostrophes
from claims.lang.tail import TailPattern, words_right_before

if TYPE_CHECKING:
    from claims.lang.date_sections import Dates
    from claims.lang.sections import Context


class ContextPatterns:
    """Compiled patterns of who says a figure and what it is a share of
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        context: Context
        dates: Dates
        extra_numbers: dict[str, object]
        line_articles: list[str]

    @cached_property
    def source_intro_re(self) -> re.Pattern[str]:
        """A word that brings in a source ("according to", "selon"); never a match for a table
        that lists none (Korean names its source after it: "소방청에 따르면"), where an empty
        alternation would match every blank after a comma."""
        intro = _alternation(self.context.source_intro) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{intro})\s+", re.I)

    @cached_property
    def counted_by_re(self) -> re.Pattern[str] | None:
        """A figure (maybe after a word of approximation, or in words), up to four words of what
        it counts, a participle of counting and the word that brings in its agent ("2 400
        manifestants comptés par ", "900 marchers tallied by "): the agent that follows is who
        counted, the figure's source. None when the table lists none."""
        ctx = self.context
        if not (ctx.counting_participles and ctx.agent_links):
            return None
        return re.compile(
            r"(?:[^\W\d][\w'’-]*\s+)?[\d\s.,'’\u00a0\u202f]*(?:[^\W\d][\w'’-]*\s+){1,4}?"
            rf"(?:{_alternation(ctx.counting_participles, ignore_case=True)})\s+"
            rf"(?:{_alternation(ctx.agent_links, ignore_case=True)})\s+", re.I)

    @cached_property
    def actor_verb_re(self) -> re.Pattern[str]:
        """A reporting verb, or a verb a side puts its own figure forward with ("le collectif
        avance de son côté un bilan de", "the opposition puts the death toll at"): its subject
        is the figure's source."""
        verbs = _alternation(self._with_asides(self.context.actor_verbs))
        claim = self._claim_verb_phrase()
        either = f"{verbs}|{claim}" if claim else verbs
        return re.compile(rf"(?<!\w)(?:{either})(?!\w)", re.I)

    def _with_asides(self, verbs: list[str]) -> list[str]:
        """The verb phrases, and each with a second voice's aside or an adverb between two of
        its words ("a pour sa part affirmé", "fait quant à elle état de", "a notamment compté")."""
        out = list(verbs)
        asides = [*self.context.second_voice, *self.context.verb_adverbs]
        for verb in verbs:
            words = verb.split()
            for k in range(1, len(words)):
                head, tail = " ".join(words[:k]), " ".join(words[k:])
                out.extend(f"{head} {aside} {tail}" for aside in asides)
        return out

    def _claim_verb_phrase(self) -> str:
        """A claim verb, a second voice's aside maybe ("de son côté", "for its part"), then the
        figure it puts forward ("un bilan", "the toll"); "" when the table lists none."""
        ctx = self.context
        if not (ctx.claim_verbs and ctx.claimed_figures):
            return ""
        aside = rf"(?:\s+(?:{_alternation(ctx.second_voice)}))?" if ctx.second_voice else ""
        return (rf"(?:{_alternation(ctx.claim_verbs)}){aside}\s+"
                rf"(?:{_alternation(ctx.claimed_figures)})")

    @cached_property
    def aside_before_re(self) -> re.Pattern[str] | None:
        """A second voice's aside set off by commas right before a verb ("The opposition, for
        its part, puts the toll at"), or an appositive that says what the subject is ("Taeil
        Steel Co., South Korea's third-largest steelmaker, said", "Taeil, le numéro
        deux du secteur, a indiqué"): the subject is before it."""
        ctx = self.context
        kinds = []
        if ctx.second_voice:
            kinds.append(rf"(?i:{_alternation(ctx.second_voice)})")
        if ctx.appositive_openers:
            kinds.append(rf"(?i:{_alternation(ctx.appositive_openers)})\s[^,;:()0-9]{{1,60}}?")
        if ctx.possessive_marks:
            marks = _alternation(ctx.possessive_marks)
            kinds.append(rf"(?:[A-Z][\w.&-]*\s){{0,3}}[A-Z][\w.&-]*(?:{marks})\s[^,;:()0-9]{{1,60}}?")
        if not kinds:
            return None
        return re.compile(rf",\s*(?:{'|'.join(kinds)})\s*,\s*$")

    @cached_property
    def actor_verb_breaks(self) -> str:
        """Clause marks and digits that no reporting verb phrase holds: a verb never spans one."""
        ctx = self.context
        inside = set("".join([*ctx.actor_verbs, *ctx.claim_verbs, *ctx.second_voice,
                              *ctx.claimed_figures]))
        return "".join(c for c in ",;:()[]«»\"0123456789" if c not in inside)

    @cached_property
    def between_subject_and_verb_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in [*self.context.between_subject_and_verb,
                                              *self.dates.weekdays])

    @cached_property
    def stop_words_set(self) -> frozenset[str]:
        return with_both_apostrophes(self.context.stop_words)

    @cached_property
    def reference_article_re(self) -> re.Pattern[str]:
        return re.compile(
            rf"(?<!\w)(?:{_alternation(self.context.reference_articles)})[\s\u00a0]+$", re.I
        )

    @cached_property
    def phone_cue_re(self) -> TailPattern:
        """A phone cue right before a number ("dial 1366"), or a line's name and a link to its
        number ("the helpline is on 0800 ...")."""
        ctx = self.context
        phrases = ctx.phone_cues + [f"{n} {k}" for n in ctx.phone_lines for k in ctx.phone_links]
        cues = _alternation(phrases) or "(?!)"
        return TailPattern(re.compile(rf"(?<!\w)(?:{cues})[\s\u00a0:]*$", re.I), phrases, ":")

    @cached_property
    def line_article_re(self) -> re.Pattern[str]:
        """The article of one line right before its number ("Le 3919", "the 988")."""
        words = _alternation(self.line_articles) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{words})[\s\u00a0]+$", re.I)

    @cached_property
    def line_named_after_re(self) -> re.Pattern[str]:
        """After a number, the line it names: in apposition after a comma and at most one word
        ("Le 3919, le numéro d'écoute"), or after capitalised and short words only ("the 988
        Suicide and Crisis Lifeline"); "52 000 appels au numéro vert" counts calls."""
        lines = _alternation(self.context.phone_lines) or "(?!)"
        blank = r"[\s\u00a0]+"
        name = rf"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|\w{{1,3}}|&){blank}"
        return re.compile(
            rf"^(?:[\s\u00a0]*,{blank}(?:[^\W\d_]+['’]?{blank}?)?|{blank}(?:{name}){{0,4}})"
            rf"(?i:{lines})(?!\w)"
        )

    @cached_property
    def proportion_gap_re(self) -> re.Pattern[str]:
        """Between "six" and "dix" in "six victimes sur dix": a word or two and the connector."""
        words = _alternation(self._number_words("proportion_connectors")) or "(?!)"
        return re.compile(
            rf"^[\s\u00a0]+(?P<noun>(?:[^\W\d_]+[\s\u00a0]+){{1,2}})(?:{words})[\s\u00a0]+$", re.I
        )

    @cached_property
    def small_whole_gap_re(self) -> re.Pattern[str]:
        """The end of a share's gap whose connector takes any small whole ("sur", "out of")."""
        words = _alternation(self._number_words("small_whole_connectors")) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})[\s\u00a0]+$", re.I)

    @cached_property
    def one_in_re(self) -> TailPattern:
        """ "un Français sur" right before a figure: one of N (searched only when the text
        ends with a connector: every figure asks)."""
        connector_words = self._number_words("proportion_connectors")
        numerators = _alternation(self._number_words("article_numerators")) or "(?!)"
        connectors = _alternation(connector_words) or "(?!)"
        return TailPattern(
            re.compile(
                rf"(?<!\w)(?:{numerators})[\s\u00a0]+(?P<noun>(?:[^\W\d_]+[\s\u00a0]+){{1,2}})"
                rf"(?:{connectors})[\s\u00a0]+$",
                re.I,
            ),
            connector_words,
        )

    @cached_property
    def article_numerators(self) -> frozenset[str]:
        """ "un", "a", "one": words that can stand for 1 before a noun."""
        return frozenset(w.lower() for w in self._number_words("article_numerators"))

    def _number_words(self, key: str) -> list[str]:
        """A word list from the language's ``[numbers]`` table (shared with claims.numbers)."""
        words = self.extra_numbers.get(key, [])
        return [str(w) for w in words] if isinstance(words, list) else []

    @cached_property
    def share_verb_end_re(self) -> TailPattern:
        """A share verb right before a figure: "représentaient", "était de", "accounted for"
        (searched only when the text ends with the last word of a verb or of its link; with
        no verb at all the pattern matches at every end, and is always searched)."""
        verbs = _alternation(self.context.share_verbs)
        links = ["de", "d'", "à", "of"]  # the optional link below
        return TailPattern(
            re.compile(
                rf"(?<!\w)(?:{verbs})(?:[\s\u00a0]+(?:de|d['’]|à|of))?[\s\u00a0]*$", re.I
            ),
            [*self.context.share_verbs, *links] if verbs else [""],
        )

    @cached_property
    def population_head_re(self) -> re.Pattern[str] | None:
        """ "Sur les 178 suspects": a phrase of several words opening the whole of a share."""
        intro = "|".join(re.escape(p) for p in self.context.population_intro if " " in p)
        if not intro:
            return None
        return re.compile(rf"(?<!\w)(?:{intro})\s+(?:[\d\s\u00a0\u202f.,]+)?", re.I)

    @cached_property
    def share_verb_heads(self) -> frozenset[str]:
        return frozenset(v.split()[0].lower() for v in self.context.share_verbs)

    @cached_property
    def of_whom_re(self) -> TailPattern:
        """ "dont 60 %", "of whom 60%": the share is of the sentence's subject."""
        return words_right_before(self.context.of_whom)

    @cached_property
    def elision_set(self) -> frozenset[str]:
        return with_both_apostrophes(self.context.elisions)

    @cached_property
    def determiners_set(self) -> frozenset[str]:
        return with_both_apostrophes(self.context.determiners)

    @cached_property
    def clause_end_re(self) -> re.Pattern[str]:
        """What may follow an age stated by a verb: the end of a clause, or a word that links
        the next one ("26 avaient moins de 35 ans et 12 étaient des passagers")."""
        links = _alternation(self.context.clause_links) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]*(?:[,.;:!?)»\"]|$|(?:{links})(?!\w))", re.I)
