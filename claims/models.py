"""Typed records at the boundary between extraction and reconciliation.

Everything downstream (grouping, verdicts, the store, the renderers) reads these models and
nothing else, so a field here is a promise to users and scripts: keep names stable.
"""

from __future__ import annotations

import hashlib
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Approx(StrEnum):
    """How the written figure relates to the true value."""

    exact = "exact"
    about = "about"
    more_than = "more_than"
    less_than = "less_than"
    at_least = "at_least"
    up_to = "up_to"
    range = "range"
    vague = "vague"


class Role(StrEnum):
    """Whether a figure stands alone or is one side of a change or comparison."""

    value = "value"
    change_from = "change_from"
    change_to = "change_to"
    comparison = "comparison"
    ratio = "ratio"


class Direction(StrEnum):
    """Which way a stated change goes: "rose 5%", "en baisse de 12 %"."""

    up = "up"
    down = "down"


PeriodResolution = Literal[
    "explicit",  # the phrase names its dates ("en 2021", "entre janvier et juillet 2024")
    "relative",  # resolved against the publication date ("l'an dernier", "last week")
    "carried",  # taken from the previous sentence ("au cours de cette période")
    "unresolved",  # relative to a publication date nobody knows
    "publication",  # no period stated: a count holds as of the article's publication
]

# Resolutions whose dates the text itself gives (stated), and those plus a period carried from an
# earlier sentence (dated): what a rule may lean on, unlike a guess or the publication day.
STATED: tuple[PeriodResolution, ...] = ("explicit", "relative")
DATED: tuple[PeriodResolution, ...] = ("explicit", "relative", "carried")

PublishedSource = Literal["front_matter", "metadata", "cli", "inferred", "none"]


class Modality(StrEnum):
    """How the writer holds a figure: as a fact (``stated``), as an estimate someone is unsure
    of (``hedged``: "could reach"), as a value that holds only after a planned or expected
    change (``planned``: "will rise to", "passera à"), which never contradicts the current one,
    or as an earlier figure the text says was since revised (``superseded``: "up from a
    previous estimate of 2,900", "la mairie avait d'abord annoncé 3 497 voix"), which never
    contradicts the revised one; or as a bound on what may be rather than a count of what was
    (``limit``: a capacity, a design size, a quota, "designed for 800 people", "d'une
    capacité d'accueil de 380 places", ``claims.limits``), which is never compared with counts."""

    stated = "stated"
    hedged = "hedged"
    planned = "planned"
    superseded = "superseded"
    limit = "limit"


class PeriodKind(StrEnum):
    """What kind of time a figure covers; the start/end rules of each are in DESIGN.md."""

    day = "day"  # an event on a named day: start = end = that day
    interval = "interval"  # a stated window ("in June and July", "du 4 au 8 mars")
    to_date = "to_date"  # a window still running: ends at the as-of date or publication
    as_of = "as_of"  # a cumulative total known at a date, its start unknown
    rate = "rate"  # a rate, and the window it is averaged over
    none = "none"  # nothing stated or inherited


class Period(BaseModel):
    """The time span a figure covers; either end may be open (``as of`` a date, or since)."""

    model_config = ConfigDict(frozen=True)

    start: date | None = None
    end: date | None = None
    text: str = ""
    resolution: PeriodResolution = "explicit"
    kind: PeriodKind = PeriodKind.interval
    source: str | None = Field(None, description="id of the claim a carried period came from")

    def as_of_end(self) -> Period:
        """This period as a level held on its last day: no start, kind ``as_of``."""
        return self.model_copy(update={"start": None, "kind": PeriodKind.as_of})


class Article(BaseModel):
    """One loaded article. ``text`` is the file exactly as stored, front matter included, so
    offsets and line numbers always point into the original file."""

    id: str
    path: str | None = None
    text: str
    body_start: int = 0
    language: str = "fr"
    published: date | None = None
    published_source: PublishedSource = "none"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


FrameOrigin = Literal["antecedent", "article", "list"]


class Slot(BaseModel):
    """One slot of a quantity frame: the phrase as written, its lemmas, its concept ids, and
    where it came from when the sentence did not state it."""

    model_config = ConfigDict(frozen=True)

    text: str
    lemmas: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()
    inherited: FrameOrigin | None = None


SLOTS: tuple[str, ...] = ("counted", "event", "place", "whole", "entity", "source")


class Frame(BaseModel):
    """What a figure measures, slot by slot (DESIGN.md, "What a figure measures"). Two
    figures are compared only when their frames agree; an empty slot contradicts nothing."""

    model_config = ConfigDict(frozen=True)

    counted: Slot | None = None
    event: Slot | None = None
    place: Slot | None = None
    whole: Slot | None = None
    entity: Slot | None = None
    source: Slot | None = None

    def assumptions(self) -> list[str]:
        """What the frame took from elsewhere than the figure's own sentence, in words."""
        where = {
            "antecedent": "the figure it refers to",
            "article": "the article",
            "list": "the figure before it",
        }
        return [
            f"{name} inherited from {where[slot.inherited]}"
            for name in SLOTS
            if (slot := getattr(self, name)) is not None and slot.inherited
        ]


