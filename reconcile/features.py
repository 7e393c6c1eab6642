"""What grouping reads from a claim, reduced once per claim (step 2 of ``reconcile.group``).

What is counted (``counted``, or ``lemmas`` when the phrase is missing) is reduced to content
words, each mapped through the concept table (``claims.lexicon``), so "suspects arrêtés" and
"arrested suspects" read alike. Actor and verb are compared the same way; the figure becomes
its bounds in the canonical unit.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from claims.models import Approx, Claim, Frame, Modality, Role, kept_apart
from reconcile.intervals import value_interval
from reconcile.kinds import one_kind_each, with_unsided
from reconcile.lexicon import Lexicon, fold
from reconcile.place_names import place_word
from reconcile.slim import SlimClaim
from reconcile.units import canonical_factor, split_rate, unit_kind


class FrameKeys(NamedTuple):
    """The frame slots grouping holds apart (README "What a figure measures"), each reduced
    to a key: two claims whose keys differ on a slot both fill are never one quantity."""

    event: str  # concept id of what happened ("arrest"), or a lemma; "" when unknown
    place: str  # the place as stated or carried from the antecedent; "" when none
    entity: str  # the named thing measured ("ridge fire")
    whole: frozenset[str]  # content words of what a share or a breakdown is part of
    thin: bool  # too little to know what the figure measures: never compared
    generic: bool  # counts only people in general ("personnes"): the event must match
    # the one exclusive kind named per dimension ("scope": "domestic" / "international"),
    # read in what is counted (``reconcile.kinds``): two kinds of one dimension never meet
    kinds: frozenset[tuple[str, str]] = frozenset()
    # the words naming which part of a whole the figure is of, when it names one ("#battery" in
    # "the battery division's sales"): ``linkage.frames_apart`` keeps it from the whole
    part: frozenset[str] = frozenset()
    # held as a limit (a capacity, a quota: ``claims.limits``): it counts no event, and is
    # never one quantity with a count ("designed for 800 people" / "1,900 people crossed");
    # ``linkage.frames_apart`` keeps the two apart, two capacities may meet
    limit: bool = False


NO_FRAME = FrameKeys("", "", "", frozenset(), False, False)
LIMIT = Modality.limit  # a figure held as a limit meets only limits (``FrameKeys.limit``)
FRAME_SLOTS = ("counted", "event", "place", "entity", "whole")


class Features(NamedTuple):
    """What grouping reads from one claim, computed once. A tuple: a job sends its claims'
    features as they are, and a worker reads them as they come."""

    block: tuple[str, bool, bool]  # unit kind, is a rate, is vague
    text: str  # normalised content words, concepts as "#id"
    words: tuple[str, ...]  # the same words, sorted and unique: a set for Dice
    head: str  # the first run of words, where the head noun of the phrase stands
    actor: str
    verb: str
    value: float  # the figure as written, canonical unit; nan when there is none
    lo: float  # values stated (see _values), canonical unit; nan when unknown
    hi: float
    magnitude: float  # log10 of the size of the figure; nan when unknown
    article: str
    period: tuple[object, object] | None
    changes: bool  # one side of a stated change: never a same-article contradiction
    frame: FrameKeys = NO_FRAME
    # the line of a figure since revised ("up from a previous estimate of 2,900"), -1 for
    # others: it contradicts no figure of its own sentence (its revised figure stands there)
    superseded_line: int = -1
    line: int = 0
    language: str = ""  # the article's: a source named in two languages is a translation


def features(claim: Claim, lexicon: Lexicon) -> Features:
    """Reduce a claim to the features that grouping compares. (Many claims at once share
    their parts through one ``TextReader`` and one ``Assembler``, as grouping does.)"""
    reader = TextReader(lexicon)
    slim = SlimClaim.of(claim)
    event = own_event(claim.event, claim.frame, claim.antecedent)
    counted = bare_role(lexicon, grouping_phrase(claim.counted, claim.lemmas, event, claim.place),
                        event, claim.unit, claim.language)
    block = reader.block(claim.unit, claim.per, kept_apart(claim.approx))
    phrase = in_money(lexicon, reduce_phrase(lexicon, counted, claim.language), block[0])
    return Assembler()(
        claim,
        block,
        phrase,
        reader.actor(claim.actor),
        reader.verb(claim.verb, claim.language),
        reader.frame(slim, phrase),
    )


Reduced = tuple[str, tuple[str, ...], str]  # ``Features.text``, ``words`` and ``head``


def own_event(event: str | None, frame: Frame | None, antecedent: str | None) -> str | None:
    """The event, unless the figure is a share or breakdown of another (``antecedent``) and
    took its event from it: "Sur les 178 suspects arrêtés, 74 % étaient âgés de 10 à 19 ans"
    counts the suspects' ages; the arrest is what happened to the whole. (A figure in a
    contrast keeps the event it carries: "350 en grève selon la CGT, 210 selon la direction".)"""
    found = frame.event if frame is not None else None
    if antecedent is not None and found is not None and found.inherited == "antecedent":
        return None
    return event


def grouping_phrase(
    counted: str, lemmas: Sequence[str], event: str | None, place: str | None = None
) -> str:
    """What is counted and what happened to it, as one phrase: "5 912 personnes ont traversé"
    counts people who crossed, as "4,912 people made the journey" and "4 912 traversées" do,
    not people in general. The event (``own_event``) is added when the counted phrase does not
    hold it; the place is taken out when it does ("people demonstrated across the country"):
    places are compared slot against slot (``FrameKeys.place``), not as words of what is
    counted."""
    phrase = counted or " ".join(lemmas)
    if place and len(place) < len(phrase) and place in phrase:
        phrase = " ".join(phrase.replace(place, " ").split())
    if phrase and event and event.casefold() not in phrase.casefold():
        return f"{phrase} {event}"  # an event alone ("45% contained") says not what it counts
    return phrase


def bare_role(lexicon: Lexicon, phrase: str, event: str | None, unit: str,
              language: str) -> str:
    """``phrase``, or for a count that names nothing it counts but one event of a role
    (``Lexicon.roles``), that event: "312 were admitted to hospital", "14 were killed",
    "하루 새 27명이 구조됐다" count the hospitalised, the dead, the rescued, as "dont 389
    hospitalisées" and "14 morts" do. Without it the figure was left alone, and never met the
    same count told with its noun in another article or language. A share, or a figure with
    no event or with several, says too little and stays as it was."""
    if phrase or not event or unit != "count":
        return phrase
    events = {w for w in lexicon.normalise(event, language)
              if w[:1] == "#" and w[1:] in lexicon.events}
    if len(events) != 1 or next(iter(events))[1:] not in lexicon.roles:
        return phrase
    return event


def reduce_phrase(lexicon: Lexicon, phrase: str, language: str) -> Reduced:
    """What is counted as content words (concepts as ``#id``), their sorted set, and the
    first run of them, where the head noun stands."""
    chunks = lexicon.chunks(phrase, language, remember=False)
    words = lexicon.one_intake(list(dict.fromkeys(itertools.chain.from_iterable(chunks))))
    head = lexicon.one_intake(chunks[0]) if chunks else []
    role = its_role(lexicon, words)
    if role:  # the role first, where the head noun stands; the people stay words of it
        text = " ".join([role, *(w for w in words if w != role)])
        return text, tuple(sorted(words)), text
    return " ".join(words), tuple(sorted(words)), " ".join(head)


def its_role(lexicon: Lexicon, words: Sequence[str]) -> str:
    """The one event concept of a phrase that, besides it, counts only people in general
    (``Lexicon.generic``), else "": "4 600 personnes ont marché", "1,300 people marched" and
    "명 참여" count the role their event names (``Lexicon.roles``), as "6 400 manifestants"
    and "protesters" do: the role heads the phrase (``reduce_phrase``), and the people stay
    among its words, so a bare "8,420 people" still meets "8천420명이 대피했다". A phrase with
    two events, with a noun that says more ("households evacuated"), or an event of counting
    them ("personnes dénombrées") is kept as it is, and a different event stays another
    quantity ("personnes secourues" / "ont traversé": ``linkage.frames_apart``)."""
    events = {w for w in words if w[:1] == "#" and w[1:] in lexicon.events}
    if len(events) != 1 or next(iter(events))[1:] not in lexicon.roles:
        return ""  # "38 900 personnes dénombrées": how they were counted, no role
    rest = [w for w in words if w not in events]
    if not rest or not all(w[:1] == "#" and w[1:] in lexicon.generic for w in rest):
        return ""
    return next(iter(events))


def in_money(lexicon: Lexicon, phrase: Reduced, kind: str) -> Reduced:
    """What a figure of unit ``kind`` counts, an event counted in money read as what its
    amount is (``Lexicon.in_money``): "Sales rose to 18.46 trillion won" counts revenue, as
    "매출 18조4천600억 원" and "un chiffre d'affaires de 3,4 milliards d'euros" do, while
    "sales rose to 52,130 units" still counts cars sold."""
    if not kind.startswith("money:") or not lexicon.money:
        return phrase
    words = lexicon.in_money(phrase[0].split())
    if words == phrase[0].split():
        return phrase
    return " ".join(words), tuple(sorted(set(words))), " ".join(lexicon.in_money(phrase[2].split()))


class TextReader:
    """The verbs and actors of claims, each distinct text reduced once and the result shared
    (a million claims hold a few dozen), their blocks, and numbers for the word sets of what
    they count (phrases are reduced by ``reduce_phrase``, in workers for large inputs)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # Word set -> its number, in order of first appearance: buckets are sorted and sliced
        # by word set, and numbers are cheaper to count and sort than tuples of words.
        self.bags: dict[tuple[str, ...], int] = {}
        self.verbs: dict[tuple[str, str], str] = {}
        self.actors: dict[str | None, str] = {}
        self.blocks: dict[tuple, tuple[str, bool, bool]] = {}
        self.frames: dict[tuple, FrameKeys] = {}

    def frame(self, claim: SlimClaim, phrase: Reduced) -> FrameKeys:
        """``FrameKeys`` of a claim, each distinct combination of slot texts read once."""
        if not claim.framed and not (claim.event or claim.place or claim.entity or claim.whole):
            if not phrase[1]:
                return NO_FRAME
            key: tuple = (phrase[1], claim.language, claim.counted,  # kinds read it
                          claim.modality is LIMIT, claim.unit == "count")
        else:
            key = (
                phrase[1], claim.language, claim.event, claim.entity, claim.whole,
                None if claim.place_from_article else claim.place,
                claim.event_concepts, claim.place_concepts, claim.counted,
                claim.modality is LIMIT, claim.unit == "count",
            )
        found = self.frames.get(key)
        if found is None:
            found = self.frames[key] = self._frame(claim, phrase)
        return found

    def _frame(self, claim: SlimClaim, phrase: Reduced) -> FrameKeys:
        event = self.lexicon.intake_event(self._event(claim, phrase), phrase[1])
        entity = " ".join(self._reduced(claim.entity, claim))
        whole = frozenset(self._reduced(claim.whole, claim))
        thin = not (phrase[1] or event or whole or entity) or (
            self._a_measure(phrase) and not entity)
        generic = self._generic(phrase) and not entity
        kinds = one_kind_each(claim.counted, claim.language)
        if claim.unit == "count":  # a share of the vote names its side as often as not
            kinds = with_unsided(kinds, phrase[1], event, claim.language)
        return FrameKeys(event, self._place(claim), entity, whole, thin, generic,
                         kinds, self._part(phrase), claim.modality is LIMIT)

    def _part(self, phrase: Reduced) -> frozenset[str]:
        """The words of what is counted that say which part, when a part concept is among
        them: all but the part concept and the last word, the measure ("#battery #segment
        #revenue", "#segment #battery #revenue" -> {"#battery"})."""
        words = phrase[0].split()
        parts = {"#" + p for p in self.lexicon.parts}
        if parts.isdisjoint(words):
            return frozenset()
        return frozenset(w for w in words[:-1] if w not in parts)

    def _place(self, claim: SlimClaim) -> str:
        """The place the claim itself names (its concepts, else its words); "" for none or
        the article's. Two places named together ("in Turkey and Syria") are one place of
        both, never either alone."""
        if not claim.place or claim.place_from_article:
            return ""
        concepts = claim.place_concepts
        if concepts:
            return " ".join("#" + c for c in sorted(set(concepts)))
        return " ".join(place_word(w, claim.language) for w in self._reduced(claim.place, claim))

    def _a_measure(self, phrase: Reduced) -> bool:
        """What is counted names a measure of one thing ("the strongest measuring in at 6.1
        magnitude", "with a magnitude of 7.4"): a quake story tells several such things, so with no
        entity naming which, the figure says too little to be compared."""
        return any(w[:1] == "#" and w[1:] in self.lexicon.measures for w in phrase[1])

    def _generic(self, phrase: Reduced) -> bool:
        """What is counted, its events aside, is only generic concepts ("people", "cases")."""
        counted = [w for w in phrase[1] if not self._is_event(w)]
        return all(w.startswith("#") and w[1:] in self.lexicon.generic for w in counted)

    def _event(self, claim: SlimClaim, phrase: Reduced) -> str:
        """What happened: the frame's event concept, else the claim's event word (its concept
        when it names an event), else an event noun of what is counted."""
        if claim.event_concepts:
            return claim.event_concepts[0]
        if claim.event:
            found = self.lexicon.concept(claim.event, claim.language)
            event = found if found in self.lexicon.events else fold(claim.event)
            if event:
                return event
        # "15 interpellations", "manifestants": the noun names the event
        return next((w[1:] for w in phrase[0].split() if self._is_event(w)), "")

    def _is_event(self, word: str) -> bool:
        return word.startswith("#") and word[1:] in self.lexicon.events

    def _reduced(self, text: str | None, claim: SlimClaim) -> tuple[str, ...]:
        """A slot's text as content words, event concepts left out (they are the event's)."""
        if not text:
            return ()
        return tuple(w for w in self.lexicon.normalise(text, claim.language)
                     if not self._is_event(w))

    def verb(self, verb: str | None, language: str) -> str:
        if not verb:
            return ""
        found = self.verbs.get((verb, language))
        if found is None:
            words = self.lexicon.normalise(verb, language)
            found = self.verbs[verb, language] = words[0] if words else ""
        return found

    def actor(self, actor: str | None) -> str:
        found = self.actors.get(actor)
        if found is None:
            found = self.actors[actor] = fold(actor or "")
        return found

    def block(self, unit: str, per: str | None, rough: bool) -> tuple[str, bool, bool]:
        """``Features.block``: unit kind, is a rate, is a word of no value (``kept_apart``)."""
        key = (unit, per, rough)
        found = self.blocks.get(key)
        if found is None:
            head, per = _rate_parts(unit, per)
            found = self.blocks[key] = (
                _unit_facts(head, per)[0], per is not None, rough
            )
        return found


class Assembler:
    """``features`` of one claim from what ``TextReader`` made of its texts and the claim's
    own fields (a ``Claim``, or a stand-in with the same names): the figure's bounds are
    made once per written figure."""

    def __init__(self) -> None:
        self.figures: dict[tuple, tuple[float, float, float, float]] = {}

    def __call__(
        self, claim: Claim, block: tuple[str, bool, bool], phrase: Reduced, actor: str,
        verb: str, frame: FrameKeys = NO_FRAME,
    ) -> Features:
        head, per = _rate_parts(claim.unit, claim.per)
        key = (claim.value, claim.lower, claim.upper, claim.approx, claim.decimals, head, per)
        figure = self.figures.get(key)
        if figure is None:
            figure = self.figures[key] = _values(claim, head, per)
        period = claim.period
        return Features(
            block, *phrase, actor, verb, *figure, claim.article,
            None if period is None else (period.start, period.end),
            claim.role in (Role.change_from, Role.change_to),
            frame,
            claim.line if claim.modality is Modality.superseded else -1,
            claim.line,
            claim.language,
        )


@lru_cache(maxsize=1024)
def _rate_parts(unit: str, per: str | None) -> tuple[str, str | None]:
    """(unit without its rate, the rate's denominator): "cas/semaine" -> ("cas", "semaine")."""
    head, embedded_per = split_rate(unit)
    return head, per or embedded_per


@lru_cache(maxsize=1024)
def _unit_facts(unit: str, per: str | None) -> tuple[str, float | None]:
    """Unit kind and canonical factor, once per unit: pint is slow to ask."""
    return unit_kind(unit), canonical_factor(unit, per)


def _values(claim: Claim, unit: str, per: str | None) -> tuple[float, float, float, float]:
    """(figure, lowest, highest, log10 size) in the canonical unit; nan where unknown.

    The bounds are what the writer stated: an exact figure is a point here, not widened by its
    printed precision, because two figures of one article ("1 200", "plus de 1 300") are told
    apart by what was written.
    """
    nan = math.nan
    factor = _unit_facts(unit, per)[1]
    try:
        interval = value_interval(claim)
    except ValueError:
        return nan, nan, nan, nan
    if factor is None:
        return nan, nan, nan, nan
    value = claim.value * factor if claim.value is not None else nan
    if claim.approx is Approx.exact and claim.value is not None:
        lo = hi = value
    else:
        lo, hi = interval.lo * factor, interval.hi * factor
    size = abs(value) if claim.value is not None else abs(lo if math.isinf(hi) else hi)
    magnitude = math.log10(size) if 0 < size < math.inf else nan
    return value, lo, hi, magnitude
