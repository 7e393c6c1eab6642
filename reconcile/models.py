"""Records produced by reconciliation: groups of claims about one quantity, findings, and the
results the renderers show (``Reconciliation``, ``Report``, ``GateResult``). ``reports/`` reads
these and ``claims.models`` only, never the code that makes them."""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from claims.models import Article, Claim, ExtractionStats, Period

if TYPE_CHECKING:
    from claims.load import InputError

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
_set = object.__setattr__


class Verdict(StrEnum):
    """The verdict words of the user-facing contract (see README)."""

    consistent = "consistent"
    minor_discrepancy = "minor_discrepancy"
    conflict = "conflict"
    period_mismatch = "period_mismatch"
    change = "change"


# Order used by ``--fail-on`` and by renderers: later is more severe.
SEVERITY: dict[Verdict, int] = {
    Verdict.consistent: 0,
    Verdict.change: 0,
    Verdict.period_mismatch: 1,
    Verdict.minor_discrepancy: 2,
    Verdict.conflict: 3,
}


class Membership(BaseModel):
    claim_id: str
    score: float = Field(description="similarity of the claim to its group, 0..1")
    slots: list[str] = Field(
        default_factory=list,
        description="frame slots the claim shares with another member (counted, event, ...)",
    )


class Group(BaseModel):
    """Claims that measure the same quantity (same unit kind, same thing counted)."""

    id: str
    label: str
    kind: str = Field(description="unit kind: count, percent, duration, money, ratio...")
    members: list[Membership]

    @property
    def claim_ids(self) -> list[str]:
        return [m.claim_id for m in self.members]


class Finding(BaseModel):
    """One verdict about two or more claims, with a one-sentence explanation."""

    id: str
    verdict: Verdict
    detail: str = Field(
        "", description="identical, rounding, bounds, aggregate, parts, sub_period, ratio, rate..."
    )
    group_id: str | None = None
    quantity: str = ""
    claim_ids: list[str]
    explanation: str
    confidence: float = Field(
        1.0, description="how sure the finding is that its figures measure one quantity, 0..1"
    )
    assumptions: list[str] = Field(
        default_factory=list, description="what the finding took for granted, in words"
    )

    def sure(self, min_confidence: float) -> bool:
        """Not a conflict, or a conflict at ``min_confidence`` or over: one the report shows
        and the gate may fail on (a less sure conflict is only a warning)."""
        return self.verdict is not Verdict.conflict or self.confidence >= min_confidence


def trusted(cls: type[M], fields: frozenset[str], values: dict[str, Any]) -> M:
    """``cls.model_construct(fields, **values)`` for a model with no aliases, private
    attributes, extras or post-init, when ``values`` holds every field: the same four
    attributes set, without the generic path's per-field loop, which cost more than the rest of
    building a million findings or memberships (``tests`` compare both)."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model

class OneCopy:
    """One object for equal values that many records of a run hold: the similarity notes,
    confidences and slot lists of a million findings and memberships come back from the
    workers as copies of a few hundred values (one per chunk of work), and held apart they
    were a tenth of the run's peak memory. Read-only values only: a record's list is shared
    with the records equal to it, and nothing edits a record's list in place."""

    __slots__ = ("_lists", "_seen")

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}
        self._lists: dict[tuple, list] = {}

    def __call__(self, value: T) -> T:
        """The run's first object equal to ``value`` (a string, a number...)."""
        return self._seen.setdefault(value, value)

    def list(self, items: list[T]) -> list[T]:
        """The run's first list equal to ``items``."""
        return self._lists.setdefault(tuple(items), items)


def read_fields(items: Iterable[BaseModel], *names: str) -> Iterator[tuple]:
    """``(item.a, item.b, ...)`` for each item, read from the models' field dicts: a pydantic
    attribute lookup walks the class first, and passes over a million claims read a few
    fields of each."""
    return map(operator.itemgetter(*names), map(_FIELD_DICT, items))


_FIELD_DICT = operator.attrgetter("__dict__")


def period_text(period: Period | None) -> str:
    """A period as every output writes it: ``2024-01-01..2024-07-31``, ``..2024-09-02`` (as
    of a day, start unknown), ``2024-03-01..`` (since), ``unresolved`` (a period phrase whose
    dates are unknown), or ``""`` for none. (ISO 8601-2 writes an open end ``..`` too.)"""
    if period is None:
        return ""
    if period.start is None and period.end is None:
        return "unresolved"
    start = period.start.isoformat() if period.start else ""
    end = period.end.isoformat() if period.end else ""
    return f"{start}..{end}"


# -- what reconciling found, and what ``reconcile report`` shows ------------------------------

