"""``SlimClaim``: what grouping and comparing read of a claim, and nothing else.

A ``Claim`` is a pydantic model of thirty-odd fields, among them a frame of nested models; a
block of grouping work reads a third of them. Blocks carry slim claims instead: plain objects
with slots, cheap to make, to send to another process and to rebuild there, so that the
domain code of grouping, comparing and the structural checks runs on the same plain objects
wherever the executor puts it. Full ``Claim`` models stay at the boundaries (extraction, the
store, the reports); findings name claims by id.

Of the frame, grouping reads only whether there is one, the concepts of its event and place
slots, and whether the place was carried from the article's lead (``TextReader.frame``); how far
to trust a finding (``reconcile.assess``, run beside each group's visit) reads the concepts and
lemmas of what is counted and the slots taken from elsewhere than the figure's sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Approx, Claim, Direction, Frame, Modality, Period, Role, is_rough


@dataclass(slots=True)
class SlimClaim:
    """The fields of a ``Claim`` that grouping, comparing and the checks read, under the same
    names (so the domain code reads either), plus four facts about its frame."""

    id: str
    article: str
    line: int
    start: int
    sentence: str
    surface: str
    value: float | None
    lower: float | None
    upper: float | None
    approx: Approx
    decimals: int
    unit: str
    per: str | None
    counted: str
    lemmas: tuple[str, ...]
    actor: str | None
    verb: str | None
    period: Period | None
    role: Role
    linked: str | None
    language: str
    event: str | None
    place: str | None
    whole: str | None
    entity: str | None
    antecedent: str | None
    framed: bool  # the claim has a frame (``Claim.frame``), even an empty one
    event_concepts: tuple[str, ...]  # concepts of the frame's event slot
    place_concepts: tuple[str, ...]  # concepts of the frame's place slot
    place_from_article: bool  # the place was carried from the article, not stated
    source: str | None  # who gives the figure (a running count's checks tell counters apart)
    modality: Modality  # stated, hedged, planned, superseded or limit
    hedge: str | None
    counted_concepts: tuple[str, ...]  # concepts of the frame's counted slot
    counted_lemmas: tuple[str, ...]  # lemmas of the frame's counted slot
    # Frame slots taken from elsewhere, in ``INHERITABLE`` order: (slot, its text, from where)
    inherited: tuple[tuple[str, str, str], ...]
    direction: Direction | None = None  # up or down, for a figure told as a change

    @classmethod
    def of(cls, claim: Claim | SlimClaim) -> SlimClaim:
        """The slim form of a claim (read from its field dict: a million claims are read)."""
        if isinstance(claim, SlimClaim):
            return claim
        return cls(*cls.row(claim))

    @staticmethod
    def row(claim: Claim) -> tuple:
        """The slim claim's fields as a plain tuple, in field order (``SlimClaim(*row)``): what
        a block of grouping work carries, cheap to make and to send to another process, made
        into a slim claim where the block is worked on."""
        d = claim.__dict__
        frame = d["frame"]
        event = frame.event if frame is not None else None
        place = frame.place if frame is not None else None
        counted = frame.counted if frame is not None else None
        return (
            d["id"], d["article"], d["line"], d["start"], d["sentence"], d["surface"],
            d["value"], d["lower"], d["upper"], d["approx"], d["decimals"], d["unit"],
            d["per"], d["counted"], tuple(d["lemmas"]), d["actor"], d["verb"], d["period"],
            d["role"], d["linked"], d["language"], d["event"], d["place"], d["whole"],
            d["entity"], d["antecedent"], frame is not None,
            event.concepts if event is not None else (),
            place.concepts if place is not None else (),
            place is not None and place.inherited == "article",
            d["source"], d["modality"], d["hedge"],
            counted.concepts if counted is not None else (),
            counted.lemmas if counted is not None else (),
            _inherited(frame) if frame is not None else (),
            d["direction"],
        )

    @property
    def rough(self) -> bool:
        """``Claim.rough``."""
        return is_rough(self.approx, self.lower, self.upper)

    @property
    def unit_label(self) -> str:
        """``Claim.unit_label``: ``count per day`` for a rate."""
        return f"{self.unit} per {self.per}" if self.per else self.unit


def event_concepts(claim: Claim | SlimClaim) -> tuple[str, ...]:
    """The concepts of the claim's event slot (a ``SlimClaim`` carries them as a field)."""
    found = getattr(claim, "event_concepts", None)
    if found is not None:
        return found
    event = claim.frame.event if claim.frame is not None else None
    return event.concepts if event is not None else ()


# The frame slots a figure may take from elsewhere, in the order its assumptions name them.
INHERITABLE = ("event", "place", "whole", "entity")


def _inherited(frame: Frame) -> tuple[tuple[str, str, str], ...]:
    found = ((slot, getattr(frame, slot)) for slot in INHERITABLE)
    return tuple((slot, value.text, value.inherited) for slot, value in found
                 if value is not None and value.inherited)
