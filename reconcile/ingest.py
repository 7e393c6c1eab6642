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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.budget import ArticleFailed, Budget, default_budget, extract_article
from claims.load import InputError, iter_article_files, load_article
from claims.models import Article, Claim
from reconcile.store import ClaimStore, StoredArticle

if TYPE_CHECKING:
    from reconcile.execution import Executor

# Test hook: seconds to sleep after each article is committed, so a test can kill a run midway.
SLOW_ENV = "RECONCILE_TEST_SLOW_INGEST"

# Extraction is spread over processes only when there is enough of it to pay for them.
PARALLEL_MIN = 64
CHUNK = 16

Extract = Callable[[Article], list[Claim]]
Outcome = list[Claim] | InputError
Progress = Callable[[int, int], None]


@dataclass
class IngestSummary:
    """What one ingest did, for the one-line report on stderr."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    reindexed: int = 0  # claims whose concept words were recomputed (grouping code changed)
    errors: list[InputError] = field(default_factory=list)

    def line(self, store: Path) -> str:
        text = (
            f"ingest: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.removed} removed (store {store})"
        )
        if self.reindexed:
            text += f"; concept words of {self.reindexed} claims re-indexed"
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
    jobs: int | None = None,
    published: date | None = None,
    language: str | None = None,
    executor: Executor | None = None,
) -> IngestSummary:
    """Sync ``store`` with the articles under ``roots``; articles gone from disk are dropped.

    ``jobs`` processes extract (default: one per CPU), or ``executor`` (``--scheduler``); the
    store is written by this one.
    ``published`` and ``language`` override every article (``--published``, ``--lang``);
    they are part of each article's signature, so changing them extracts again.
    """
    jobs = jobs if jobs is not None else os.cpu_count() or 1
    extract = extract or _default_extract()
    summary = IngestSummary()
    # Words first, so the articles written below join an index made by the same code.
    summary.reindexed = store.sync_words()
    signature = _signature(published, language)
    stored = store.articles()
    files = _files_under(store, roots, summary)
    todo = _to_check(files, stored, signature, summary)
    changed = _changed(store, todo, stored, signature, summary, published, language)
    _store_extracted(store, changed, _extracted(changed, extract, jobs, executor), signature,
                     summary, progress)
    summary.removed = store.remove(_gone(store, roots, stored, files, summary))
    return summary


def _signature(published: date | None, language: str | None) -> str:
    """What an article was extracted with: the extractor, and the overrides when given."""
    signature = extractor_signature()
    if published is not None or language is not None:
        signature += f"|published={published or ''}|language={language or ''}"
    return signature


def _gone(
    store: ClaimStore, roots: Sequence[str | Path], stored: dict[str, StoredArticle],
    files: dict[str, _File], summary: IngestSummary,
) -> list[str]:
    """The stored articles under ``roots`` that are gone from disk or no longer readable."""
    unreadable = {store.key(err.path) for err in summary.errors}
    return [
        key
        for key in stored
        if (key not in files or key in unreadable) and _under(store, key, roots)
    ]


def _files_under(
    store: ClaimStore, roots: Sequence[str | Path], summary: IngestSummary
) -> dict[str, _File]:
    """The article files under ``roots`` by store key (the first of each key wins); files
    that cannot be listed go to the summary's errors."""
    files: dict[str, _File] = {}
    for item in iter_article_files([str(root) for root in roots]):
        if isinstance(item, InputError):
            summary.errors.append(item)
        elif item.path is not None:
            entry = _File(item.path, item.meta, _meta_json(item.meta))
            files.setdefault(store.key(item.path), entry)
    return files


def _to_check(
    files: dict[str, _File], stored: dict[str, StoredArticle], signature: str,
    summary: IngestSummary,
) -> list[tuple[str, _File, os.stat_result]]:
    """The files whose size, time, metadata or extractor differ from what the store holds
    (the others are counted unchanged, never read)."""
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
    return todo


