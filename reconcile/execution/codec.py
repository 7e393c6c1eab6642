"""What travels between processes: a ``Block`` of claims, packed as columns.

Pickle writes each object of a claim apart and remembers it, so a million claims pickled one
by one cost more than the work they travel to. A block's claims travel instead as their class
and one column per field, read from the class (a pydantic model's ``model_fields``, a
dataclass's fields), so a new field travels with no change here. Grouping sends slim claims
(``reconcile.slim``), extraction sends ``Claim`` models back. Each column is packed by the
types it holds:

* texts (some of them None): a table of the distinct texts when most repeat (the sentence of
  several figures), else one string joined by NUL and where the Nones were;
* whole numbers, or decimals (some of them None): a typed array, and where the Nones were;
* models (the periods): a table of the distinct objects, as tuples of their fields, and one
  number per claim: claims of one article share their periods;
* members of one enum, booleans, tuples: a table of the distinct values, and one number per
  claim;
* anything else: a tuple of its values.

They are rebuilt as objects of their class on arrival, models without validation: they were
valid when they left.
"""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from enum import Enum
from functools import partial
from typing import Any

from pydantic import BaseModel

from reconcile.models import trusted

_SEP = "\0"

TEXT, NUMBERS, TABLE, MODELS, PLAIN = "t", "n", "e", "m", "p"


@dataclass(slots=True)
class Block:
    """One unit of work: claims (``Claim`` models or slim claims, all of one class), and
    whatever else the work needs (``data``: any picklable value, plain values preferably).
    Pickled, its claims travel as columns."""

    claims: list[Any] = field(default_factory=list)
    data: Any = None

    def __reduce__(self) -> tuple:
        return _unpack_block, (pack(self.claims), self.data)


def _unpack_block(packed: tuple, data: Any) -> Block:
    return Block(unpack(packed), data)


def pack(items: Sequence[Any]) -> tuple:
    """The items (models or dataclasses with slots, all of one class) as their class and one
    packed column per field (see the module docstring)."""
    if not items:
        return ()
    cls = type(items[0])
    rows = list(_layout(cls)[1](items))
    return cls, tuple(_pack_column(column) for column in zip(*rows, strict=True))


_fields_of = operator.attrgetter("__dict__")
_NONE = type(None)
_LAYOUTS: dict[type, tuple[tuple[str, ...], Callable[[Sequence[Any]], Iterable[tuple]]]] = {}


def _layout(cls: type) -> tuple[tuple[str, ...], Callable[[Sequence[Any]], Iterable[tuple]]]:
    """A class's field names, and how to read them from many of its objects: a model's from
    its field dict, a dataclass's from its slots."""
    found = _LAYOUTS.get(cls)
    if found is None:
        if issubclass(cls, BaseModel):
            names = tuple(cls.model_fields)
            getter = operator.itemgetter(*names)

            def read(items: Sequence[Any]) -> Iterable[tuple]:
                return map(getter, map(_fields_of, items))
        else:
            names = tuple(f.name for f in fields(cls))
            read = partial(map, operator.attrgetter(*names))
        found = _LAYOUTS[cls] = (names, read)
    return found


def _pack_column(column: tuple) -> tuple:
    types = set(map(type, column))
    nones = [i for i, v in enumerate(column) if v is None] if _NONE in types else []
    types.discard(_NONE)
    kind = next(iter(types)) if len(types) == 1 else None
    packed = _packed(column, kind, types, nones)
    return packed if packed is not None else (PLAIN, column)


def _packed(column: tuple, kind: type | None, types: set[type], nones: list[int]) -> tuple | None:
    """The column packed the way its one type (``kind``) packs best, or None: texts joined,
    numbers in an array, few distinct values as a table, models by identity."""
    if kind is str:
        return _texts(column, nones)
    if kind is int or kind is float:
        return _numbers(column, nones, "q" if kind is int else "d")
    if _tabled(kind):
        return _table(column)
    if any(issubclass(t, BaseModel) for t in types):
        return _models(column)
    return None


