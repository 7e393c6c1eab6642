"""``ExtractionTable``: the ``[extraction]`` section of a language table, validated with pydantic,
with the regular expressions the extractor needs compiled once per language.

The fields are here; the compiled patterns come from one mixin per concern (figure cues, units,
changes, period cues, context, numbers that are not counts), so that each concern's patterns read
together in a module of their own."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from claims.lang.change_patterns import ChangePatterns
from claims.lang.context_patterns import ContextPatterns
from claims.lang.date_sections import Dates
from claims.lang.day_list_cues import DayListCues
from claims.lang.event_day_cues import EventDayCues
from claims.lang.figure_cues import FigureCues
from claims.lang.lengths import Lengths
from claims.lang.non_count_patterns import NonCountPatterns
from claims.lang.non_count_sections import Ages, Clock, PlaceNumbers
from claims.lang.period_cues import PeriodCues
from claims.lang.planned_sections import Planned
from claims.lang.sections import (
    Changes,
    Context,
    Periods,
    Ranges,
    SmallCounts,
    Units,
)
from claims.lang.states import States
from claims.lang.thresholds import Thresholds
from claims.lang.unit_patterns import UnitPatterns
from claims.lang.word_sets import WordSets


class ExtractionTable(
    FigureCues,
    UnitPatterns,
    ChangePatterns,
    PeriodCues,
    DayListCues,
    EventDayCues,
    ContextPatterns,
    NonCountPatterns,
    WordSets,
    BaseModel,
):
    """The ``[extraction]`` section of a language table, with its compiled patterns."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    code: str = ""
    abbreviations: list[str]
    furniture_prefixes: list[str]
    furniture_words: list[str]
    qualifiers: dict[str, str]
    duration_prepositions: list[str] = Field(default_factory=list)
    # Verbs whose particle opens a qualifier phrase ("unemployment edged up to 3.9%", "ticked
    # up to"): the phrase is the verb's, and the figure the level reached, not a bound.
    qualifier_particle_verbs: list[str] = Field(default_factory=list)
    qualifiers_after: dict[str, str] = Field(default_factory=dict)
    # Verbs of passing a mark ("cases pass 9,000"), qualifiers only when the figure ends its
    # clause or one of ``mark_links`` follows it ("passes 230 in two provinces"; not "passes $1.2
    # trillion bill", a bill of that size).
    mark_verbs: list[str] = Field(default_factory=list)
    mark_links: list[str] = Field(default_factory=list)
    # Words that make a bound after a figure an idiom instead ("45 000 au plus fort de la
    # tempête", "150 euros au plus tard le 30 juin").
    qualifiers_after_idioms: list[str] = Field(default_factory=list)
    # Bounds after a figure that may follow its counted noun too ("gatherings of 10 people or
    # fewer", "firms with 50 employees or more"); never "and more", which may lead a new noun.
    qualifiers_after_noun: list[str] = Field(default_factory=list)
    # Words after such a bound that make it a comparison instead ("300 salariés et plus de moyens").
    qualifiers_after_noun_idioms: list[str] = Field(default_factory=list)
    rate_bases: list[str] = Field(default_factory=list)
    # Before "100", the base of an index ("with 2020 as the base year of 100", "indice base
    # 100"); "(2015=100)" is read by its sign in any language.
    index_bases: list[str] = Field(default_factory=list)
    # A change word distributes over a list of rates ("rose 0.4% in October and 2.9% from a year
    # earlier", "ont augmenté de 0,3 % sur un mois et de 1,4 % sur un an"): the words that join the
    # next rate to the one before (after at most a short phrase of its base), and the words
    # one may open right after that rate (its own base or time; not "of", which names a whole).
    rate_list_joins: list[str] = Field(default_factory=list)
    rate_list_after: list[str] = Field(default_factory=list)
    # Right before a rate phrase, words that make it a length of time, not a rate: "1,450
    # patients waiting more than a year", "waited over a month".
    rate_length_before: list[str] = Field(default_factory=list)
    # Right after a rate phrase, words that make it a point back in time ("$12.6 billion a
    # year earlier", "a month ago"): the figure is the earlier level, not a rate
    rate_back_after: list[str] = Field(default_factory=list)
    # Before a figure in its sentence, an average of a unit of time ("Average daily exports
    # climbed to $2.74 billion", "Daily exports averaged $2.3 billion"): the figure is a rate
    # per that unit. Phrases naming one, and verbs of averaging that make a per-unit adjective
    # ("daily", from ``units.per``) before them name one too.
    rate_averages: dict[str, str] = Field(default_factory=dict)
    rate_average_verbs: list[str] = Field(default_factory=list)
    bound_joins: list[str] = Field(default_factory=list)
    windows: list[str] = Field(default_factory=list)
    weak_windows: list[str] = Field(default_factory=list)
    # After a duration, words that make it a time reference, not a figure: "two days after
    # the quake", "20 minutes later", "deux jours après le séisme"
    anchors_after: list[str] = Field(default_factory=list)
    # A countdown to an event: a duration between one of ``countdowns`` and one of
    # ``countdown_links`` ("à quatre jours du scrutin", "à six mois de l'ouverture"), or of
    # ``countdown_name_links`` before a capitalised name ("à deux jours de Noël"): when, not
    # how much.
    countdowns: list[str] = Field(default_factory=list)
    countdown_links: list[str] = Field(default_factory=list)
    countdown_name_links: list[str] = Field(default_factory=list)
    # Before a number that names a phone line right after it ("Le 3919, le numéro d'écoute",
    # "the 988 Suicide and Crisis Lifeline"): the article of that one line.
    line_articles: list[str] = Field(default_factory=list)
    # Between a number and a duration word, words that make it an extension of a window
    # ("stay open for six more weeks", "two more years"): a window, not a count of weeks.
    window_extensions: list[str] = Field(default_factory=list)
    # Subject pronouns of a speaker talking of themselves: a duration in a quotation with one
    # before it is a witness's own time ("\"We waited eight hours,\" she said").
    first_person: list[str] = Field(default_factory=list)
    # Articles that stand for the number one before a unit of measure, after a qualifier: "more
    # than a metre of water", "plus d'un mètre" (``claims.unit_articles``).
    unit_articles: list[str] = Field(default_factory=list)
    # Before a duration with no anchor after it, words that make it a deadline: "un audit
    # dans les deux mois" (but "dans les 8 secondes après l'envoi" is how long it takes).
    deadlines: list[str] = Field(default_factory=list)
    # After a fraction word, the link of a share of something ("half of the residents", "la
    # moitié des habitants"): the share is round, about its value.
    share_of: list[str] = Field(default_factory=list)
    small_counts: SmallCounts = Field(default_factory=SmallCounts)
    lengths: Lengths = Field(default_factory=Lengths)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    states: States = Field(default_factory=States)
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
