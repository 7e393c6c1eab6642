"""A count its clause tells as a state held at a time is a level as of that time, not a count
of the day's events.

"260 people were sleeping in its four centres on Tuesday night", "There were 318 patients in
field hospitals on Sunday", "About 21,000 homes remained without power", "the army had sent 300
troops" (after "on Monday morning"), "57 homes had been destroyed and about 230 damaged": an
ongoing action, an existential clause, a word of a standing state or a stock, or
a past perfect of a stock put in place or a level reached (the table's
``[extraction.states]``) says what held at that time, whose start is unknown (kind ``as_of``,
DESIGN "Periods"). An event told on a named day ("declared a state of emergency in 14
counties on Monday morning", "Five people were arrested on Monday") keeps its day.

Which time: the figure's own phrase, when its clause names one ("were sleeping ... on Tuesday
night"); a day carried from another figure or sentence is the story's, and the state holds
as of publication, as a toll does (``claims.tolls``). Grammar draws the lines:

* an ongoing action or an existential clause of place ("There were 318 patients in ...";
  not "there were 48,200 votes cast") is a state only at a time of its own clause, or
  one carried from a sentence before: "where 37 people were working the night shift" in a
  sentence dated by the collapse is the scene of that event, a count of its day;
* a past perfect with a phrase of its own dates its event ("33 miners had been brought out
  alive on Monday", "On Thursday, about 80 firefighters had been deployed"); carried, it tells the
  state reached by then, and only for the participles of a stock put in place or damaged, or a
  level ("had sent", "had been destroyed", "had fallen to"), not an event told in reported
  speech ("the union said 240,000 had taken part");
* a relative clause after the figure ("Nine hikers who had been listed as missing were
  found safe") is no part of its predicate.

The predicate runs from the last clause link ("and", "but"), relative pronoun ("where") or
clause edge before the figure to the first clause link, relative pronoun or edge after it:
"declared ... in 14 counties on Monday morning and said the army had sent 300 troops" reads
the perfect for 300 only. A figure joined by a link with no verb of its own ("and about 230
damaged") shares the state of the figure before it; a part of a moved figure ("nine of them")
follows its whole.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claims.clauses import clause_end, clause_start
from claims.counter_table import load_counter_table
from claims.lang import ExtractionTable
from claims.lang.regex import _whole_words
from claims.models import Claim, Period, PeriodKind, Role
from claims.moment_readings import restated_after

# Lengths and areas a stock is measured in: a traffic jam's kilometres, a fire's acres. A rate
# is one read at an hour its sentence names ("By about 10:20 p.m., ... 50 percent contained"):
# a day's strike rate with no hour ("le taux de mobilisation atteignait 24,3 %") is the day's.
_LEVEL_MEASURES = frozenset({"kilometer", "mile", "acre", "hectare", "kilometer**2", "mile**2"})
_RATE = "percent"
_HEAD_WORDS = 1  # words between a clause link and a figure that shares the state before it
_CARRIED = "carried"


def states_as_of(claims: list[Claim], table: ExtractionTable, published: date | None) -> None:
    """Date as of its time every count whose own clause tells a state (see the module)."""
    states = table.states
    counts = bool(states.state_words or states.perfect_auxiliaries
                  or states.progressive_auxiliaries or states.stem_aspects)
    if not (counts or table.periods.stock_cues):
        return
    moved: dict[str, Period] = {}
    dated_in = _dated_in(claims)
    previous: Claim | None = None
    for claim in claims:  # in text order: a part follows its whole
        period = _as_a_state(claim, previous, moved, dated_in[claim.id], table, published,
                             counts)
        if period is not None:
            claim.period = period
            moved[claim.id] = period
        previous = claim
    # a headline that carried its day from a state told below it, with the same value ("14
    # plages interdites" over "14 plages sont interdites à la baignade"), is that state (P17)
    states = {c.id: c for c in claims if c.id in moved}
    for claim in claims:
        restated_after(claim, states)


def _as_a_state(claim: Claim, previous: Claim | None, moved: dict[str, Period], dated_in: str,
                table: ExtractionTable, published: date | None,
                counts: bool = True) -> Period | None:
    """The claim's period as a state, None when it is not one: as of its time when its clause
    tells a state or shares the state of the figure before it ("and about 230 damaged"), the
    period of its whole when it is a part of a moved figure ("nine of them"). ``dated_in``:
    the sentence whose phrase dates it; ``counts``: the table has the grammar of a count's
    state (a table with stock words only reads measures: a crowd "présent" at midday on a
    protest day is the day's count)."""
    period = claim.period
    if period is None:
        return None
    if _a_dated_measure(claim, table):  # "À 8 heures, ... relevait 512 kilomètres de bouchons"
        # a reading at a time of the day carried to it ("By about 10:20 p.m., the fire had
        # burned 900 acres and was 50 percent contained"): as of that day
        return period.as_of_end() if _a_stock_of_its_clause(claim, table) else None
    if not counts or not _a_dated_count(claim):
        return None
    framed = dated_in != claim.sentence
    if _told_as_a_state(claim, framed, table) or _shares_the_state(claim, previous, moved, table):
        return _as_of(period, published)
    if period.source in moved and _a_part(claim, table):
        return moved[period.source].model_copy(
            update={"source": period.source, "resolution": _CARRIED, "text": period.text}
        )
    return None


def _dated_in(claims: list[Claim]) -> dict[str, str]:
    """The sentence whose phrase dates each claim, following the chain of carried periods
    ("2,600 people were staying in 14 school gyms": the gyms' day is the 2,600's, carried from
    the sentence before)."""
    by_id = {c.id: c for c in claims}
    found: dict[str, str] = {}
    for claim in claims:  # in text order: a source comes before what it dates
        period = claim.period
        source = by_id.get(period.source or "") if period is not None else None
        carried = period is not None and period.resolution == _CARRIED
        if carried and source is None:
            found[claim.id] = ""  # the scene of a sentence with no figure, before it
        elif carried and source is not None:
            found[claim.id] = found.get(source.id, source.sentence)
        else:
            found[claim.id] = claim.sentence
    return found


def _as_of(period: Period, published: date | None) -> Period:
    """As of the clause's own time; as of publication when the day was carried to it."""
    level = period.as_of_end()
    if period.resolution == _CARRIED and published is not None and period.end is not None and (
        period.end < published
    ):
        return level.model_copy(update={"end": published})
    return level


def _a_dated_count(claim: Claim) -> bool:
    """A plain count (no baseline, no estimate, no change) dated by a day."""
    return claim.unit == "count" and _a_plain_dated_value(claim)


def _a_dated_measure(claim: Claim, table: ExtractionTable) -> bool:
    """A plain length or area, or a rate read at an hour, dated by a day carried to it ("512
    kilomètres de bouchons", "17,234 acres", "50 percent contained" by 10:20 p.m.): its own
    phrase is read by ``claims.binding_cues.total_at_day``."""
    period = claim.period
    measure = claim.unit in _LEVEL_MEASURES or (
        claim.unit == _RATE and table.day_hour_re.search(claim.sentence) is not None
    )
    return (measure and _a_plain_dated_value(claim)
            and period is not None and period.resolution == _CARRIED)


def _a_plain_dated_value(claim: Claim) -> bool:
    """A value (no baseline, no estimate, no change) dated by a day."""
    period = claim.period
    return (
        period is not None and period.kind is PeriodKind.day and period.end is not None
        and claim.role is Role.value and not claim.hedge and claim.direction is None
    )


def _a_stock_of_its_clause(claim: Claim, table: ExtractionTable) -> bool:
    """A measure whose predicate names a stock or a standing state ("relevait 512 kilomètres
    de bouchons", "the fire had burned 17,234 acres"), not a peak of the day."""
    span = predicate(claim, table)
    if span is None:
        return False
    left, right = span
    text = claim.sentence
    return not _a_moment_or_ahead(claim, left, right, table) and bool(
        table.states.state_word_re.search(text, left, right)
        or table.stock_re.search(text, left, right)
    )


def predicate(claim: Claim, table: ExtractionTable) -> tuple[int, int] | None:
    """The figure's own predicate in its sentence: between the clause links or edges around
    it, short of a relative clause after it (None: the figure is not found)."""
    text = claim.sentence
    at = claim.at_in_sentence()
    if at < 0:
        return None
    end = at + len(claim.surface)
    left, right = clause_start(text, at), clause_end(text, end)
    links, relatives = _links(table), table.states.relative_re
    before = [m.end() for m in links.finditer(text, left, at)]
    before += [m.start() for m in relatives.finditer(text, left, at)]  # "where 37 people were"
    after = links.search(text, end, right)
    if after is not None and _joins_its_subject(text, max(before, default=left), at, end, after):
        after = links.search(text, after.end(), right)  # "homes and businesses were ..."
    right = after.start() if after else right
    relative = relatives.search(text, end, right)
    return max(before, default=left), (relative.start() if relative else right)


def _joins_its_subject(text: str, left: int, at: int, end: int, link: re.Match[str]) -> bool:
    """ "About 184,000 homes and businesses were without power": a link right after the head
    noun of a figure that opens its predicate joins two nouns of its subject; its verb comes
    after them, so the link ends no clause."""
    return not text[left:at].strip() and len(text[end : link.start()].split()) <= _HEAD_WORDS


def _told_as_a_state(claim: Claim, framed: bool, table: ExtractionTable) -> bool:
    """Whether the figure's predicate tells a state at the figure's time (see the module); not
    a plan or a forecast, nor the peak of a day ("outages peaked at 95,000 early Friday").
    ``framed``: its day was carried from a sentence before, the story's time."""
    span = predicate(claim, table)
    if span is None or claim.period is None:
        return False
    left, right = span
    text, states = claim.sentence, table.states
    if _a_moment_or_ahead(claim, left, right, table):
        return False
    carried = claim.period.resolution == _CARRIED
    timed = framed or _own_time_inside(claim, left, right)
    # the stock cues tell a count's state only in a table with the tenses of one: French
    # lists "mobilisés", "bilan" for measures and tolls, and a crowd "mobilisée" jeudi is
    # the day's; its ``state_words`` ("sont interdites") name a state outright
    verbs = bool(states.perfect_auxiliaries or states.progressive_auxiliaries)
    return bool(
        (timed and _ongoing_or_present(claim, left, right, table))
        or (carried and states.perfect_stock_re.search(text, left, right))
        or states.state_word_re.search(text, left, right)
        or (verbs and table.stock_re.search(text, left, right))
    )


def _a_moment_or_ahead(claim: Claim, left: int, right: int, table: ExtractionTable) -> bool:
    """The predicate tells a plan or a forecast, a peak of the day ("outages peaked at 95,000
    early Friday"), or a moment a "when" clause names ("90 people had crammed onto the boat
    when it left"): that moment's count, no state."""
    text = claim.sentence
    return bool(table.forecast_re.search(text, left, right)
                or table.states.peak_re.search(text, left, right)
                or table.when_link_re.search(text, claim.at_in_sentence(), right))


def _ongoing_or_present(claim: Claim, left: int, right: int, table: ExtractionTable) -> bool:
    """An ongoing action ("were sleeping in its four centres"; after the figure, a stem's
    aspect marker: "55명은 체육관에 머물고 있다"), or an existential clause whose figure a place
    follows ("There were 318 patients in field hospitals")."""
    text, states, at = claim.sentence, table.states, claim.at_in_sentence()
    return bool(states.progressive_re.search(text, left, right)
                or (states.stem_aspect_re.search(text, at, right)
                    and not _an_object(text, at + len(claim.surface), table)
                    and not _names_an_action(claim))
                or (states.existential_re.search(text, left, at)
                    and states.located_re.match(text, at + len(claim.surface))))


def _an_object(text: str, end: int, table: ExtractionTable) -> bool:
    """The figure ends on a particle of an object ("3명을"): the object of its verb."""
    return text.startswith(tuple(table.states.object_particles), end)


def _names_an_action(claim: Claim) -> bool:
    """The sentence names a rally or a strike (the counter table's ``held_actions``: "13만여명의
    시위대가 ... 행진하고 있다"): its crowd is a count of the action's day, as a crowd counted
    at an hour is (``claims.moment_readings``), not a state held."""
    try:
        actions = load_counter_table(claim.language).context.held_actions
    except ValueError:  # a language with no counters table names its actions elsewhere
        return False
    return any(a in claim.sentence for a in actions)


def _own_time_inside(claim: Claim, left: int, right: int) -> bool:
    """Whether the phrase that dates the figure stands inside its predicate."""
    phrase = claim.period.text if claim.period is not None else None
    return bool(phrase) and phrase in claim.sentence[left:right]


def _shares_the_state(claim: Claim, previous: Claim | None, moved: dict[str, Period],
                      table: ExtractionTable) -> bool:
    """ "57 homes had been destroyed and about 230 damaged": a figure right after a clause
    link, with no auxiliary of its own, after a figure of its sentence told as a state on the
    same day."""
    if not _after_a_state_of_its_sentence(claim, previous, moved):
        return False
    span = predicate(claim, table)
    at = claim.at_in_sentence()
    if span is None or span[0] <= 0 or span[0] > at:
        return False
    head = claim.sentence[span[0] : at].split()
    tail = claim.sentence[at + len(claim.surface) : span[1]].lower().split()
    linked = _links(table).search(claim.sentence, max(0, span[0] - 8), span[0])
    return (linked is not None and len(head) <= _HEAD_WORDS
            and not any(w in table.passive_auxiliaries_set for w in tail))


def _after_a_state_of_its_sentence(claim: Claim, previous: Claim | None,
                                   moved: dict[str, Period]) -> bool:
    """The figure before this one, in its sentence, was told as a state; both are dated."""
    return (previous is not None and previous.id in moved
            and previous.sentence == claim.sentence
            and claim.period is not None and previous.period is not None)


def _a_part(claim: Claim, table: ExtractionTable) -> bool:
    """A part of the figure it refers to ("nine of them", "including two children")."""
    if claim.antecedent is not None:
        return True
    at = claim.at_in_sentence()
    if at <= 0:
        return False
    cues = list(table.carry_before_re.finditer(claim.sentence, 0, at))
    after = claim.sentence[at + len(claim.surface) :]
    return (bool(cues) and not any(ch.isdigit() for ch in claim.sentence[cues[-1].end() : at])
            ) or table.carry_after_re.match(after) is not None


def _links(table: ExtractionTable) -> re.Pattern[str]:
    """The clause links of the table ("and", "but") as whole words."""
    return _link_words(tuple(table.context.clause_links))


@lru_cache(maxsize=8)
def _link_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """The links as one pattern, compiled once per table (its words as a tuple)."""
    return _whole_words(words)