def _tabled(kind: type | None) -> bool:
    """Booleans, tuples and enums: a few distinct hashable values, packed as a table."""
    return kind is bool or kind is tuple or (kind is not None and issubclass(kind, Enum))


def _texts(column: tuple, nones: list[int]) -> tuple | None:
    """A table of distinct texts when most repeat (the sentence of several figures), else one
    string joined by NUL (None as ""), and where the Nones were; None when a text holds a
    NUL."""
    if len(column) > 1 and len(set(column)) * 2 <= len(column):
        return _table(column)
    joined = _SEP.join([v if v is not None else "" for v in column] if nones else column)
    return (TEXT, joined, nones) if joined.count(_SEP) == len(column) - 1 else None


def _numbers(column: tuple, nones: list[int], code: str) -> tuple | None:
    """A typed array (None as 0), and where the Nones were; None beyond 64 bits."""
    values = [0 if v is None else v for v in column] if nones else column
    try:
        return NUMBERS, array(code, values), nones
    except OverflowError:
        return None


def _table(column: tuple) -> tuple | None:
    """Distinct hashable values, and each value's number in the table (None when a value
    cannot be hashed)."""
    table: dict[Any, int] = {}
    try:
        numbers = array("l", [table.setdefault(v, len(table)) for v in column])
    except TypeError:
        return None
    return TABLE, list(table), numbers


def _models(column: tuple) -> tuple:
    """Distinct model objects (by identity: claims share them), as their class and field
    values, and each value's number in the table."""
    table: dict[int, int] = {}
    keys: list[tuple | None] = []
    numbers = array("l")
    for value in column:
        number = table.get(id(value))
        if number is None:
            number = table[id(value)] = len(keys)
            keys.append(None if value is None else (type(value), *value.__dict__.values()))
        numbers.append(number)
    return MODELS, keys, numbers


def unpack(packed: tuple) -> list[Any]:
    """``pack`` undone: objects of the class they left as, models without validation (they
    were valid when they left)."""
    if not packed:
        return []
    cls, columns = packed
    values = [_unpack_column(c) for c in columns]
    if not issubclass(cls, BaseModel):
        return list(itertools.starmap(cls, zip(*values, strict=True)))
    names = _layout(cls)[0]
    field_set = frozenset(names)
    return [trusted(cls, field_set, dict(zip(names, row, strict=True)))
            for row in zip(*values, strict=True)]


def _unpack_column(packed: tuple) -> Sequence:
    kind = packed[0]
    if kind in (TEXT, NUMBERS):
        values = packed[1].split(_SEP) if kind == TEXT else packed[1].tolist()
        for i in packed[2]:
            values[i] = None
        return values
    if kind == TABLE:
        return list(map(packed[1].__getitem__, packed[2]))
    if kind == MODELS:
        _, keys, numbers = packed
        models = [None if key is None else shared_model(key) for key in keys]
        return list(map(models.__getitem__, numbers))
    return packed[1]


# Models rebuilt in this process, by class and field values: blocks share periods (an
# article's claims meet in many buckets), so each is rebuilt once, not once per block. A few
# chunks' worth is kept: a worker that kept a million claims' periods held them all.
_MODELS: dict[tuple, BaseModel] = {}
_MODELS_LIMIT = 20_000
_NAMES: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}


def shared_model(key: tuple) -> BaseModel:
    """The model of class ``key[0]`` with field values ``key[1:]``, rebuilt once per process
    (while it keeps fewer than ``_MODELS_LIMIT``)."""
    found = _MODELS.get(key)
    if found is None:
        cls, *values = key
        names = _NAMES.get(cls)
        if names is None:
            fields = tuple(cls.model_fields)
            names = _NAMES[cls] = (fields, frozenset(fields))
        if len(_MODELS) > _MODELS_LIMIT:
            _MODELS.clear()
        found = _MODELS[key] = trusted(cls, names[1], dict(zip(names[0], values, strict=True)))
    return found
