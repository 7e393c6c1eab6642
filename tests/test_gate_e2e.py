"""``reconcile ingest`` and ``reconcile gate`` run as a CI job runs them: a subprocess, the real
extractor and reconciler, articles in French and English with front matter."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("reconcile.pipeline", reason="reconcile.pipeline has not landed yet")

POLICE_EN = """---
title: Police report
published: 2024-01-10
language: en
---
Police arrested 120 suspects in 2023.
"""

WEATHER_FR = """---
title: Météo
published: 2024-02-01
language: fr
---
Il est tombé 800 millimètres de pluie à Brest en 2023.
"""

# The figure stands on line 8 of the file: front matter counted.
CONFLICT_FR = """---
title: Bilan
published: 2024-01-15
language: fr
---
Bilan annuel de la sécurité.

Selon la police, 387 suspects ont été arrêtés en 2023.
"""

CONSISTENT_FR = """---
title: Bilan
published: 2024-01-15
language: fr
---
Selon la police, 120 suspects ont été arrêtés en 2023.
"""


# The console script, as CI runs it; ``python -m reconcile.cli`` when it is not installed.
_SCRIPT = Path(sys.executable).with_name("reconcile")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "reconcile.cli"]


def reconcile(*args: str, cwd: Path, env: dict[str, str] | None = None):
    return subprocess.run(
        [*COMMAND, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    write(tmp_path / "articles/police.md", POLICE_EN)
    write(tmp_path / "articles/meteo.md", WEATHER_FR)
    return tmp_path


def test_clean_new_article_passes(repo: Path) -> None:
    write(repo / "drafts/bilan.md", CONSISTENT_FR)
    done = reconcile("gate", "drafts/bilan.md", "--corpus", "articles", cwd=repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "gate: pass" in done.stdout
    assert (repo / "articles/.reconcile/claims.sqlite").exists()


def test_conflict_with_corpus_fails_with_annotation_at_the_draft_line(repo: Path) -> None:
    write(repo / "drafts/bilan.md", CONFLICT_FR)
    done = reconcile(
        "gate", "drafts/bilan.md", "--corpus", "articles", "--format", "github", cwd=repo
    )
    assert done.returncode == 1, done.stdout + done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    assert errors, done.stdout
    assert errors[0].startswith("::error file=drafts/bilan.md,line=8,col=18,")
    assert "drafts/bilan.md:8:18: error: conflict" in done.stdout


def test_new_article_inside_the_corpus_replaces_its_published_version(repo: Path) -> None:
    write(repo / "articles/police.md", POLICE_EN.replace("120", "387"))
    done = reconcile("gate", "articles/police.md", "--corpus", "articles", cwd=repo)
    assert done.returncode == 0, done.stdout + done.stderr


def test_sarif_output(repo: Path) -> None:
    write(repo / "drafts/bilan.md", CONFLICT_FR)
    done = reconcile(
        "gate", "drafts/bilan.md", "--corpus", "articles", "--format", "sarif",
        "--output", "out/gate.sarif", cwd=repo,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    log = json.loads((repo / "out/gate.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "claim-reconciler"
    result = next(r for r in run["results"] if r["ruleId"] == "reconcile/conflict")
    assert result["message"]["text"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/bilan.md"
    assert location["region"]["startLine"] == 8


def test_baseline_acknowledges_then_a_changed_figure_fails_again(repo: Path) -> None:
    write(repo / "drafts/bilan.md", CONFLICT_FR)
    gate = ("gate", "drafts/bilan.md", "--corpus", "articles", "--baseline", "baseline.json")
    updated = reconcile(*gate, "--update-baseline", cwd=repo)
    assert updated.returncode == 0, updated.stderr
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert any(e["verdict"] == "conflict" for e in entries)
    # moving the sentence does not matter: the fingerprint ignores lines
    write(repo / "drafts/bilan.md", CONFLICT_FR.replace("Bilan annuel", "\nBilan annuel"))
    acknowledged = reconcile(*gate, "--format", "json", cwd=repo)
    assert acknowledged.returncode == 0, acknowledged.stdout
    statuses = {f["status"] for f in json.loads(acknowledged.stdout)["findings"]}
    assert statuses == {"acknowledged"}
    write(repo / "drafts/bilan.md", CONFLICT_FR.replace("387", "390"))
    assert reconcile(*gate, cwd=repo).returncode == 1


@pytest.mark.parametrize("verb", [None, "report", "gate", "ingest", "extract"])
def test_python_m_reconcile_cli_runs(tmp_path: Path, verb: str | None) -> None:
    """``python -m reconcile.cli`` loads the CLI as __main__: no verb may import it again."""
    args = [verb, "--help"] if verb else ["--help"]
    done = subprocess.run(
        [sys.executable, "-m", "reconcile.cli", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout and "Traceback" not in done.stderr


def test_cli_helpers_still_importable_from_reconcile_cli() -> None:
    from reconcile import cli, cli_common

    for name in ("ArticleReader", "input_options", "output_options", "open_output",
                 "report_input_error", "EXIT_INPUT_ERROR", "show_progress"):
        assert getattr(cli, name) is getattr(cli_common, name)


def test_missing_path_exits_2_with_one_line(repo: Path) -> None:
    done = reconcile("gate", "drafts/none.md", "--corpus", "articles", cwd=repo)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "reconcile: error: article drafts/none.md: no such file or directory"
    ]


def test_corrupt_store_exits_2_with_one_line_and_rebuild_fixes_it(repo: Path) -> None:
    store = write(repo / "articles/.reconcile/claims.sqlite", "not a database\n" * 200)
    write(repo / "drafts/bilan.md", CONSISTENT_FR)
    done = reconcile("gate", "drafts/bilan.md", "--corpus", "articles", cwd=repo)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"reconcile: error: store {Path('articles/.reconcile/claims.sqlite')}")
    assert "reconcile ingest --rebuild" in line and "Traceback" not in done.stderr
    assert reconcile("ingest", "articles", "--rebuild", cwd=repo).returncode == 0
    assert store.read_bytes().startswith(b"SQLite format 3")


def test_ingest_killed_midway_leaves_complete_articles_only(tmp_path: Path) -> None:
    total = 20
    for n in range(total):
        write(
            tmp_path / f"articles/a{n:02}.md",
            f"Police arrested {100 + n} suspects in 2023.\nThe fine rose to {n + 2} euros.\n",
        )
    store = tmp_path / "articles/.reconcile/claims.sqlite"
    job = subprocess.Popen(
        [*COMMAND, "ingest", "articles"],
        cwd=tmp_path,
        env={**os.environ, "RECONCILE_TEST_SLOW_INGEST": "0.2"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _articles(store) < 3:
            time.sleep(0.05)
        job.send_signal(signal.SIGKILL)
    finally:
        job.wait(timeout=30)
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute(
        "SELECT a.path, a.n_claims, (SELECT count(*) FROM claims c WHERE c.article_path = a.path)"
        " FROM articles a"
    ).fetchall()
    conn.close()
    assert 3 <= len(rows) < total
    assert all(n_claims == stored and n_claims > 0 for _, n_claims, stored in rows)
    rerun = reconcile("ingest", "articles", cwd=tmp_path)
    assert rerun.returncode == 0
    # the rest is added; the complete ones are kept (or updated, if the extractor changed)
    assert f"ingest: {total - len(rows)} added, " in rerun.stderr


def _articles(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        conn = sqlite3.connect(store, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
