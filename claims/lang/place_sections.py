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
    # A place that is a clause's subject or owner, with no place word before it ("Florida has
    # carried out nine executions", "Alabama has 167 inmates on death row", "Pennsylvania's 19
    # electoral votes", "..., Oklahoma 5 and South Carolina 3"): the names read so (a capitalised
    # subject may be anything: only these are places), the verbs of a tally after them (with
    # the adverbs that may stand before the verb), the endings of an owner, and the words
    # after which a name is no subject ("flights to Florida have risen": a destination)
    place_subjects: list[str] = Field(default_factory=list)
    place_subject_verbs: list[str] = Field(default_factory=list)
    place_subject_adverbs: list[str] = Field(default_factory=list)
    place_subject_auxiliaries: list[str] = Field(default_factory=list)
    place_subject_participle_endings: list[str] = Field(default_factory=list)
    place_owner_endings: list[str] = Field(default_factory=list)
    place_subject_not_after: list[str] = Field(default_factory=list)
    # A word of the counted phrase that says where it counts ("US executions", "officines
    # finistériennes"), as written, with the place it names: its place slot when none is bound
    place_adjectives: dict[str, str] = Field(default_factory=dict)
    not_places: list[str] = Field(default_factory=list)  # capitalised words after "in" that aren't
