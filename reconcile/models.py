"""Records produced by reconciliation: groups of claims about one quantity, and findings."""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, Field

M = TypeVar("M", bound=BaseModel)
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


def read_fields(items: Iterable[BaseModel], *names: str) -> Iterator[tuple]:
    """``(item.a, item.b, ...)`` for each item, read from the models' field dicts: a pydantic
    attribute lookup walks the class first, and passes over a million claims read a few
    fields of each."""
    return map(operator.itemgetter(*names), map(_FIELD_DICT, items))


_FIELD_DICT = operator.attrgetter("__dict__")
