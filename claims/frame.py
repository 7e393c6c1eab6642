"""What a figure measures besides what it counts: the quantity frame.

Each claim gets ``event`` (what happened to the counted things), ``place``, ``entity`` (the
named thing measured), ``whole`` (what a share or a breakdown is part of) and ``source``, read
from its sentence, else inherited from the figure it refers to (its antecedent: "dont 19
mineurs", "27 of whom", "Of them, ..."), else, for the place, from the article's lead. Every
word comes from the language table (``[extraction.context]``) and concept ids from the concept
table (``claims/data/concepts.toml``), so an event reads alike in French and English.

This module decides, figure by figure, which reading wins and what is inherited; the readers
live beside it: ``frame_patterns`` (the table's words compiled), ``frame_slots`` (one slot read
from the sentence), ``frame_places`` (place and entity phrases bound to figures) and
``frame_antecedents`` (which figure a breakdown refers to).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.context import share_phrase
from claims.counted_concept_phrase import completed_by_a_concept
from claims.counted_owner import owner_and_thing, reporting_owner, subject_owner, title_owner
from claims.counted_owners import one_owner, owns
from claims.figure_model import Figure
from claims.frame_anaphors import (
    bare_follower,
    end_on_the_day,
    measure_tallied,
    named_count,
    running_total_of,
    stands_for_a_count,
)
from claims.frame_antecedents import antecedents, states_share_of
from claims.frame_doers import doer_of, without_rival_mark
from claims.frame_objects import changed_object
from claims.frame_patterns import FramePatterns, patterns
from claims.frame_places import NATIONAL, bind, entities, place_and_counted, places
from claims.frame_points import points_of_its_rate
from claims.frame_shares import after_stated_share, share_parts
from claims.frame_slots import (
    REPORT,
    clitic_count,
    counted_follows,
    counted_phrase,
    event_slot,
    lexicon_of_concepts,
    names_only_events,
    paren_source,
    slot_of,
    without_time_words,
)
from claims.lang import ExtractionTable, grouping_pattern
from claims.lexicon import Lexicon
from claims.listed import listed_around
from claims.models import Claim, Frame, FrameOrigin, Modality, Role, Slot

_SLOTS = ("counted", "event", "place", "whole", "entity")
# Units a tally's figure borrows what it counts in only from a count (``named_count``); a
# share's "the figure" names a part of a whole, which no earlier share's words say for sure
_NOT_MEASURES = frozenset({"count", "percent"})


@dataclass
class FrameState:
    """What carries across the sentences of one article: the last counts, for breakdowns
    that refer back ("Of them, ..."), and the place the article's lead states."""

    previous: list[Claim] = field(default_factory=list)
    # Slots already read in this article, by text and concept: the same source, place or
    # counted phrase comes back figure after figure (speed; kept for one article only).
    slots: dict[tuple[str, str | None], Slot] = field(default_factory=dict)
    recent: list[Claim] = field(default_factory=list)  # counts of the last two sentences
    # figures in other units of measure (tonnes, kilometres, euros) of the last sentences:
    # what a tally of that unit ("le total atteignait 2,1 tonnes") stands for
    measures: list[Claim] = field(default_factory=list)
    article_place: Slot | None = None
    sentences: int = 0
    # Who owns the owned figures read so far (revenue, profit: ``[owned]``), by name: an
    # article about one company's results names it once ("Net profit came to 1.38 trillion
    # won, the company said").
    owners: dict[str, Slot] = field(default_factory=dict)

    def remember(self, claims: list[Claim]) -> None:
        counts = [c for c in claims if c.unit == "count" and c.role.value == "value"]
        self.previous = counts or self.previous
        self.recent = (self.recent + counts)[-8:]
        measured = [c for c in claims if c.unit not in _NOT_MEASURES and c.role is Role.value]
        self.measures = (self.measures + measured)[-8:]
        self.sentences += 1


def read_frames(
    claims: list[Claim],
    figures: list[Figure],
    text: str,
    table: ExtractionTable,
    state: FrameState,
    lang: str,
) -> None:
    """Fill each claim's frame from its sentence ``text`` (figure offsets are relative to it),
    then inherit what it leaves empty from its antecedent and the article."""
    sentence = _SentenceFrames(claims, figures, text, table, state, lang)
    for i in range(len(claims)):
        sentence.frame(i)
    _revised_pairs(claims, figures, text, table)
    state.remember(claims)


