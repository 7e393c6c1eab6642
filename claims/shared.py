"""Claims kept for a whole run share what they hold alike.

``reconcile report`` keeps every claim of every article until it renders them, so memory grows
with the articles (0.17 MB per article before this). Most of it was bookkeeping, not content:
a validated pydantic model carries its own set of the field names it was given (2.3 KB for a
claim, 0.7 KB for its frame, 0.2 KB per slot: two fifths of a claim's memory), and many slots,
frames and periods are equal to another claim's (a slot inherited from an antecedent or the
article, a period carried from sentence to sentence).

``Sharing`` makes every such field set one frozenset per distinct set of names (as
``reconcile.models.trusted`` does for the models reconciling makes), and equal frames, slots
and periods one object. Values never change: a claim reads exactly as before. Frames,
slots and periods are frozen models, so sharing them is safe; a claim's field set becomes
frozen, so setting a field of a shared claim afterwards raises instead of going unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel

from claims.models import SLOTS, Claim, Frame

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__


class Sharing:
    """One per run: the distinct field sets and values seen so far."""

    def __init__(self) -> None:
        self._names: dict[frozenset[str], frozenset[str]] = {}
        self._values: dict[BaseModel, BaseModel] = {}

    def claims(self, claims: Iterable[Claim]) -> list[Claim]:
        """The same claims, sharing what they hold alike with the claims seen before."""
        out = []
        for claim in claims:
            fields = claim.__dict__
            if fields["frame"] is not None:
                fields["frame"] = self._frame(fields["frame"])  # an equal value: see module
            if fields["period"] is not None:
                fields["period"] = self._value(fields["period"])
            self._names_of(claim)
            out.append(claim)
        return out

    def _frame(self, frame: Frame) -> Frame:
        found = self._values.get(frame)
        if found is not None:
            return found  # type: ignore[return-value]
        fields = frame.__dict__
        for name in SLOTS:
            if fields[name] is not None:
                fields[name] = self._value(fields[name])
        return self._value(frame)

    def _value(self, value: M) -> M:
        """The first equal value seen (a frozen model), its field set shared."""
        found = self._values.get(value)
        if found is None:
            found = self._values[value] = self._names_of(value)
        return found  # type: ignore[return-value]

    def _names_of(self, model: M) -> M:
        names = frozenset(model.__pydantic_fields_set__)
        _set(model, "__pydantic_fields_set__", self._names.setdefault(names, names))
        return model
