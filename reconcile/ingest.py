"""Bring a claims store up to date with the corpus on disk, extracting only what changed.

A warm run must cost a directory walk, not an extraction: an article whose size, mtime and
folder metadata are those stored is not even read; one whose bytes hash as stored is only
re-stamped. Everything else is loaded, extracted and written in one transaction per article,
so a run killed midway leaves complete articles only and the next run finishes the job.

Article ids are the store keys (the path relative to the corpus folder holding the store),
so an article keeps its id however the corpus was named on the command line.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.load import InputError, iter_article_files, load_article
from claims.models import Article, Claim
from reconcile.store import ClaimStore, StoredArticle

# Test hook: seconds to sleep after each article is committed, so a test can kill a run midway.
SLOW_ENV = "RECONCILE_TEST_SLOW_INGEST"

Extract = Callable[[Article], list[Claim]]
Progress = Callable[[int, int], None]


@dataclass
class IngestSummary:
    """What one ingest did, for the one-line report on stderr."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: list[InputError] = field(default_factory=list)

    def line(self, store: Path) -> str:
        text = (
            f"ingest: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.removed} removed (store {store})"
        )
        if self.errors:
            text += f"; {len(self.errors)} unreadable"
        return text


@dataclass(frozen=True)
class _File:
    path: Path
    meta: dict[str, Any] | None  # the folder metadata entry that applies
    meta_json: str  # the same, as stored: '' when none


def ingest(
    store: ClaimStore,
    roots: Sequence[str | Path],
    *,
    extract: Extract | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Sync ``store`` with the articles under ``roots``; articles gone from disk are dropped."""
    extract = extract or _default_extract()
    summary = IngestSummary()
    signature = extractor_signature()
    stored = store.articles()
    files: dict[str, _File] = {}
    for item in iter_article_files([str(root) for root in roots]):
        if isinstance(item, InputError):
            summary.errors.append(item)
        elif item.path is not None:
            entry = _File(item.path, item.meta, _meta_json(item.meta))
            files.setdefault(store.key(item.path), entry)

    todo: list[tuple[str, _File, os.stat_result]] = []
    for key, item in files.items():
        try:
            stat = item.path.stat()
        except OSError as exc:
            summary.errors.append(InputError(str(item.path), str(exc)))
            continue
        old = stored.get(key)
        now = (stat.st_size, stat.st_mtime_ns, item.meta_json, signature)
        if old is not None and (old.size, old.mtime_ns, old.meta, old.extractor) == now:
            summary.unchanged += 1
        else:
            todo.append((key, item, stat))

    delay = float(os.environ.get(SLOW_ENV) or 0)
    for done, (key, item, stat) in enumerate(todo, 1):
        _sync_one(store, key, item, stat, stored.get(key), signature, extract, summary)
        if progress:
            progress(done, len(todo))
        if delay:
            time.sleep(delay)

    unreadable = {store.key(err.path) for err in summary.errors}
    gone = [
        key
        for key in stored
        if (key not in files or key in unreadable) and _under(store, key, roots)
    ]
    summary.removed = store.remove(gone)
    return summary


def _sync_one(
    store: ClaimStore,
    key: str,
    item: _File,
    stat: os.stat_result,
    old: StoredArticle | None,
    signature: str,
    extract: Extract,
    summary: IngestSummary,
) -> None:
    """Re-stamp, or load, extract and store one article that may have changed."""
    try:
        raw = item.path.read_bytes()
    except OSError as exc:
        summary.errors.append(InputError(str(item.path), str(exc)))
        return
    digest = hashlib.sha256(raw).hexdigest()
    same = (digest, item.meta_json, signature)
    if old is not None and (old.sha256, old.meta, old.extractor) == same:
        store.touch(key, size=stat.st_size, mtime_ns=stat.st_mtime_ns)
        summary.unchanged += 1
        return
    try:
        article = load_article(item.path, article_id=key, folder_meta=item.meta)
    except InputError as err:
        summary.errors.append(err)
        return
    store.put(
        key,
        article,
        extract(article),
        sha256=digest,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        meta=item.meta_json,
        extractor=signature,
    )
    if old is None:
        summary.added += 1
    else:
        summary.updated += 1


def _meta_json(entry: dict[str, Any] | None) -> str:
    return json.dumps(entry, sort_keys=True, default=str) if entry else ""


def _under(store: ClaimStore, key: str, roots: Sequence[str | Path]) -> bool:
    """Whether a stored article lies under one of the roots being ingested."""
    file = store.file(key)
    for root in roots:
        resolved = Path(root).resolve()
        if file == resolved or resolved in file.parents:
            return True
    return False


def extractor_signature() -> str:
    """A hash of the extraction code and tables: when it changes, stored claims are stale."""
    import claims
    import reconcile.units

    digest = hashlib.sha256()
    package = Path(claims.__file__).parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".toml"))
    for path in [*files, Path(reconcile.units.__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _default_extract() -> Extract:
    from claims import extract

    return extract