@dataclass
class _SentenceFrames:
    """One sentence's figures, with the place and entity phrases and antecedents read once
    for all of them."""

    claims: list[Claim]
    figures: list[Figure]
    text: str
    table: ExtractionTable
    state: FrameState
    lang: str

    def __post_init__(self) -> None:
        self.pat: FramePatterns = patterns(self.table)
        starts = [f.start for f in self.figures]
        ends = [f.end for f in self.figures]
        self.places = places(self.text, self.pat)
        self.place_of = bind(self.places, starts, ends, self.text, self.pat)
        self.entities = entities(self.text, self.pat)
        self.entity_of = bind(self.entities, starts, ends, self.text, self.pat)
        self.antecedents = antecedents(self.claims, self.figures, self.text, self.pat, self.state)
        # each figure's surface lowered, then a blank: what a noun shared with it opens with
        self.surfaces = [c.surface.lower() + " " for c in self.claims]
        self.pointed: dict[int, Claim | None] = {}  # the count a figure's clause points at

    def _slot(self, text: str, concept: str | None = None) -> Slot | None:
        return slot_of(text, self.lang, self.table, concept=concept, memo=self.state.slots)

    def frame(self, i: int) -> None:
        """Fill claim ``i``'s frame."""
        claims, claim, f = self.claims, self.claims[i], self.figures[i]
        if self._copied_from_previous(i):
            return
        counted = self._counted(i)
        running = running_total_of(counted, claims[:i], self.pat)
        if running is not None:
            self._running_total(claim, running)
            return
        whole = ""
        if claim.unit == "percent":
            counted, whole = self._share_split(claim, f, counted)
        counted = self._without_other_figure(i, counted)
        referred = self._referred_claim(i, counted)
        if referred is not None:
            counted = ""
        slots = self._own_slots(i, counted, whole)
        if referred is not None:
            slots["event"] = None
            _inherit(slots, referred, "list", only=("counted", "event"))
        self._compared_with(i, slots)
        points_of_its_rate(claims, self.figures, i, self.text, slots, self.table)
        self._inherit_missing(i, slots)
        _store(claim, slots)

    def _copied_from_previous(self, i: int) -> bool:
        """Claim ``i`` measures what the figure before it does, and takes its frame: a
        conversion in parentheses, or a share of the same people ("282, or 71.2 percent,
        were women": the share of the same women, of the same whole)."""
        claims, claim = self.claims, self.claims[i]
        if self.figures[i].parenthetical and i > 0:
            _copy_frame(claim, claims[i - 1])
            return True
        if states_share_of(i, claims, self.figures, self.text, self.pat):
            _copy_frame(claim, claims[i - 1])
            claim.antecedent = claims[i - 1].id
            return True
        return False

    def _counted(self, i: int) -> str:
        """What claim ``i``'s sentence says it counts, unless that is an entity the sentence
        names ("the Ridge fire is 35% contained": the fire is the entity)."""
        counted = counted_phrase(self.claims[i], self.figures[i], self.text, self.pat, self.table)
        counted = completed_by_a_concept(counted, self.text, self.figures[i].start,
                                         lexicon_of_concepts())
        if counted and any(counted.lower() in e.text.lower() for e in self.entities):
            return ""
        if counted.lower() in self.pat.entity_heads:
            return ""  # "The storm dumped 412 millimeters": the storm is no count
        return counted

    def _referred_claim(self, i: int, counted: str) -> Claim | None:
        """The earlier claim whose counted thing claim ``i`` counts: one a pronoun or a
        running tally stands for, or the figure before it in a contrast."""
        claims, claim = self.claims, self.claims[i]
        referred = self._referred(i) if claim.unit == "count" else None
        if referred is None and claim.unit == "count":
            referred = self._tally_of(i, counted) or self._follows_a_pointer(i, counted)
            self.pointed[i] = referred
        elif claim.unit not in _NOT_MEASURES and claim.role is Role.value:
            referred = measure_tallied(counted, self.figures[i].start, self.text, self.pat,
                                       self.table, [*self.state.measures, *claims[:i]], claim.unit)
        if referred is None and i > 0 and self._names_a_source(counted) and (
            claims[i - 1].unit == claim.unit
        ):
            # "entre 3.500 (selon la police) et 12.000 (selon les syndicats)": a figure of
            # a contrast counts what the figure before it does, not the source named between
            referred = claims[i - 1]
        return referred

    def _names_a_source(self, counted: str) -> bool:
        """What is counted is only a source: a source noun ("police") or a source a figure of
        the sentence names."""
        lower = counted.lower()
        return bool(lower) and (lower in self.pat.source_nouns or any(
            c.actor and c.actor.lower() == lower for c in self.claims))

    def _referred(self, i: int) -> Claim | None:
        """The count a pronoun before the verb refers to, when nothing counted follows the
        figure ("Le cabinet Occurrence en a dénombré 81.500 dans la capitale": the
        marchers the sentence before counted), else None."""
        f = self.figures[i]
        if clitic_count(self.text, f.start, f.end, self.pat, self.table):
            earlier = [c for c in (*self.state.recent, *self.claims[:i]) if c.unit == "count"
                       and c.frame is not None and c.frame.counted is not None]
            return earlier[-1] if earlier else None
        return None

    def _tally_of(self, i: int, counted: str) -> Claim | None:
        """The count a running tally or a pronoun stands for, when that is all a figure's
        sentence says it counts: "The provisional total passed 10,000 at the end of May",
        "It had reached 18,870 a week later", "celui des 20 000": the last count of the
        article's last sentences that names what happened."""
        f = self.figures[i]
        if not stands_for_a_count(counted, self.text, f.start, self.pat, self.table):
            return None
        return named_count([*self.state.recent, *self.claims[:i]])

    def _follows_a_pointer(self, i: int, counted: str) -> Claim | None:
        """What the figure before points at, for a bare figure coordinated after it."""
        before, figures = self.pointed.get(i - 1), self.figures
        if counted or before is None or self.claims[i].role is not Role.value:
            return None
        linked = bare_follower(self.text, figures[i - 1].end, figures[i], self.table)
        return before if linked else None

    def _without_other_figure(self, i: int, counted: str) -> str:
        """ "Onze personnes sont portées disparues et 236 ont été blessées": the noun 236
        shares with the figure before counts people, not "Onze personnes"; and a figure
        alone is nothing counted ("eight for the Greens and four for ...": "eight" is the item
        before, not what four counts)."""
        lowered = counted.lower()  # once, not once per other figure of the sentence
        mine = self.claims[i]
        for other, opening in zip(self.claims, self.surfaces, strict=True):
            if other is not mine and (lowered + " ").startswith(opening):
                return counted[len(other.surface) :].strip()
        return counted

    def _compared_with(self, i: int, slots: dict[str, Slot | None]) -> None:
        """A figure a sentence compares another with ("killed at least 31 people ..., up
        from 18 reported on Sunday") measures what that figure does, when it names nothing
        counted of its own but an event: it takes the figure's counted thing, and its event
        unless it names another one than a report ("..., while 12 were still missing")."""
        if not self._compares(i):
            return  # "8% more than the 23,510 recorded a year earlier" compares too
        own = slots["counted"]
        if own is not None and not names_only_events(own.text, self.lang):
            return
        base = self._compared_base(i)
        if base is None or base.frame is None or base.frame.counted is None:
            return
        slots["counted"] = base.frame.counted.model_copy(update={"inherited": "list"})
        event = slots["event"]
        if base.frame.event is not None and (event is None or REPORT in event.concepts):
            slots["event"] = base.frame.event.model_copy(update={"inherited": "list"})

    def _compares(self, i: int) -> bool:
        """Claim ``i`` is a figure another is compared with: by its role, or by a comparing
        phrase before it."""
        if self.claims[i].role in (Role.comparison, Role.change_from):
            return True
        found = self.pat.compared_with
        return found is not None and bool(found.search(self.text, 0, self.figures[i].start))

    def _compared_base(self, i: int) -> Claim | None:
        """The last earlier figure of claim ``i``'s unit, stated as a value, that counts
        something: the one it is compared with."""
        unit = self.claims[i].unit
        return next((c for c in reversed(self.claims[:i]) if c.unit == unit
                     and c.role in (Role.value, Role.change_to) and c.frame is not None
                     and c.frame.counted is not None), None)

    def _running_total(self, claim: Claim, running: Claim) -> None:
        """ "412 people crossed on Tuesday, bringing the total for the year to 14,306": the
        total counts what the sentence's first figure counts."""
        slots: dict[str, Slot | None] = {name: None for name in _SLOTS}
        slots["source"] = self._slot(claim.actor or "")
        _inherit(slots, running, "list")
        _store(claim, slots)
        end_on_the_day(claim, running)

    def _share_split(self, claim: Claim, f: Figure, counted: str) -> tuple[str, str]:
        """A share's (part, whole) when the sentence names both ("58% of victims were
        minors"), else (counted, "")."""
        text, pat, table = self.text, self.pat, self.table
        part, of = share_parts(text, f.end, pat, table)
        if not (part and of):
            part, of = self._share_of_counted(claim, f, part)
        if f.counted and not of:  # "six victimes sur dix sont des adolescentes"
            of = f.counted
            part = after_stated_share(text, f.end, pat, table) or part
        if part and of:
            return part, of
        return counted, ""

    def _share_of_counted(self, claim: Claim, f: Figure, part: str) -> tuple[str, str]:
        """(part, whole) when the counted phrase opens with the share's whole ("suspects
        arrêtés âgés de 10 à 19 ans"), else (part, "")."""
        of, _ = share_phrase(self.text, f.start, f.end, self.table)
        combined = claim.counted
        if of and combined.startswith(of) and len(combined) > len(of):
            return combined[len(of) :].strip(), of
        return part, ""

    def _own_slots(self, i: int, counted: str, whole: str) -> dict[str, Slot | None]:
        """The slots claim ``i``'s own sentence states."""
        claim, f = self.claims[i], self.figures[i]
        place, entity = self.place_of[i], self.entity_of[i]
        owner, counted = owner_and_thing(counted, self.table, self.pat, self.lang)
        if place is not None and owner == place.text:
            owner = ""  # "Korea's exports": the place slot holds it
        place, counted = place_and_counted(place, counted, self.pat, self.table.context)
        source = without_time_words(claim.actor or "", self.pat, self.table) or paren_source(
            self.text, f.end, self.pat)
        source = without_rival_mark(source, self.table) if source else source
        listed = listed_around(self.claims, self.figures, i, counted, self.table)
        event = event_slot(claim, counted, f, self.text, self.pat, self.table, self.lang, *listed)
        doer = None if entity is not None else self._doer(f, event, source, owner, counted)
        if event is not None and self.table.change_verb_re.fullmatch(event.text) and (
            changed_object(claim, f, self.text, self.pat, self.table)
        ):
            event = None  # "to cut winter grain harvest to 43.8 million tonnes": a change
        return {
            "counted": self._slot(counted),
            "event": event,
            "place": self._slot(place.text, concept=place.concept) if place else None,
            "whole": self._slot(whole),
            "entity": self._slot(entity.text) if entity else self._slot(doer or ""),
            "source": self._slot(source or ""),
        }

    def _doer(self, f: Figure, event: Slot | None, source: str | None, owner: str,
              counted: str) -> str | None:
        """Who did what a figure counts, when no entity is bound: its verb's named doer, else a
        possessive's owner, else an owned figure's named source or the name opening its clause."""
        return (
            doer_of(self.text, f.start, event.text if event else None, source, self.pat,
                    self.table, self.lang)
            or owner
            or reporting_owner(counted, source or "", self.table, self.pat, self.lang)
            or subject_owner(self.text, f.start, counted, self.table, self.pat, self.lang)
        )

    def _inherit_missing(self, i: int, slots: dict[str, Slot | None]) -> None:
        """Slots the sentence leaves empty, from the antecedent, the figure before in a
        contrast, else (the place) the article's lead."""
        claims, claim = self.claims, self.claims[i]
        antecedent = self.antecedents[i]
        if antecedent is not None:
            claim.antecedent = antecedent.id
            _inherit(slots, antecedent, "antecedent")
        elif i > 0 and claim.counted and claim.counted == claims[i - 1].counted and (
            claims[i - 1].unit == claim.unit
        ):
            # "3 000 selon la préfecture, 12 000 selon les organisateurs": a bare number in a
            # contrast measures what the figure before it does; in the place before it too
            # ("130 000 à Marseille selon les syndicats, contre 11 000 selon la police"),
            # unless a place of its own comes later in the sentence ("... et 12 000 à Rennes").
            only: tuple[str, ...] = ("event", "entity", "whole")
            if not any(span.start >= self.figures[i].end for span in self.places):
                only = (*only, "place")
            _inherit(slots, claims[i - 1], "list", only=only)
        if slots["place"] is None and self.state.article_place is not None:
            slots["place"] = self.state.article_place.model_copy(update={"inherited": "article"})
        self._article_owner(slots)

    def _article_owner(self, slots: dict[str, Slot | None]) -> None:
        """A figure of something owned that names no owner is the article's one owner's, when
        the article has named exactly one; a named one is remembered."""
        counted, entity, owners = slots["counted"], slots["entity"], self.state.owners
        if counted is None or not owns(counted.concepts, Lexicon.shipped()):
            return
        if entity is not None:
            owners.setdefault(entity.text, entity)
        elif (only := one_owner(owners)) is not None:
            slots["entity"] = only.model_copy(update={"inherited": "article"})


