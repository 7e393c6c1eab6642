"""``[extraction.changes.direction_words]``: the words that give a stated change its way."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DirectionWords(BaseModel):
    """Nouns of a change before or after its figure ("en hausse de", "a 7% rise"), the links
    after them, and the comparatives after a figure of bare points, which make it a change of a
    rate, never a count: "four points lower than last month", "soit 4 points de moins"."""

    model_config = ConfigDict(extra="forbid")

    up: list[str] = Field(default_factory=list)
    down: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)
    points_up: list[str] = Field(default_factory=list)
    points_down: list[str] = Field(default_factory=list)
