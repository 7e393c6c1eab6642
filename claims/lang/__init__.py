"""Per-language tables: every word the extractor knows lives in ``claims/lang/<code>/``.

One folder per language, one TOML file per concern (``numbers``, ``extraction``, ``periods``,
``context``, ``detect``, ``grouping``), as spaCy splits ``spacy/lang/fr/``: the files are merged
into one table, so a section may live in whichever file reads best, but no key may be given
twice. Adding a language means adding one folder with the same sections; nothing in the code
names a word of any language. This module validates the ``[extraction]`` section with pydantic
and compiles the regular expressions the extractor needs, once per language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims.lang.tail import RunPattern, TailPattern
from claims.lang.trie import alternation
from claims.phrase_kinds import Phrase

LANG_DIR = Path(__file__).parent


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a table folder, sorted: ``("en", "fr")``."""
    return tuple(
        sorted({p.parent.name for p in LANG_DIR.glob("*/*.toml") if p.parent.name.isidentifier()})
    )


def _merge(into: dict[str, Any], part: dict[str, Any], where: str) -> None:
    """Deep-merge one file's tables into the language's; a key given twice is an error."""
    for key, value in part.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value, f"{where}.{key}")
        elif key in into:
            raise ValueError(f"language table key '{where}.{key}' is given twice")
        else:
            into[key] = value


@cache
def raw_table(code: str) -> dict[str, Any]:
    """The merged TOML of one language's folder, read once; each module validates its section."""
    folder = LANG_DIR / code
    files = sorted(folder.glob("*.toml")) if code.isidentifier() else []
    if not files:
        known = ", ".join(available_languages())
        raise ValueError(f"unknown language '{code}' (available: {known})")
    table: dict[str, Any] = {}
    for path in files:
        with path.open("rb") as fh:
            try:
                part = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{path.relative_to(LANG_DIR)}: {exc}") from None
        _merge(table, part, code)
    return table


@cache
def grouping_pattern(code: str, key: str) -> re.Pattern[str] | None:
    """One list of expressions of a language's ``[grouping]`` table (``times_of_day``,
    ``national_contrast``: what tells two figures of one quantity apart) as one pattern, or
    None when the language has none."""
    try:
        found = raw_table(code).get("grouping", {}).get(key, [])
    except ValueError:
        return None
    return re.compile("|".join(f"(?:{p})" for p in found), re.I) if found else None


_NO_EDGE = r"(?:[^,;:]|(?<=\d),(?=\d))"  # a character inside a clause: "1,870" has no comma


def _alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any blank (as a
    prefix tree: ``claims.lang.trie``)."""
    return alternation(words)


class Weights(BaseModel):
    """Money words that also weigh ("150 pounds of cocaine", "weighed 200 pounds"): a weight
    when a follower comes after the word or a weighing verb before the figure."""

    model_config = ConfigDict(extra="forbid")

    words: dict[str, str] = Field(default_factory=dict)  # "pounds" -> pint "lb"
    after: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)
    # Words that weigh when hyphenated to the figure ("a 2,000-pound bomb"), unless one of
    # ``money_nouns`` follows ("a ten-pound note").
    hyphenated: list[str] = Field(default_factory=list)
    money_nouns: list[str] = Field(default_factory=list)


class Compound(BaseModel):
    """A smaller unit written after a measure of a larger one: "5ft 10in", "7lb 4oz"."""

    model_config = ConfigDict(extra="forbid")

    minor: list[str]  # how the smaller unit is written ("inches", "in", "″")
    per: float  # how many of the smaller make one of the larger (12 inches a foot)


class PricePer(BaseModel):
    """A price per unit of a measure right after an amount: "$4.50 a gallon", "1,80 € le
    litre", "$41 a share"."""

    model_config = ConfigDict(extra="forbid")

    links: list[str] = Field(default_factory=list)  # "a", "per", "/", "le", "l'"
    units: dict[str, str] = Field(default_factory=dict)  # the word -> pint unit (or a thing)


class Units(BaseModel):
    # Words between a scaled figure and its currency or unit: "2 milliards d'euros",
    # "1,5 million de tonnes".
    money_links: list[str] = Field(default_factory=list)
    percent: list[str]
    percentage_points: list[str] = Field(default_factory=list)
    points: list[str] = Field(default_factory=list)
    # "25 basis points", "40bp", "25 points de base": hundredths of a percentage point
    basis_points: list[str] = Field(default_factory=list)
    price_per: PricePer = Field(default_factory=PricePer)
    duration: dict[str, str]
    money: dict[str, str]
    measures: dict[str, str] = Field(default_factory=dict)  # "km²" -> pint "kilometer**2"
    # Unit symbols read with their case, right after a figure ("40C", "104F")
    symbols: dict[str, str] = Field(default_factory=dict)
    weights: Weights = Field(default_factory=Weights)
    # "a quarter of a mile", "half an inch": words between a fraction word and its unit
    fraction_links: list[str] = Field(default_factory=list)
    # pint unit of the larger measure -> its smaller unit ("foot": inches)
    compounds: dict[str, Compound] = Field(default_factory=dict)
    # "5 feet and 10 inches": a word that may join the two parts
    compound_joins: list[str] = Field(default_factory=list)
    per: dict[str, str]


class Ranges(BaseModel):
    open: list[str]
    join: list[str]
    join_with_opener: list[str] = Field(default_factory=list)
    # Words that join a score when no opener stands before ("battu Monaco 2 à 0"): the larger
    # figure first, where a range goes up.
    score_joins: list[str] = Field(default_factory=list)


class ChangeVerbs(BaseModel):
    """Change verbs as stems with their endings, by the direction they give."""

    model_config = ConfigDict(extra="forbid")

    up: dict[str, list[str]] = Field(default_factory=dict)
    down: dict[str, list[str]] = Field(default_factory=dict)
    neutral: dict[str, list[str]] = Field(default_factory=dict)


class DirectionWords(BaseModel):
    model_config = ConfigDict(extra="forbid")

    up: list[str] = Field(default_factory=list)
    down: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)


