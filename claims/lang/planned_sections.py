"""The words of ``[extraction.planned]`` (and ``[extraction.superseded]``, of the same shape)
that make a figure a planned or expected value rather than a count of what was ("will rise to
ten years", "pledged on Monday to take in 12,000"), or an earlier figure since revised."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Planned(BaseModel):
    """``[extraction.planned]``: phrases that make a figure a planned or expected value
    ("will rise to ten years", "passera à 10 ans"): ``before`` ends a few words before the
    figure, ``after`` follows it closely ("5 000 places sont prévues")."""

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    # a commitment whose infinitive takes the figure ("pledged on Monday to take in 12,000",
    # "s'était engagé en juin à transférer 2 500"): the verbs, and the words that open their
    # infinitive ("to", "à", "de", "d'")
    commitments: list[str] = Field(default_factory=list)
    infinitive_marks: list[str] = Field(default_factory=list)
    # words no infinitive's reach runs through: a determiner opens a noun phrase ("agreed to a
    # truce after 1,200 deaths"), a preposition a phrase of its own ("accepté de négocier après
    # 1 200 morts"): the figure there is a count, not what was undertaken
    infinitive_stops: list[str] = Field(default_factory=list)