class Reconciliation(BaseModel):
    """What reconciling a set of claims found."""

    groups: list[Group]
    findings: list[Finding]
    uncomparable: dict[str, int] = Field(
        default_factory=dict, description="claims in no finding, counted by reason"
    )
    reviewed: dict[str, str] = Field(
        default_factory=dict,
        description="ids of findings a person found fine (--review), with the reason",
    )

    def verdict_counts(self) -> dict[str, int]:
        """Findings per verdict, every verdict present (zero included), contract order."""
        counts = Counter(f.verdict for f in self.findings)
        return {v.value: counts.get(v, 0) for v in Verdict}


Only = Literal["all", "differences", "conflicts"]


class Report(BaseModel):
    """Everything a ``reconcile report`` renderer shows: inputs, claims and what was found."""

    articles: list[Article]
    claims: list[Claim]
    reconciliation: Reconciliation
    stats: ExtractionStats = Field(default_factory=ExtractionStats)
    only: Only = Field("all", description="which findings to show; the summary counts all")

    def group_of(self) -> dict[str, Group]:
        """Claim id -> its group."""
        return {m.claim_id: g for g in self.reconciliation.groups for m in g.members}

    min_confidence: float = Field(
        0.0, description="conflicts below this confidence are left out of what is shown"
    )

    def shown(self) -> list[Finding]:
        """The findings ``only`` asks for: all, all but consistent, or conflicts alone;
        conflicts first, the most confident first, and none below ``min_confidence``."""
        findings = [f for f in self.reconciliation.findings if self._shows(f)]
        conflicts = sorted(
            (f for f in findings if f.verdict is Verdict.conflict),
            key=lambda f: (-f.confidence, f.id),
        )
        return conflicts + [f for f in findings if f.verdict is not Verdict.conflict]

    def _shows(self, finding: Finding) -> bool:
        """A finding of a verdict ``only`` asks for; a conflict at ``min_confidence`` or over."""
        if finding.verdict is Verdict.conflict:
            return finding.sure(self.min_confidence)
        if self.only == "conflicts":
            return False
        return self.only != "differences" or finding.verdict is not Verdict.consistent

    def verdict_counts(self) -> dict[str, int]:
        """Findings per verdict as shown: a conflict below ``min_confidence`` is not counted as
        one (a reader who sees "conflict 14" and four conflicts listed would trust neither);
        ``below_confidence`` says how many were left out."""
        counts = self.reconciliation.verdict_counts()
        counts[Verdict.conflict.value] -= self.below_confidence()
        return counts

    def below_confidence(self) -> int:
        """Conflicts left out for their confidence: the summary says how many."""
        return sum(
            1 for f in self.reconciliation.findings
            if f.verdict is Verdict.conflict and f.confidence < self.min_confidence
        )


# -- what the CI gate found -------------------------------------------------------------------

FINGERPRINT_KEY = "claimReconciler/v1"
Status = Literal["new", "acknowledged"]


class BaselineEntry(BaseModel):
    """One acknowledged finding, readable in a code review without running the tool."""

    model_config = ConfigDict(extra="ignore")

    fingerprint: str
    verdict: str
    quantity: str = ""
    articles: list[str] = []
    values: list[str] = []
    periods: list[str] = []
    explanation: str = ""
    reason: str | None = None


@dataclass(frozen=True)
class Location:
    """Where a claim stands: path relative to the working directory, 1-based line and column."""

    path: str
    line: int
    column: int


@dataclass
class GateFinding:
    """One finding about a new claim, with what the renderers need to point at it."""

    finding: Finding
    entry: BaselineEntry
    status: Status
    failing: bool
    at_threshold: bool
    location: Location
    claims: list[Claim]
    where: dict[str, Location] = field(default_factory=dict)  # claim id -> location
    reason: str | None = None

    @property
    def fingerprint(self) -> str:
        return self.entry.fingerprint

    @property
    def verdict(self) -> Verdict:
        return self.finding.verdict

    @property
    def title(self) -> str:
        """A short headline: verdict and quantity."""
        quantity = f" ({self.finding.quantity})" if self.finding.quantity else ""
        return f"{self.verdict}{quantity}"

    def message(self) -> str:
        """The reconciler's explanation: it cites every figure and where it stands."""
        status = " [acknowledged in baseline]" if self.status == "acknowledged" else ""
        return f"{self.finding.explanation}{status}"

    @property
    def level(self) -> Literal["error", "warning", "note"]:
        """error for what fails the gate, note for acknowledged, warning for the rest."""
        if self.status == "acknowledged":
            return "note"
        return "error" if self.at_threshold else "warning"


@dataclass
class GateResult:
    findings: list[GateFinding]
    fail_on: Verdict
    articles: list[str]  # ids of the new articles (their store keys)
    new_claims: int
    corpus_claims: int
    errors: list[InputError] = field(default_factory=list)  # new articles not extracted

    @property
    def new_articles(self) -> int:
        return len(self.articles)

    @property
    def failed(self) -> bool:
        return any(f.failing for f in self.findings)

    @property
    def failing(self) -> list[GateFinding]:
        return [f for f in self.findings if f.failing]
