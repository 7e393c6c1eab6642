"""One CLI contract: every verb takes the shared options, reads a bad article the same way
(one line, exit 2, the others still processed), ends its help with an example, and honours
``--fail-on``, ``-q``/``-v`` and the config file (the command line wins)."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import reports
from reconcile_cli import progress
from reconcile_cli.main import main

VERBS = ["extract", "report", "ingest", "gate"]
LATIN1 = "Selon la police, 120 suspects ont été arrêtés en 2023.\n".encode("latin-1")

POLICE_387 = """---
published: 2024-01-15
language: fr
---
Selon la police, 387 suspects ont été arrêtés en 2023.
"""
POLICE_120 = POLICE_387.replace("387", "120")


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _options(verb: str) -> set[str]:
    command = main.commands[verb]
    return {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts}


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize(
    "option",
    ["--format", "--output", "-o", "--lang", "--published", "--jobs", "-j", "-q", "-v"],
)
def test_every_verb_takes_the_shared_options(verb: str, option: str) -> None:
    assert option in _options(verb)


@pytest.mark.parametrize("verb", VERBS)
def test_jobs_means_the_same_everywhere(verb: str) -> None:
    (jobs,) = [p for p in main.commands[verb].params if p.name == "jobs"]
    assert isinstance(jobs.type, click.IntRange) and jobs.type.min == 0
    assert jobs.default == 1
    assert "0: one per CPU" in (jobs.help or "")


@pytest.mark.parametrize("verb", VERBS)
def test_format_choices_come_from_the_registry(verb: str) -> None:
    kind = {"extract": "claims"}.get(verb, verb)
    (fmt,) = [p for p in main.commands[verb].params if p.name == "fmt"]
    assert list(fmt.type.choices) == reports.formats(kind)


def test_every_registered_format_is_rendered_by_its_module() -> None:
    for kind, table in reports.FORMATS.items():
        for name in table:
            assert callable(reports.renderer(kind, name)), (kind, name)


@pytest.mark.parametrize("verb", [None, *VERBS])
def test_help_ends_with_an_example(verb: str | None) -> None:
    code, out, _ = run(*([verb] if verb else []), "--help")
    assert code == 0
    block = out.rstrip().rsplit("\n\n", 1)[-1]
    assert block.lstrip().startswith("Example:")
    assert "reconcile " in block


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A corpus with one good article and one that is not UTF-8."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.md").write_text(POLICE_120, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(LATIN1)
    return folder


def _one_error_line(err: str) -> None:
    lines = [line for line in err.splitlines() if line.startswith("reconcile: error:")]
    assert len(lines) == 1, err
    assert "latin1.txt" in lines[0] and "UTF-8" in lines[0]
    assert "Traceback" not in err and "warning" not in err


def test_extract_unreadable_article_is_exit_2_after_the_others(corpus: Path) -> None:
    code, out, err = run("extract", str(corpus), "--format", "json")
    assert code == 2
    _one_error_line(err)
    assert any(c["value"] == 120 for c in json.loads(out))


def test_report_unreadable_article_is_exit_2_after_the_others(corpus: Path) -> None:
    code, out, err = run("report", str(corpus), "--format", "json")
    assert code == 2
    _one_error_line(err)
    assert json.loads(out)["claims"]


def test_ingest_unreadable_article_is_exit_2_after_the_others(corpus: Path) -> None:
    store = corpus.parent / "s.sqlite"
    code, _, err = run("ingest", str(corpus), "--store", str(store))
    assert code == 2
    _one_error_line(err)
    with sqlite3.connect(store) as conn:
        assert [r[0] for r in conn.execute("SELECT path FROM articles")] == ["articles/good.md"]


def test_gate_unreadable_corpus_article_is_exit_2_after_the_check(corpus: Path) -> None:
    draft = corpus.parent / "draft.md"
    draft.write_text(POLICE_387, encoding="utf-8")
    store = corpus.parent / "s.sqlite"
    code, out, err = run(
        "gate", str(draft), "--corpus", str(corpus), "--store", str(store), "--format", "json"
    )
    assert code == 2
    _one_error_line(err)
    assert json.loads(out)["failed"] is True  # the conflict is still found and reported


def test_gate_unreadable_new_article_does_not_stop_the_others(corpus: Path) -> None:
    bad = corpus.parent / "latin1.txt"
    bad.write_bytes(LATIN1)
    draft = corpus.parent / "draft.md"
    draft.write_text(POLICE_387, encoding="utf-8")
    (corpus / "latin1.txt").unlink()
    code, out, err = run(
        "gate", str(bad), str(draft), "--corpus", str(corpus), "--format", "json",
        "--store", str(corpus.parent / "s.sqlite"),
    )  # fmt: skip
    assert code == 2
    _one_error_line(err)
    assert json.loads(out)["findings"]


@pytest.fixture()
def pair(tmp_path: Path) -> Path:
    """Two articles whose figures for the same quantity and year conflict (120 vs 387)."""
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "a.md").write_text(POLICE_120, encoding="utf-8")
    (folder / "b.md").write_text(POLICE_387, encoding="utf-8")
    return folder


def test_report_fail_on_sets_the_exit_code(pair: Path) -> None:
    assert run("report", str(pair), "--format", "json")[0] == 0
    assert run("report", str(pair), "--format", "json", "--fail-on", "conflict")[0] == 1
    assert run("report", str(pair), "--format", "json", "--fail-on", "differences")[0] == 1
    # At a tolerance wide enough the gap is a minor discrepancy: not a conflict.
    wide = ["--tolerance", "1", "--format", "json"]
    assert run("report", str(pair), *wide, "--fail-on", "conflict")[0] == 0
    assert run("report", str(pair), *wide, "--fail-on", "differences")[0] == 1


def test_report_fail_on_leaves_bad_input_at_2(pair: Path) -> None:
    (pair / "latin1.txt").write_bytes(LATIN1)
    assert run("report", str(pair), "--format", "json", "--fail-on", "conflict")[0] == 2


def test_excel_without_csv_is_a_usage_error(pair: Path) -> None:
    code, out, err = run("report", str(pair), "--excel")
    assert code == 2 and out == ""
    assert "--excel applies to --format csv only" in err


def test_quiet_silences_the_summary_and_verbose_adds_detail(pair: Path) -> None:
    store = str(pair.parent / "s.sqlite")
    assert run("ingest", str(pair), "--store", store)[2].startswith("ingest: 2 added")
    code, _, err = run("ingest", str(pair), "--store", store, "-q")
    assert code == 0 and err == ""
    _, _, err = run("extract", str(pair), "--format", "json", "-v")
    assert "read 2 article(s), 0 unreadable" in err and "claims" in err
    _, _, err = run("extract", str(pair), "--format", "json")
    assert err == ""


def test_quiet_and_verbose_together_is_a_usage_error(pair: Path) -> None:
    assert run("extract", str(pair), "-q", "-v")[0] == 2


def test_ingest_json_summary_and_output_file(pair: Path) -> None:
    out_file = pair.parent / "out" / "ingest.json"
    store = str(pair.parent / "s.sqlite")
    code, out, _ = run("ingest", str(pair), "--store", store, "--format", "json", "-o",
                       str(out_file))  # fmt: skip
    assert code == 0 and out == ""
    summary = json.loads(out_file.read_text(encoding="utf-8"))
    assert (summary["added"], summary["errors"]) == (2, [])


def test_ingest_published_and_lang_are_remembered(pair: Path) -> None:
    store = str(pair.parent / "s.sqlite")
    run("ingest", str(pair), "--store", store)
    code, _, err = run("ingest", str(pair), "--store", store, "--published", "2023-06-01")
    assert code == 0 and err.startswith("ingest: 0 added, 2 updated"), err
    with sqlite3.connect(store) as conn:
        assert {r[0] for r in conn.execute("SELECT published FROM articles")} == {"2023-06-01"}
    # The gate's own ingest reads the corpus with the options ingest stored: nothing to redo.
    draft = pair.parent / "d.md"
    draft.write_text(POLICE_120, encoding="utf-8")
    _, _, err = run("gate", str(draft), "--corpus", str(pair), "--store", store)
    assert "updated" not in err


# --- the config file --------------------------------------------------------------------------


def _fail_code(*args: str) -> int:
    return run("report", "pair", "--format", "json", *args)[0]


def test_config_file_sets_defaults_and_the_command_line_wins(
    pair: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pair.parent)
    Path(".reconcile.toml").write_text('fail-on = "conflict"\n', encoding="utf-8")
    assert _fail_code() == 1  # from the file
    assert _fail_code("--tolerance", "1") == 0  # a minor discrepancy now
    Path(".reconcile.toml").write_text(
        'fail-on = "differences"\ntolerance = 1.0\n', encoding="utf-8"
    )
    assert _fail_code() == 1  # minor discrepancy, at "differences"
    assert _fail_code("--fail-on", "conflict") == 0  # the command line wins
    assert _fail_code("--fail-on", "conflict", "--tolerance", "0.05") == 1


def test_pyproject_tool_table_in_a_parent_folder(
    pair: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (pair.parent / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.reconcile]\nfail-on = "conflict"\n'
        '\n[tool.reconcile.extract]\njobs = 0\n',
        encoding="utf-8",
    )
    sub = pair.parent / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert run("report", "../pair", "--format", "json")[0] == 1


def test_verb_table_applies_to_that_verb_only(pair: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pair.parent)
    Path(".reconcile.toml").write_text('[gate]\nfail-on = "conflict"\n', encoding="utf-8")
    assert _fail_code() == 0


def test_config_paths_are_relative_to_the_file(
    pair: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (pair.parent / ".reconcile.toml").write_text(
        'corpus = "pair"\nstore = "state/claims.sqlite"\n', encoding="utf-8"
    )
    sub = pair.parent / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    code, _, err = run("ingest")  # PATH... from the config's corpus
    assert code == 0, err
    assert (pair.parent / "state" / "claims.sqlite").exists()


def test_explicit_config_option(
    pair: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pair.parent)
    config = tmp_path / "elsewhere.toml"
    config.write_text('fail-on = "conflict"\n', encoding="utf-8")
    assert run("--config", str(config), "report", "pair", "--format", "json")[0] == 1


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("colour = 'red'\n", "colour: Extra inputs are not permitted"),
        ("tolerance = 'wide'\n", "tolerance"),
        ("fail-on = \n", "not valid TOML"),
        ("report = 3\n", "'report' must be a table"),
    ],
)
def test_bad_config_is_one_line_naming_the_file(
    pair: Path, monkeypatch: pytest.MonkeyPatch, text: str, problem: str
) -> None:
    monkeypatch.chdir(pair.parent)
    Path(".reconcile.toml").write_text(text, encoding="utf-8")
    code, out, err = run("report", "pair")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert ".reconcile.toml" in err and problem in err


def test_config_value_click_rejects_is_exit_2(pair: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pair.parent)
    Path(".reconcile.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    code, _, err = run("report", "pair")
    assert code == 2 and "sometimes" in err


def test_review_and_min_confidence_are_accepted_and_passed_through(tmp_path: Path) -> None:
    from reconcile_cli import config

    path = tmp_path / ".reconcile.toml"
    path.write_text('review = "review.toml"\nmin-confidence = 0.6\n', encoding="utf-8")
    defaults = config.load(path)
    assert defaults["gate"]["min_confidence"] == 0.6
    assert defaults["report"]["review"] == "review.toml"


# --- progress ---------------------------------------------------------------------------------


def test_progress_bar_shows_total_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    buffer = io.StringIO()
    monkeypatch.setattr(progress, "show_progress", lambda: True)
    monkeypatch.setattr(
        progress, "_stderr_console", lambda: Console(file=buffer, force_terminal=True, width=100)
    )
    with progress.progress_callback("Ingesting articles") as update:
        for done in range(1, 4):
            update(done, 3)
    text = buffer.getvalue()
    assert "Ingesting articles" in text and "3/3" in text and "eta" in text


def test_no_progress_bar_when_not_a_terminal(pair: Path, capsys: pytest.CaptureFixture) -> None:
    assert progress.show_progress() is False
    with progress.progress_bar("x", 3) as advance:
        advance(1)
    assert capsys.readouterr().err == ""


# --- what a verb imports ----------------------------------------------------------------------

_PROBE = """
import sys
from reconcile_cli.main import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    names = ("numpy", "pint", "rapidfuzz", "reconcile.pipeline")
    heavy = sorted(m for m in names if m in sys.modules)
    print("HEAVY=" + ",".join(heavy), file=sys.stderr)
    raise
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["extract", "--help"], ["extract", "ARTICLE", "--format", "csv"],
     ["extract", "ARTICLE"], ["report", "--help"], ["gate", "--help"]],
)  # fmt: skip
def test_help_and_extract_import_no_numpy_pint_or_rapidfuzz(
    tmp_path: Path, args: list[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(POLICE_120, encoding="utf-8")
    args = [str(article) if a == "ARTICLE" else a for a in args]
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=120,
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "HEAVY=\n" in done.stderr, done.stderr


def test_report_shows_reading_and_grouping_bars_and_the_same_findings(
    pair: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    plain = run("report", str(pair), "--format", "json")[1]
    buffer = io.StringIO()
    monkeypatch.setattr(progress, "show_progress", lambda: True)
    monkeypatch.setattr(
        progress, "_stderr_console", lambda: Console(file=buffer, force_terminal=True, width=100)
    )
    code, out, _ = run("report", str(pair), "--format", "json")
    assert code == 0 and out == plain
    text = buffer.getvalue()
    assert "Reading articles" in text and "2/2" in text
    assert "Grouping claims" in text and "eta" in text


def test_shell_completion_as_documented(tmp_path: Path) -> None:
    """README's completion line works: click completes the choices of --format."""
    script = Path(sys.executable).with_name("reconcile")
    if not script.exists():
        pytest.skip("the console script is not installed")
    env = {"COMP_WORDS": "reconcile report --format ", "COMP_CWORD": "3",
           "_RECONCILE_COMPLETE": "bash_complete", "PATH": "/usr/bin:/bin"}  # fmt: skip
    done = subprocess.run(
        [str(script)], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert "plain,csv" in done.stdout.splitlines() and "plain,html" in done.stdout.splitlines()
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "_RECONCILE_COMPLETE=bash_source reconcile" in readme
