"""The ``[numbers]`` table of a language: the words, separators and suffixes the number lexer
reads (``claims/lang/<lang>/numbers.toml``), validated once per process."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from pydantic import BaseModel, ConfigDict

from claims.lang import raw_table


class WordRole(StrEnum):
    """What a vocabulary word does in a number, from the table list it comes from."""

    chain = "chain"  # a number or scale word valued in a run ("vingt", "thousand")
    fraction = "fraction"  # a denominator ("tiers", "half")
    fraction_ordinal = "fraction_ordinal"  # an ordinal that is also a denominator ("fifth")
    ordinal = "ordinal"  # "troisième", "third"
    multiplier = "multiplier"  # a word that states a factor ("doubled")
    times = "times"  # "fois", "times" after a number
    vague = "vague"  # a rough quantity ("des centaines", "dozens")


class VagueWord(BaseModel):
    """A word for a rough quantity: a range, and a central value for "-aine" words."""

    model_config = ConfigDict(frozen=True)

    lower: float
    upper: float
    value: float | None = None


class NumberTable(BaseModel):
    """The ``[numbers]`` section of one language table (see the comments in the TOML)."""

    model_config = ConfigDict(frozen=True)

    lang: str
    decimal: list[str]
    lenient_decimal: list[str] = []
    # After one of these, digits with the lenient decimal point and nothing after them name
    # something ("le 49.3": the article of the constitution), they state no figure.
    lenient_label_before: list[str] = []
    group: list[str]
    words: list[str]
    connectors: list[str] = []
    articles: list[str] = []
    # After an article, words that make it the number one ("up one per cent"): the percent
    # words that cannot start a noun phrase (not "un pourcentage").
    article_units: list[str] = []
    # ... or a toll's state word after it ("one dead and 112 arrested", "un mort et deux
    # blessés"): the number one, counted ("one deadline" is no state word: whole words only).
    article_states: list[str] = []
    article_numerators: list[str] = []
    scales: dict[str, float] = {}
    scale_suffixes: dict[str, float] = {}
    currency_suffixes: dict[str, float] = {}
    currency_signs: list[str] = []
    fractions: dict[str, float] = {}
    bare_fractions: list[str] = []
    fraction_ordinals: dict[str, float] = {}
    fraction_articles: list[str] = []
    fraction_followers: list[str] = []
    # "la moitié nord du pays": a fraction word before one of these names a part of a map.
    fraction_not_before: list[str] = []
    # "in the half", "for the half to September": a fraction word right after one of these and
    # not before "of" names a part of a year (a fiscal half), no share.
    fraction_name_articles: list[str] = []
    proportion_connectors: list[str] = []
    # "deux salariés sur trois", "three patients out of four": connectors that state a share
    # with any small whole (2 to 10), not only ten, a hundred or a thousand ("in" does not:
    # "3 people in 4 attacks")
    small_whole_connectors: list[str] = []
    times_words: list[str] = []
    # "10x faster", "3× more": a factor glued to its digits
    times_suffixes: list[str] = []
    multipliers: dict[str, float] = {}
    vague: dict[str, VagueWord] = {}
    vague_articles: list[str] = []
    # "several hundred", "a few thousand": a vague word before a bare scale word makes a
    # rough plural of that scale (like "hundreds"), not the scale itself (100).
    vague_quantifiers: list[str] = []
    vague_joiners: list[str] = []
    percent_words: list[str] = []
    ordinal_suffixes: list[str] = []
    roman_ordinal_suffixes: list[str] = []
    ordinal_words: dict[str, int] = {}
    time_hour_marks: list[str] = []
    time_suffixes: list[str] = []
    spoken_decimal: list[str] = []
    name_words: list[str] = []
    # "en semaine 48", "since week 46": a week of the calendar (1 to 53) named by its number
    # after one of these words, no count of weeks; not after one of
    # ``calendar_number_not_after`` ("a week 30 people", "chaque semaine 12 cas": a length).
    calendar_number_words: list[str] = []
    calendar_number_not_after: list[str] = []
    # The words that may follow a week's number ("en semaine 48 dans la région", "week 41 of");
    # any other word makes the number a count of it ("En semaine 40 trains circulent").
    calendar_number_links: list[str] = []
    # "KM Bintang Weru 2", "MV Lady Mary Joy 3": a vessel's prefix, then its capitalised name
    # ending in a number (read with its case: the prefixes are written in capitals)
    vessel_prefixes: list[str] = []
    # A word hyphenated before a figure that measures, not names ("a magnitude-6.1 quake"): the
    # figure is read, unlike a name's number ("Covid-19", "F-35").
    measure_prefixes: list[str] = []
    # Figures written with a slash that are names, not fractions or two numbers ("open 24/7",
    # "since 9/11").
    slash_names: list[str] = []
    # "la 1/2 finale", "en 1/4 de finale", "les 1/8es de finale": words after a figure (a
    # slash fraction maybe with an ordinal ending) that make it a name, not a quantity
    name_after_words: list[str] = []
    # Between the two numbers of a named span: the second is a name too ("les numéros 1520 à
    # 1534", "Articles 12 to 14").
    label_range_joins: list[str] = []
    comma_space_groups: bool = False
    list_words: list[str] = []
    # "1,50,000", "12,34,567.89": digits grouped by two before the last three (South Asia)
    two_digit_groups: bool = False
    # "3 1/2 inches": a whole number and a slash fraction written after it
    mixed_fractions: bool = False
    # "2½", "½ cup": single-character fractions and their values
    vulgar_fractions: dict[str, float] = {}
    # Currency suffixes that may also stand glued to a bare count ("12m households"), read so
    # only before a plural or one of ``bare_scale_nouns``, or before punctuation when the
    # figure has decimals ("(26%, 4.75m)"); never before a hyphen or a ``bare_scale_blockers``
    # word, where the letter is a unit ("a 2m-high wall", "1.9m tall", "the 100m final").
    bare_scale_suffixes: list[str] = []
    # "minus 17.7C", "moins 20 degrés": a word that makes the figure after it negative, unless
    # one of ``negative_not_after`` comes before the word ("au moins 5" is at least five).
    negative_words: list[str] = []
    negative_not_after: list[str] = []
    # Whether "moins 40 %" is a negative percent (a headline's change reads "en baisse de 40 %")
    negative_percent: bool = True
    bare_scale_nouns: list[str] = []
    bare_scale_blockers: list[str] = []


@cache
def load_number_table(lang: str) -> NumberTable:
    """Read and validate the ``[numbers]`` table of a language, once per process."""
    data = raw_table(lang)
    if "numbers" not in data:
        raise KeyError(f"claims/lang/{lang}/ has no [numbers] table")
    return NumberTable(lang=lang, **data["numbers"])