def _store_extracted(
    store: ClaimStore, changed: list[_Changed],
    extracted: Iterable[tuple[_Changed, list[Claim] | InputError]], signature: str,
    summary: IngestSummary, progress: Progress | None,
) -> None:
    """Write each extracted article's claims as they come; an article past its budget (or a
    bug) is one error, and the others go on."""
    delay = float(os.environ.get(SLOW_ENV) or 0)
    for done, (item, claims) in enumerate(extracted, 1):
        if isinstance(claims, InputError):
            summary.errors.append(claims)
            continue
        store.put(
            item.key,
            item.article,
            claims,
            sha256=item.sha256,
            size=item.size,
            mtime_ns=item.mtime_ns,
            meta=item.meta_json,
            extractor=signature,
        )
        if item.is_new:
            summary.added += 1
        else:
            summary.updated += 1
        if progress:
            progress(done, len(changed))
        if delay:
            time.sleep(delay)


@dataclass(frozen=True)
class _Changed:
    """An article whose bytes or context changed: to extract and store."""

    key: str
    article: Article
    sha256: str
    size: int
    mtime_ns: int
    meta_json: str
    is_new: bool


def _changed(
    store: ClaimStore,
    todo: list[tuple[str, _File, os.stat_result]],
    stored: dict[str, StoredArticle],
    signature: str,
    summary: IngestSummary,
    published: date | None = None,
    language: str | None = None,
) -> list[_Changed]:
    """Read and hash the candidates; re-stamp those whose bytes did not change, load the rest."""
    changed: list[_Changed] = []
    restamp: list[tuple[str, int, int]] = []
    limit = default_budget().max_bytes
    for key, item, stat in todo:
        old = stored.get(key)
        if stat.st_size > limit:  # not even read to be hashed
            summary.errors.append(
                InputError(
                    str(item.path),
                    f"article larger than the limit of {limit:,} bytes "
                    f"({stat.st_size:,} bytes) (see --max-article-bytes)",
                )
            )
            continue
        try:
            digest = hashlib.sha256(item.path.read_bytes()).hexdigest()
        except OSError as exc:
            summary.errors.append(InputError(str(item.path), str(exc)))
            continue
        if old is not None and (old.sha256, old.meta, old.extractor) == (
            digest,
            item.meta_json,
            signature,
        ):
            restamp.append((key, stat.st_size, stat.st_mtime_ns))
            continue
        try:
            article = load_article(
                item.path,
                article_id=key,
                folder_meta=item.meta,
                published=published,
                language=language,
            )
        except InputError as err:
            summary.errors.append(err)
            continue
        changed.append(
            _Changed(
                key, article, digest, stat.st_size, stat.st_mtime_ns, item.meta_json, old is None
            )
        )
    store.touch(restamp)
    summary.unchanged += len(restamp)
    return changed


def _extracted(
    changed: list[_Changed], extract: Extract, jobs: int, executor: Executor | None = None
) -> Iterator[tuple[_Changed, Outcome]]:
    """Claims of each changed article, or the error that stopped it, in order; extraction
    runs on ``executor`` (a Dask cluster) or in ``jobs`` processes, each article within its
    budget (``claims.budget``)."""
    guarded = _Guarded(extract)
    if executor is None and (jobs <= 1 or len(changed) < PARALLEL_MIN):
        for item in changed:
            yield item, guarded(item.article)
        return
    from reconcile.execution import executor_for
    from reconcile.execution.extraction import extract_all

    run = executor if executor is not None else executor_for(jobs)
    try:
        found = extract_all((item.article for item in changed), run, guarded)
        yield from ((item, outcome) for item, (_, outcome) in zip(changed, found, strict=True))
    finally:
        if executor is None:
            run.close()


@dataclass(frozen=True)
class _Guarded:
    """``extract`` within the article budget (``claims.budget``), as a picklable callable:
    the claims, or the one-line error; an exception ``extract`` raises is one too."""

    extract: Extract
    budget: Budget = field(default_factory=default_budget)

    def __call__(self, article: Article) -> Outcome:
        try:
            return extract_article(article, budget=self.budget, extract=self._call)
        except ArticleFailed as err:
            return err

    def _call(self, article: Article, stats: object) -> list[Claim]:
        return self.extract(article)


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
        digest.update(path.relative_to(path.parents[1]).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _default_extract() -> Extract:
    from claims import extract

    return extract
