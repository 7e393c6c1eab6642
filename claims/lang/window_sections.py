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
