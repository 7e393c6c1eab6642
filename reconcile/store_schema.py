"""The claims store's schema: its tables and public views (docs/store.md), how an empty file
gets them, and the upgrades that turn an older file into this version without losing data.
A file this version cannot read is refused with one line saying what to do."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

SCHEMA_VERSION = 4
REBUILD_HINT = "run `reconcile ingest --rebuild`"
WORDS_SIGNATURE = "words_signature"
FINDINGS_SIGNATURE = "findings_signature"


# Concept words per claim, with the claim's block copied in so that one index range answers
# "claims of this block with this word". Filled from the claims by the current grouping code:
# meta 'words_signature' names the code that made them (see sync_words).
_WORDS_SCHEMA = """
CREATE TABLE claim_words (
    claim INTEGER NOT NULL REFERENCES stored_claims (cid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    rate INTEGER NOT NULL,
    word TEXT NOT NULL,
    period_start TEXT NOT NULL,     -- the claim's, so ranking needs no look-up per claim
    period_end TEXT NOT NULL,
    PRIMARY KEY (kind, rate, word, claim)
) WITHOUT ROWID;                    -- the table is its own index: "claims of a block by word"
CREATE INDEX claim_words_claim ON claim_words (claim);
"""

# The public schema (docs/store.md): what Datasette, sqlite-utils and a data team's SQL read.
# ``articles`` and ``claims`` are views over the tables the tool keeps for itself (stored_*),
# so the storage can change without breaking a notebook; their columns are the CSV export's
# (reports.rows.CLAIM_COLUMNS, in its order: tests/test_store_schema.py checks they agree).
# ``findings`` (and ``finding_claims``, one row per claim of a finding) are plain tables written
# by ``reconcile ingest``: the findings of the whole corpus at its last ingest.
_PUBLIC_SCHEMA = """
CREATE TABLE findings (
    finding_id TEXT PRIMARY KEY,
    verdict TEXT NOT NULL,          -- the verdict words of README
    detail TEXT NOT NULL,
    quantity TEXT NOT NULL,
    group_id TEXT,
    n_claims INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    confidence REAL,                -- when the reconciler gives one
    data TEXT NOT NULL              -- the finding as JSON, every field
);
CREATE TABLE finding_claims (
    finding_id TEXT NOT NULL REFERENCES findings (finding_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,      -- order of the claim in the finding, from 1
    claim_id TEXT NOT NULL,         -- claims.claim_id
    PRIMARY KEY (finding_id, position)
);
CREATE INDEX finding_claims_claim ON finding_claims (claim_id);
CREATE VIEW articles AS
SELECT
    id AS article, path, title, outlet, url, published, language, n_claims, sha256,
    ingested_at
FROM stored_articles;
CREATE VIEW claims AS
SELECT
    c.id AS claim_id,
    a.id AS article,
    c.article_path AS article_path,
    json_extract(c.data, '$.line') AS line,
    json_extract(c.data, '$.start') AS start,
    json_extract(c.data, '$.end') AS "end",
    json_extract(c.data, '$.surface') AS surface,
    json_extract(c.data, '$.value') AS value,
    json_extract(c.data, '$.lower') AS lower,
    json_extract(c.data, '$.upper') AS upper,
    json_extract(c.data, '$.approx') AS approx,
    CASE WHEN c.per = '' THEN c.unit ELSE c.unit || ' per ' || c.per END AS unit,
    json_extract(c.data, '$.counted') AS counted,
    json_extract(c.data, '$.actor') AS actor,
    json_extract(c.data, '$.period.start') AS period_start,
    json_extract(c.data, '$.period.end') AS period_end,
    json_extract(c.data, '$.period.text') AS period_text,
    json_extract(c.data, '$.sentence') AS sentence,
    json_extract(c.data, '$.role') AS role,
    json_extract(c.data, '$.linked') AS linked,
    json_extract(c.data, '$.hedge') AS hedge,
    json_extract(c.data, '$.verb') AS verb,
    json_extract(c.data, '$.period.resolution') AS period_resolution,
    coalesce(json_extract(c.data, '$.period.kind'), 'none') AS period_kind,
    json_extract(c.data, '$.period.source') AS period_from,
    json_extract(c.data, '$.language') AS language,
    json_extract(c.data, '$.event') AS event,
    json_extract(c.data, '$.place') AS place,
    json_extract(c.data, '$.whole') AS whole,
    json_extract(c.data, '$.entity') AS entity,
    coalesce(json_extract(c.data, '$.source'), json_extract(c.data, '$.actor')) AS source,
    json_extract(c.data, '$.direction') AS direction,
    coalesce(json_extract(c.data, '$.modality'), 'stated') AS modality,
    c.kind AS unit_kind,
    c.data AS claim_json
FROM stored_claims c JOIN stored_articles a ON a.path = c.article_path;
"""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE stored_articles (
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
    ingested_at TEXT NOT NULL,
    title TEXT,
    url TEXT,
    outlet TEXT
);
CREATE INDEX articles_id ON stored_articles (id);
CREATE TABLE stored_claims (
    cid INTEGER PRIMARY KEY,        -- what claim_words points at
    id TEXT NOT NULL,
    article_path TEXT NOT NULL REFERENCES stored_articles (path) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    per TEXT NOT NULL,              -- '' when the claim is not a rate
    kind TEXT NOT NULL,             -- blocking key: the unit's kind (see block_of)
    period_start TEXT NOT NULL,     -- ISO dates, '' when open or unknown: ranks candidates
    period_end TEXT NOT NULL,
    data TEXT NOT NULL              -- Claim.model_dump_json()
);
CREATE INDEX claims_block ON stored_claims (kind, per);
CREATE INDEX claims_article ON stored_claims (article_path);
""" + _WORDS_SCHEMA + _PUBLIC_SCHEMA

# Schema 3 as it was, for the 2 -> 3 migration (later migrations rename and add to it).
_V3_CLAIMS = """
CREATE TABLE claims (
    cid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    article_path TEXT NOT NULL REFERENCES articles (path) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    per TEXT NOT NULL,
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX claims_block ON claims (kind, per);
CREATE INDEX claims_article ON claims (article_path);
CREATE TABLE claim_words (
    claim INTEGER NOT NULL REFERENCES claims (cid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    rate INTEGER NOT NULL,
    word TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    PRIMARY KEY (kind, rate, word, claim)
) WITHOUT ROWID;
CREATE INDEX claim_words_claim ON claim_words (claim);
"""


def _statements(script: str) -> list[str]:
    return [statement for statement in script.split(";") if statement.strip()]


# Schema upgrades that keep the data: MIGRATIONS[n] turns version n into n + 1. A store whose
# version has no path to SCHEMA_VERSION is rejected with a hint to rebuild it.
def _add_extractor(conn: sqlite3.Connection) -> None:
    """1 -> 2: claims remember which extractor made them ('' = unknown, so re-extracted)."""
    conn.execute("ALTER TABLE articles ADD COLUMN extractor TEXT NOT NULL DEFAULT ''")


def _add_words(conn: sqlite3.Connection) -> None:
    """2 -> 3: claims get a key, their period as columns, and an index of concept words.

    The claims table is copied (keeping row order) because SQLite cannot add a primary key;
    the words are left empty with no signature, so the next ingest or gate fills them from
    the stored claims without extracting anything again.
    """
    conn.execute("ALTER TABLE claims RENAME TO claims_v2")
    conn.execute("DROP INDEX IF EXISTS claims_block")
    conn.execute("DROP INDEX IF EXISTS claims_article")
    v3 = _statements(_V3_CLAIMS)
    for statement in v3:
        if "CREATE TABLE claims (" in statement or "ON claims " in statement:
            conn.execute(statement)
    conn.execute(
        "INSERT INTO claims (cid, id, article_path, unit, per, kind, period_start, period_end,"
        " data) SELECT rowid, id, article_path, unit, per, kind,"
        " coalesce(json_extract(data, '$.period.start'), ''),"
        " coalesce(json_extract(data, '$.period.end'), ''), data FROM claims_v2 ORDER BY rowid"
    )
    conn.execute("DROP TABLE claims_v2")
    for statement in v3:
        if "claim_words" in statement:
            conn.execute(statement)
    conn.execute("DELETE FROM meta WHERE key = ?", (WORDS_SIGNATURE,))


def _add_public_schema(conn: sqlite3.Connection) -> None:
    """3 -> 4: the tool's tables become stored_*, and the public views and findings tables
    (docs/store.md) take the plain names. Nothing is extracted again; titles, URLs and outlets
    fill in as articles are next extracted."""
    conn.execute("ALTER TABLE articles RENAME TO stored_articles")
    conn.execute("ALTER TABLE claims RENAME TO stored_claims")  # references follow the names
    for column in ("title", "url", "outlet"):
        conn.execute(f"ALTER TABLE stored_articles ADD COLUMN {column} TEXT")
    for statement in _statements(_PUBLIC_SCHEMA):
        conn.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _add_extractor,
    2: _add_words,
    3: _add_public_schema,
}


class StoreError(Exception):
    """A store that cannot be used; the message is one line meant for the user."""


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Create the schema in an empty file, migrate an older one, reject anything else."""
    tables = _tables(conn) or _create(conn)
    if "meta" not in tables:
        raise StoreError(f"store {path} is a SQLite file but not a claims store: {REBUILD_HINT}")
    version = _version(conn)
    if version == SCHEMA_VERSION:
        _sync_views(conn)
    elif version is not None and _migratable(version):
        _migrate(conn, version)
    else:
        raise _unusable(path, version)


def _create(conn: sqlite3.Connection) -> set[str]:
    """This version's schema in an empty file; the tables then there."""
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
    return _tables(conn)


def _migratable(version: int) -> bool:
    """An older version with a migration for each step up to this one."""
    return version < SCHEMA_VERSION and all(
        v in MIGRATIONS for v in range(version, SCHEMA_VERSION)
    )


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """One step at a time, each in its own transaction."""
    for v in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        if _version(conn) == v:  # else another run migrated it while we waited
            MIGRATIONS[v](conn)
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(v + 1),)
            )
        conn.execute("COMMIT")


def _unusable(path: Path, version: int | None) -> StoreError:
    """Why a store of another version cannot be used, and what to do."""
    if version is not None and version > SCHEMA_VERSION:
        return StoreError(
            f"store {path} was written by a newer reconcile (schema version {version}; this "
            f"one reads up to {SCHEMA_VERSION}): upgrade reconcile, or give another --store "
            "(--rebuild would throw the newer store away)"
        )
    return StoreError(
        f"store {path} has schema version {version if version is not None else 'unknown'}; "
        f"this reconcile needs {SCHEMA_VERSION}: {REBUILD_HINT}"
    )


def _sync_views(conn: sqlite3.Connection) -> None:
    """Recreate a public view whose definition is not this version's (a column was added to
    the contract): views hold no data, so this is cheap and loses nothing."""
    wanted = {
        statement.split()[2]: statement.strip()
        for statement in _statements(_PUBLIC_SCHEMA)
        if statement.split()[1] == "VIEW"
    }
    stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
    stale = [name for name, sql in wanted.items() if stored.get(name) != sql]
    if not stale:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in stale:
            conn.execute(f"DROP VIEW IF EXISTS {name}")
            conn.execute(wanted[name])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _version(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
