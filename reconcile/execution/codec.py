"""What travels between processes: a ``Block`` of claims, packed as columns.

Pickle writes each object of a claim apart and remembers it, so a million pydantic claims
pickled one by one cost more than the work they travel to. A block's claims travel instead
as one column per ``Claim`` field, read from ``Claim.model_fields``, so a new field travels
with no change here:

* a column of texts is one string joined by NUL (when no text holds one);
* a column of models (the periods) is a table of the distinct ones, as tuples of their fields,
  plus one number per claim: claims of one article share their periods;
* any other column is a tuple of its values.

They are rebuilt as ``Claim`` objects on arrival, without validation: they were valid when
they left.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from claims.models import Claim
from reconcile.models import trusted

_FIELDS = tuple(Claim.model_fields)
_FIELD_SET = frozenset(_FIELDS)
_read = operator.itemgetter(*_FIELDS)
_SEP = "\0"

TEXT, MODELS, PLAIN = "t", "m", "p"


@dataclass(slots=True)
class Block:
    """One unit of work: claims, and whatever else the work needs (``data``: any picklable
    value, plain values preferably). Pickled, its claims travel as columns."""

    claims: list[Claim] = field(default_factory=list)
    data: Any = None

    def __reduce__(self) -> tuple:
        return _unpack_block, (pack(self.claims), self.data)


def _unpack_block(columns: tuple, data: Any) -> Block:
    return Block(unpack(columns), data)


def pack(claims: Sequence[Claim]) -> tuple:
    """The claims as ``(kind, column)`` per field (see the module docstring)."""
    if not claims:
        return ()
    rows = [_read(c.__dict__) for c in claims]
    return tuple(_pack_column(column) for column in zip(*rows, strict=True))


def _pack_column(column: tuple) -> tuple:
    first = column[0]
    if isinstance(first, str) and all(type(v) is str for v in column):
        joined = _SEP.join(column)
        if joined.count(_SEP) == len(column) - 1:
            return TEXT, joined
    if any(isinstance(v, BaseModel) for v in column):
        table: dict[tuple | None, int] = {}
        numbers = []
        for value in column:
            key = None if value is None else (type(value), *value.__dict__.values())
            number = table.get(key)
            if number is None:
                number = table[key] = len(table)
            numbers.append(number)
        return MODELS, list(table), numbers
    return PLAIN, column


def unpack(columns: tuple) -> list[Claim]:
    """``pack`` undone: the claims, as ``Claim`` objects."""
    if not columns:
        return []
    values = [_unpack_column(c) for c in columns]
    fields = _FIELD_SET
    return [trusted(Claim, fields, dict(zip(_FIELDS, row, strict=True)))
            for row in zip(*values, strict=True)]


def _unpack_column(packed: tuple) -> Sequence:
    kind = packed[0]
    if kind == TEXT:
        return packed[1].split(_SEP)
    if kind == MODELS:
        _, table, numbers = packed
        models = [None if key is None else _model(key) for key in table]
        return [models[n] for n in numbers]
    return packed[1]


def _model(key: tuple) -> BaseModel:
    cls, *values = key
    names = tuple(cls.model_fields)
    return trusted(cls, frozenset(names), dict(zip(names, values, strict=True)))
