"""The words of ``[extraction.context]`` that read a figure's place (the quantity frame,
claims/frame.py): what stands before a place name, what joins two names into one place, the
kinds of place before a name, and the phrases of the whole country or a wider scope. Their own
module: claims/lang/sections.py stays under 500 lines."""

from __future__ import annotations

from pydantic import BaseModel, Field


class PlaceWords(BaseModel):
    """Where a figure is: "in Houston", "dans l'agglomération de Lorient", "in Turkey and
    Syria", "statewide"."""

    place_intro: list[str] = Field(default_factory=list)  # "in", "à": before a place name
    # "in Turkey and Syria", "en Turquie et en Syrie": places joined by these name both, one
    # place of two names, not the first alone
    place_and: list[str] = Field(default_factory=list)
    # lower-case nouns of a kind of place between "in the" and its name, with the words that
    # join them ("dans l'agglomération de Lorient", "in the city of Houston"): the name is read
    place_heads: list[str] = Field(default_factory=list)
    place_head_links: list[str] = Field(default_factory=list)
    nationwide: list[str] = Field(default_factory=list)  # phrases that name the whole country
    # phrases that name a scope wider than the article's place and not the country ("statewide",
    # "dans toute la région"): a place of their own, never the article's place inherited
    wider_scope: list[str] = Field(default_factory=list)
    not_places: list[str] = Field(default_factory=list)  # capitalised words after "in" that aren't
