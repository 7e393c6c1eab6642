"""The claims store: one SQLite file that keeps the claims of a corpus between runs.

Extraction is the slow step, so a CI gate over a large corpus must not redo it on every pull
request. The store remembers, per article file, the hash of its content and the claims
extracted from it; ``reconcile/ingest.py`` decides what to re-extract. Claims are kept as the
JSON of :class:`claims.models.Claim` (the model is the contract), with the few columns the gate
filters on (``kind``, ``per``) copied out and indexed, so a gate run reads only the blocks its
new claims fall in.

Every write of an article is one transaction, and the file is in WAL mode: a run killed midway
leaves complete articles only, and readers (two gate runs) never block each other.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from claims.models import Article, Claim
from reconcile.units import split_rate, unit_kind

SCHEMA_VERSION = 2
STORE_DIR = ".reconcile"
STORE_NAME = "claims.sqlite"
BUSY_TIMEOUT_MS = 30_000

REBUILD_HINT = "run `reconcile ingest --rebuild`"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    path TEXT PRIMARY KEY,          -- relative to the store's folder, forward slashes
    id TEXT NOT NULL,
    sha256 TEXT NOT NULL,           -- of the file's bytes
    language TEXT,
    published TEXT,
    size INTEGER NOT NULL,          -- size and mtime let a warm run skip reading the file
    mtime_ns INTEGER NOT NULL,
    meta TEXT NOT NULL,             -- JSON of the folder metadata entry that applied, or ''
    extractor TEXT NOT NULL,        -- signature of the extraction code that made the claims
    n_claims INTEGER NOT NULL,      -- lets anyone check that an article is complete
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_id ON articles (id);
CREATE TABLE claims (
    id TEXT NOT NULL,
    article_path TEXT NOT NULL REFERENCES articles (path) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    per TEXT NOT NULL,              -- '' when the claim is not a rate
    kind TEXT NOT NULL,             -- blocking key: the unit's kind (see block_of)
    data TEXT NOT NULL              -- Claim.model_dump_json()
);
CREATE INDEX claims_block ON claims (kind, per);
CREATE INDEX claims_article ON claims (article_path);
"""


# Schema upgrades that keep the data: MIGRATIONS[n] turns version n into n + 1. A store whose
# version has no path to SCHEMA_VERSION is rejected with a hint to rebuild it.
def _add_extractor(conn: sqlite3.Connection) -> None:
    """1 -> 2: claims remember which extractor made them ('' = unknown, so re-extracted)."""
    conn.execute("ALTER TABLE articles ADD COLUMN extractor TEXT NOT NULL DEFAULT ''")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_extractor}


class StoreError(Exception):
    """A store that cannot be used; the message is one line meant for the user."""


def default_store_path(corpus: Sequence[str | Path]) -> Path:
    """``.reconcile/claims.sqlite`` in the first corpus folder (a file's folder if it is one)."""
    first = Path(corpus[0])
    folder = first if first.is_dir() else first.parent
    return folder / STORE_DIR / STORE_NAME


def block_of(claim: Claim) -> tuple[str, int]:
    """The block a claim is compared in: its unit kind, and whether it is a rate.

    The same key as the grouper's blocks (``reconcile.group.features``): rates are compared
    per day whatever their denominator, so only rate versus plain value splits blocks.
    """
    head, embedded_per = split_rate(claim.unit)
    return unit_kind(head), int((claim.per or embedded_per) is not None)


def _per(claim: Claim) -> str:
    return claim.per or split_rate(claim.unit)[1] or ""


@dataclass(frozen=True)
class StoredArticle:
    """What the store knows about one article file, enough to tell whether it changed."""

    path: str
    id: str
    sha256: str
    language: str | None
    published: str | None
    size: int
    mtime_ns: int
    meta: str
    extractor: str
    n_claims: int


