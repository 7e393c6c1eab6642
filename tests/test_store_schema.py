"""The store for data teams: plain ``articles``, ``claims`` and ``findings`` that sqlite-utils
(from PyPI, as Datasette reads them) opens directly, with the documented columns; an older
store gains them by migration, without extracting again."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.store import SCHEMA_VERSION, ClaimStore
from reconcile_cli.main import main
from reports.rows import CLAIM_COLUMNS

sqlite_utils = pytest.importorskip("sqlite_utils", reason="sqlite-utils is a test extra")

ARTICLE = """---
title: {title}
url: https://example.org/{slug}
outlet: Exemple
published: 2024-01-15
language: fr
---
Selon la police, {n} suspects ont été arrêtés en 2023.
"""

# The documented public columns (docs/store.md): a change here is a change of the contract.
ARTICLE_COLUMNS = [
    "article", "path", "title", "outlet", "url", "published", "language", "n_claims", "sha256",
    "ingested_at",
]  # fmt: skip
CLAIM_VIEW_COLUMNS = [
    *CLAIM_COLUMNS[:2], "article_path", *CLAIM_COLUMNS[2:], "unit_kind", "claim_json",
]  # fmt: skip
FINDING_COLUMNS = [
    "finding_id", "verdict", "detail", "quantity", "group_id", "n_claims", "explanation",
    "confidence", "data",
]  # fmt: skip


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for slug, n in (("a", 120), ("b", 387)):
        text = ARTICLE.format(title=f"Bilan {slug}", slug=slug, n=n)
        (corpus / f"{slug}.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(corpus)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return corpus / ".reconcile" / "claims.sqlite"


def test_sqlite_utils_lists_the_public_tables_and_views(store: Path) -> None:
    db = sqlite_utils.Database(store)
    assert {"findings", "finding_claims"} <= set(db.table_names())
    assert {"articles", "claims"} <= set(db.view_names())
    assert [c.name for c in db["articles"].columns] == ARTICLE_COLUMNS
    assert [c.name for c in db["claims"].columns] == CLAIM_VIEW_COLUMNS
    assert [c.name for c in db["findings"].columns] == FINDING_COLUMNS


def test_rows_are_plain_values(store: Path) -> None:
    db = sqlite_utils.Database(store)
    articles = {row["article"]: row for row in db["articles"].rows}
    assert articles["a.md"]["title"] == "Bilan a"
    assert articles["a.md"]["url"] == "https://example.org/a"
    assert articles["a.md"]["published"] == "2024-01-15"
    claims = sorted(db["claims"].rows, key=lambda row: row["value"])
    assert [c["value"] for c in claims] == [120, 387]
    first = claims[0]
    assert (first["unit"], first["approx"], first["line"]) == ("count", "exact", 8)
    assert (first["period_start"], first["period_end"]) == ("2023-01-01", "2023-12-31")
    assert first["sentence"].startswith("Selon la police")
    assert json.loads(first["claim_json"])["id"] == first["claim_id"]


def test_findings_join_their_claims(store: Path) -> None:
    db = sqlite_utils.Database(store)
    rows = list(
        db.query(
            "SELECT f.verdict, c.value FROM findings f"
            " JOIN finding_claims fc ON fc.finding_id = f.finding_id"
            " JOIN claims c ON c.claim_id = fc.claim_id ORDER BY c.value"
        )
    )
    assert rows == [{"verdict": "conflict", "value": 120}, {"verdict": "conflict", "value": 387}]


def test_sqlite_utils_command_line_reads_the_store(store: Path) -> None:
    command = shutil.which("sqlite-utils") or str(Path(sys.executable).with_name("sqlite-utils"))
    if not Path(command).exists():
        pytest.skip("the sqlite-utils command is not installed")
    done = subprocess.run(
        [command, "query", str(store), "SELECT verdict, count(*) AS n FROM findings GROUP BY 1"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout) == [{"verdict": "conflict", "n": 1}]


def test_findings_follow_the_corpus_and_are_kept_when_nothing_changed(store: Path) -> None:
    corpus = store.parent.parent
    runner = CliRunner()
    before = sqlite_utils.Database(store).execute("SELECT data FROM findings").fetchall()
    assert runner.invoke(main, ["ingest", str(corpus), "-v"]).stderr.count("finding(s)") == 0
    (corpus / "b.md").write_text(ARTICLE.format(title="b", slug="b", n=120), encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(corpus), "-v"])
    assert "finding(s) of the whole corpus" in result.stderr
    after = sqlite_utils.Database(store).execute("SELECT verdict FROM findings").fetchall()
    assert before and after == [("consistent",)]


def test_no_findings_leaves_the_table_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE.format(title="a", slug="a", n=1), encoding="utf-8")
    CliRunner().invoke(main, ["ingest", str(corpus), "--no-findings"], catch_exceptions=False)
    db = sqlite_utils.Database(corpus / ".reconcile" / "claims.sqlite")
    assert db["findings"].count == 0 and db["claims"].count == 1


def test_a_schema_3_store_is_migrated_without_extracting(store: Path) -> None:
    from tests.test_store import downgrade_to_v3

    downgrade_to_v3(store)
    with ClaimStore.open(store) as opened:
        assert opened.counts() == (2, 2)
    conn = sqlite3.connect(store)
    version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)
    assert conn.execute("SELECT count(*), count(title) FROM articles").fetchone() == (2, 0)
    assert conn.execute("SELECT count(*) FROM claims").fetchone() == (2,)
    conn.close()
    result = CliRunner().invoke(main, ["ingest", str(store.parent.parent)])
    assert result.stderr.startswith("ingest: 0 added, 0 updated, 2 unchanged"), result.stderr


def test_every_public_column_is_documented(store: Path) -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "store.md").read_text("utf-8")
    db = sqlite_utils.Database(store)
    for name in ("articles", "claims", "findings", "finding_claims"):
        assert f"## `{name}`" in doc
        for column in db[name].columns:
            assert f"`{column.name}`" in doc, f"{name}.{column.name} is not in docs/store.md"


def test_a_view_of_an_older_contract_is_brought_up_to_date_on_open(store: Path) -> None:
    conn = sqlite3.connect(store)
    conn.executescript(
        "DROP VIEW claims; CREATE VIEW claims AS SELECT id AS claim_id FROM stored_claims;"
    )
    conn.close()
    with ClaimStore.open(store):
        pass
    columns = [c.name for c in sqlite_utils.Database(store)["claims"].columns]
    assert columns == CLAIM_VIEW_COLUMNS
