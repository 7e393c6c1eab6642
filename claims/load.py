"""Read article files into ``Article`` records, turning every bad input into one clean line.

A fact-checker points the tool at a folder of whatever the newsroom had lying around; one broken
file must not hide the others, and the message must say which file and what to do. So loading
yields ``Article | InputError`` item by item and never raises for a bad file.

Where each field comes from, strongest first:

* ``published``: the ``published`` argument (``--published``) > the file's front matter >
  the folder's ``metadata.yaml`` > nothing (``published=None``, ``published_source="none"``;
  inference from the text is ``claims.published``'s job).
* ``language``: the ``language`` argument (``--lang``; ``None`` means auto) > front matter >
  folder metadata > detection from the text (``claims.language``).
* ``title``, ``url``, ``outlet``: front matter > folder metadata.

Limits (README "Limits"): an article larger than ``max_bytes`` (5 MB by default), front matter
larger than 64 KB or nested deeper than 20 levels, and a metadata file larger than 16 MB are one
error each; YAML anchors and aliases are refused, and numbers in front matter stay text, so no
input can make the parser recurse, expand or convert without bound.

Files that cannot be read follow one rule, in a folder as when named: any entry whose name ends
in ``.txt`` or ``.md`` is an article, so if it is unreadable, a FIFO, a device or a broken link it
is one error line (and the run exits 2); entries with other names are not articles and are
ignored whatever they are. Nothing is ever opened but a regular file, so a FIFO never blocks.

``Article.text`` is the file exactly as stored (front matter, BOM, CRLF, U+00A0 and U+202F all
kept) and ``body_start`` the offset just after the front matter, so offsets and line numbers
always point into the original file.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple, TextIO

import yaml

from claims.language import detect_language, normalize_language
from claims.models import Article
from claims.published import infer_published

ARTICLE_SUFFIXES = (".txt", ".md")
METADATA_NAMES = ("metadata.yaml", "metadata.yml", "metadata.json")
FIELDS = ("title", "url", "outlet", "published", "language")
# Names other tools (Jekyll, Hugo, Pandoc) use for the same fields; accepted when the
# canonical key is absent, so existing Markdown loads without editing.
ALIASES = {"date": "published", "lang": "language"}
BOM = "\ufeff"
STDIN_ID = "-"

MAX_ARTICLE_BYTES = 5_000_000  # --max-article-bytes: a larger article is one error line
MAX_FRONT_MATTER_CHARS = 65_536
MAX_METADATA_BYTES = 16_000_000
MAX_YAML_DEPTH = 20

# A text file has almost no control characters; past this share it is something else.
MAX_CONTROL_SHARE = 0.05
SNIFF_CHARS = 8192
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")  # ESC: some exports keep colour codes


class InputError(Exception):
    """One bad input: ``str(err) == f"{path}: {problem}"``, one line that names the file.

    Yielded (not raised) by ``load_articles`` so that callers can report it and carry on.
    """

    path: str
    problem: str

    def __init__(self, path: str, problem: str) -> None:
        problem = " ".join(str(problem).split())  # one line, whatever the parser said
        super().__init__(path, problem)  # args kept, so errors pickle across processes
        self.path = str(path)
        self.problem = problem

    def __str__(self) -> str:
        return f"{_visible(self.path)}: {self.problem}"


def _visible(name: str) -> str:
    """A file name as printed: control characters (an escape sequence, a line break that would
    start a forged line) shown as ``\\xNN``, never run."""
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in name)


# --- public API -----------------------------------------------------------------------------


def load_articles(
    paths: Sequence[str],
    *,
    published: date | None = None,
    language: str | None = None,
    stdin: TextIO | None = None,
    max_bytes: int | None = None,
) -> Iterator[Article | InputError]:
    """Yield one ``Article`` or ``InputError`` per input file, in order, one at a time.

    ``paths`` holds files, folders (searched recursively in sorted order for ``*.txt`` and
    ``*.md``, hidden names skipped) or ``-`` for ``stdin`` (``sys.stdin`` by default). Ids are
    the path relative to the folder given (posix style), the path as given for a file, ``-``
    for stdin. ``published`` and ``language`` override every file (see the module docstring).

    An unknown ``language`` or an invalid ``published`` raises ``ValueError`` at once, before
    anything is read: it is a usage error, not a bad input.
    """
    if isinstance(paths, str):  # a lone path would otherwise be read letter by letter
        paths = [paths]
    code = None if language in (None, "", "auto") else normalize_language(language)
    day = None if published is None else _as_date(published)
    return _load_all(paths, day, code, stdin, _max_bytes(max_bytes))


def load_article(
    path: Path,
    *,
    article_id: str,
    published: date | None = None,
    language: str | None = None,
    folder_meta: Mapping[str, Any] | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Load one file; raise ``InputError`` naming ``path`` when it cannot be an article.

    ``folder_meta`` is this file's entry in its folder's metadata file (same fields as front
    matter); ``published`` and ``language`` are command-line overrides.
    """
    path = Path(path)
    raw = _read_bytes(path, _max_bytes(max_bytes))
    text = _decode(raw, str(path))
    return _build(text, str(path), article_id, published, language, folder_meta, path=str(path))


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
        raw = _decode(_read_bytes(meta_path, MAX_METADATA_BYTES, "metadata file"), where)
        loaded = (
            _load_json(raw.lstrip(BOM))
            if meta_path.suffix == ".json"
            else yaml.load(raw.lstrip(BOM), Loader=_YamlLoader)
        )
    except InputError as err:
        return {}, [err]
    except RecursionError:
        return {}, [InputError(where, f"nested deeper than {MAX_YAML_DEPTH} levels")]
    except json.JSONDecodeError as err:
        return {}, [InputError(where, f"not valid JSON: {err.msg} (line {err.lineno})")]
    except yaml.YAMLError as err:
        return {}, [InputError(where, _yaml_problem(err, first_line=1))]
    if loaded is None:
        return {}, []
    if not isinstance(loaded, dict):
        return {}, [
            InputError(
                where,
                f"expected file names mapped to fields, got {_kind(loaded)}",
            )
        ]
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
            entries[key] = _fields(value)
        except ValueError as err:
            errors.append(InputError(where, f"entry {name!r}: {err}"))
    return entries, errors


