"""The config file: settings a newsroom would otherwise type on every run.

``.reconcile.toml``, or a ``[tool.reconcile]`` table in ``pyproject.toml``, found in the
current folder or the nearest parent holding one (``.reconcile.toml`` first), or named by
``reconcile --config FILE``. Keys are the long option names without dashes; a key applies to
every verb that has that option, and a ``[tool.reconcile.<verb>]`` sub-table (``[report]`` in
``.reconcile.toml``) applies to one verb only. Paths are relative to the file's folder.

The command line always wins: the file only supplies click's defaults (``default_map``). An
unknown key or a wrong type is one line naming the file, exit 2.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_NAME = ".reconcile.toml"
PYPROJECT = "pyproject.toml"
VERBS = ("extract", "report", "ingest", "gate")


class Settings(BaseModel):
    """The keys a config file may hold (``fail-on`` or ``fail_on``, both accepted)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    corpus: list[str] | str | None = None
    store: str | None = None
    baseline: str | None = None
    review: Any = None  # wired by the verb that defines --review; passed through as given
    tolerance: float | None = Field(None, ge=0, le=1)
    lexicon: str | None = None
    fail_on: str | None = Field(None, alias="fail-on")
    min_confidence: float | None = Field(None, alias="min-confidence", ge=0, le=1)
    jobs: int | None = Field(None, ge=0)
    lang: str | None = None
    scheduler: str | None = None


# Keys naming files or folders, read relative to the config file.
_PATH_KEYS = ("corpus", "store", "baseline", "lexicon")


class ConfigError(Exception):
    """A config file that cannot be used: ``str(err)`` is one line naming it."""


def find(start: Path) -> Path | None:
    """The config file that applies in ``start``: nearest folder first."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder / CONFIG_NAME
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _tool_table(pyproject) is not None:
            return pyproject
    return None


def _tool_table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None  # someone else's pyproject: not ours to judge
    table = data.get("tool", {}).get("reconcile")
    return table if isinstance(table, dict) else None


def load(path: Path) -> dict[str, dict[str, Any]]:
    """``default_map`` for the ``reconcile`` group: verb -> option name -> default."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read ({err})") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from err
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("reconcile", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.reconcile] must be a table")
    shared = {k: v for k, v in data.items() if k not in VERBS}
    defaults = {verb: _values(path, shared) for verb in VERBS}
    for verb in VERBS:
        own = data.get(verb)
        if own is None:
            continue
        if not isinstance(own, dict):
            raise ConfigError(f"{path}: '{verb}' must be a table of options")
        defaults[verb].update(_values(path, own, where=f"[{verb}] "))
    if "corpus" in defaults["ingest"]:
        defaults["ingest"]["paths"] = defaults["ingest"]["corpus"]  # its PATH... argument
    return defaults


def _values(path: Path, table: dict[str, Any], where: str = "") -> dict[str, Any]:
    try:
        settings = Settings.model_validate(table)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"{path}: {where}{key}: {first['msg']}") from None
    values = settings.model_dump(exclude_none=True)
    base = path.parent
    for key in _PATH_KEYS:
        if key in values:
            value = values[key]
            values[key] = (
                [str(base / v) for v in value] if isinstance(value, list) else str(base / value)
            )
    if isinstance(values.get("corpus"), str):
        values["corpus"] = [values["corpus"]]
    return values
