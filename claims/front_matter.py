"""Front matter and folder metadata: the fields a file or its folder states about an article.

Both are YAML (a metadata file may also be JSON) read by a loader that keeps dates and numbers
as text, refuses anchors and aliases and bounds nesting, so no input can make the parser
recurse, expand or convert without bound; every problem is one ``InputError`` line with the
line number counted in the file. ``claims.load`` decides which source wins.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from claims.input_files import BOM, InputError, decode, read_bytes
from claims.language import normalize_language

METADATA_NAMES = ("metadata.yaml", "metadata.yml", "metadata.json")
FIELDS = ("title", "url", "outlet", "published", "language")
# Names other tools (Jekyll, Hugo, Pandoc) use for the same fields; accepted when the
# canonical key is absent, so existing Markdown loads without editing.
ALIASES = {"date": "published", "lang": "language"}
MAX_FRONT_MATTER_CHARS = 65_536
MAX_METADATA_BYTES = 16_000_000
MAX_YAML_DEPTH = 20


def read_folder_metadata(folder: Path) -> tuple[dict[str, dict[str, Any]], list[InputError]]:
    """Read a folder's ``metadata.yaml`` (or ``.yml`` / ``.json``), if any.

    Returns entries keyed by posix path relative to the folder, with validated fields, and the
    problems found. A file that cannot be parsed gives one error and no entries; a bad entry
    gives one error and is dropped, the others are kept.
    """
    meta_path = next((folder / n for n in METADATA_NAMES if (folder / n).is_file()), None)
    if meta_path is None:
        return {}, []
    where = str(meta_path)
    try:
        loaded = _load_metadata(meta_path, where)
    except InputError as err:
        return {}, [err]
    if loaded is None:
        return {}, []
    if not isinstance(loaded, dict):
        return {}, [
            InputError(
                where,
                f"expected file names mapped to fields, got {_kind(loaded)}",
            )
        ]
    return _entries(loaded, where)


def _load_metadata(meta_path: Path, where: str) -> Any:
    """The metadata file's data; an ``InputError`` naming the file when it cannot be read."""
    try:
        raw = decode(read_bytes(meta_path, MAX_METADATA_BYTES, "metadata file"), where)
        if meta_path.suffix == ".json":
            return _load_json(raw.lstrip(BOM))
        return yaml.load(raw.lstrip(BOM), Loader=_YamlLoader)
    except RecursionError:
        raise InputError(where, f"nested deeper than {MAX_YAML_DEPTH} levels") from None
    except json.JSONDecodeError as err:
        raise InputError(where, f"not valid JSON: {err.msg} (line {err.lineno})") from None
    except yaml.YAMLError as err:
        raise InputError(where, _yaml_problem(err, first_line=1)) from None


def _entries(
    loaded: dict[Any, Any], where: str
) -> tuple[dict[str, dict[str, Any]], list[InputError]]:
    """A metadata file's entries, checked one by one: a bad entry is one error and dropped."""
    entries: dict[str, dict[str, Any]] = {}
    errors: list[InputError] = []
    for name, value in loaded.items():
        key = _meta_key(str(name))
        if value is None:
            continue
        if not isinstance(value, dict):
            errors.append(InputError(where, f"entry {name!r}: expected fields, got {_kind(value)}"))
            continue
        try:
            entries[key] = fields_of(value)
        except ValueError as err:
            errors.append(InputError(where, f"entry {name!r}: {err}"))
    return entries, errors


def front_matter(text: str, start: int, where: str) -> tuple[dict[str, Any], int]:
    """Return the validated front matter and the offset where the body starts.

    Front matter is a YAML block opened by a first line ``---`` and closed by a line ``---``
    (or ``...``); without it the body starts at ``start`` (after a BOM).
    """
    first_end = _line_end(text, start)
    if text[start:first_end].rstrip() != "---":
        return {}, start
    pos = first_end
    while pos < len(text):
        end = _line_end(text, pos)
        if text[pos:end].rstrip() in ("---", "..."):
            return _parse_front_matter(text[first_end:pos], where), end
        pos = end
    raise InputError(where, "front matter: no closing '---' line for the '---' on line 1")