# --- walking the inputs ---------------------------------------------------------------------


class ArticleFile(NamedTuple):
    """One article to load: where it is, its id, and its folder-metadata entry.

    ``path`` is ``None`` for standard input (id ``-``).
    """

    path: Path | None
    id: str
    meta: dict[str, Any] | None


def iter_article_files(paths: Sequence[str]) -> Iterator[ArticleFile | InputError]:
    """Find the articles ``paths`` name, lazily, without reading them.

    Same rules as ``load_articles`` (which uses it), for callers that load on their own terms,
    e.g. only the files that changed: folders are walked recursively in sorted order for
    ``*.txt`` and ``*.md`` with hidden names skipped, each folder's metadata file is read once,
    and missing paths, unreadable folders and bad metadata come out as ``InputError``.
    """
    parent_meta: dict[Path, dict[str, dict[str, Any]]] = {}
    stdin_seen = False
    for given in paths:
        if given == STDIN_ID:
            if stdin_seen:
                yield InputError(STDIN_ID, "standard input given more than once")
            else:
                stdin_seen = True
                yield ArticleFile(None, STDIN_ID, None)
            continue
        if not str(given).strip():
            yield InputError(repr(given), "empty path")
            continue
        path = Path(given)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as err:  # e.g. a name too long for the file system
            yield InputError(given, _os_problem(err))
            continue
        if is_dir:
            yield from _folder_files(path)
        elif is_file:
            # A file named on its own still gets its folder's metadata, read once per folder.
            key = path.parent.resolve()
            if key not in parent_meta:
                entries, errors = read_folder_metadata(path.parent)
                parent_meta[key] = entries
                yield from errors
            yield ArticleFile(path, str(given), parent_meta[key].get(path.name))
        elif path.exists() or path.is_symlink():
            yield InputError(given, _not_a_file(path))
        else:
            yield InputError(given, "no such file or directory")