def lead_owner(title: str, table: ExtractionTable, lang: str, state: FrameState) -> None:
    """The company a results article's title names (``counted_owner.title_owner``): its owned
    figures that name no owner are its own, as those after a first named one are."""
    name = title_owner(title, table, patterns(table), lang) if not state.owners else None
    if name:
        state.owners[name] = slot_of(name, lang, table, memo=state.slots)


def lead_place(text: str, table: ExtractionTable, lang: str, state: FrameState) -> None:
    """The place an article's title or first sentence states: figures that name none are
    read as about it (an assumption each finding lists). A national scope brought in as a
    contrast ("92,1 % dans l'académie, contre 90,7 % au niveau national") is the country's
    figure set against the article's own place, never the article's place."""
    if state.article_place is not None:
        return
    found = [p for p in places(text, patterns(table)) if not p.subject]
    contrast = grouping_pattern(lang, "national_contrast")
    if found and found[0].concept == NATIONAL and contrast is not None and any(
        contrast.match(text, p.start) for p in found if p.concept == NATIONAL
    ):
        return
    if found:
        state.article_place = slot_of(
            found[0].text, lang, table, concept=found[0].concept, memo=state.slots
        )


def _revised_pairs(
    claims: list[Claim], figures: list[Figure], text: str, table: ExtractionTable
) -> None:
    """An earlier, since revised figure (``Modality.superseded``) measures what its revised
    figure in the sentence does (the first stated one of the same unit): "3.4 million customers
    ..., up from the 2.1 million it disclosed" counts customers too, and "the 52,310 it
    reported" the ballots of "52,327 ballots", not the registered voters named between. When
    the earlier figure says what it counts and the revised one names only a figure ("un chiffre
    corrigé ... à 3 512"), the revised one takes the earlier one's frame."""
    nouns = table.figure_nouns_set
    for i, claim in enumerate(claims):
        if claim.modality is not Modality.superseded:
            continue
        partner = _stated_partner(claims, claim)
        if partner is None:
            continue
        if not counted_follows(text, figures[i].end, table):
            _copy_frame_keeping_antecedent(claim, partner)
        elif (partner.counted.split()[:1] or [""])[0].lower() in nouns:
            _copy_frame_keeping_antecedent(partner, claim)


