"""The claims store under concurrency and faults: one clear line with the right advice each,
never a traceback, never a half-written article."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import reconcile.store_connection as store_connection
from reconcile.store import ClaimStore, StoreError
from reconcile_cli.main import main

ARTICLE = """---
title: Bilan
published: 2024-01-15
language: fr
---
Selon la police, {n} suspects ont été arrêtés en 2023.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(6):
        (folder / f"a{n}.md").write_text(ARTICLE.format(n=100 + n), encoding="utf-8")
    return folder


def _store(corpus: Path) -> Path:
    return corpus / ".reconcile" / "claims.sqlite"


def _one_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("reconcile: error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _articles(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM stored_articles ORDER BY id")]


def test_store_from_a_future_version_says_upgrade(corpus: Path) -> None:
    assert run("ingest", str(corpus))[0] == 0
    with sqlite3.connect(_store(corpus)) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    code, _out, err = run("ingest", str(corpus))
    line = _one_error(err)
    assert code == 2 and "newer reconcile" in line and "upgrade reconcile" in line


def test_page_level_corruption_says_rebuild(corpus: Path) -> None:
    assert run("ingest", str(corpus))[0] == 0
    path = _store(corpus)
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    data[4096:] = b"\xa5" * (len(data) - 4096)  # the header page intact, the rest garbage
    path.write_bytes(bytes(data))
    code, _out, err = run("ingest", str(corpus))
    assert code == 2 and "--rebuild" in _one_error(err)
    code, _out, err = run("ingest", str(corpus), "--rebuild")
    assert code == 0, err


def test_a_claim_row_that_is_not_json_says_rebuild(corpus: Path, tmp_path: Path) -> None:
    assert run("ingest", str(corpus))[0] == 0
    with sqlite3.connect(_store(corpus)) as conn:
        table = next(
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name == "stored_claims"
        )
        conn.execute(f"UPDATE {table} SET data = 'not json {{'")
    draft = tmp_path / "draft.md"
    draft.write_text(ARTICLE.format(n=387), encoding="utf-8")
    code, _out, err = run("gate", str(draft), "--corpus", str(corpus))
    assert code == 2 and "--rebuild" in _one_error(err)


def test_full_disk_rolls_back_the_article_and_says_free_space(corpus: Path) -> None:
    assert run("ingest", str(corpus))[0] == 0
    path = _store(corpus)
    before = _articles(path)
    store = ClaimStore.open(path)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # no page more: the disk is full
    from claims.extract import extract_text
    from claims.models import Article

    article = Article(id="big.md", text="12 cas. " * 4000, language="fr")
    with pytest.raises(StoreError) as caught, store:
        claims = extract_text(article.text, lang="fr", article_id="big.md")
        store.put("big.md", article, claims, sha256="x", size=1, mtime_ns=1, meta="", extractor="x")
    assert "disk full" in str(caught.value) and "free some space" in str(caught.value)
    assert _articles(path) == before  # nothing half-written


def test_a_lock_held_too_long_says_wait(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("ingest", str(corpus))[0] == 0
    (corpus / "new.md").write_text(ARTICLE.format(n=7), encoding="utf-8")
    monkeypatch.setattr(store_connection, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.delenv(store_connection.WAIT_ENV, raising=False)  # a CI's longer wait
    holder = sqlite3.connect(_store(corpus), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = run("ingest", str(corpus))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2 and "held by another reconcile" in _one_error(err)


@pytest.mark.parametrize(
    ("setting", "expected_ms"),
    [("90", 90_000), ("0.5", 500), ("", 30_000), ("0", 30_000), ("-3", 30_000), ("soon", 30_000)],
)
def test_the_lock_wait_comes_from_the_environment_when_set(
    setting: str, expected_ms: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store_connection.WAIT_ENV, setting)
    assert store_connection.busy_timeout_ms() == expected_ms


def test_a_longer_lock_wait_is_named_in_the_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(store_connection.WAIT_ENV, "120")
    line = store_connection.store_problem(sqlite3.OperationalError("database is locked"), Path("s"))
    assert "more than 120 s" in line


def test_output_to_a_full_device_is_one_line(corpus: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    code, _out, err = run("extract", str(corpus), "--format", "csv", "--output", "/dev/full")
    assert code == 2 and "No space left on device" in _one_error(err)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_store_folder_says_permissions_not_rebuild(corpus: Path) -> None:
    assert run("ingest", str(corpus))[0] == 0
    (corpus / "new.md").write_text(ARTICLE.format(n=7), encoding="utf-8")
    folder = _store(corpus).parent
    folder.chmod(0o555)
    _store(corpus).chmod(0o444)
    try:
        code, _out, err = run("ingest", str(corpus))
    finally:
        folder.chmod(0o755)
        _store(corpus).chmod(0o644)
    line = _one_error(err)
    assert code == 2 and "permissions" in line and "--rebuild" not in line


def test_two_ingests_at_once_lose_and_duplicate_nothing(corpus: Path) -> None:
    for n in range(6, 30):
        (corpus / f"a{n}.md").write_text(ARTICLE.format(n=100 + n), encoding="utf-8")
    command = [sys.executable, "-m", "reconcile_cli", "ingest", str(corpus), "--jobs", "1"]
    # A loaded machine can hold the lock past the default wait: the test is about losing and
    # duplicating nothing, so each run waits as long as it must.
    env = {**os.environ, store_connection.WAIT_ENV: "600"}
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outcomes = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in runs]
    for code, err in outcomes:
        assert code == 0 and "locked" not in err, err
    ids = _articles(_store(corpus))
    assert ids == sorted({f"a{n}.md" for n in range(30)})
