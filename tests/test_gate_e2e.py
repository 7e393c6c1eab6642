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


# The console script, as CI runs it; ``python -m reconcile_cli`` when it is not installed.
_SCRIPT = Path(sys.executable).with_name("reconcile")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "reconcile_cli"]


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
    """``python -m reconcile_cli`` loads the CLI as __main__: no verb may import it again."""
    args = [verb, "--help"] if verb else ["--help"]
    done = subprocess.run(
        [sys.executable, "-m", "reconcile_cli", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout and "Traceback" not in done.stderr


def test_cli_helpers_still_importable_from_reconcile_cli() -> None:
    from reconcile_cli import common as cli_common
    from reconcile_cli import main as cli
    from reconcile_cli import progress, reading

    for name in ("input_options", "output_options", "open_output", "report_input_error",
                 "EXIT_INPUT_ERROR"):
        assert getattr(cli, name) is getattr(cli_common, name)
    assert cli.ArticleReader is reading.ArticleReader
    assert cli.show_progress is progress.show_progress


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


# -- candidates read by concept word give the verdicts of whole blocks --------------------

CORPUS = {
    "police.md": ("en", "Police arrested 120 suspects in Lyon in 2023. "
                  "Unemployment in Lyon reached 7.5% in 2023."),
    "prefecture.md": ("fr", "Selon la préfecture, 118 suspects ont été arrêtés à Lyon en 2023. "
                      "Il est tombé 800 millimètres de pluie à Brest en 2023."),
    "mairie.md": ("fr", "La mairie de Lille a dépensé 12 millions d'euros pour les écoles en "
                  "2022. 4 500 logements ont été construits à Lille en 2022."),
    "council.md": ("en", "The Leeds council spent £30 million on schools in 2022. "
                   "1,200 homes were built in Leeds in 2021."),
    "insee.md": ("fr", "Le taux de chômage a atteint 7,4 % à Lyon en 2023. "
                 "312 accidents de la route ont été recensés à Metz en 2023."),
    "weather.md": ("en", "Brest had 790 millimetres of rain in 2023. "
                   "Police recorded 95 road accidents in Metz in 2022."),
}
DRAFTS = {
    "bilan.md": ("fr", "Selon la police, 387 suspects ont été arrêtés à Lyon en 2023. "
                 "Le chômage a atteint 9 % à Lyon en 2023. "
                 "Il est tombé 1 200 millimètres de pluie à Brest en 2023."),
    "roads.md": ("en", "Police recorded 310 road accidents in Metz in 2023, and 4,400 homes "
                 "were built in Lille in 2022."),
}


def article_text(language: str, body: str) -> str:
    return f"---\ntitle: T\npublished: 2024-03-01\nlanguage: {language}\n---\n{body}\n"


def gate_findings(root: Path, **limits: int) -> tuple[set[tuple], int]:
    """(verdict, claims, explanation) of every finding the gate reports, and corpus size."""
    from claims.load import load_articles
    from reconcile import gate as gate_module
    from reconcile.ingest import ingest
    from reconcile.store import ClaimStore

    drafts = sorted(str(p) for p in (root / "drafts").iterdir())
    with ClaimStore.open(root / "articles/.reconcile/claims.sqlite") as store:
        ingest(store, [root / "articles"], jobs=1)
        with pytest.MonkeyPatch.context() as patch:
            for name, value in limits.items():
                patch.setattr(gate_module, name, value)
            result = gate_module.run_gate(list(load_articles(drafts)), store)
    found = {
        (str(f.verdict), tuple(f.finding.claim_ids), f.finding.explanation, f.fingerprint)
        for f in result.findings
    }
    return found, result.corpus_claims


def write_corpus(root: Path, extra: dict[str, tuple[str, str]] | None = None) -> None:
    for name, (language, body) in {**CORPUS, **(extra or {})}.items():
        write(root / "articles" / name, article_text(language, body))
    for name, (language, body) in DRAFTS.items():
        write(root / "drafts" / name, article_text(language, body))


def test_candidates_by_concept_word_give_the_whole_block_verdicts(
    tmp_path: Path, monkeypatch
) -> None:
    """Read by word (every block 'large'), the gate reports what it reports reading whole
    blocks: same findings, verdicts, explanations and fingerprints, from fewer claims."""
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    whole, whole_size = gate_findings(tmp_path)
    by_word, read = gate_findings(tmp_path, FULL_BLOCK=0)
    assert whole and {f[0] for f in whole} >= {"conflict", "period_mismatch"}
    assert by_word == whole
    assert read < whole_size


def test_candidates_match_a_generated_corpus_when_no_cap_is_hit(
    tmp_path: Path, monkeypatch
) -> None:
    """The bench's synthetic articles (many figures per quantity): with words alone, the gate
    still sees every claim that could join a new claim's group."""
    import random

    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    try:
        from gate import article  # bench/gate.py
    finally:
        sys.path.pop(0)
    monkeypatch.chdir(tmp_path)
    rng = random.Random(3)
    generated = {}
    for n in range(30):
        text = article(rng, n)
        language = "fr" if "language: fr" in text else "en"
        generated[f"gen/a{n:02}.md"] = (language, text.split("---\n", 2)[2])
    write_corpus(tmp_path, generated)
    whole, _ = gate_findings(tmp_path)
    assert len(whole) >= 5
    assert gate_findings(tmp_path, FULL_BLOCK=0, PER_CLAIM=10_000)[0] == whole