def _stated_partner(claims: list[Claim], claim: Claim) -> Claim | None:
    """The first stated figure of ``claim``'s unit: the one that revises it."""
    return next((c for c in claims if c.modality is Modality.stated
                 and c.unit == claim.unit and c is not claim), None)


def _copy_frame_keeping_antecedent(claim: Claim, other: Claim) -> None:
    """``other``'s frame for ``claim``, whose antecedent stays its own."""
    kept = claim.antecedent
    _copy_frame(claim, other)
    claim.antecedent = kept


def _copy_frame(claim: Claim, other: Claim) -> None:
    for name in ("counted", "event", "place", "whole", "entity", "source", "antecedent"):
        setattr(claim, name, getattr(other, name))
    claim.actor = other.actor
    claim.frame = other.frame


def _store(claim: Claim, slots: dict[str, Slot | None]) -> None:
    counted = slots["counted"]
    text = counted.text if counted is not None else ""
    if text != claim.counted:
        claim.counted = text
        claim.lemmas = list(counted.lemmas) if counted is not None else []
    for name in ("event", "place", "whole", "entity", "source"):
        slot = slots[name]
        setattr(claim, name, slot.text if slot else None)
    if slots["source"] is not None:
        claim.actor = slots["source"].text
    claim.frame = Frame(**slots)


def _inherit(
    slots: dict[str, Slot | None],
    other: Claim,
    origin: FrameOrigin,
    only: tuple[str, ...] = ("counted", "event", "place", "entity", "source"),
) -> None:
    """Empty slots take the other claim's, marked as inherited; a breakdown's whole is the
    antecedent's counted thing."""
    theirs = other.frame or Frame()
    for name in only:
        if slots.get(name) is None and getattr(theirs, name) is not None:
            slots[name] = getattr(theirs, name).model_copy(update={"inherited": origin})
    if origin == "antecedent" and slots["whole"] is None and theirs.counted is not None:
        slots["whole"] = theirs.counted.model_copy(update={"inherited": None})
