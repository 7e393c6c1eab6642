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

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, TextIO

from claims.article_ids import ArticleFile, settled
from claims.front_matter import as_date, fields_of, front_matter, read_folder_metadata
from claims.input_files import (
    BOM,
    SNIFF_CHARS,
    InputError,
    decode,
    mostly_control,
    not_a_file,
    os_problem,
    read_bytes,
    too_large,
)
from claims.language import detect_language, normalize_language
from claims.models import Article
from claims.published import infer_published

ARTICLE_SUFFIXES = (".txt", ".md")
STDIN_ID = "-"


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
    for stdin; a file reached twice is read once, and files whose ids would clash take their
    paths as given (``claims.article_ids``). ``published`` and ``language`` override every
    file (see the module docstring).

    An unknown ``language`` or an invalid ``published`` raises ``ValueError`` at once, before
    anything is read: it is a usage error, not a bad input.
    """
    if isinstance(paths, str):  # a lone path would otherwise be read letter by letter
        paths = [paths]
    code = None if language in (None, "", "auto") else normalize_language(language)
    day = None if published is None else as_date(published)
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
    raw = read_bytes(path, _max_bytes(max_bytes))
    text = decode(raw, str(path))
    return _build(text, str(path), article_id, published, language, folder_meta, path=str(path))


# --- walking the inputs ---------------------------------------------------------------------


def iter_article_files(paths: Sequence[str]) -> Iterator[ArticleFile | InputError]:
    """Find the articles ``paths`` name, without reading them.

    Same rules as ``load_articles`` (which uses it), for callers that load on their own terms,
    e.g. only the files that changed: folders are walked recursively in sorted order for
    ``*.txt`` and ``*.md`` with hidden names skipped, each folder's metadata file is read once,
    and missing paths, unreadable folders and bad metadata come out as ``InputError``. Every
    input is listed before the first is yielded, so that ids are settled over the whole run
    (``claims.article_ids``): a file named twice comes once, and files of the same name in
    two folders given take their paths as given.
    """
    return settled(_listed(paths))


def _listed(paths: Sequence[str]) -> Iterator[ArticleFile | InputError]:
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
        yield from _path_files(given, parent_meta)


def _path_files(
    given: str, parent_meta: dict[Path, dict[str, dict[str, Any]]]
) -> Iterator[ArticleFile | InputError]:
    """The articles one path names: a folder's, walked; a file with its folder's metadata
    (read once per folder, kept in ``parent_meta``); else the problem with the path."""
    if not str(given).strip():
        yield InputError(repr(given), "empty path")
        return
    path = Path(given)
    try:
        is_dir, is_file = path.is_dir(), path.is_file()
    except OSError as err:  # e.g. a name too long for the file system
        yield InputError(given, os_problem(err))
        return
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
        yield InputError(given, not_a_file(path))
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
            raise InputError(where, too_large(max_bytes))
        text = decode(data, where) if isinstance(data, bytes) else data
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
        yield InputError(str(folder), f"cannot list folder: {os_problem(err)}")
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
                    yield InputError(str(child), not_a_file(child))
                    continue
                child_rel = rel / entry.name
                yield ArticleFile(child, child_rel.as_posix(), _lookup(stack, child_rel))
        except OSError as err:
            yield InputError(str(child), os_problem(err))


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
    front, body_start = _front_and_body(text, where)
    meta = _folder_fields(folder_meta, where)
    fields: dict[str, Any] = {}
    for name in ("title", "url", "outlet"):
        fields[name] = front.get(name, meta.get(name))
    fields["published"], source = _stated_published(published, front, meta)
    body = text[body_start:]
    lang = _language(language, front, meta, (fields["title"] or "", body), where)
    if fields["published"] is None:
        fields["published"] = infer_published(body, lang)
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


def _front_and_body(text: str, where: str) -> tuple[dict[str, Any], int]:
    """The front matter and where the body starts, for a text that is text and holds some."""
    if "\x00" in text or mostly_control(text[:SNIFF_CHARS]):
        raise InputError(where, "binary file, not text")
    start = len(BOM) if text.startswith(BOM) else 0
    if not text[start:].strip():
        raise InputError(where, "empty file")
    front, body_start = front_matter(text, start, where)
    if not text[body_start:].strip():
        raise InputError(where, "empty file (front matter only, no text)")
    return front, body_start


def _folder_fields(folder_meta: Mapping[str, Any] | None, where: str) -> dict[str, Any]:
    """The article's fields that the folder's metadata file gives."""
    try:
        return fields_of(folder_meta) if folder_meta else {}
    except ValueError as err:
        raise InputError(where, f"metadata: {err}") from None


def _stated_published(
    published: date | None, front: Mapping[str, Any], meta: Mapping[str, Any]
) -> tuple[date | None, str]:
    """The publication day the command line, the front matter or the folder metadata states,
    strongest first, and which one stated it."""
    if published is not None:
        return as_date(published), "cli"
    if front.get("published") is not None:
        return front["published"], "front_matter"
    if meta.get("published") is not None:
        return meta["published"], "metadata"
    return None, "none"


def _language(
    language: str | None,
    front: Mapping[str, Any],
    meta: Mapping[str, Any],
    title_body: tuple[str, str],
    where: str,
) -> str:
    """The article's language: the command line's, else the front matter's or the folder
    metadata's, else detected from the title and body."""
    if language:
        try:
            return normalize_language(language)
        except ValueError as err:
            raise InputError(where, str(err)) from None
    lang = front.get("language") or meta.get("language")
    if lang is None:
        title, body = title_body
        lang = detect_language(f"{title}\n{body}")
    return lang
