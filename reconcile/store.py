"""The claims store: one SQLite file that keeps the claims of a corpus between runs.

Extraction is the slow step, so a CI gate over a large corpus must not redo it on every pull
request. The store remembers, per article file, the hash of its content and the claims
extracted from it; ``reconcile/ingest.py`` decides what to re-extract. Claims are kept as the
JSON of :class:`claims.models.Claim` (the model is the contract), with the few columns the gate
filters on (``kind``, ``per``, the period) copied out and indexed, so a gate run reads only the
blocks its new claims fall in. Each claim's concept words (what the grouper compares, see
:func:`concept_words`) are indexed too: in a large block the gate reads only the claims that
share a word with a new claim, never the whole block.

Every write of an article is one transaction, and the file is in WAL mode: a run killed midway
leaves complete articles only, and readers (two gate runs) never block each other.

The tables, views and upgrades of older files are ``reconcile.store_schema``'s; what a claim is
filed and looked up by (block, period bounds, concept words) is ``reconcile.store_keys``'. Opening
the file and the wording of its faults are ``reconcile.store_connection``'s. What is left here
is one class around one connection (``ClaimStore``: writing articles, reading claims by block
and word, meta).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claims.models import Article, Claim
from reconcile.store_connection import (
    Transaction,
    configure,
    connect,
    store_problem,
    unreadable,
)
from reconcile.store_keys import (
    block_of,
    claim_per,
    concept_words,
    period_bounds,
    words_signature,
)
from reconcile.store_schema import (
    FINDINGS_SIGNATURE,
    WORDS_SIGNATURE,
    StoreError,
    check_schema,
)
from reconcile.store_schema import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported: it lived here

if TYPE_CHECKING:
    from reconcile.models import Finding

STORE_DIR = ".reconcile"
STORE_NAME = "claims.sqlite"
# How a stored claim's period (w.*) ranks against a new claim's (start, end, end, start).
_SAME_PERIOD = "(w.period_start = ? AND w.period_end = ?)"
_OVERLAP = "(w.period_start <= ? AND (w.period_end >= ? OR w.period_end = ''))"
_MAX_PARAMS = 900  # host parameters per statement, under SQLite's historical limit


def default_store_path(corpus: Sequence[str | Path]) -> Path:
    """``.reconcile/claims.sqlite`` in the first corpus folder (a file's folder if it is one)."""
    first = Path(corpus[0])
    folder = first if first.is_dir() else first.parent
    return folder / STORE_DIR / STORE_NAME


@dataclass(frozen=True)
class _ClaimRow:
    """One claim as written: its ``claims`` columns, its block and its concept words."""

    values: tuple[str, ...]
    kind: str
    rate: int
    words: tuple[str, ...]


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
        conn = connect(path)
        try:
            configure(conn)
            check_schema(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(unreadable(exc, path)) from None
        except StoreError:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        """Close; a SQLite fault (or a claim row that is not JSON) met inside the ``with``
        becomes one ``StoreError`` line with advice (``store_problem``), not a traceback."""
        with contextlib.suppress(sqlite3.Error):
            self.close()
        if isinstance(exc, sqlite3.Error | json.JSONDecodeError | UnicodeDecodeError) or (
            type(exc).__name__ == "ValidationError"  # a stored claim row that is not a claim
        ):
            assert exc is not None
            raise StoreError(store_problem(exc, self.path)) from None

    # -- paths -----------------------------------------------------------------------------

    def key(self, file: str | Path) -> str:
        """How the store names a file: relative to its folder, so the corpus can move with it."""
        absolute = _resolve(os.fspath(file))
        inside = str(self.base).rstrip(os.sep) + os.sep
        if absolute.startswith(inside):  # the usual case, without pathlib's cost
            return absolute[len(inside) :].replace(os.sep, "/")
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
            " n_claims FROM stored_articles"
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
            "SELECT a.path, c.data FROM stored_claims c JOIN stored_articles a"
            " ON a.path = c.article_path "
            f"WHERE (c.kind, c.per != '') IN (VALUES {placeholders})"
        )
        paths, ids = list(exclude_paths), list(exclude_articles)
        if paths:
            sql += f" AND a.path NOT IN ({','.join('?' * len(paths))})"
            params += paths
        if ids:
            sql += f" AND a.id NOT IN ({','.join('?' * len(ids))})"
            params += ids
        sql += " ORDER BY a.path, c.cid"
        rows = self._conn.execute(sql, params)
        return [(key, Claim.model_validate_json(data)) for key, data in rows]

    def block_size(self, block: tuple[str, int]) -> int:
        """How many stored claims fall in one block."""
        row = self._conn.execute(
            "SELECT count(*) FROM stored_claims WHERE kind = ? AND (per != '') = ?", block
        ).fetchone()
        return row[0]

    def word_counts(self, block: tuple[str, int], words: Iterable[str]) -> dict[str, int]:
        """In how many claims of ``block`` each word occurs (absent words count 0)."""
        words = sorted(set(words))
        counts = dict.fromkeys(words, 0)
        if words:
            rows = self._conn.execute(
                "SELECT word, count(*) FROM claim_words WHERE kind = ? AND rate = ?"
                f" AND word IN ({','.join('?' * len(words))}) GROUP BY word",
                [*block, *words],
            )
            counts.update(rows)
        return counts

    def nearest(
        self,
        block: tuple[str, int],
        weights: dict[str, float],
        period: tuple[str, str],
        *,
        limit: int,
        exclude_paths: Iterable[str] = (),
    ) -> list[int]:
        """Keys (``cid``) of the ``limit`` claims of ``block`` closest to a claim's words.

        Ranked by the summed weight of the words they share with it, then by period (the
        same period first, since only those can conflict; then overlapping ones), then the
        most recently stored. Claims sharing no word are never returned.
        """
        if not weights or limit <= 0:
            return []
        start, end = period
        excluded = self._claim_keys(exclude_paths)
        ranks = [start, end, end or "9999", start]
        ranked = self._by_one_word if len(weights) == 1 else self._by_score
        rows = ranked(block, weights, ranks, limit + len(excluded))
        return [row[0] for row in rows if row[0] not in excluded][:limit]

    def _by_one_word(
        self, block: tuple[str, int], weights: dict[str, float], ranks: list[str], limit: int
    ) -> Iterable[tuple[int, ...]]:
        """The claims holding the one word, by period: the common case, one score for all, so
        no grouping to do."""
        sql = (
            "SELECT claim FROM claim_words w WHERE kind = ? AND rate = ? AND word = ?"
            f" ORDER BY {_SAME_PERIOD} DESC, {_OVERLAP} DESC, claim DESC LIMIT ?"
        )
        return self._conn.execute(sql, [*block, *weights, *ranks, limit])

    def _by_score(
        self, block: tuple[str, int], weights: dict[str, float], ranks: list[str], limit: int
    ) -> Iterable[tuple[int, ...]]:
        """The claims by the summed weight of the words they share, then by period."""
        query = ",".join("(?, ?)" for _ in weights)
        sql = (
            f"WITH q (word, weight) AS (VALUES {query})"
            " SELECT w.claim, sum(q.weight) AS score,"
            f" max({_SAME_PERIOD}) AS same, max({_OVERLAP}) AS overlap"
            " FROM q JOIN claim_words w ON w.kind = ? AND w.rate = ? AND w.word = q.word"
            " GROUP BY w.claim ORDER BY score DESC, same DESC, overlap DESC, w.claim DESC"
            " LIMIT ?"
        )
        params: list[str | int | float] = [x for item in weights.items() for x in item]
        params += [*ranks, *block, limit]
        return self._conn.execute(sql, params)

    def _claim_keys(self, paths: Iterable[str]) -> set[int]:
        paths = list(paths)
        if not paths:
            return set()
        rows = self._conn.execute(
            f"SELECT cid FROM stored_claims WHERE article_path IN ({','.join('?' * len(paths))})",
            paths,
        )
        return {cid for (cid,) in rows}

    def claims_by_key(self, cids: Iterable[int]) -> list[tuple[str, Claim]]:
        """(store key, claim) for the given claim keys, in store order (article, then rank)."""
        cids = sorted(set(cids))
        rows: list[tuple[str, int, str]] = []
        for start in range(0, len(cids), _MAX_PARAMS):
            chunk = cids[start : start + _MAX_PARAMS]
            rows += self._conn.execute(
                "SELECT article_path, cid, data FROM stored_claims"
                f" WHERE cid IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        rows.sort(key=lambda row: (row[0], row[1]))
        return [(key, Claim.model_validate_json(data)) for key, _, data in rows]

    def claims(self) -> Iterator[Claim]:
        """Every stored claim, article by article."""
        rows = self._conn.execute("SELECT data FROM stored_claims ORDER BY article_path, cid")
        for (data,) in rows:
            yield Claim.model_validate_json(data)

    def counts(self) -> tuple[int, int]:
        """(articles, claims) held."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM stored_articles), (SELECT count(*) FROM stored_claims)"
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
        rows = [self._claim_row(key, c) for c in claims]
        with self._transaction():
            self._conn.execute("DELETE FROM stored_claims WHERE article_path = ?", (key,))
            self._conn.execute(
                "INSERT OR REPLACE INTO stored_articles (path, id, sha256, language, published,"
                " size, mtime_ns, meta, extractor, n_claims, ingested_at, title, url, outlet)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    article.title,
                    article.url,
                    article.outlet,
                ),
            )
            self._insert_claims(rows)

    @staticmethod
    def _claim_row(key: str, claim: Claim) -> _ClaimRow:
        kind, rate = block_of(claim)
        row = (claim.id, key, claim.unit, claim_per(claim), kind, *period_bounds(claim))
        return _ClaimRow((*row, claim.model_dump_json()), kind, rate, concept_words(claim))

    def _insert_claims(self, rows: Sequence[_ClaimRow]) -> None:
        """Insert claim rows and their words (inside the caller's transaction)."""
        for row in rows:
            cursor = self._conn.execute(
                "INSERT INTO stored_claims (id, article_path, unit, per, kind, period_start,"
                " period_end, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.values,
            )
            start, end = row.values[5], row.values[6]
            self._conn.executemany(
                "INSERT INTO claim_words (claim, kind, rate, word, period_start, period_end)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(cursor.lastrowid, row.kind, row.rate, word, start, end) for word in row.words],
            )

    def sync_words(self) -> int:
        """Recompute every claim's concept words if the code that makes them changed.

        Cheap next to extraction (the claims are read back, not extracted), and done once per
        change of the grouping code or concept table. Returns how many claims were indexed.
        """
        signature = words_signature()
        if self.get_meta(WORDS_SIGNATURE) == signature:
            return 0
        with self._transaction():
            if self.get_meta(WORDS_SIGNATURE) == signature:  # another run did it meanwhile
                return 0
            self._conn.execute("DELETE FROM claim_words")
            rows = self._conn.execute(
                "SELECT cid, kind, per != '', period_start, period_end, data FROM stored_claims"
            ).fetchall()
            self._conn.executemany(
                "INSERT INTO claim_words (claim, kind, rate, word, period_start, period_end)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (cid, kind, rate, word, start, end)
                    for cid, kind, rate, start, end, data in rows
                    for word in concept_words(Claim.model_validate_json(data))
                ),
            )
            self.set_meta(WORDS_SIGNATURE, signature)
        return len(rows)

    def touch(self, stamps: Sequence[tuple[str, int, int]]) -> None:
        """Record new (key, size, mtime_ns) for articles whose content did not change."""
        if not stamps:
            return
        with self._transaction():
            self._conn.executemany(
                "UPDATE stored_articles SET size = ?, mtime_ns = ? WHERE path = ?",
                [(size, mtime_ns, key) for key, size, mtime_ns in stamps],
            )

    def remove(self, keys: Iterable[str]) -> int:
        """Drop articles (and their claims); returns how many were dropped."""
        keys = list(keys)
        with self._transaction():
            for key in keys:
                self._conn.execute("DELETE FROM stored_articles WHERE path = ?", (key,))
        return len(keys)

    # -- the corpus's findings (public tables findings, finding_claims) ----------------------

    def corpus_digest(self) -> str:
        """A hash of what is stored (each article's path, bytes and extractor): findings
        computed for another digest are out of date."""
        digest = hashlib.sha256()
        rows = self._conn.execute(
            "SELECT path, sha256, extractor FROM stored_articles ORDER BY path"
        )
        for row in rows:
            digest.update("\0".join(row).encode() + b"\n")
        return digest.hexdigest()

    def replace_findings(self, findings: Iterable[Finding], signature: str) -> int:
        """Replace the ``findings`` table with these, in one transaction; ``signature`` (the
        corpus digest and settings they were computed with) is kept in ``meta``."""
        count = 0
        with self._transaction():
            self._conn.execute("DELETE FROM finding_claims")
            self._conn.execute("DELETE FROM findings")
            for finding in findings:
                count += 1
                self._conn.execute(
                    "INSERT INTO findings (finding_id, verdict, detail, quantity, group_id,"
                    " n_claims, explanation, confidence, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        finding.id,
                        str(finding.verdict),
                        finding.detail,
                        finding.quantity,
                        finding.group_id,
                        len(finding.claim_ids),
                        finding.explanation,
                        getattr(finding, "confidence", None),
                        finding.model_dump_json(),
                    ),
                )
                self._conn.executemany(
                    "INSERT INTO finding_claims (finding_id, position, claim_id) VALUES (?, ?, ?)",
                    [(finding.id, n, cid) for n, cid in enumerate(finding.claim_ids, 1)],
                )
            self.set_meta(FINDINGS_SIGNATURE, signature)
        return count

    def _transaction(self) -> Transaction:
        return Transaction(self._conn)


def _resolve(file: str) -> str:
    """``Path(file).resolve()`` as a string, resolving each folder once: a warm run names
    every file of the corpus."""
    if os.path.islink(file):
        return str(Path(file).resolve())
    folder, name = os.path.split(os.path.abspath(file))
    return os.path.join(_resolve_folder(folder), name)


@lru_cache(maxsize=4096)
def _resolve_folder(folder: str) -> str:
    return str(Path(folder).resolve())
