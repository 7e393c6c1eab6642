"""Patterns of the words that join two figures or move one: ranges ("de 20 à 30"),
scores, changes from one level to another ("rose from 10% to 12%"), change verbs and direction
words ("fell by", "a 5% rise") and comparisons.

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``: each compiles the
patterns of one concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _WORD_END, _alternation, _stems
from claims.lang.tail import TailPattern

if TYPE_CHECKING:
    from claims.lang.sections import Changes, Ranges, Units


class ChangePatterns:
    """Compiled patterns of ranges, changes and comparisons
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        changes: Changes
        ranges: Ranges
        units: Units

    @cached_property
    def factor_before_re(self) -> re.Pattern[str]:
        """ "multiplié par ", "divided by " right before a figure: group ``up`` or ``down``."""
        up = _alternation(self.changes.multiplied_by) or "(?!)"
        down = _alternation(self.changes.divided_by) or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?:(?P<up>{up})|(?P<down>{down}))[\s\u00a0\u202f]+$", re.I
        )

    @cached_property
    def direction_word_re(self) -> re.Pattern[str]:
        """A whole word that states a direction (a change verb or noun): group up or down."""
        v, d = self.changes.verbs, self.changes.direction_words
        up = "|".join(p for p in (_stems(v.up), _alternation(d.up)) if p)
        down = "|".join(p for p in (_stems(v.down), _alternation(d.down)) if p)
        return re.compile(rf"(?:(?P<up>{up})|(?P<down>{down}))", re.I)

    @cached_property
    def comparison_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.changes.comparison)})\s*$", re.I)

    @cached_property
    def earlier_change_re(self) -> re.Pattern[str]:
        """A link to an earlier change ending the text before a signed rate ("après",
        "(après", "after")."""
        links = _alternation(self.changes.earlier_change_links) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{links})\s*$", re.I)

    @cached_property
    def comparison_with_change_re(self) -> re.Pattern[str]:
        """ "from" ending the text before a figure: a comparison if a change verb is about,
        or a comma sets it off ("4.3% in September, from 4.1% in August")."""
        cues = _alternation(self.changes.comparison_with_change) or "(?!)"
        return re.compile(rf"(?P<comma>,\s*)?(?<!\w)(?:{cues})\s*$", re.I)

    @cached_property
    def change_verb_re(self) -> re.Pattern[str]:
        """Any change verb, as a whole word (stem plus one of its endings)."""
        v = self.changes.verbs
        return re.compile(rf"(?<!\w)(?:{_stems({**v.up, **v.down, **v.neutral})}){_WORD_END}", re.I)

    @cached_property
    def change_way_re(self) -> re.Pattern[str]:
        """Any change verb as a whole word, its group ``up`` or ``down`` saying which way it
        goes (neither for a neutral verb: "passer", "go")."""
        v = self.changes.verbs
        parts = [
            rf"(?P<up>{_stems(v.up)})" if v.up else "",
            rf"(?P<down>{_stems(v.down)})" if v.down else "",
            _stems(v.neutral) if v.neutral else "",
        ]
        return re.compile(rf"(?<!\w)(?:{'|'.join(p for p in parts if p)}){_WORD_END}", re.I)

    @cached_property
    def by_end_re(self) -> re.Pattern[str]:
        """ "by" right before a figure: "cut its key rate by 50 basis points"."""
        by = _alternation(self.changes.by_words) or "(?!)"
        amount = _alternation(self.changes.object_by_words) or "(?!)"
        return re.compile(rf"(?<!\w)(?:(?P<by>{by})|{amount})[\s\u00a0\u202f]*$", re.I)

    @cached_property
    def change_by_re(self) -> re.Pattern[str]:
        """A change verb or word and "by" right before a figure: "fell by", "a rise by"."""
        v, d = self.changes.verbs, self.changes.direction_words
        parts = (_stems(v.up), _stems(v.down), _alternation(d.up + d.down))
        words = "|".join(p for p in parts if p)
        by = _alternation(self.changes.by_words) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(rf"(?<!\w)(?:{words}){_WORD_END}{blank}+(?:{by}){blank}*$", re.I)

    @cached_property
    def direction_before_re(self) -> TailPattern:
        """A change verb or direction word ending right before a figure, maybe with a link
        ("rose by", "en hausse de"): group ``up`` or ``down`` says which."""
        v, d = self.changes.verbs, self.changes.direction_words
        up = "|".join(p for p in (_stems(v.up), _alternation(d.up)) if p)
        down = "|".join(p for p in (_stems(v.down), _alternation(d.down)) if p)
        links = _alternation(d.links)
        link = rf"(?:[\s\u00a0\u202f]+(?:{links}))?" if links else ""
        forms = [s + e for verbs in (v.up, v.down) for s, ends in verbs.items() for e in ends]
        return TailPattern(
            re.compile(
                rf"(?<!\w)(?:(?P<up>{up})|(?P<down>{down})){_WORD_END}{link}[\s\u00a0\u202f]*$",
                re.I,
            ),
            [*forms, *d.up, *d.down, *d.links],
        )

    @cached_property
    def direction_after_re(self) -> re.Pattern[str]:
        """A direction noun right after a figure: "the 7% rise", "a 5% increase"."""
        d = self.changes.direction_words
        return re.compile(
            rf"^[\s\u00a0\u202f-]*(?:(?P<up>{_alternation(d.up) or '(?!)'})"
            rf"|(?P<down>{_alternation(d.down) or '(?!)'})){_WORD_END}",
            re.I,
        )

    @cached_property
    def points_way_re(self) -> re.Pattern[str]:
        """Bare points, then a comparative, right after a figure: "four points lower than",
        "soit 4 points de moins que", "deux points de mieux"."""
        d = self.changes.direction_words
        points = _alternation(self.units.points) or "(?!)"
        return re.compile(
            rf"^[\s\u00a0\u202f]*(?:{points})[\s\u00a0\u202f]+"
            rf"(?:(?P<up>{_alternation(d.points_up) or '(?!)'})"
            rf"|(?P<down>{_alternation(d.points_down) or '(?!)'})){_WORD_END}",
            re.I,
        )

    @cached_property
    def range_join_re(self) -> re.Pattern[str]:
        """The gap between the two ends of a range: "à", "et", "-", maybe a currency symbol."""
        joins = "|".join(re.escape(j) for j in self.ranges.join)
        symbols = "|".join(re.escape(m) for m in self.units.money if not m.isalpha())
        blank = r"[\s\u00a0\u202f]*"
        # "8- to 16-meter": the hyphen the first figure left hanging comes before the join
        return re.compile(rf"^-?{blank}(?:{joins}){blank}(?:{symbols})?{blank}$", re.I)

    @cached_property
    def score_join_re(self) -> re.Pattern[str]:
        words = _alternation(self.ranges.score_joins) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{words})[\s\u00a0\u202f]+")

    @cached_property
    def range_opener_re(self) -> re.Pattern[str]:
        opens = "|".join(re.escape(o) for o in self.ranges.open)
        return re.compile(rf"(?<!\w)(?:{opens})[\s\u00a0\u202f]*$", re.I)

    @cached_property
    def change_from_end_re(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in self.changes.from_words)
        return re.compile(rf"(?<!\w)(?:{words})[\s\u00a0\u202f]*$", re.I)

    @cached_property
    def started_from_re(self) -> re.Pattern[str]:
        """ "from 3.1 percent", "from a revised 4.9%": a change's first side, up to two words
        (an article, an adjective) between the word and the figure."""
        words = "|".join(re.escape(w) for w in self.periods.started_from) or "(?!)"
        return re.compile(
            rf"(?<!\w)(?:{words})(?:[\s\u00a0\u202f]+[^\W\d_]+){{0,2}}[\s\u00a0\u202f]*$", re.I
        )

    @cached_property
    def change_to_end_re(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in self.changes.to_words)
        return re.compile(rf"(?<!\w)(?:{words})[\s\u00a0\u202f]*$", re.I)

    @cached_property
    def suspended_hyphen_re(self) -> re.Pattern[str]:
        """ "18- to 24-year-olds": a hyphen left hanging before a range word."""
        words = "|".join(re.escape(w) for w in self.ranges.join if w.isalpha())
        return re.compile(rf"^-[\s\u00a0]+(?:{words})[\s\u00a0]", re.I)

    @cached_property
    def change_to_re(self) -> re.Pattern[str]:
        """A change's second side right after a figure: "five to seven years"."""
        words = "|".join(re.escape(w) for w in self.changes.to_words)
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words})[\s\u00a0\u202f]+[\w$€£₩]", re.I)