def _load_all(
    paths: Sequence[str],
    published: date | None,
    language: str | None,
    stdin: TextIO | None,
    max_bytes: int,
) -> Iterator[Article | InputError]:
    for item in iter_article_files(paths):
        if isinstance(item, InputError):
            yield item
        elif item.path is None:
            stream = stdin if stdin is not None else sys.stdin
            yield _load_stdin(stream, published, language, max_bytes)
        else:
            try:
                yield load_article(
                    item.path,
                    article_id=item.id,
                    published=published,
                    language=language,
                    folder_meta=item.meta,
                    max_bytes=max_bytes,
                )
            except InputError as err:
                yield err


def _load_stdin(
    stream: TextIO, published: date | None, language: str | None, max_bytes: int
) -> Article | InputError:
    """Read standard input as bytes when possible, so encoding problems get our message."""
    where = "<stdin>"
    try:
        buffer = getattr(stream, "buffer", None)
        data = buffer.read(max_bytes + 1) if buffer is not None else stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(where, _too_large(max_bytes))
        text = _decode(data, where) if isinstance(data, bytes) else data
        return _build(text, where, STDIN_ID, published, language, None, path=None)
    except InputError as err:
        return err
    except (OSError, UnicodeError) as err:
        return InputError(where, f"cannot read: {err}")


def _folder_files(root: Path) -> Iterator[ArticleFile | InputError]:
    found = 0
    for item in _walk(root, PurePosixPath(), [], {root.resolve()}):
        if isinstance(item, ArticleFile):
            found += 1
        yield item
    if not found:
        yield InputError(str(root), "no .txt or .md articles found")


def _walk(
    folder: Path,
    rel: PurePosixPath,
    stack: list[tuple[PurePosixPath, dict[str, dict[str, Any]]]],
    seen: set[Path],
) -> Iterator[ArticleFile | InputError]:
    """Yield article files below ``folder`` in sorted order, each with its metadata.

    ``stack`` holds the metadata of ``folder`` and its parents up to the root given;
    ``seen`` stops symbolic-link loops.
    """
    entries, errors = read_folder_metadata(folder)
    yield from errors
    stack = [*stack, (rel, entries)] if entries else stack
    try:
        with os.scandir(folder) as scan:
            children = sorted(scan, key=lambda e: e.name)
    except OSError as err:
        yield InputError(str(folder), f"cannot list folder: {_os_problem(err)}")
        return
    for entry in children:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            if entry.is_dir():
                real = child.resolve()
                if real not in seen:
                    yield from _walk(child, rel / entry.name, stack, seen | {real})
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
                if not entry.is_file():  # a FIFO, device or broken link named like an article
                    yield InputError(str(child), _not_a_file(child))
                    continue
                child_rel = rel / entry.name
                yield ArticleFile(child, child_rel.as_posix(), _lookup(stack, child_rel))
        except OSError as err:
            yield InputError(str(child), _os_problem(err))


def _lookup(
    stack: list[tuple[PurePosixPath, dict[str, dict[str, Any]]]], rel: PurePosixPath
) -> dict[str, Any] | None:
    """Merge the metadata entries naming ``rel``; the nearest folder's wins field by field."""
    merged: dict[str, Any] = {}
    for folder_rel, entries in stack:  # root first, so nearer folders overwrite
        entry = entries.get(rel.relative_to(folder_rel).as_posix())
        if entry:
            merged.update(entry)
    return merged or None


# --- one file -------------------------------------------------------------------------------


def _max_bytes(given: int | None) -> int:
    """``given``, else the limit the CLI set (``--max-article-bytes``, ``claims.budget``)."""
    if given is not None:
        return given
    from claims.budget import default_budget  # claims.budget imports this module

    return default_budget().max_bytes


def _read_bytes(path: Path, max_bytes: int = MAX_ARTICLE_BYTES, what: str = "article") -> bytes:
    """The file's bytes, never more than ``max_bytes`` read; only a regular file is opened, so
    a FIFO or a device named in place of one is an error, never a read that blocks or never
    ends."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(str(path), _not_a_file(path))
        if info.st_size > max_bytes:
            raise InputError(str(path), _too_large(max_bytes, what, info.st_size))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since
    except OSError as err:
        raise InputError(str(path), _os_problem(err)) from None
    if len(data) > max_bytes:
        raise InputError(str(path), _too_large(max_bytes, what))
    return data


def _too_large(limit: int, what: str = "article", size: int | None = None) -> str:
    has = f" ({size:,} bytes)" if size is not None else ""
    hint = " (see --max-article-bytes)" if what == "article" else ""
    return f"{what} larger than the limit of {limit:,} bytes{has}{hint}"


def _not_a_file(path: Path) -> str:
    """What a path that is neither a regular file nor a folder is, in a user's words."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "broken link" if path.is_symlink() else "cannot read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file, not an article"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not an article"
    if stat.S_ISSOCK(mode):
        return "a socket, not an article"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    return "not a regular file or folder"