def kept_apart(approx: Approx) -> bool:
    """A quantity word with no value ("des centaines", "dozens"): an order of magnitude, which
    grouping compares only with its kind. A rough word with a value ("une soixantaine", "about
    60" in the English copy of one story) is compared with figures, loosely
    (``reconcile.value_verdict``)."""
    return approx is Approx.vague


def is_rough(approx: Approx, lower: float | None, upper: float | None) -> bool:
    """A rough quantity: "des centaines" (vague: a span, no value) or "une vingtaine" (about
    20 within its span 20-29). Writers round these words by far more than a printed "about
    20", so the reconciler reads both as their span and compares them only with each other."""
    return approx is Approx.vague or (
        approx is Approx.about and lower is not None and upper is not None
    )


class Claim(BaseModel):
    """One numeric statement, with what it counts and the period it covers."""

    id: str
    article: str
    line: int = Field(description="1-based line in the file as stored")
    start: int = Field(description="character offset of the surface, inclusive")
    end: int = Field(description="character offset of the surface, exclusive")
    sentence: str
    sentence_start: int | None = Field(
        None, exclude=True, description="character offset of the sentence (not serialized)"
    )
    surface: str
    value: float | None
    lower: float | None = None
    upper: float | None = None
    approx: Approx = Approx.exact
    decimals: int = Field(0, description="digits printed after the decimal separator")
    unit: str = "count"
    per: str | None = Field(None, description="rate denominator: day, week, month, year")
    counted: str = ""
    lemmas: list[str] = Field(default_factory=list)
    actor: str | None = Field(None, description="who gives the figure; the same as ``source``")
    verb: str | None = None
    hedge: str | None = None
    period: Period | None = None
    role: Role = Role.value
    linked: str | None = Field(None, description="id of the other side of a change/comparison")
    language: str = "fr"
    event: str | None = Field(None, description="what happened to the counted things")
    place: str | None = None
    whole: str | None = Field(None, description="for a share or a breakdown, what it is part of")
    entity: str | None = Field(None, description="the named thing measured: a fire, a channel")
    source: str | None = Field(None, description="who gives the figure")
    antecedent: str | None = Field(
        None, description="id of the figure a breakdown refers to ('dont 19 mineurs', 'of them')"
    )
    frame: Frame | None = Field(None, description="the frame slots with lemmas and concepts")
    direction: Direction | None = Field(None, description="up or down, for a stated change")
    change: tuple[float, float] | None = Field(
        None, description="for one side of a change: (from value, to value) of the pair"
    )
    modality: Modality = Field(
        Modality.stated, description="stated, hedged ('could reach') or planned ('will rise to')"
    )

    def at_in_sentence(self) -> int:
        """Where the surface stands in the sentence, from the claim's own offsets: a figure
        printed twice in its sentence ("12 died ... 12 more were hurt") is found where it
        stands, not at its first place; the first place when the offsets are unknown (a claim
        read back from JSON), -1 when the surface is not in the sentence."""
        if self.sentence_start is not None:
            at = self.start - self.sentence_start
            if at >= 0 and self.sentence.startswith(self.surface, at):
                return at
        return self.sentence.find(self.surface)

    @property
    def rough(self) -> bool:
        """See ``is_rough``."""
        return is_rough(self.approx, self.lower, self.upper)

    @property
    def unit_label(self) -> str:
        """The unit as users read it: ``count per day`` for a rate."""
        return f"{self.unit} per {self.per}" if self.per else self.unit

    @property
    def fingerprint(self) -> str:
        """``fr02.md#408 emplois@1c2d3e4f``: the article's file name, the figure as written
        and a hash of its sentence, blanks and case folded. No line, offset or counter: a
        person's review decision (``--review``) names a claim by it, and it must survive
        lines inserted above the claim or other articles read with it."""
        article = self.article.replace("\\", "/").rsplit("/", 1)[-1]
        digest = hashlib.blake2b(_folded(self.sentence).encode(), digest_size=4).hexdigest()
        return f"{article}#{_folded(self.surface)}@{digest}"


def _folded(text: str) -> str:
    """Case and every kind of blank (no-break and thin spaces too) folded."""
    return " ".join(text.casefold().split())


class ExtractionStats(BaseModel):
    """What an extraction saw, so a report can say what was not checked and why."""

    numbers_seen: int = 0
    claims: int = 0
    skipped: dict[str, int] = Field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def merge(self, other: ExtractionStats) -> None:
        """Add what another extraction (a worker process's) saw."""
        self.numbers_seen += other.numbers_seen
        self.claims += other.claims
        for reason, count in other.skipped.items():
            self.skipped[reason] = self.skipped.get(reason, 0) + count
