"""The words of ``[extraction.periods]`` that tell a rolling window: a count summed over the
last few months, given at a month's end (claims.rolling_windows)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class RollingWords(BaseModel):
    """A window's length named with no end of its own ("cumulé sur douze mois", "sur 12 mois
    glissants", "on a rolling 12-month basis"; templates with the grammar's ``{n}`` and
    ``{unit}`` slots), and the words of a running sum ("le cumul", "cumulative") that make a
    month's end the end of such a window."""

    rolling_lengths: list[str] = Field(default_factory=list)
    rolling_cues: list[str] = Field(default_factory=list)
    # "contre un total, sur toute l'année, de 12 360 en 2015", "in all of 2018": a past year's
    # figure said to cover the whole year, not the part another figure covers
    # (claims.year_parts).
    whole_year_cues: list[str] = Field(default_factory=list)
    # Words that, inside a year's own phrase, say all of it ("contre 39 sur l'ensemble de 2024",
    # "for the whole of 2025", "지난해 한 해 동안"): looked for in that phrase only, as "l'ensemble
    # de" elsewhere in the sentence may name a place ("sur l'ensemble de la région").
    whole_year_words: list[str] = Field(default_factory=list)
    # The words that set a figure against another ("compared to last year, when ...", "an
    # increase on the figure recorded last year", "contre ... et 12 800 en 2023").
    year_part_comparisons: list[str] = Field(default_factory=list)
    # What says a compared past year is only its same part ("the same period", "à la même
    # période"): without it, a year named by its number ("compared with 31 in 2025") is whole.
    same_window_cues: list[str] = Field(default_factory=list)
    # An average ("en moyenne 53 personnes par embarcation, contre 13 en 2020") is no count over
    # a window: its past year stays whole.
    average_words: list[str] = Field(default_factory=list)
    # The words right before a figure that make it the level a change started from ("fell to
    # 181,000 from 264,000"): undated, beside a figure of a year-long window, it covers the
    # year-long window just before (claims.parallel_windows).
    parallel_base_words: list[str] = Field(default_factory=list)


class FieldworkWords(BaseModel):
    """A poll's own words (claims.poll_windows): its nouns ("poll", "sondage") and the
    participles that tie a window to it as its fieldwork ("conducted", "réalisé du ... au"), so
    its shares cover those days, not the day it was published."""

    poll_nouns: list[str] = Field(default_factory=list)
    fieldwork_verbs: list[str] = Field(default_factory=list)
    # After a number, the people a poll asked ("1,104 adults", "1 012 personnes"): such a poll
    # finds shares, and its window goes on to no count (a survey of 180 universities counts them)
    poll_samples: list[str] = Field(default_factory=list)
