"""The sections of a language table's ``[extraction]`` part as pydantic models: what each key
holds and its default. An unknown key is an error where a section forbids extras (``load_table``
names the file); the compiled patterns live with ``claims.lang.extraction.ExtractionTable``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from claims.lang.calendar_sections import CalendarWords
from claims.lang.direction_sections import DirectionWords
from claims.lang.event_sections import EventWords
from claims.lang.lookback_sections import DeadlineWords, LookbackWords, RankingWords
from claims.lang.place_sections import PlaceWords
from claims.lang.window_sections import FieldworkWords, RollingWords
from claims.phrase_kinds import Phrase


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
    into: str | None = None  # the unit read when not the larger: "2 h 40 min" is 160 minutes
    one_before: list[str] = Field(default_factory=list)  # "an hour and" (40 minutes): 100


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
    # Currency letters read only glued to the digits, with their case ("438.6p", "87p")
    glued_money: dict[str, str] = Field(default_factory=dict)
    # ... except in these names, written whole ("1080p" is a video format)
    glued_money_names: list[str] = Field(default_factory=list)
    weights: Weights = Field(default_factory=Weights)
    # "a quarter of a mile", "half an inch": words between a fraction word and its unit
    fraction_links: list[str] = Field(default_factory=list)
    # pint unit of the larger measure -> its smaller unit ("foot": inches)
    compounds: dict[str, Compound] = Field(default_factory=dict)
    # "5 feet and 10 inches": a word that may join the two parts
    compound_joins: list[str] = Field(default_factory=list)
    per: dict[str, str]
    # Degrees with no scale ("104 degrees"): a temperature in the scale other than the one its
    # conversion in brackets names ("104 degrees (40 C)" is Fahrenheit), else a plain count.
    bare_degrees: list[str] = Field(default_factory=list)
    # Verbs of turning before bare degrees: an angle ("the ferry turned 180 degrees", "tourner
    # à 90 degrés"), as stems read like the change verbs (a stem, then one of its endings).
    angle_verbs: dict[str, list[str]] = Field(default_factory=dict)


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
    # Before a rate written with its minus sign, right after a change: the earlier period's
    # change ("+0,1 % après −0,2 % en septembre", "fell 2.8% after -1.1% in September").
    earlier_change_links: list[str] = Field(default_factory=list)
    direction_words: DirectionWords = Field(default_factory=DirectionWords)
    # "multiplié par 4", "multiplied by three": the figure after is a factor of a rise;
    # "divisé par deux": the inverse factor of a fall (as "halved" is 0.5).
    multiplied_by: list[str] = Field(default_factory=list)
    divided_by: list[str] = Field(default_factory=list)
    # "the startup raised $45 million", "the appeal raised £12,000": a change verb whose object
    # is the money itself gathers an amount, it states no change ("raised fares by $2" does)
    gather_verbs: list[str] = Field(default_factory=list)


class Periods(
    CalendarWords, EventWords, RollingWords, FieldworkWords, LookbackWords, DeadlineWords,
    RankingWords,
):
    """``[extraction.periods]``: the period grammar. An unknown key or phrase kind is an error
    (``load_table`` names the file), never a phrase silently dropped."""

    model_config = ConfigDict(extra="forbid")

    months: dict[str, int]
    units: dict[str, str]
    year_refs: dict[str, int]
    month_parts: dict[str, list[int]]
    # Events a year or a month names ("les municipales de 2020", "la canicule d'août 2003"):
    # a figure of that event covers that time.
    events: list[str] = Field(default_factory=list)
    patterns: list[tuple[str, Phrase]]
    back_demonstratives: list[str]
    ordinals: dict[str, int] = Field(default_factory=dict)
    weekdays: list[str] = Field(default_factory=list)
    day_suffixes: list[str] = Field(default_factory=list)  # "1st", "1er"
    relative_days: dict[str, int] = Field(default_factory=dict)  # "yesterday" = -1
    count_words: dict[str, int] = Field(default_factory=dict)  # unit counts in words: "두 달간"
    announcement_verbs: list[str] = Field(default_factory=list)  # "said" (Wednesday)
    # The word that names the agent of a passive verb of saying ("publié par Santé publique
    # France ce jeudi"); the articles of a subject after its verb (", indique le Seco lundi").
    announcement_agents: list[str] = Field(default_factory=list)
    inverted_subject_articles: list[str] = Field(default_factory=list)
    # Participles whose year or month dates a thing, not a figure ("The tower, built in 1974,
    # had 88 flats", "fondée en 1901"): right before the phrase (``attribute_participles``) or,
    # in Korean, right after it ("1974년 지어진"). Such a phrase frames no figure, unless the
    # participle hangs on the figure's own noun ("3,400 homes built in 2023").
    attribute_participles: list[str] = Field(default_factory=list)
    # Concept ids (``claims/data/concepts.toml``) of the casualties a toll counts: dead and
    # injured (the missing are a stock of a day). A toll of the story's event holds as of
    # when it is stated (``claims.tolls``), not over the event's day.
    toll_concepts: list[str] = Field(default_factory=list)
    # Words counting the people aboard ("carried 40 passengers", "à bord"): the event's day.
    aboard_words: list[str] = Field(default_factory=list)
    aboard_not_before: list[str] = Field(default_factory=list)  # "carried out": no one aboard
    # Words by a casualty figure that make it one more of a day ("one more", "1명이 더"): a
    # count of that day's deaths, no toll.
    toll_increments: list[str] = Field(default_factory=list)
    # Words by a count that make it new things ("14 new cases", "신규 확진자 5명"): a flow of
    # its time, never a reading of a running count (``claims.running_counts``).
    new_count_words: list[str] = Field(default_factory=list)
    # Words right after a figure that make it the whole a part is taken from ("258명 가운데
    # 19명이 다쳤고"): the clause's casualty verb is the part's, not the whole's.
    toll_whole_markers: list[str] = Field(default_factory=list)
    # Words of a casualty figure's period phrase that make it one day's own count ("어제 하루
    # 34명을 이송했다"): what happened that day, no toll.
    toll_day_words: list[str] = Field(default_factory=list)
    attribute_participles_after: list[str] = Field(default_factory=list)
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
    # Words after the auxiliary that end like a participle and are none ("n'avait que 31
    # voix", "n'avaient plus 40 lits"): the verb is then the imperfect, a state, no flashback.
    flashback_non_participles: list[str] = Field(default_factory=list)
    # A present auxiliary, then a past participle: a passive in the present, a state held now
    # ("140 agents sont mobilisés", "2,300 people are housed in gyms"), not a count of the day
    # the sentence before named. The participles of ``present_not_states`` are none: a past
    # tense built on the same auxiliary ("sont arrivés", "sont morts") or a forecast ("are
    # expected to").
    present_auxiliaries: list[str] = Field(default_factory=list)
    # The same auxiliary in the past of a state ("41 enfants étaient hospitalisés lundi",
    # "were housed"): with the participles above, a state held on the day its clause names,
    # so a level as of that day, not a count of its events.
    past_state_auxiliaries: list[str] = Field(default_factory=list)
    # A preposition a verb's object repeats after "and" ("faisait état de 61 morts et de 23
    # disparus"): the second object is still the verb's.
    repeated_prepositions: list[str] = Field(default_factory=list)
    present_adverbs: list[str] = Field(default_factory=list)  # "y sont", "are still"
    # Pronouns before the auxiliary that make it a pronominal past ("s'est établi", "se sont
    # rassemblés"), no passive.
    reflexive_pronouns: list[str] = Field(default_factory=list)
    present_participle_endings: list[str] = Field(default_factory=list)
    present_not_states: list[str] = Field(default_factory=list)
    # Endings a participle takes to agree with its subject ("arrivé", "arrivées").
    participle_agreements: list[str] = Field(default_factory=list)
    # "à ce jour", "actuellement": a figure with no period of its own is known as of
    # publication (kind as_of, its start unknown), not undated.
    now_cues: list[str] = Field(default_factory=list)
    # "aujourd'hui", "as of today": a running total counted to the time of writing, even in a
    # release about an earlier week or month (claims/reference_period.py).
    publication_time_cues: list[str] = Field(default_factory=list)
    # "the six-month moving average", "moyenne mobile sur trois mois": a level averaged over
    # the last {n} {unit} up to the time the figure is given for (claims/moving_averages.py).
    moving_averages: list[str] = Field(default_factory=list)
    # "She said she had made offers on 14 homes since January": a person's own account, not
    # the release's running total.
    personal_pronouns: list[str] = Field(default_factory=list)
    stock_cues: list[str] = Field(default_factory=list)  # "the death toll ... on Friday": as of
    # "Jeudi soir, la préfecture recensait 164 malades": verbs of counting in the imperfect, whose
    # total at a day is a reading of a running count (claims/binding_as_of.py).
    count_verbs: list[str] = Field(default_factory=list)
    perfect_cues: list[str] = Field(default_factory=list)  # "had returned": a total by then
    # "The death toll ... rose to 143 on Wednesday", "the number of confirmed deaths reached 31
    # on Monday": a total (the subject) that a verb of reaching takes to a level on a day.
    level_subjects: list[str] = Field(default_factory=list)
    # "since 2011, when heavy rains killed 312 people": words opening a clause about the year
    # just named.
    when_links: list[str] = Field(default_factory=list)
    # "in the Sava region, where the storm made landfall on Saturday": words opening a clause
    # about the place just named; its time is not the figure's before it.
    place_links: list[str] = Field(default_factory=list)
    # "jumped 8.2 percent, as frost in early October hit lettuce crops": words opening, after
    # a comma, a clause of cause or time whose phrase dates its own verb, not the figure before.
    event_clause_links: list[str] = Field(default_factory=list)
    # Right before a figure (up to two words between): the level a change started from ("picked
    # up from 3.1 percent in October"), whose time dates that level only, and frames nothing.
    started_from: list[str] = Field(default_factory=list)
    # Clause links that join figures sharing the phrase after them ("40 roads and 12 bridges on
    # Tuesday").
    shared_links: list[str] = Field(default_factory=list)
    # Determiners before a figure that do not make it a definite one whose clause runs on past
    # its noun ("of 1.27 million": a share's whole, not "the 1.27 million people counted").
    not_definite: list[str] = Field(default_factory=list)
    # "The provisional total passed 10,000 at the end of May", "le cap des 10 000", "le total
    # atteignait": words naming a running total, the subject of a count at a date that then
    # runs from the start of the window the article counts over, not a stock.
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
    superlatives: list[str] = Field(default_factory=list)  # "the highest since 2019": no period
    # "for 19 months in a row", "for 94 straight months": a streak's length, which moves no
    # story's time (the sentence after goes on in the time of the one before)
    streaks: list[str] = Field(default_factory=list)
    # "In cash terms it was about £2.9tn", "That is equivalent to 3% of GDP": a pronoun for
    # the figure before, then a verb stating its level; the figure restates the one before
    # and holds at its time, an as-of date included
    restating_pronouns: list[str] = Field(default_factory=list)
    # Before an earlier time's figure in its clause: what the story's figure follows or is
    # compared with ("The rise followed a 4.2% gain in September"), a look back that does not
    # move the story's time
    lookback_links: list[str] = Field(default_factory=list)
    # Before a day inside a total's subject: the day is an event's the subject names ("the
    # quake that struck on May 14", "after a boat capsized on Monday"), not the total's
    event_links: list[str] = Field(default_factory=list)
    # Before a day within a few words of the same clause: the day names an earlier event the
    # vote reported came after ("convoquées après les élections européennes du 9 juin",
    # "called after the May 2 no-confidence vote"), never the vote's own day
    earlier_event_links: list[str] = Field(default_factory=list)
    # Relative pronouns opening a clause on a noun just named ("Le gel du 12 avril, qui a
    # touché près de 6 500 hectares"): a figure in it tells the noun's time, which frames
    # nothing after its sentence (English names them among ``event_links``).
    relative_pronouns: list[str] = Field(default_factory=list)
    # Verbs of what a thing holds or spans, in the present ("Le vignoble compte 1 340
    # exploitations et couvre 13 000 hectares"): a standing state, as ``present_cues``; not
    # after an impersonal subject ("On compte 310 bulletins blancs": a count of the day).
    standing_verbs: list[str] = Field(default_factory=list)
    # The same verbs in another sense ("Les jeunes comptent pour 21 % des tués": a share).
    standing_exceptions: list[str] = Field(default_factory=list)
    impersonal_subjects: list[str] = Field(default_factory=list)
    # Ending a day phrase inside a total's subject: the day is an event's too ("Monday's
    # landslide")
    event_possessives: list[str] = Field(default_factory=list)
    restating_verbs: list[str] = Field(default_factory=list)
    baseline_words: list[str] = Field(default_factory=list)  # "up 9% from Q2 2023": a baseline
    # A comparison whose baseline is a figure recorded at another time, named by a few words
    # between ("22 more cases than reported last week", "higher than the total recorded last
    # year"): the comparative word, then one of the recording words ending the gap.
    baseline_comparatives: list[str] = Field(default_factory=list)
    baseline_records: list[str] = Field(default_factory=list)
    # Particles that glue to the end of a phrase ("9월까지", "올해는"): with any, a phrase may
    # end before one of them, and it cannot be looked for by its first word alone.
    glued_particles: list[str] = Field(default_factory=list)
    # Between "today" and a figure, with no verb: the value a noun has now ("l'indemnité,
    # aujourd'hui de 290 euros"), a level; right after a comma, the value of the noun before
    # it ("Le déficit d'octobre, de 5,9 milliards"), which is what the figure counts.
    value_links: list[str] = Field(default_factory=list)
    # Capitals the press writes without their accent, standing alone as a word ("A la même
    # époque", "A fin septembre"): read as the accented word the grammar is written with.
    accentless_capitals: dict[str, str] = Field(default_factory=dict)


class SmallCounts(BaseModel):
    """Words around a bare number word that make it a count ("another two", "nine were")."""

    model_config = ConfigDict(extra="forbid")

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    levels: list[str] = Field(default_factory=list)
    level_links: list[str] = Field(default_factory=list)
    # A bare number word is an item of a breakdown whose verb is left out after the first item
    # ("12 were from Oakmere, four from Ravenhill"): the list item before it opens with digits,
    # a comma or one of ``list_joins`` ends it, and one of ``list_links`` follows the word.
    list_joins: list[str] = Field(default_factory=list)
    list_links: list[str] = Field(default_factory=list)


class Context(PlaceWords):
    source_intro: list[str]
    actor_verbs: list[str]
    # verbs a side puts its own figure forward with, and the figures they put ("avance un
    # bilan", "puts the toll at"), maybe after a second voice's aside ("de son côté", "for its
    # part"): the verb's subject is the source, as a reporting verb's
    claim_verbs: list[str] = Field(default_factory=list)
    claimed_figures: list[str] = Field(default_factory=list)
    second_voice: list[str] = Field(default_factory=list)
    # adverbs inside a reporting verb ("la police a notamment compté"): the verb is still read
    verb_adverbs: list[str] = Field(default_factory=list)
    appositive_openers: list[str] = Field(default_factory=list)
    results_words: list[str] = Field(default_factory=list)
    # Words that may sit between a clause's subject and its verb: a time ("Police on Sunday
    # said", "Rescuers early on Friday raised") or an adverb ("The agency later said"); with
    # the weekdays, passed over to reach the subject.
    between_subject_and_verb: list[str] = Field(default_factory=list)
    stop_words: list[str]
    determiners: list[str]
    population_intro: list[str]
    # population words with no determiner, which after a noun make the figure that noun's
    # measure ("un immeuble de douze étages", "a crowd of 5,000"): a population only where they
    # open their clause ("Of 396 staff, 282 were women")
    measure_links: list[str] = Field(default_factory=list)
    share_verbs: list[str]
    participle_suffixes: list[str] = Field(default_factory=list)
    # endings of a finite verb that may end a clause's subject as read before its figure ("le
    # déficit atteignait 5,3 milliards", "la réforme coûterait 2,8 milliards"): the verb, not
    # the thing counted
    finite_verb_endings: list[str] = Field(default_factory=list)
    phone_cues: list[str] = Field(default_factory=list)
    # "the hotline is 1-800-...", "Lifeline is on 13 11 14": a line's name, a link, its number
    phone_lines: list[str] = Field(default_factory=list)
    phone_links: list[str] = Field(default_factory=list)
    clause_links: list[str] = Field(default_factory=list)
    of_whom: list[str] = Field(default_factory=list)
    hyphen_modifiers: bool = False
    # Words that keep a hyphenated figure a stated figure where modifiers are skipped: the
    # measure of the noun it qualifies ("a 7.1-magnitude quake"), not a size of its kind.
    hyphen_measures: list[str] = Field(default_factory=list)
    subject_ends_at_participle: bool = False
    reference_articles: list[str] = Field(default_factory=list)
    # The quantity frame (claims/frame.py): what a figure measures besides what it counts.
    elisions: list[str] = Field(default_factory=list)  # "d'", "l'": heads glued to a word
    entity_heads: list[str] = Field(default_factory=list)  # "fire" in "the Ridge fire"
    entity_head_first: bool = False  # "l'incendie de Lacanau" vs "the Ridge fire"
    entity_links: list[str] = Field(default_factory=list)  # "de" in "l'incendie de Lacanau"
    # A named doer of the counted thing is the count's entity (claims/frame_doers.py): words
    # between the doer and its verb ("has", "a"), the pronoun or infinitive by which a source
    # says it did it itself ("said it sold", "a déclaré avoir vendu"), and the marks of another
    # entity before a name ("Rival Hanul Motors", "le concurrent Hanul Motors")
    doer_auxiliaries: list[str] = Field(default_factory=list)
    # never what a figure counts (claims/counted_noise.py): time adverbs alone ("12 late on
    # Sunday"), and verbs whose subject is the cause of what is counted ("Crush kills 31")
    time_adverbs: list[str] = Field(default_factory=list)
    # (verb -> what its figure counts, "" for a verb that says not: "fait 14 morts")
    cause_verbs: dict[str, str] = Field(default_factory=dict)
    institution_nouns: list[str] = Field(default_factory=list)  # "Guinea's government"
    # the marks of a possessive before what is counted ("Sorin's operating profit"): a named
    # owner is the count's entity, not a word of what it counts (claims/counted_owner.py)
    possessive_marks: list[str] = Field(default_factory=list)
    # the links after a measure that name whose it is ("Shares of Sorin Electronics", "chiffre
    # d'affaires d'Airbus"); a word ending on an apostrophe is glued to the name
    owner_links: list[str] = Field(default_factory=list)
    # the head nouns of a subject that names a part of a business ("The memory business posted
    # sales of"): its result is the part's, not the whole's (claims/counted_segment.py)
    segment_nouns: list[str] = Field(default_factory=list)
    doer_pronouns: list[str] = Field(default_factory=list)
    # verbs whose subject counts or reports the figure (a source), not the one who did it:
    # "l'ARS a recensé 1 186 cas", "the agency recorded 3,100 cases"
    doer_not_verbs: list[str] = Field(default_factory=list)
    # the participles of counting after what a figure counts, and the word that brings in who
    # counted ("les 2 400 manifestants comptés par la préfecture", "the 900 marchers tallied by
    # police"): the participle is no word of what is counted, its agent is the figure's source
    # (claims/counted_noise.py, claims/actors.py)
    counting_participles: list[str] = Field(default_factory=list)
    agent_links: list[str] = Field(default_factory=list)
    rival_marks: list[str] = Field(default_factory=list)
    breakdown_before: list[str] = Field(default_factory=list)  # "dont 19", "including 52"
    breakdown_after: list[str] = Field(default_factory=list)  # "27 of whom"
    breakdown_openers: list[str] = Field(default_factory=list)  # "Of them, 118 were..."
    breakdown_verbs: list[str] = Field(default_factory=list)  # "the suspects included 95"
    count_nouns: list[str] = Field(default_factory=list)  # "the number of X ... N"
    # nouns after a figure that name the unit of count, not the thing: "rose 4.6 percent to
    # 61,240 units" counts what the clause's subject names (domestic sales)
    counter_nouns: list[str] = Field(default_factory=list)
    # "27 of the 49 seats", "27 des 49 sièges": a part of a stated whole counts what the whole
    # counts (the word that joins the part to the whole's figure)
    partitive_links: list[str] = Field(default_factory=list)
    # "187 députés sur 300 ont voté", "187 lawmakers out of 300 voted": the link from a part and
    # its noun to its whole's figure, and the verbs that may follow that whole (a noun of its own
    # there, "sur 30 sites", makes it no whole)
    part_whole_links: list[str] = Field(default_factory=list)
    part_whole_verbs: list[str] = Field(default_factory=list)
    # a tally named by what it counts, before its figure: "the death toll rose to 143" counts
    # deaths (phrase -> what it counts)
    toll_nouns: dict[str, str] = Field(default_factory=dict)
    # nouns that name a figure, not what it counts ("un chiffre corrigé à 3 512")
    figure_nouns: list[str] = Field(default_factory=list)
    counted_qualifiers: list[str] = Field(default_factory=list)  # regexes: "in their 30s"
    source_nouns: list[str] = Field(default_factory=list)  # "(police)", "(CGT)" after a figure
    stated_share: list[str] = Field(default_factory=list)  # ", or 71.2 percent", ", soit 12 %"
    running_totals: list[str] = Field(default_factory=list)  # "bringing the total ... to N"
    # the word that joins a noun to the figure that is its value ("a net profit of 962 billion
    # won", "une participation de 49,1 %"): the noun before it is what the figure measures
    value_links: list[str] = Field(default_factory=list)
    # nouns before such a link that say not what is measured ("the age of 18", "a sum of"): the
    # change nouns (``changes.direction_words``) and ``figure_nouns`` count too
    value_not_measured: list[str] = Field(default_factory=list)
    # What never belongs to a counted phrase read from a clause's subject (claims/frame_slots.py,
    # ``clean_counted``): words that open a relative clause ("where the storm made landfall"),
    # verbs that end a subject without a participle's ending ("Non-interest income came to"),
    # and articles that open a new noun phrase ("said Thursday its net profit rose").
    relative_words: list[str] = Field(default_factory=list)
    time_links: list[str] = Field(default_factory=list)  # "when the median stood at": read on
    # a pronoun before the verb standing for what the figure before counted ("en a dénombré")
    counted_pronouns: list[str] = Field(default_factory=list)
    # what ends right before a figure a sentence compares another with ("8% more than the
    # 23,510 recorded a year earlier"): it measures what the figure it is compared with does
    compared_with: list[str] = Field(default_factory=list)
    # what stands for a count said before ("It had reached 18,870", "celui des 20 000"), and
    # the words that qualify a running tally ("provisional total", "total provisoire")
    pronouns: list[str] = Field(default_factory=list)
    tally_qualifiers: list[str] = Field(default_factory=list)
    # a noun that, after an article, stands for a count said before ("that number had fallen
    # to 412,000", "ce chiffre est passé à"); a plural pronoun that does when a verb of state
    # follows it ("Ils n'étaient plus que 412 000", "they numbered 40"): claims/frame_anaphors.py
    anaphor_nouns: list[str] = Field(default_factory=list)
    state_pronouns: list[str] = Field(default_factory=list)
    state_verbs: list[str] = Field(default_factory=list)
    subject_verbs: list[str] = Field(default_factory=list)
    # verbs that are also participles ("customers hit by the breach"), read as verbs only
    # before an article ("the CGT put the turnout at")
    object_verbs: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
