"""``[extraction.states]``: the grammar that makes a figure's clause a state held at a time
rather than an event of that time ("260 people were sleeping in its four centres on Tuesday
night", "the army had sent 300 troops", "There were 318 patients in field hospitals on Sunday"),
compiled once per language. ``claims.state_periods`` reads them."""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from claims.lang.regex import _BLANK, _alternation, _whole_words


class States(BaseModel):
    """Words of a clause that tell a state, not an event."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Auxiliaries of an ongoing action ("were staying", "was investigating"), and the endings
    # of the participle after them ("-ing"); an adverb may stand between ("were still
    # waiting").
    progressive_auxiliaries: list[str] = Field(default_factory=list)
    progressive_endings: list[str] = Field(default_factory=list)
    adverbs: list[str] = Field(default_factory=list)
    # Participles after a progressive auxiliary that tell a plan or an expectation, no state
    # ("were expecting", "is planning").
    not_progressive: list[str] = Field(default_factory=list)
    # Auxiliaries of a past perfect ("had sent", "had been destroyed"), and the participles
    # after them (maybe after "been") of a stock put in place or damaged or of a level reached:
    # what was done by that time, held as of it.
    perfect_auxiliaries: list[str] = Field(default_factory=list)
    stock_participles: list[str] = Field(default_factory=list)
    # The passive's auxiliary a perfect may take before its participle ("had been destroyed").
    perfect_passives: list[str] = Field(default_factory=list)
    # Pronouns opening a relative clause: one after a figure ("Nine hikers who had been
    # listed as missing were found safe") is no part of its predicate, one before it starts
    # the predicate ("in a section where 37 people were working the night shift").
    relative_pronouns: list[str] = Field(default_factory=list)
    # Words opening an existential clause, and the prepositions of place one word at most
    # after its figure that make it a state ("there were 318 patients in field hospitals on
    # Sunday"; not "there were 48,200 votes cast", a count of the day's events).
    existentials: list[str] = Field(default_factory=list)
    locatives: list[str] = Field(default_factory=list)
    # Verbs and phrases of a standing state or a stock held ("employed", "were en route",
    # "in critical condition", "outages", "confirmed dead").
    state_words: list[str] = Field(default_factory=list)
    # Aspect markers a language joins to the verb's stem, of an ongoing action or a state
    # reached ("머물고 있다", "치료를 받고 있다", "대피해 있다"): what holds at the time told,
    # as an ongoing action is, read wherever a stem ends before them.
    stem_aspects: list[str] = Field(default_factory=list)
    # Particles that mark a figure as the object of its verb ("3명을 입건해 조사하고 있다"):
    # what was done to it, not a state it holds, so a stem's aspect says nothing of it.
    object_particles: list[str] = Field(default_factory=list)
    # A tense marker right after an aspect marker that puts the state in the past ("86명이
    # 머물고 있었다" when the fire broke out): the scene of that moment, a count of its day.
    aspect_past: list[str] = Field(default_factory=list)
    # Words of a peak or a record of the day ("peaked at about 95,000 customers early
    # Friday", "at the height of the storm"): the most the day saw, a count of that day.
    peaks: list[str] = Field(default_factory=list)

    @cached_property
    def progressive_re(self) -> re.Pattern[str]:
        """An auxiliary, maybe an adverb, then a participle of an ongoing action."""
        aux = _alternation(self.progressive_auxiliaries)
        ends = _alternation(self.progressive_endings)
        if not aux or not ends:
            return re.compile("(?!)")
        adverb = self.optional_adverb()
        others = _alternation(self.not_progressive) or "(?!)"
        return re.compile(
            rf"(?<!\w)(?:{aux}){_BLANK}+{adverb}(?!(?:{others})(?!\w))[^\W\d_]{{2,}}(?:{ends})"
            rf"(?!\w)",
            re.I,
        )

    @cached_property
    def perfect_stock_re(self) -> re.Pattern[str]:
        """A past perfect's auxiliary, maybe "been" and an adverb, then a participle of a stock
        or a level."""
        aux = _alternation(self.perfect_auxiliaries)
        verbs = _alternation(self.stock_participles)
        if not aux or not verbs:
            return re.compile("(?!)")
        adverb = self.optional_adverb()
        passives = _alternation(self.perfect_passives)
        passive = rf"(?:(?:{passives}){_BLANK}+)?" if passives else ""
        return re.compile(
            rf"(?<!\w)(?:{aux}){_BLANK}+{adverb}{passive}{adverb}(?:{verbs})(?!\w)", re.I
        )

    def optional_adverb(self) -> str:
        """An adverb that may stand between an auxiliary and its participle ("were still
        waiting", "had already sent"), then blanks; "" for a table that names none."""
        adverbs = _alternation(self.adverbs)
        return rf"(?:(?:{adverbs}){_BLANK}+)?" if adverbs else ""

    @cached_property
    def stem_aspect_re(self) -> re.Pattern[str]:
        """An aspect marker right after a verb's stem (a letter before it), not in the
        past."""
        markers = _alternation(self.stem_aspects)
        if not markers:
            return re.compile("(?!)")
        past = _alternation(self.aspect_past)
        return re.compile(rf"(?<=[^\W\d_])(?:{markers})" + (f"(?!{past})" if past else ""))

    @cached_property
    def relative_re(self) -> re.Pattern[str]:
        """A pronoun opening a relative clause."""
        return _whole_words(self.relative_pronouns)

    @cached_property
    def existential_re(self) -> re.Pattern[str]:
        """The words opening an existential clause."""
        return _whole_words(self.existentials)

    @cached_property
    def peak_re(self) -> re.Pattern[str]:
        """A word of a peak of the day."""
        return _whole_words(self.peaks)

    @cached_property
    def located_re(self) -> re.Pattern[str]:
        """Right after a figure: one word at most, then a preposition of place."""
        where = _alternation(self.locatives)
        if not where:
            return re.compile("(?!)")
        return re.compile(
            rf"{_BLANK}+(?:[^\W\d_]+{_BLANK}+)?(?:{where})(?!\w)", re.I
        )

    @cached_property
    def state_word_re(self) -> re.Pattern[str]:
        """A verb or a phrase of a standing state or a stock."""
        return _whole_words(self.state_words)