class ClaimStore:
    """An open claims store. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        # Keys are relative to the corpus folder when the store sits in its ``.reconcile``.
        folder = path.parent.resolve()
        self.base = folder.parent if folder.name == STORE_DIR else folder
        self._conn = conn

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, rebuild: bool = False) -> ClaimStore:
        """Open (creating if needed) the store at ``path``; ``rebuild`` starts from empty."""
        path = Path(path)
        if rebuild:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if path.exists() and not path.is_file():
            raise StoreError(f"store {path} is not a file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from None
        try:
            _configure(conn)
            _check_schema(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"store {path} is unreadable or not a claims store ({exc}): {REBUILD_HINT}"
            ) from None
        except StoreError:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- paths -----------------------------------------------------------------------------

    def key(self, file: str | Path) -> str:
        """How the store names a file: relative to its folder, so the corpus can move with it."""
        absolute = Path(file).resolve()
        try:
            return absolute.relative_to(self.base).as_posix()
        except ValueError:
            return Path(os.path.relpath(absolute, self.base)).as_posix()

    def file(self, key: str) -> Path:
        """The file a store key names."""
        return (self.base / key).resolve()

    # -- meta ------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- reading ---------------------------------------------------------------------------

    def articles(self) -> dict[str, StoredArticle]:
        """Every stored article, by store key."""
        rows = self._conn.execute(
            "SELECT path, id, sha256, language, published, size, mtime_ns, meta, extractor,"
            " n_claims FROM articles"
        )
        return {row[0]: StoredArticle(*row) for row in rows}

    def claims_in_blocks(
        self,
        blocks: Iterable[tuple[str, int]],
        *,
        exclude_paths: Iterable[str] = (),
        exclude_articles: Iterable[str] = (),
    ) -> list[tuple[str, Claim]]:
        """(store key, claim) for claims in one of ``blocks``, minus the excluded articles."""
        blocks = sorted(set(blocks))
        if not blocks:
            return []
        placeholders = ",".join("(?, ?)" for _ in blocks)
        params: list[str | int] = [value for block in blocks for value in block]
        sql = (
            "SELECT a.path, c.data FROM claims c JOIN articles a ON a.path = c.article_path "
            f"WHERE (c.kind, c.per != '') IN (VALUES {placeholders})"
        )
        paths, ids = list(exclude_paths), list(exclude_articles)
        if paths:
            sql += f" AND a.path NOT IN ({','.join('?' * len(paths))})"
            params += paths
        if ids:
            sql += f" AND a.id NOT IN ({','.join('?' * len(ids))})"
            params += ids
        sql += " ORDER BY a.path, c.rowid"
        rows = self._conn.execute(sql, params)
        return [(key, Claim.model_validate_json(data)) for key, data in rows]

    def claims(self) -> Iterator[Claim]:
        """Every stored claim, article by article."""
        rows = self._conn.execute("SELECT data FROM claims ORDER BY article_path, rowid")
        for (data,) in rows:
            yield Claim.model_validate_json(data)

    def counts(self) -> tuple[int, int]:
        """(articles, claims) held."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)"
        ).fetchone()
        return row[0], row[1]

    # -- writing ---------------------------------------------------------------------------

    def put(
        self,
        key: str,
        article: Article,
        claims: Sequence[Claim],
        *,
        sha256: str,
        size: int,
        mtime_ns: int,
        meta: str = "",
        extractor: str = "",
    ) -> None:
        """Store one article and its claims, replacing any earlier version, atomically."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        published = article.published.isoformat() if article.published else None
        with self._transaction():
            self._conn.execute("DELETE FROM claims WHERE article_path = ?", (key,))
            self._conn.execute(
                "INSERT OR REPLACE INTO articles (path, id, sha256, language, published, size,"
                " mtime_ns, meta, extractor, n_claims, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    article.id,
                    sha256,
                    article.language,
                    published,
                    size,
                    mtime_ns,
                    meta,
                    extractor,
                    len(claims),
                    now,
                ),
            )
            self._conn.executemany(
                "INSERT INTO claims (id, article_path, unit, per, kind, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(c.id, key, c.unit, _per(c), block_of(c)[0], c.model_dump_json()) for c in claims],
            )

    def touch(self, stamps: Sequence[tuple[str, int, int]]) -> None:
        """Record new (key, size, mtime_ns) for articles whose content did not change."""
        if not stamps:
            return
        with self._transaction():
            self._conn.executemany(
                "UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?",
                [(size, mtime_ns, key) for key, size, mtime_ns in stamps],
            )

    def remove(self, keys: Iterable[str]) -> int:
        """Drop articles (and their claims); returns how many were dropped."""
        keys = list(keys)
        with self._transaction():
            for key in keys:
                self._conn.execute("DELETE FROM articles WHERE path = ?", (key,))
        return len(keys)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error: the unit of every write."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # WAL with NORMAL sync loses no committed transaction on a crash of the process, only
    # possibly the last ones on a power loss, and makes one commit per article cheap.
    conn.execute("PRAGMA synchronous = NORMAL")


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Create the schema in an empty file, migrate an older one, reject anything else."""
    tables = _tables(conn)
    if not tables:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not _tables(conn):  # another run may have created it while we waited
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        tables = _tables(conn)
    if "meta" not in tables:
        raise StoreError(f"store {path} is a SQLite file but not a claims store: {REBUILD_HINT}")
    version = _version(conn)
    if version == SCHEMA_VERSION:
        return
    if (
        version is not None
        and version < SCHEMA_VERSION
        and all(v in MIGRATIONS for v in range(version, SCHEMA_VERSION))
    ):
        for v in range(version, SCHEMA_VERSION):
            conn.execute("BEGIN IMMEDIATE")
            if _version(conn) == v:  # else another run migrated it while we waited
                MIGRATIONS[v](conn)
                conn.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(v + 1),)
                )
            conn.execute("COMMIT")
        return
    raise StoreError(
        f"store {path} has schema version {version if version is not None else 'unknown'}; "
        f"this reconcile needs {SCHEMA_VERSION}: {REBUILD_HINT}"
    )


def _version(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