class Changes(BaseModel):
    from_words: list[str]
    to_words: list[str]
    # "fell by 191,000 bpd to 28.6 mln bpd": after a change verb and one of these, "to" leads
    # to the new level, not to a range's upper end
    by_words: list[str] = Field(default_factory=list)
    # "a abaissé son taux de 25 points de base": the word before the amount of a change whose
    # verb has its object before it (with "by_words"); read only for percents, points, money
    object_by_words: list[str] = Field(default_factory=list)
    verbs: ChangeVerbs
    comparison: list[str]
    # Cues that mark a comparison only in a sentence with a change verb ("rose to 12% from
    # 10%"); elsewhere they say where something comes from ("firefighters from three
    # provinces", "delegates from 190 countries").
    comparison_with_change: list[str] = Field(default_factory=list)
    direction_words: DirectionWords = Field(default_factory=DirectionWords)


_WORD_END = r"(?![\w'’-])"


def _whole_words(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, anywhere in the text."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)


def _ending_with(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` as whole words, then blanks, at the end of the text before a figure."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{pattern})[\s\u00a0\u202f]+$", re.I)


def _starting_with(words: Iterable[str]) -> re.Pattern[str]:
    """Blanks, then one of ``words`` as a whole word, at the start of the text after a figure."""
    pattern = _alternation(list(words)) or "(?!)"
    return re.compile(rf"^[\s\u00a0\u202f]+(?:{pattern}){_WORD_END}", re.I)
"""Where a table word must end: not inside a longer word, an elision or a compound
("porte-parole" is not the verb "porté")."""


def _stems(verbs: dict[str, list[str]]) -> str:
    """Verb stems with their endings as one alternation, each form ending a word."""
    forms = {stem + ending for stem, endings in verbs.items() for ending in endings}
    return _alternation(forms) or "(?!)"


class Periods(BaseModel):
    """``[extraction.periods]``: the period grammar. An unknown key or phrase kind is an error
    (``load_table`` names the file), never a phrase silently dropped."""

    model_config = ConfigDict(extra="forbid")

    months: dict[str, int]
    units: dict[str, str]
    year_refs: dict[str, int]
    month_parts: dict[str, list[int]]
    # Seasons and their first and last months ("summer" = [6, 8], "winter" = [12, 2]).
    seasons: dict[str, list[int]] = Field(default_factory=dict)
    # Events a year or a month names ("les municipales de 2020", "la canicule d'août 2003"):
    # a figure of that event covers that time.
    events: list[str] = Field(default_factory=list)
    patterns: list[tuple[str, Phrase]]
    back_demonstratives: list[str]
    ordinals: dict[str, int] = Field(default_factory=dict)
    weekdays: list[str] = Field(default_factory=list)
    day_suffixes: list[str] = Field(default_factory=list)  # "1st", "1er"
    relative_days: dict[str, int] = Field(default_factory=dict)  # "yesterday" = -1
    # Number words that count a window's units where digits may stand ("최근 두 달간").
    count_words: dict[str, int] = Field(default_factory=dict)
    announcement_verbs: list[str] = Field(default_factory=list)  # "said" (Wednesday)
    # "19 cases were confirmed in the last week": after these, a verb of saying is a passive
    # that counts, and the phrase after it is the figure's period, not the day it was said.
    passive_auxiliaries: list[str] = Field(default_factory=list)
    report_verbs: list[str] = Field(default_factory=list)  # "On Aug. 26, X published ..."
    # "the jobs added last month": before a verb of saying, a noun it counts, not a speaker.
    counted_before_saying: list[str] = Field(default_factory=list)
    report_nouns: list[str] = Field(default_factory=list)  # "its Wednesday report": a report's
    carry_before: list[str] = Field(default_factory=list)  # "of them", "parmi eux" + figure
    # A figure right after one of these restates a total said before ("Parmi les 44 victimes").
    restating_determiners: list[str] = Field(default_factory=list)
    # Opening a sentence before a figure: it restates a total said before, and the figures
    # after it in the sentence are parts of it ("Of the 62 cases, 41 were ...").
    restating_openers: list[str] = Field(default_factory=list)
    # Right after a percentage, these name the whole it is a share of ("87 % des décès").
    share_links: list[str] = Field(default_factory=list)
    # A sentence revising an earlier release's figure ("a été révisé à") is an aside: the
    # sentences after it go on about the time before it.
    revision_cues: list[str] = Field(default_factory=list)
    # A total at a date that these name ("le cap des 10 000", "le total atteignait") is the
    # running count from the start the article counts since, not a stock.
    running_total_cues: list[str] = Field(default_factory=list)
    # Stages of an event the article dates once ("au premier tour, le 16 mars"): a later
    # figure of that stage with no time of its own is of that day.
    named_events: list[str] = Field(default_factory=list)
    carry_after: list[str] = Field(default_factory=list)  # figure + "of whom"
    carry_verbs: list[str] = Field(default_factory=list)  # "The suspects included ..."
    present_cues: list[str] = Field(default_factory=list)  # "now stands at": as of publication
    # Auxiliaries of a tense that tells what happened before the story's time ("avaient
    # recensé", "had counted"): such a sentence does not frame the sentences after it.
    flashback_auxiliaries: list[str] = Field(default_factory=list)
    # Endings of the past participles after them.
    participle_endings: list[str] = Field(default_factory=list)
    # "à ce jour", "actuellement": a figure with no period of its own is known as of
    # publication (kind as_of, its start unknown), not undated.
    now_cues: list[str] = Field(default_factory=list)
    stock_cues: list[str] = Field(default_factory=list)  # "the death toll ... on Friday": as of
    perfect_cues: list[str] = Field(default_factory=list)  # "had returned": a total by then
    # "The death toll ... rose to 143 on Wednesday", "the number of confirmed deaths reached 31
    # on Monday": a total (the subject) that a verb of reaching takes to a level on a day.
    level_subjects: list[str] = Field(default_factory=list)
    # "since 2011, when heavy rains killed 312 people": words opening a clause about the year
    # just named.
    when_links: list[str] = Field(default_factory=list)
    # Clause links that join figures sharing the phrase after them ("40 roads and 12 bridges on
    # Tuesday").
    shared_links: list[str] = Field(default_factory=list)
    # Determiners before a figure that do not make it a definite one whose clause runs on past
    # its noun ("of 1.27 million": a share's whole, not "the 1.27 million people counted").
    not_definite: list[str] = Field(default_factory=list)
    # "The provisional total passed 10,000 at the end of May": the subject of a running total.
    running_totals: list[str] = Field(default_factory=list)
    # "taking the total for the year to 19,066": what the day's events did to a running total.
    total_links: list[str] = Field(default_factory=list)
    up_to_now: list[str] = Field(default_factory=list)  # "the 2024 total up to now": to now
    # Between two figures, the second restates the first ("118 of the deaths, or 82.5%").
    restate_links: list[str] = Field(default_factory=list)
    state_cues: list[str] = Field(default_factory=list)  # "15% contained": a level, as of
    # "who are still trapped", "remain in hospital": a state now, in the present tense; a day
    # another clause names does not date it.
    present_state_cues: list[str] = Field(default_factory=list)
    # "have been hospitalized", "have died": a count in the present perfect, counted up to now.
    running_perfect_cues: list[str] = Field(default_factory=list)
    level_verbs: list[str] = Field(default_factory=list)
    forecast_cues: list[str] = Field(default_factory=list)  # "expects 6-7% this year": ahead
    event_cues: list[str] = Field(default_factory=list)  # "votes", "of the vote": results
    superlatives: list[str] = Field(default_factory=list)  # "the highest since 2019": no period
    baseline_words: list[str] = Field(default_factory=list)  # "up 9% from Q2 2023": a baseline
    # Particles that glue to the end of a phrase ("9월까지", "올해는"): with any, a phrase may
    # end before one of them, and it cannot be looked for by its first word alone.
    glued_particles: list[str] = Field(default_factory=list)


class Dates(BaseModel):
    day_articles: list[str]
    weekdays: list[str]
    # How a numeric date is written ("dmy": 14/03/2025); empty when the language's press uses
    # both orders, so none is read.
    numeric_date_order: str = ""


class SmallCounts(BaseModel):
    """Words around a bare number word that make it a count ("another two", "nine were")."""

    model_config = ConfigDict(extra="forbid")

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


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


class PlaceNumbers(BaseModel):
    """``[extraction.place_numbers]``: numbers that name a place, not a quantity: a street
    number before ``streets`` ("au 12 rue des Lilas"), a department or district after
    ``before`` with nothing counted after it ("dans le 93")."""

    model_config = ConfigDict(extra="forbid")

    streets: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)


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


class Context(BaseModel):
    source_intro: list[str]
    actor_verbs: list[str]
    stop_words: list[str]
    determiners: list[str]
    population_intro: list[str]
    share_verbs: list[str]
    participle_suffixes: list[str] = Field(default_factory=list)
    phone_cues: list[str] = Field(default_factory=list)
    clause_links: list[str] = Field(default_factory=list)
    of_whom: list[str] = Field(default_factory=list)
    hyphen_modifiers: bool = False
    subject_ends_at_participle: bool = False
    reference_articles: list[str] = Field(default_factory=list)
    # The quantity frame (claims/frame.py): what a figure measures besides what it counts.
    elisions: list[str] = Field(default_factory=list)  # "d'", "l'": heads glued to a word
    place_intro: list[str] = Field(default_factory=list)  # "in", "à": before a place name
    # lower-case nouns of a kind of place between "in the" and its name, with the words that
    # join them ("dans l'agglomération de Lorient", "in the city of Houston"): the name is read
    place_heads: list[str] = Field(default_factory=list)
    place_head_links: list[str] = Field(default_factory=list)
    nationwide: list[str] = Field(default_factory=list)  # phrases that name the whole country
    # phrases that name a scope wider than the article's place and not the country ("statewide",
    # "dans toute la région"): a place of their own, never the article's place inherited
    wider_scope: list[str] = Field(default_factory=list)
    not_places: list[str] = Field(default_factory=list)  # capitalised words after "in" that aren't
    entity_heads: list[str] = Field(default_factory=list)  # "fire" in "the Ridge fire"
    entity_head_first: bool = False  # "l'incendie de Lacanau" vs "the Ridge fire"
    entity_links: list[str] = Field(default_factory=list)  # "de" in "l'incendie de Lacanau"
    breakdown_before: list[str] = Field(default_factory=list)  # "dont 19", "including 52"
    breakdown_after: list[str] = Field(default_factory=list)  # "27 of whom"
    breakdown_openers: list[str] = Field(default_factory=list)  # "Of them, 118 were..."
    breakdown_verbs: list[str] = Field(default_factory=list)  # "the suspects included 95"
    count_nouns: list[str] = Field(default_factory=list)  # "the number of X ... N"
    # a tally named by what it counts, before its figure: "the death toll rose to 143" counts
    # deaths (phrase -> what it counts)
    toll_nouns: dict[str, str] = Field(default_factory=dict)
    # nouns that name a figure, not what it counts ("un chiffre corrigé à 3 512")
    figure_nouns: list[str] = Field(default_factory=list)
    counted_qualifiers: list[str] = Field(default_factory=list)  # regexes: "in their 30s"
    source_nouns: list[str] = Field(default_factory=list)  # "(police)", "(CGT)" after a figure
    stated_share: list[str] = Field(default_factory=list)  # ", or 71.2 percent", ", soit 12 %"
    running_totals: list[str] = Field(default_factory=list)  # "bringing the total ... to N"


class Planned(BaseModel):
    """``[extraction.planned]``: phrases that make a figure a planned or expected value
    ("will rise to ten years", "passera à 10 ans"): ``before`` ends a few words before the
    figure, ``after`` follows it closely ("5 000 places sont prévues")."""

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class ExtractionTable(BaseModel):
    """The ``[extraction]`` section of a language table, with its compiled patterns."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    code: str = ""
    abbreviations: list[str]
    furniture_prefixes: list[str]
    furniture_words: list[str]
    qualifiers: dict[str, str]
    duration_prepositions: list[str] = Field(default_factory=list)
    qualifiers_after: dict[str, str] = Field(default_factory=dict)
    # Words that make a bound after a figure an idiom instead ("45 000 au plus fort de la
    # tempête", "150 euros au plus tard le 30 juin").
    qualifiers_after_idioms: list[str] = Field(default_factory=list)
    rate_bases: list[str] = Field(default_factory=list)
    # Right before a rate phrase, words that make it a length of time, not a rate: "1,450
    # patients waiting more than a year", "waited over a month".
    rate_length_before: list[str] = Field(default_factory=list)
    # Right after a rate phrase, words that make it a point back in time ("$12.6 billion a
    # year earlier", "a month ago"): the figure is the earlier level, not a rate
    rate_back_after: list[str] = Field(default_factory=list)
    bound_joins: list[str] = Field(default_factory=list)
    windows: list[str] = Field(default_factory=list)
    weak_windows: list[str] = Field(default_factory=list)
    # After a duration, words that make it a time reference, not a figure: "two days after
    # the quake", "20 minutes later", "deux jours après le séisme"
    anchors_after: list[str] = Field(default_factory=list)
    # Between a number and a duration word, words that make it an extension of a window
    # ("stay open for six more weeks", "two more years"): a window, not a count of weeks.
    window_extensions: list[str] = Field(default_factory=list)
    # Subject pronouns of a speaker talking of themselves: a duration in a quotation with one
    # before it is a witness's own time ("\"We waited eight hours,\" she said").
    first_person: list[str] = Field(default_factory=list)
    # Before a duration with no anchor after it, words that make it a deadline: "un audit
    # dans les deux mois" (but "dans les 8 secondes après l'envoi" is how long it takes).
    deadlines: list[str] = Field(default_factory=list)
    small_counts: SmallCounts = Field(default_factory=SmallCounts)
    hedges: dict[str, str]
    planned: Planned = Field(default_factory=Planned)
    superseded: Planned = Field(default_factory=Planned)  # same shape: before/after phrases
    ranges: Ranges
    changes: Changes
    units: Units
    periods: Periods
    dates: Dates
    ages: Ages
    clock: Clock = Field(default_factory=Clock)
    place_numbers: PlaceNumbers = Field(default_factory=PlaceNumbers)
    context: Context
    extra_numbers: dict[str, object] = Field(default_factory=dict)

    # Compiled once per language; every property below is cached on the (frozen) table.

    @cached_property
    def qualifier_re(self) -> TailPattern:
        """Qualifier or hedge phrase ending right before a figure."""
        words = list(self.qualifiers) + list(self.hedges)
        return TailPattern(
            re.compile(
                rf"(?:^|(?<=[\s(«\"“'’]))(?:{_alternation(words)})[\s\u00a0\u202f]*$", re.I
            ),
            words,
        )

    @cached_property
    def planned_before_re(self) -> RunPattern:
        """A planned-change phrase, then at most three words with no figure, then the figure
        (searched from the last character such a run cannot hold: every figure asks)."""
        words = _alternation(self.planned.before) or "(?!)"
        gap = r"(?:[\s\u00a0\u202f]+[^\W\d_][\w'’-]*){0,3}"
        return RunPattern(
            re.compile(rf"(?<![\w'’])(?:{words}){gap}[\s\u00a0\u202f]*$", re.I),
            r"[\w'’\s\u00a0\u202f-]",
            self.planned.before,
        )

    @cached_property
    def planned_after_re(self) -> re.Pattern[str]:
        """At most four words with no figure after the figure, then a planned-change phrase."""
        words = _alternation(self.planned.after) or "(?!)"
        gap = r"(?:[\s\u00a0\u202f]+[^\W\d_][\w'’-]*){0,4}"
        return re.compile(rf"^{gap}[\s\u00a0\u202f]+(?:{words}){_WORD_END}", re.I)

    @cached_property
    def superseded_before_re(self) -> TailPattern:
        """A phrase naming an earlier, since revised figure, right before the figure ("up from
        a previous estimate of", "avait d'abord annoncé"); searched only when the text ends
        with a phrase's last word (every figure asks)."""
        words = _alternation(self.superseded.before) or "(?!)"
        return TailPattern(
            re.compile(rf"(?<![\w'’])(?:{words})[\s\u00a0\u202f]*$", re.I),
            self.superseded.before,
        )

    @cached_property
    def superseded_after_re(self) -> re.Pattern[str]:
        """Right after the figure, at most one word, then a phrase saying it was an earlier
        statement ("the 52,310 it reported on election night", "annoncés initialement")."""
        words = _alternation(self.superseded.after) or "(?!)"
        gap = r"(?:[\s\u00a0\u202f]+[^\W\d_][\w'’-]*){0,1}"
        return re.compile(rf"^{gap}[\s\u00a0\u202f]+(?:{words}){_WORD_END}", re.I)

    @cached_property
    def window_before_re(self) -> re.Pattern[str]:
        """A window preposition right before a duration: "in just", "pendant", "for"."""
        return _ending_with(self.windows)

    @cached_property
    def anchor_after_re(self) -> re.Pattern[str]:
        """ "after", "later", "après" right after a duration: a time reference."""
        words = _alternation(self.anchors_after) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words}){_WORD_END}", re.I)

    @cached_property
    def first_person_re(self) -> re.Pattern[str]:
        """A subject pronoun as a whole word; an elided one ("j'") may run into its verb."""
        words = _alternation(self.first_person) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{words})(?:(?<=['’])|(?!\w))", re.I)

    @cached_property
    def extension_window_re(self) -> re.Pattern[str]:
        """ "more weeks" after "six": an extension word, then a duration word."""
        words = _alternation(self.window_extensions) or "(?!)"
        durations = _alternation(self.units.duration) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(rf"^{blank}(?:{words}){blank}(?:{durations})(?!\w)", re.I)

    @cached_property
    def deadline_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.deadlines)

    @cached_property
    def weak_window_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.weak_windows)

    @cached_property
    def small_count_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.small_counts.before)

    @cached_property
    def small_count_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.small_counts.after)

    @cached_property
    def rate_base_re(self) -> re.Pattern[str]:
        words = _alternation(self.rate_bases) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def qualifier_after_re(self) -> re.Pattern[str]:
        """A bound written after a figure: "or more", "and over", "ou moins", "-plus"."""
        glued = [w for w in self.qualifiers_after if w.startswith("-")]
        spaced = _starting_with([w for w in self.qualifiers_after if not w.startswith("-")])
        if not glued:
            return spaced
        return re.compile(rf"{spaced.pattern}|^(?:{_alternation(glued)}){_WORD_END}", re.I)

    @cached_property
    def qualifier_idiom_re(self) -> re.Pattern[str]:
        """Right after a bound written after a figure, a word that makes it an idiom."""
        words = _alternation(self.qualifiers_after_idioms) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{words})(?!\w)", re.I)

    @cached_property
    def qualifiers_folded(self) -> dict[str, str]:
        """Qualifiers by their folded phrase (lower case, straight apostrophe)."""
        return {k.lower().replace("’", "'"): v for k, v in self.qualifiers.items()}

    @cached_property
    def qualifiers_hedges_folded(self) -> dict[str, str]:
        """Qualifiers and hedges by their folded phrase; a hedge wins a phrase both give."""
        both = {**self.qualifiers, **self.hedges}
        return {k.lower().replace("’", "'"): v for k, v in both.items()}

    @cached_property
    def hedges_folded(self) -> frozenset[str]:
        return frozenset(k.lower().replace("’", "'") for k in self.hedges)

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
    def qualifiers_after_folded(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.qualifiers_after.items()}

    @cached_property
    def bound_join_re(self) -> re.Pattern[str]:
        """Between two bounds of one quantity: "and", ", but", "et"."""
        words = _alternation(self.bound_joins) or "(?!)"
        return re.compile(
            rf"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:{words})[\s\u00a0\u202f]+", re.I
        )

    @cached_property
    def percent_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{_alternation(self.units.percent)})(?!\w)", re.I)

    @cached_property
    def points_re(self) -> re.Pattern[str]:
        words = _alternation(self.units.percentage_points) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words})(?!\w)", re.I)

    @cached_property
    def basis_points_re(self) -> re.Pattern[str]:
        """Basis points after a figure, spaced, glued or hyphenated ("a 25-basis-point cut")."""
        words = _alternation(self.units.basis_points) or "(?!)"
        return re.compile(rf"^(?:[\s\u00a0\u202f]*|-)(?:{words})(?!\w)", re.I)

    @cached_property
    def price_per_re(self) -> re.Pattern[str]:
        """A unit an amount is the price of, right after it: "a gallon", "le litre", "/kg"."""
        per = self.units.price_per
        links = _alternation(per.links) or "(?!)"
        units = _alternation(list(per.units)) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        return re.compile(rf"^{blank}*(?:{links}){blank}*(?P<unit>{units})(?!\w)", re.I)

    @cached_property
    def price_per_units_folded(self) -> dict[str, str]:
        return {k.lower().replace("’", "'"): v for k, v in self.units.price_per.units.items()}

    @cached_property
    def bare_points_re(self) -> re.Pattern[str]:
        words = _alternation(self.units.points) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words})(?!\w)", re.I)

    @cached_property
    def direction_word_re(self) -> re.Pattern[str]:
        """A whole word that states a direction (a change verb or noun): group up or down."""
        v, d = self.changes.verbs, self.changes.direction_words
        up = "|".join(p for p in (_stems(v.up), _alternation(d.up)) if p)
        down = "|".join(p for p in (_stems(v.down), _alternation(d.down)) if p)
        return re.compile(rf"(?:(?P<up>{up})|(?P<down>{down}))", re.I)

    @cached_property
    def duration_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{_alternation(self.units.duration)})(?!\w)", re.I)

    @cached_property
    def money_after_re(self) -> re.Pattern[str]:
        links = _alternation(self.units.money_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]*"
        money = _alternation(self.units.money)
        # "a 12-cent dividend", "a 500-euro fine": a currency word hyphenated to its figure
        words = _alternation([m for m in self.units.money if m[:1].isalpha()]) or "(?!)"
        return re.compile(
            rf"^(?:{blank}(?:(?P<link>{links}){blank})?(?:{money})|-(?:{words}))(?!\w)", re.I
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
        words = _alternation(self.units.measures) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        links = _alternation(self.units.money_links) or "(?!)"
        return re.compile(
            rf"^(?:{blank}*|-)(?:(?P<link>{links}){blank}*)?(?:{words})(?![\w²³])", re.I
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
        """Per larger unit, the units its smaller part reads as on its own ("cents": USX)."""
        names = {**self.money_names, **self.measure_names}
        return {
            unit: frozenset(names[w.lower()] for w in spec.minor if w.lower() in names)
            for unit, spec in self.units.compounds.items()
        }

    @cached_property
    def compound_join_re(self) -> re.Pattern[str]:
        """Between the two parts of a compound measure: a blank, maybe with "and"."""
        blank = r"[\s\u00a0\u202f]"
        joins = _alternation(self.units.compound_joins) or "(?!)"
        return re.compile(rf"{blank}+(?:(?:{joins}){blank}+)?", re.I)

    @cached_property
    def symbol_after_re(self) -> re.Pattern[str]:
        """A unit symbol read with its case, glued or after one blank ("40C", "38.7 C")."""
        symbols = _alternation(self.units.symbols) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]?(?:{symbols})(?![\w'’-])")

    @cached_property
    def weight_after_re(self) -> re.Pattern[str]:
        """A follower that makes a money word a weight: "pounds of"."""
        words = _alternation(self.units.weights.after) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]*(?:{words})(?![\w-])", re.I)

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
        """A weighing verb before a figure, maybe with a qualifier between: "weighed over"."""
        words = _alternation(self.units.weights.before) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{words}){_WORD_END}[^\d.;:!?]{{0,25}}$", re.I)

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
    def rate_back_after_re(self) -> re.Pattern[str]:
        words = _alternation(self.rate_back_after) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]*(?:{words})(?!\w)", re.I)

    @cached_property
    def rate_length_before_re(self) -> re.Pattern[str]:
        words = _alternation(self.rate_length_before) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})\s*$", re.I)

    @cached_property
    def per_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.units.per)})(?!\w)", re.I)

    @cached_property
    def furniture_prefix_re(self) -> re.Pattern[str]:
        return re.compile(rf"^\W*(?:{_alternation(self.furniture_prefixes)})\b", re.I)

    @cached_property
    def source_intro_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.context.source_intro)})\s+", re.I)

    @cached_property
    def actor_verb_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.context.actor_verbs)})(?!\w)", re.I)

    @cached_property
    def actor_verb_breaks(self) -> str:
        """Clause marks and digits that no reporting verb phrase holds: a verb never spans one."""
        inside = set("".join(self.context.actor_verbs))
        return "".join(c for c in ",;:()[]«»\"0123456789" if c not in inside)

    @cached_property
    def comparison_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(self.changes.comparison)})\s*$", re.I)

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
    def announcement_re(self) -> TailPattern:
        """A verb of saying right before a period phrase: "said Wednesday", "said on"."""
        verbs = _alternation(self.periods.announcement_verbs) or "(?!)"
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{verbs})[\s\u00a0]+$", re.I), self.periods.announcement_verbs
        )

    @cached_property
    def report_noun_re(self) -> re.Pattern[str]:
        """ " report", " daily update": right after a day, the day is a report's."""
        nouns = _alternation(self.periods.report_nouns) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]+(?:{nouns})(?!\w)", re.I)

    @cached_property
    def report_verb_re(self) -> re.Pattern[str]:
        """A verb of publishing a report: "Le 26 août, l'association a publié ..."."""
        return _whole_words(self.periods.report_verbs)

    @cached_property
    def present_re(self) -> re.Pattern[str]:
        """ "now", "désormais": a sentence about the present, not the time before it."""
        return _whole_words(self.periods.present_cues)

    @cached_property
    def now_re(self) -> re.Pattern[str]:
        """ "à ce jour", "actuellement": a figure known as of publication."""
        cues = _alternation(self.periods.now_cues) or "(?!)"
        return re.compile(rf"(?<![\w'’])(?:{cues})(?:(?<=['’])|(?!\w))", re.I)

    @cached_property
    def superlative_re(self) -> re.Pattern[str]:
        """ "the highest ", "le plus bas niveau ": a record the phrase after it measures against
        ("since 2019", "this year"), not the period of the figure. Matched up to the phrase."""
        words = _alternation(self.periods.superlatives) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)[^\d,;:]{{0,40}}$", re.I)

    @cached_property
    def baseline_before_re(self) -> TailPattern:
        """ "9% more than ", "up 9% from ", "12 % de plus qu'": the period phrase right after is
        what the figure is compared with, not the figure's own period."""
        words = _alternation(self.periods.baseline_words) or "(?!)"
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{words})\s*$", re.I), self.periods.baseline_words
        )

    @cached_property
    def running_total_cue_re(self) -> re.Pattern[str] | None:
        """ "le cap des 10 000", "le total atteignait": a total counted up to a date."""
        words = _alternation(self.periods.running_total_cues)
        return re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.I) if words else None

    @cached_property
    def named_event_re(self) -> re.Pattern[str] | None:
        """ "premier tour", "second tour": stages of an event the article dates once."""
        words = _alternation(self.periods.named_events)
        return re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.I) if words else None

    @cached_property
    def revision_re(self) -> re.Pattern[str]:
        """A revised figure ("a été révisé à 7,5 %"): an aside about an earlier release."""
        words = _alternation(self.periods.revision_cues)
        return re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.I) if words else re.compile("(?!)")

    @cached_property
    def flashback_re(self) -> re.Pattern[str]:
        """An auxiliary of the flashback tense, maybe an adverb, then a past participle."""
        aux = _alternation(self.periods.flashback_auxiliaries)
        ends = _alternation(self.periods.participle_endings)
        if not aux or not ends:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"(?<![\w'’])(?:{aux}){blank}(?:[^\W\d_]+{blank})?[^\W\d_]+(?:{ends})(?!\w)", re.I
        )

    @cached_property
    def stock_re(self) -> re.Pattern[str]:
        """ "death toll", "still", "bilan": a figure that is a running total or a stock."""
        return _whole_words(self.periods.stock_cues)

    @cached_property
    def level_re(self) -> re.Pattern[str]:
        """ "the death toll from Monday's quake rose to ", "the number of deaths reached ": a
        total's subject, then a verb taking it to a level, with no clause edge between; matched
        up to the figure."""
        subjects = _alternation(self.periods.level_subjects)
        verbs = _alternation(self.periods.level_verbs)
        if not subjects or not verbs:
            return re.compile("(?!)")
        return re.compile(
            rf"(?<!\w)(?:{subjects})(?!\w){_NO_EDGE}*?(?<!\w)(?:{verbs})(?!\w){_NO_EDGE}*$", re.I
        )

    @cached_property
    def perfect_level_re(self) -> re.Pattern[str]:
        """ "had reached ", "has risen to about ": a level reached by a time, right before the
        figure."""
        perfect = _alternation(self.periods.perfect_cues)
        verbs = _alternation(self.periods.level_verbs)
        if not perfect or not verbs:
            return re.compile("(?!)")
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(
            rf"(?<!\w)(?:{perfect}){blank}(?:{verbs})(?!\w)[^\d,;:]{{0,25}}$", re.I
        )

    @cached_property
    def when_link_re(self) -> re.Pattern[str]:
        """ "when", "where": a clause tying a figure to another moment or place."""
        return _whole_words(self.periods.when_links)

    @cached_property
    def when_year_re(self) -> re.Pattern[str]:
        """ "2011, when", "2016 when", "the 2020 general election, when": a year (and the event
        it names), then a clause about it."""
        links = _alternation(self.periods.when_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]"
        months = _alternation(list(self.periods.months)) or "(?!)"
        return re.compile(
            rf"(?:(?<!\w)(?P<month>{months}){blank}+(?:of{blank}+)?)?"  # "March of 2024, when"
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)(?:{blank}+[^\W\d]+){{0,3}}{blank}*,?{blank}+"
            rf"(?:{links})(?!\w)", re.I
        )

    @cached_property
    def restate_re(self) -> re.Pattern[str]:
        """ "[118] of the deaths, or [82.5%]": the words between a figure and its restatement
        (the counted noun, then a link), matched whole."""
        links = _alternation(self.periods.restate_links) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(rf"(?:{blank}[^\W\d]+){{0,4}},?{blank}(?:{links}){blank}", re.I)

    @cached_property
    def total_link_re(self) -> re.Pattern[str]:
        """ "taking the provisional total", "bringing the tally": a running total moved on."""
        return _whole_words(self.periods.total_links)

    @cached_property
    def running_total_re(self) -> re.Pattern[str]:
        """ "total", "tally": a count that runs on, subject of a level at a date."""
        return _whole_words(self.periods.running_totals)

    @cached_property
    def up_to_now_re(self) -> re.Pattern[str]:
        """ "up to now", "until now": a window said to run to the present."""
        return _whole_words(self.periods.up_to_now)

    @cached_property
    def running_perfect_re(self) -> re.Pattern[str]:
        """ "have been hospitalized", "has died": counted up to now."""
        return _whole_words(self.periods.running_perfect_cues)

    @cached_property
    def present_state_re(self) -> re.Pattern[str]:
        """ "are still missing", "remain in hospital": a state held now."""
        return _whole_words(self.periods.present_state_cues)

    @cached_property
    def state_re(self) -> re.Pattern[str]:
        """ "contained", "remain": a level held at a time, not a count over a window."""
        return _whole_words(self.periods.state_cues)

    @cached_property
    def forecast_re(self) -> re.Pattern[str]:
        """ "expects", "would cut": a figure for a time still to come."""
        return _whole_words(self.periods.forecast_cues)

    @cached_property
    def event_cue_re(self) -> re.Pattern[str]:
        """ "votes", "of the vote": a result of the event the article is about."""
        return _whole_words(self.periods.event_cues)

    @cached_property
    def perfect_re(self) -> re.Pattern[str]:
        """ "had returned": a total up to a time, not an event of the day before it."""
        return _whole_words(self.periods.perfect_cues)

    @cached_property
    def carry_before_re(self) -> re.Pattern[str]:
        """ "Of them, ", "Parmi eux, ", "including ", "dont ": the figure after refers back."""
        cues = _alternation(self.periods.carry_before) or "(?!)"
        return re.compile(rf"(?:^|(?<=[^\w]))(?:{cues})(?!\w)", re.I)

    @cached_property
    def restating_opener_re(self) -> re.Pattern[str]:
        """ "Of the ", "Among the " as all a sentence holds before a figure ("Of the 62 cases,")."""
        cues = _alternation(self.periods.restating_openers) or "(?!)"
        return re.compile(rf"^[\W_]*(?:{cues})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def restating_link_re(self) -> re.Pattern[str]:
        """ " of the " as all that stands between two figures ("41 of the 62 cases")."""
        cues = _alternation(self.periods.restating_openers) or "(?!)"
        return re.compile(rf"^[\s\u00a0\u202f]+(?:{cues})[\s\u00a0\u202f]+$", re.I)

    @cached_property
    def carry_after_re(self) -> re.Pattern[str]:
        """ "27 of whom", "27 d'entre eux": the figure refers back."""
        cues = _alternation(self.periods.carry_after) or "(?!)"
        return re.compile(rf"[\s\u00a0]*(?:{cues})(?!\w)", re.I)

    @cached_property
    def carry_verb_re(self) -> re.Pattern[str]:
        """ "The apprehended suspects included 95 ...": a subject named before, then listed."""
        return _whole_words(self.periods.carry_verbs)

    @cached_property
    def month_re(self) -> str:
        return _alternation(self.periods.months)

    @cached_property
    def stop_words_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.context.stop_words)

    @cached_property
    def reference_article_re(self) -> re.Pattern[str]:
        return re.compile(
            rf"(?<!\w)(?:{_alternation(self.context.reference_articles)})[\s\u00a0]+$", re.I
        )

    @cached_property
    def phone_cue_re(self) -> TailPattern:
        cues = _alternation(self.context.phone_cues) or "(?!)"
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{cues})[\s\u00a0:]*$", re.I), self.context.phone_cues, ":"
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
    def change_to_end_re(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in self.changes.to_words)
        return re.compile(rf"(?<!\w)(?:{words})[\s\u00a0\u202f]*$", re.I)

    @cached_property
    def proportion_gap_re(self) -> re.Pattern[str]:
        """Between "six" and "dix" in "six victimes sur dix": a word or two and the connector."""
        words = _alternation(self._number_words("proportion_connectors")) or "(?!)"
        return re.compile(
            rf"^[\s\u00a0]+(?P<noun>(?:[^\W\d_]+[\s\u00a0]+){{1,2}})(?:{words})[\s\u00a0]+$", re.I
        )

    @cached_property
    def small_whole_gap_re(self) -> re.Pattern[str]:
        """The end of a share's gap whose connector takes any small whole ("sur", "out of")."""
        words = _alternation(self._number_words("small_whole_connectors")) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})[\s\u00a0]+$", re.I)

    @cached_property
    def one_in_re(self) -> TailPattern:
        """ "un Français sur" right before a figure: one of N (searched only when the text
        ends with a connector: every figure asks)."""
        connector_words = self._number_words("proportion_connectors")
        numerators = _alternation(self._number_words("article_numerators")) or "(?!)"
        connectors = _alternation(connector_words) or "(?!)"
        return TailPattern(
            re.compile(
                rf"(?<!\w)(?:{numerators})[\s\u00a0]+(?P<noun>(?:[^\W\d_]+[\s\u00a0]+){{1,2}})"
                rf"(?:{connectors})[\s\u00a0]+$",
                re.I,
            ),
            connector_words,
        )

    @cached_property
    def article_numerators(self) -> frozenset[str]:
        """ "un", "a", "one": words that can stand for 1 before a noun."""
        return frozenset(w.lower() for w in self._number_words("article_numerators"))

    def _number_words(self, key: str) -> list[str]:
        """A word list from the language's ``[numbers]`` table (shared with claims.numbers)."""
        words = self.extra_numbers.get(key, [])
        return [str(w) for w in words] if isinstance(words, list) else []

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

    @cached_property
    def share_verb_end_re(self) -> TailPattern:
        """A share verb right before a figure: "représentaient", "était de", "accounted for"
        (searched only when the text ends with the last word of a verb or of its link; with
        no verb at all the pattern matches at every end, and is always searched)."""
        verbs = _alternation(self.context.share_verbs)
        links = ["de", "d'", "à", "of"]  # the optional link below
        return TailPattern(
            re.compile(
                rf"(?<!\w)(?:{verbs})(?:[\s\u00a0]+(?:de|d['’]|à|of))?[\s\u00a0]*$", re.I
            ),
            [*self.context.share_verbs, *links] if verbs else [""],
        )

    @cached_property
    def population_head_re(self) -> re.Pattern[str] | None:
        """ "Sur les 178 suspects": a phrase of several words opening the whole of a share."""
        intro = "|".join(re.escape(p) for p in self.context.population_intro if " " in p)
        if not intro:
            return None
        return re.compile(rf"(?<!\w)(?:{intro})\s+(?:[\d\s\u00a0\u202f.,]+)?", re.I)

    @cached_property
    def share_verb_heads(self) -> frozenset[str]:
        return frozenset(v.split()[0].lower() for v in self.context.share_verbs)

    @cached_property
    def of_whom_re(self) -> TailPattern:
        """ "dont 60 %", "of whom 60%": the share is of the sentence's subject."""
        words = _alternation(self.context.of_whom) or "(?!)"
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{words})[\s\u00a0]+$", re.I), self.context.of_whom
        )

    @cached_property
    def abbreviation_set(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.abbreviations)

    @cached_property
    def elision_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.context.elisions)

    @cached_property
    def determiners_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.context.determiners)

    @cached_property
    def day_article_re(self) -> re.Pattern[str]:
        return re.compile(
            rf"(?:^|(?<=\W))(?:{_alternation(self.dates.day_articles)})[\s\u00a0]+$", re.I
        )

    @cached_property
    def month_after_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0]*(?:{self.month_re})(?!\w)", re.I)

    @cached_property
    def month_before_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{self.month_re})[\s\u00a0]*$", re.I)

    @cached_property
    def age_before_re(self) -> TailPattern:
        persons = [f"{p} {link}" for p in self.ages.persons for link in self.ages.person_links]
        words = [*self.ages.before, *persons]
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{_alternation(words)})[\s\u00a0]*$", re.I), words
        )

    @cached_property
    def age_bound_after_re(self) -> re.Pattern[str]:
        """ "or older", "or over" at the end of a figure's surface or right after it."""
        return _whole_words(self.ages.bound_after)

    @cached_property
    def age_bound_word_re(self) -> re.Pattern[str]:
        """A surface that starts with an age bound word: "under 18"."""
        words = _alternation(self.ages.bound_words) or "(?!)"
        return re.compile(rf"^(?:{words})[\s\u00a0\u202f]", re.I)

    @cached_property
    def age_copula_re(self) -> re.Pattern[str]:
        return _ending_with(self.ages.copulas)

    @cached_property
    def count_subject_re(self) -> re.Pattern[str]:
        return _whole_words(self.ages.count_subjects)

    @cached_property
    def age_verb_re(self) -> re.Pattern[str]:
        return _ending_with(self.ages.verbs)

    @cached_property
    def clause_end_re(self) -> re.Pattern[str]:
        """What may follow an age stated by a verb: the end of a clause, or a word that links
        the next one ("26 avaient moins de 35 ans et 12 étaient des passagers")."""
        links = _alternation(self.context.clause_links) or "(?!)"
        return re.compile(rf"[\s\u00a0\u202f]*(?:[,.;:!?)»\"]|$|(?:{links})(?!\w))", re.I)

    @cached_property
    def street_after_re(self) -> re.Pattern[str]:
        """A street word after a number, maybe after "bis"/"ter" ("12 bis rue")."""
        words = _alternation(self.place_numbers.streets) or "(?!)"
        blank = r"[\s\u00a0\u202f]+"
        return re.compile(rf"{blank}(?:(?:bis|ter){blank})?(?:{words}){_WORD_END}")

    @cached_property
    def place_number_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.place_numbers.before)

    @cached_property
    def clock_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.clock.before)

    @cached_property
    def clock_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.clock.after)

    @cached_property
    def clock_not_after_re(self) -> re.Pattern[str]:
        return _starting_with(self.clock.not_after)

    @cached_property
    def clock_not_before_re(self) -> re.Pattern[str]:
        return _ending_with(self.clock.not_before)

    @cached_property
    def age_strong_before_re(self) -> TailPattern:
        words = self.ages.strong_before
        return TailPattern(
            re.compile(rf"(?<!\w)(?:{_alternation(words)})[\s\u00a0]+$", re.I), words
        )

    @cached_property
    def age_unit_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0-]*(?:{_alternation(self.ages.units)})(?!\w)", re.I)

    @cached_property
    def age_verb_unit_re(self) -> re.Pattern[str]:
        words = _alternation(self.ages.verb_units) or "(?!)"
        return re.compile(rf"^[\s\u00a0-]*(?:{words})(?!\w)", re.I)

    @cached_property
    def age_self_unit_re(self) -> re.Pattern[str] | None:
        if not self.ages.self_units:
            return None
        return re.compile(rf"^[\s\u00a0]*(?:{_alternation(self.ages.self_units)})(?!\w)", re.I)

    @cached_property
    def age_after_vague_re(self) -> re.Pattern[str]:
        return re.compile(rf"^[\s\u00a0]*(?:{_alternation(self.ages.after_vague)})(?!\w)", re.I)


class LanguageTable(BaseModel):
    """A whole language table. Sections other than ``extraction`` belong to their modules."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    code: str
    extraction: ExtractionTable
    raw: dict[str, object]


@cache
def load_table(code: str) -> LanguageTable:
    """Read and validate the folder ``<code>/``; raises ValueError naming an unknown language."""
    raw = raw_table(code)
    try:
        extraction = ExtractionTable.model_validate(
            {**raw["extraction"], "code": code, "extra_numbers": raw.get("numbers", {})}
        )
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ("extraction", *(str(part) for part in error["loc"]))
        raise ValueError(f"{_file_of(code, where)}: {'.'.join(where)}: {error['msg']}") from None
    return LanguageTable(code=code, extraction=extraction, raw=raw)


def _file_of(code: str, where: tuple[str, ...]) -> str:
    """The file of a language folder that holds the deepest part of a key path, for errors."""
    best, depth = f"{code}/", -1
    for path in sorted((LANG_DIR / code).glob("*.toml")):
        with path.open("rb") as fh:
            node: object = tomllib.load(fh)
        reached = 0
        for part in where:
            if not isinstance(node, dict) or part not in node:
                break
            node, reached = node[part], reached + 1
        if reached > depth:
            best, depth = str(path.relative_to(LANG_DIR)), reached
    return best