def _os_problem(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read: {err.strerror or err}"


def _decode(raw: bytes, where: str) -> str:
    """Decode UTF-8 strictly, telling binary files and other encodings apart."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError(where, "UTF-32 text, not UTF-8; re-save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(where, "UTF-16 text, not UTF-8; re-save it as UTF-8")
    if b"\x00" in raw:
        raise InputError(where, "binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        if _mostly_control(raw[:SNIFF_CHARS].decode("latin-1")):
            raise InputError(where, "binary file, not text") from None
        bad = raw[err.start]
        raise InputError(
            where, f"not UTF-8 text (byte 0x{bad:02X} at offset {err.start}); re-save it as UTF-8"
        ) from None
    return text


def _mostly_control(sample: str) -> bool:
    """Whether too many characters are ASCII controls other than tab, newlines and form feed.

    C1 controls are not counted: Latin-1 decoding of Windows-1252 quotes produces them.
    """
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " or ch == "\x7f") and ch not in _TEXT_CONTROLS)
    return controls / len(sample) > MAX_CONTROL_SHARE


def _build(
    text: str,
    where: str,
    article_id: str,
    published: date | None,
    language: str | None,
    folder_meta: Mapping[str, Any] | None,
    *,
    path: str | None,
) -> Article:
    """Check the text, read its front matter and settle every field by precedence."""
    if "\x00" in text or _mostly_control(text[:SNIFF_CHARS]):
        raise InputError(where, "binary file, not text")
    start = len(BOM) if text.startswith(BOM) else 0
    if not text[start:].strip():
        raise InputError(where, "empty file")
    front, body_start = _front_matter(text, start, where)
    if not text[body_start:].strip():
        raise InputError(where, "empty file (front matter only, no text)")
    try:
        meta = _fields(folder_meta) if folder_meta else {}
    except ValueError as err:
        raise InputError(where, f"metadata: {err}") from None

    fields: dict[str, Any] = {}
    for name in ("title", "url", "outlet"):
        fields[name] = front.get(name, meta.get(name))

    if published is not None:
        fields["published"], source = _as_date(published), "cli"
    elif front.get("published") is not None:
        fields["published"], source = front["published"], "front_matter"
    elif meta.get("published") is not None:
        fields["published"], source = meta["published"], "metadata"
    else:
        fields["published"], source = None, "none"

    if language:
        try:
            lang = normalize_language(language)
        except ValueError as err:
            raise InputError(where, str(err)) from None
    else:
        lang = front.get("language") or meta.get("language")
        if lang is None:
            title = fields["title"] or ""
            lang = detect_language(f"{title}\n{text[body_start:]}")

    if fields["published"] is None:
        fields["published"] = infer_published(text[body_start:], lang)
        source = "inferred" if fields["published"] else "none"
    return Article(
        id=article_id,
        path=path,
        text=text,
        body_start=body_start,
        language=lang,
        published_source=source,
        **fields,
    )


def _front_matter(text: str, start: int, where: str) -> tuple[dict[str, Any], int]:
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
        return _fields(loaded)
    except ValueError as err:
        raise InputError(where, f"front matter: {err}") from None


def _fields(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Keep the known fields (aliases and key case tolerated), checked and typed.

    Raises ``ValueError`` with a one-line problem; unknown keys are ignored.
    """
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
    found = aliased | canonical  # the canonical key wins over its alias
    fields: dict[str, Any] = {}
    for name, value in found.items():
        if name == "published":
            fields[name] = _as_date(value)
        elif name == "language":
            fields[name] = normalize_language(str(value))
        elif isinstance(value, dict | list):
            raise ValueError(f"{name}: expected text, got {_kind(value)}")
        else:
            fields[name] = str(value).strip()
    return fields


def _as_date(value: Any) -> date:
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