def _line_end(text: str, pos: int) -> int:
    """Offset just past the line starting at ``pos`` (its ``\\n`` included)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end + 1


def _parse_front_matter(block: str, where: str) -> dict[str, Any]:
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise InputError(
            where, f"front matter: larger than the limit of {MAX_FRONT_MATTER_CHARS:,} characters"
        )
    try:
        loaded = yaml.load(block, Loader=_YamlLoader)
    except yaml.YAMLError as err:
        raise InputError(where, f"front matter: {_yaml_problem(err, first_line=2)}") from None
    except RecursionError:
        raise InputError(
            where, f"front matter: nested deeper than {MAX_YAML_DEPTH} levels"
        ) from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise InputError(where, f"front matter: expected 'key: value' lines, got {_kind(loaded)}")
    try:
        return fields_of(loaded)
    except ValueError as err:
        raise InputError(where, f"front matter: {err}") from None


def fields_of(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Keep the known fields (aliases and key case tolerated), checked and typed.

    Raises ``ValueError`` with a one-line problem; unknown keys are ignored.
    """
    found = _known_fields(raw)
    fields: dict[str, Any] = {}
    for name, value in found.items():
        if name == "published":
            fields[name] = as_date(value)
        elif name == "language":
            fields[name] = normalize_language(str(value))
        elif isinstance(value, dict | list):
            raise ValueError(f"{name}: expected text, got {_kind(value)}")
        else:
            fields[name] = str(value).strip()
    return fields


def _known_fields(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The known fields by their canonical name (aliases and key case tolerated; the
    canonical key wins over its alias); empty values and unknown keys are left out."""
    canonical: dict[str, Any] = {}
    aliased: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or value is None or value == "":
            continue
        name = key.strip().lower()
        if name in FIELDS:
            canonical[name] = value
        elif name in ALIASES:
            aliased[ALIASES[name]] = value
    return aliased | canonical


def as_date(value: Any) -> date:
    """An ISO date (``2024-08-31``, or a date-time whose day is kept)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"published: {text!r} is not a valid date (expected YYYY-MM-DD)") from None


def _meta_key(name: str) -> str:
    """Normalise a metadata key so ``./a.txt`` and ``a.txt`` name the same file."""
    return PurePosixPath(name.replace("\\", "/")).as_posix()


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a single value ({str(value)[:40]!r})"


def _load_json(text: str) -> Any:
    """JSON with numbers kept as text (a 5 000-digit integer is not converted) and nesting
    bounded (a deep array is an error, not a RecursionError)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:  # one pass: brackets outside strings
        if in_string:
            escaped, in_string = (False, True) if escaped else (ch == "\\", ch != '"')
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_YAML_DEPTH:
                raise RecursionError
        elif ch in "]}":
            depth -= 1
    return json.loads(text, parse_int=str, parse_float=str, parse_constant=str)


def _yaml_problem(err: yaml.YAMLError, *, first_line: int) -> str:
    """One line from a PyYAML error, with the line number counted in the file."""
    if not isinstance(err, yaml.MarkedYAMLError):
        return str(err)
    message = ""
    if err.context:
        message = err.context
        if err.context_mark is not None:
            message += f" (line {err.context_mark.line + first_line})"
        message += ": "
    message += err.problem or "invalid YAML"
    if err.problem_mark is not None:
        mark = err.problem_mark
        message += f" (line {mark.line + first_line}, column {mark.column + 1})"
    return message


class _YamlLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates and numbers as text, refuses anchors and aliases, and stops
    past ``MAX_YAML_DEPTH`` levels of nesting.

    (PyYAML turns ``2024-13-45`` into ``datetime.date(2024, 13, 45)`` and raises ValueError, a
    5 000-digit integer into a ValueError, nested lists into a RecursionError, and a few lines
    of aliases into billions of nodes.)
    """

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases are not allowed", event.start_mark
            )
        event = self.peek_event()
        if getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases are not allowed", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise RecursionError
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_TEXT_TAGS = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _TEXT_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):  # "!!int 9999...": text too
    _YamlLoader.add_constructor(_tag, yaml.SafeLoader.construct_scalar)
