"""Per-language tables: every word the extractor knows lives in ``claims/lang/<code>/``.

One folder per language, one TOML file per concern (``numbers``, ``extraction``, ``periods``,
``context``, ``detect``, ``grouping``), as spaCy splits ``spacy/lang/fr/``: the files are merged
into one table, so a section may live in whichever file reads best, but no key may be given
twice. Adding a language means adding one folder with the same sections; nothing in the code
names a word of any language. This module finds, merges and validates a language's files
(``raw_table``, ``load_table``); the ``[extraction]`` section's models live in
``claims.lang.sections``, its compiled patterns in ``claims.lang.extraction``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from claims.lang.extraction import ExtractionTable
from claims.lang.regex import _alternation
from claims.lang.sections import Context

__all__ = [
    "LANG_DIR",
    "Context",
    "ExtractionTable",
    "LanguageTable",
    "_alternation",
    "available_languages",
    "grouping_pattern",
    "load_table",
    "raw_table",
]

LANG_DIR = Path(__file__).parent


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a table folder, sorted: ``("en", "fr")``."""
    return tuple(
        sorted({p.parent.name for p in LANG_DIR.glob("*/*.toml") if p.parent.name.isidentifier()})
    )


def _merge(into: dict[str, Any], part: dict[str, Any], where: str) -> None:
    """Deep-merge one file's tables into the language's; a key given twice is an error."""
    for key, value in part.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value, f"{where}.{key}")
        elif key in into:
            raise ValueError(f"language table key '{where}.{key}' is given twice")
        else:
            into[key] = value


@cache
def raw_table(code: str) -> dict[str, Any]:
    """The merged TOML of one language's folder, read once; each module validates its section."""
    folder = LANG_DIR / code
    files = sorted(folder.glob("*.toml")) if code.isidentifier() else []
    if not files:
        known = ", ".join(available_languages())
        raise ValueError(f"unknown language '{code}' (available: {known})")
    table: dict[str, Any] = {}
    for path in files:
        with path.open("rb") as fh:
            try:
                part = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{path.relative_to(LANG_DIR)}: {exc}") from None
        _merge(table, part, code)
    return table


@cache
def grouping_pattern(code: str, key: str) -> re.Pattern[str] | None:
    """One list of expressions of a language's ``[grouping]`` table (``times_of_day``,
    ``national_contrast``: what tells two figures of one quantity apart) as one pattern, or
    None when the language has none."""
    try:
        found = raw_table(code).get("grouping", {}).get(key, [])
    except ValueError:
        return None
    return re.compile("|".join(f"(?:{p})" for p in found), re.I) if found else None


class LanguageTable(BaseModel):
    """A whole language table. Sections other than ``extraction`` belong to their modules."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    code: str
    extraction: ExtractionTable
    raw: dict[str, object]


@cache
def load_table(code: str) -> LanguageTable:
    """Read and validate the folder ``<code>/``; raises ValueError naming an unknown language."""
    raw = raw_table(code)
    try:
        extraction = ExtractionTable.model_validate(
            {**raw["extraction"], "code": code, "extra_numbers": raw.get("numbers", {})}
        )
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ("extraction", *(str(part) for part in error["loc"]))
        raise ValueError(f"{_file_of(code, where)}: {'.'.join(where)}: {error['msg']}") from None
    return LanguageTable(code=code, extraction=extraction, raw=raw)


def _file_of(code: str, where: tuple[str, ...]) -> str:
    """The file of a language folder that holds the deepest part of a key path, for errors."""
    best, depth = f"{code}/", -1
    for path in sorted((LANG_DIR / code).glob("*.toml")):
        with path.open("rb") as fh:
            node: object = tomllib.load(fh)
        reached = 0
        for part in where:
            if not isinstance(node, dict) or part not in node:
                break
            node, reached = node[part], reached + 1
        if reached > depth:
            best, depth = str(path.relative_to(LANG_DIR)), reached
    return best
