"""The sections of a language table's ``[extraction]`` part that tell numbers which are no
quantity, as pydantic models: an age ("a 34-year-old", "l'âge légal de 64 ans"), a place's
number ("au 12 rue des Lilas"), a time of day ("vers 17 heures").
``claims.lang.non_count_patterns`` compiles them; ``claims.lang.sections`` holds the others.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Ages(BaseModel):
    strong_before: list[str]
    before: list[str]
    units: list[str]
    self_units: list[str] = Field(default_factory=list)
    after_vague: list[str]
    # People named before "de 34 ans" ("le motard de 27 ans"): with one of ``person_links``
    # between them, the figure and its age unit are that person's age.
    persons: list[str] = Field(default_factory=list)
    person_links: list[str] = Field(default_factory=list)
    # Verbs that state an age ("avait 86 ans") when the age unit ends the clause (not "a deux
    # ans de retard").
    verbs: list[str] = Field(default_factory=list)
    # Units of a young child's age, read as an age only after one of ``verbs`` with the
    # clause ending there ("ont moins de six mois."; "ont six mois pour" is a deadline).
    verb_units: list[str] = Field(default_factory=list)
    # The bound of an age bracket written after the figure: "two at 50 or over", "65 or
    # older" (a count stays a count: "1,000 or more" is not here).
    bound_after: list[str] = Field(default_factory=list)
    # A bound word before a bare figure that is an age when it follows a copula ("they were
    # under 18") or another count ("including 52 under 5"), with nothing counted after it;
    # not when one of ``count_subjects`` is the clause's subject ("the toll was under 20").
    bound_words: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(default_factory=list)
    count_subjects: list[str] = Field(default_factory=list)
    # An age a rule sets ("raises the retirement age from 62 to 64", "relève l'âge légal de
    # départ de 60 à 62 ans"): one of ``rule_nouns``, then in the same clause one of
    # ``rule_links`` right before the figure (or opening its range); not a statistic of ages,
    # a word of ``statistic_words`` next to the noun ("the average age rose to 43").
    rule_nouns: list[str] = Field(default_factory=list)
    # The age noun right after a number of years: how far a rule moves it ("repousser de deux
    # ans l'âge de départ").
    rule_nouns_after: list[str] = Field(default_factory=list)
    rule_links: list[str] = Field(default_factory=list)
    statistic_words: list[str] = Field(default_factory=list)
    # Ages listed after one age word share it: "his two sons, aged 4 and 9", "âgés de 6
    # et 11 ans" (the second is an age too).
    list_joins: list[str] = Field(default_factory=list)
    # The youngest and the oldest of a group, then their age: "the youngest was 23 and the
    # oldest 81".
    superlatives: list[str] = Field(default_factory=list)
    # A relative named by a possessive and a kin noun, then their age with a copula or in
    # apposition, ending the clause: "my brother is 31 and", "her son, 8, and", "her husband, who
    # was 61,". (French and Korean write the unit: "son fils, 8 ans", "아들(8)".)
    kin_determiners: list[str] = Field(default_factory=list)
    kin_nouns: list[str] = Field(default_factory=list)
    kin_relatives: list[str] = Field(default_factory=list)
    # the words that end the age's clause besides punctuation ("my brother is 31 and he ...")
    kin_clause_joins: list[str] = Field(default_factory=list)
    # What may follow an age in apposition to a first name besides a comma or the sentence's
    # end: "Claude, 56 ans dont 38 ans d'ancienneté".
    apposition_relatives: list[str] = Field(default_factory=list)


class PlaceNumbers(BaseModel):
    """``[extraction.place_numbers]``: numbers that name a place, not a quantity: a street
    number before ``streets`` ("au 12 rue des Lilas"), a department or district after
    ``before`` with nothing counted after it ("dans le 93")."""

    model_config = ConfigDict(extra="forbid")

    streets: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)
    # The numbers of the departments (or districts) that may follow an organisation's acronym
    # as the name of its local branch ("la FDSEA 29", "les JA 22", "le SNES-FSU 72"): each
    # pair is a range, ends included; empty where the language writes no such names.
    after_acronyms: list[tuple[int, int]] = Field(default_factory=list)


class Clock(BaseModel):
    """``[extraction.clock]``: an hour figure that is a time of day ("vers 17 heures"), not a
    duration. ``before`` ends right before the figure, ``after`` follows its hour word and
    makes it a time of day alone ("2 heures du matin"); ``not_after`` after the hour word and
    ``not_before`` before a ``before`` word make it a duration again ("à 3 heures de route",
    "limité à 10 heures")."""

    model_config = ConfigDict(extra="forbid")

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    not_before: list[str] = Field(default_factory=list)
    # Opening hours written as a span: ``range_openers`` before the first hour figure, one of
    # ``range_links`` after its hour word, then a second hour figure (0 to 24) in one of
    # ``range_hours`` ("ouverts de 8 heures à 22 heures"): both ends are times of day.
    range_openers: list[str] = Field(default_factory=list)
    range_links: list[str] = Field(default_factory=list)
    range_hours: list[str] = Field(default_factory=list)
    # A named time of day that ends such a span ("ouverte de 19 heures à minuit").
    range_named_times: list[str] = Field(default_factory=list)
