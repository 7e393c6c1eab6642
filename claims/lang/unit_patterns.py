"""Patterns and folded names of the units written with a figure: percents and points,
currencies before and after, measures, compound measures ("5ft 10in"), unit symbols, weights
that share a money word ("pounds"), prices per unit and rates per unit.

One of the mixins that make up ``claims.lang.extraction.ExtractionTable``: each compiles the
patterns of one concern from the table's fields, once per language (cached on the frozen table)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from claims.lang.regex import _BLANK, _WORD_END, _alternation, _stems

if TYPE_CHECKING:
    from claims.lang.sections import Units

_UNIT_END = r"(?!\w|['’](?!s\b)\w)"
"""Where a unit word ends: not inside a longer word, nor before an apostrophe that opens an
elided word ("3 M€ par l'Ademe": the "l" is the article of "l'Ademe", not litres). An English
possessive ("the top 1 percent's share") still ends its unit."""

_MASS_UNITS = frozenset({"kilogram", "gram", "milligram", "metric_ton", "tonne"})
"""pint's metric units of mass: a figure that converts one of them into "pounds" weighs."""


class UnitPatterns:
    """Compiled patterns and folded names of the units written with a figure
    (a mixin of ``ExtractionTable``)."""

    if TYPE_CHECKING:  # fields of the table this mixin reads
        units: Units

    @cached_property
    def money_units(self) -> frozenset[str]:
        """Every unit a money word names ("USD", "KRW"...): asked of every figure's unit."""
        return frozenset(self.units.money.values())

    @cached_property
    def money_codes_folded(self) -> dict[str, str]:
        """Currency codes by their word in lower case; the first the table gives wins."""
        codes: dict[str, str] = {}
        for key, code in self.units.money.items():
            codes.setdefault(key.lower(), code)
        return codes

    @cached_property
    def percent_re(self) -> re.Pattern[str]:
        """A percent word after a figure, spaced, glued or hyphenated ("a 10-percent tariff")."""
        words = _alternation(self.units.percent)
        return re.compile(rf"^(?:[\s\u00a0\u202f]*|-)(?:{words}){_UNIT_END}", re.I)

    @cached_property
    def points_re(self) -> re.Pattern[str]:
        words = _alternation(self.units.percentage_points) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words}){_UNIT_END}", re.I)

    @cached_property
    def basis_points_re(self) -> re.Pattern[str]:
        """Basis points after a figure, spaced, glued or hyphenated ("a 25-basis-point cut")."""
        words = _alternation(self.units.basis_points) or "(?!)"
        return re.compile(rf"^(?:[\s\u00a0\u202f]*|-)(?:{words}){_UNIT_END}", re.I)

    @cached_property
    def price_per_re(self) -> re.Pattern[str]:
        """A unit an amount is the price of, right after it: "a gallon", "le litre", "/kg"."""
        per = self.units.price_per
        links = _alternation(per.links) or "(?!)"
        units = _alternation(list(per.units)) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(rf"^{blank}*(?:{links}){blank}*(?P<unit>{units}){_UNIT_END}", re.I)

    @cached_property
    def price_per_units_folded(self) -> dict[str, str]:
        return {k.lower().replace("’", "'"): v for k, v in self.units.price_per.units.items()}

    @cached_property
    def bare_points_re(self) -> re.Pattern[str]:
        words = _alternation(self.units.points) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words}){_UNIT_END}", re.I)

    @cached_property
    def duration_re(self) -> re.Pattern[str]:
        words = _alternation(self.units.duration)
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words}){_UNIT_END}", re.I)

    @cached_property
    def money_after_re(self) -> re.Pattern[str]:
        links = _alternation(self.units.money_links, ignore_case=True) or "(?!)"
        blank = r"[\s\u00a0\u202f]*"
        money = _alternation(self.units.money, ignore_case=True)
        # "a 12-cent dividend", "a 500-euro fine": a currency word hyphenated to its figure
        hyphenated = [m for m in self.units.money if m[:1].isalpha()]
        words = _alternation(hyphenated, ignore_case=True) or "(?!)"
        return re.compile(
            rf"^(?:{blank}(?:(?P<link>{links}){blank})?(?:{money})|-(?:{words})){_UNIT_END}",
            re.I,
        )

    @cached_property
    def money_before_re(self) -> re.Pattern[str]:
        """A currency sign or code right before a figure: "$", "US$", "CHF ", "RM", "USD"."""
        symbols = [m for m in self.units.money if not m.isalpha()]
        codes = [m for m in self.units.money if m.isalpha() and m[:1].isupper()]
        alternatives = [f"(?:{_alternation(symbols)})"]
        if codes:
            alternatives.append(rf"(?<![^\W\d_])(?:{_alternation(codes)})")
        return re.compile(rf"(?:{'|'.join(alternatives)})[\s\u00a0\u202f]*$")

    @cached_property
    def measure_after_re(self) -> re.Pattern[str]:
        """A unit of measure right after a figure, glued, spaced or hyphenated ("8km",
        "40 mph", "a 27-kilometre ring")."""
        words = _alternation(self.units.measures, ignore_case=True) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        links = _alternation(self.units.money_links, ignore_case=True) or "(?!)"
        return re.compile(
            rf"^(?:{blank}*|-)(?:(?P<link>{links}){blank}*)?(?:{words})(?![²³]){_UNIT_END}",
            re.I,
        )

    @cached_property
    def compound_res(self) -> dict[str, re.Pattern[str]]:
        """Per larger unit, the smaller part written right after it: " 10in", " and 4 oz"."""
        blank = r"[\s\u00a0\u202f]"
        joins = _alternation(self.units.compound_joins) or "(?!)"
        return {
            unit: re.compile(
                rf"{blank}+(?:(?:{joins}){blank}+)?(?P<n>\d{{1,2}}(?:\.\d+)?)"
                rf"{blank}?(?:{_alternation(spec.minor)})(?![\w'’-])",
                re.I,
            )
            for unit, spec in self.units.compounds.items()
        }

    @cached_property
    def compound_minor_units(self) -> dict[str, frozenset[str]]:
        """Per larger unit, the units its smaller part reads as on its own ("cents": USX,
        "minutes": minute)."""
        durations = {k.lower().replace("’", "'"): v for k, v in self.units.duration.items()}
        names = {**self.money_names, **self.measure_names, **durations}
        return {
            unit: frozenset(names[w.lower()] for w in spec.minor if w.lower() in names)
            for unit, spec in self.units.compounds.items()
        }

    @cached_property
    def compound_one_before_re(self) -> dict[str, re.Pattern[str]]:
        """Per larger unit with a ``one_before``: one of it in words, at the end of the text
        before the smaller part ("an hour and ")."""
        return {
            unit: re.compile(rf"(?<![\w'’])(?:{_alternation(spec.one_before)}){_BLANK}+$", re.I)
            for unit, spec in self.units.compounds.items()
            if spec.one_before
        }

    @cached_property
    def compound_join_re(self) -> re.Pattern[str]:
        """Between the two parts of a compound measure: a blank, maybe with "and"."""
        blank = r"[\s\u00a0\u202f]"
        joins = _alternation(self.units.compound_joins) or "(?!)"
        return re.compile(rf"{blank}+(?:(?:{joins}){blank}+)?", re.I)

    @cached_property
    def glued_money_re(self) -> re.Pattern[str]:
        """A currency letter glued to a figure, with its case ("438.6p" in pence); never after
        a blank, nor the first letter of an abbreviation ("7.40p.m.")."""
        letters = _alternation(self.units.glued_money) or "(?!)"
        return re.compile(rf"^(?:{letters})(?![\w'’-]|\.\w)")

    @cached_property
    def symbol_after_re(self) -> re.Pattern[str]:
        """A unit symbol read with its case, glued or after one blank ("40C", "38.7 C")."""
        symbols = _alternation(self.units.symbols) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]?(?:{symbols})(?![\w'’-])")

    @cached_property
    def _mass_words(self) -> str:
        """The measure words that weigh ("kilograms", "kg", "tonnes"), as one alternation."""
        return _alternation([w for w, u in self.units.measures.items() if u in _MASS_UNITS])

    @cached_property
    def weight_after_re(self) -> re.Pattern[str]:
        """A follower that makes a money word a weight: "pounds of", "pounds) of", or the same
        weight in metric units in brackets ("14,000 pounds (6,350 kilograms)")."""
        words = _alternation(self.units.weights.after) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        metric = self._mass_words or "(?!)"
        return re.compile(
            rf"{blank}*\)?{blank}*(?:{words})(?![\w-])"
            rf"|{blank}*\({blank}*[^\d()]{{0,15}}\d[\d.,]*{blank}*(?:{metric})(?![\w-])",
            re.I,
        )

    @cached_property
    def weight_hyphen_re(self) -> re.Pattern[str]:
        """A weight hyphenated to its figure, not money: "2,000-pound bombs", "a 20-pound bag"."""
        w = self.units.weights
        words = _alternation(w.hyphenated) or "(?!)"
        nouns = _alternation(w.money_nouns) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"-(?P<word>{words})(?![\w'’-])(?!{blank}+(?:{nouns}){_WORD_END})", re.I
        )

    @cached_property
    def weight_before_re(self) -> re.Pattern[str]:
        """A weighing verb before a figure, maybe with a qualifier between ("weighed over"), or
        a metric weight the figure converts in brackets ("6,350 kilograms (14,000")."""
        words = _alternation(self.units.weights.before) or "(?!)"
        metric = self._mass_words or "(?!)"
        return re.compile(
            rf"(?<![\w'’])(?:{words}){_WORD_END}[^\d.;:!?]{{0,25}}$"
            rf"|\d(?:[\s\u00a0\u202f]|-)?(?:{metric}){_WORD_END}[\s\u00a0\u202f]*\([^\d()]{{0,15}}$",
            re.I,
        )

    @cached_property
    def tally_points_re(self) -> re.Pattern[str]:
        """After bare points, what makes them a tally, not a rate's points: a rate link and a
        word ("27.4 points a game", "18,5 points par match") or another figure of a list
        ("18.5 points and 9.1 rebounds")."""
        links = _alternation([w for w in self.units.price_per.links if w[-1].isalpha()])
        joins = _alternation(self.units.compound_joins) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"{blank}+(?:{links or '(?!)'}){blank}+[^\W\d_]|{blank}*(?:,|{joins}){blank}*\d",
            re.I,
        )

    @cached_property
    def bare_degrees_re(self) -> re.Pattern[str]:
        """Degrees with no scale, then a bracket opening on a figure: "104 degrees (40"."""
        words = _alternation(self.units.bare_degrees) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"{blank}+(?:{words}){_WORD_END}{blank}*\({blank}*[^\W\d_]{{0,8}}{blank}*"
            rf"[-−]?\d[\d.,]*",
            re.I,
        )

    @cached_property
    def degrees_word_re(self) -> re.Pattern[str]:
        """Degrees with no scale right after a figure: "180 degrees"."""
        words = _alternation(self.units.bare_degrees) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{words}){_WORD_END}", re.I)

    @cached_property
    def angle_verb_re(self) -> re.Pattern[str]:
        """A verb of turning, then at most three words with no punctuation, up to a figure."""
        verbs = _stems(self.units.angle_verbs) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(
            rf"(?<![\w'’])(?:{verbs}){_WORD_END}(?:{blank}+[^\W\d_]+){{0,3}}{blank}+$", re.I
        )

    @cached_property
    def fraction_unit_link_re(self) -> re.Pattern[str]:
        """Between a fraction word and its unit: "half an inch", "a quarter of a mile"."""
        words = _alternation(self.units.fraction_links) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{words})(?=[\s\u00a0\u202f])", re.I)

    @cached_property
    def measure_names(self) -> dict[str, str]:
        """Measure words folded (lower case, straight apostrophe) to their pint unit."""
        return {k.lower().replace("’", "'"): v for k, v in self.units.measures.items()}

    @cached_property
    def money_names(self) -> dict[str, str]:
        return {k.lower().replace("’", "'"): v for k, v in self.units.money.items()}

    @cached_property
    def per_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.units.per)})(?!\w)", re.I)
