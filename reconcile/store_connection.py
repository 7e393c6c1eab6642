"""Opening the store's SQLite file, and what its faults mean to a user.

Every command that touches the store opens it the same way (WAL, foreign keys, a wait for a
lock held by another run) and turns a SQLite fault into one line with the advice that fits it
("wait", "free some space", "check permissions", "rebuild"). ``reconcile.store`` keeps the
claims; this module keeps the connection's set-up and error wording, apart from it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reconcile.store_schema import REBUILD_HINT, StoreError

BUSY_TIMEOUT_MS = 30_000
# A newsroom CI that runs several gates on one store can wait longer for the lock.
WAIT_ENV = "RECONCILE_STORE_WAIT_SECONDS"


def busy_timeout_ms() -> int:
    """How long a run waits for a store another run is writing: ``WAIT_ENV`` seconds if set
    to a positive number, else ``BUSY_TIMEOUT_MS``."""
    try:
        seconds = float(os.environ.get(WAIT_ENV, ""))
    except ValueError:
        return BUSY_TIMEOUT_MS
    return int(seconds * 1000) if seconds > 0 else BUSY_TIMEOUT_MS


def store_problem(exc: BaseException, path: Path) -> str:
    """One line for a fault met while using the store, with the advice that fits it.

    Every write is one transaction (``Transaction``), so whatever failed was rolled back:
    the store holds whole articles only, and the advice never needs to mention repair.
    """
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"store {path} is held by another reconcile for more than "
            f"{busy_timeout_ms() // 1000} s: wait for it to finish and run again, or give "
            "another --store"
        )
    if "full" in text or "no space" in text or "disk i/o" in text:
        return (
            f"store {path}: disk full (or unwritable) while writing; nothing was half-written: "
            "free some space and run again"
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return (
            f"store {path} cannot be written (read-only file or folder): check its "
            "permissions, or give a writable --store"
        )
    return f"store {path} is damaged ({' '.join(str(exc).split())}): {REBUILD_HINT}"


class Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error: the unit of every write."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not exc_type:
            self._conn.execute("COMMIT")
        elif self._conn.in_transaction:  # SQLite may have rolled back already (disk full)
            self._conn.execute("ROLLBACK")


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the store's file, its folder made if missing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return sqlite3.connect(path, timeout=busy_timeout_ms() / 1000, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from None


def unreadable(exc: sqlite3.DatabaseError, path: Path) -> str:
    """Why a store could not be read: a locked or read-only file (``store_problem``), or a
    file that is no claims store."""
    damaged = "malformed" in str(exc) or "not a database" in str(exc)
    if isinstance(exc, sqlite3.OperationalError) and not damaged:
        return store_problem(exc, path)
    return f"store {path} is unreadable or not a claims store ({exc}): {REBUILD_HINT}"


def configure(conn: sqlite3.Connection) -> None:
    """Every connection alike: wait for another run's write (``busy_timeout_ms``), remove the
    rows that hang on a removed article or claim with it (foreign keys: its claims, their
    words), and let readers run beside one writer (WAL)."""
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # WAL with NORMAL sync loses no committed transaction on a crash of the process, only
    # possibly the last ones on a power loss, and makes one commit per article cheap.
    conn.execute("PRAGMA synchronous = NORMAL")
