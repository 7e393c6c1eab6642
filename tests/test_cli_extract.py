"""`reconcile extract` end to end: golden outputs, column contract, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_cli.main import main
from reports.rows import CLAIM_COLUMNS

HERE = Path(__file__).parent
ARTICLES = HERE / "fixtures" / "articles"
BAD = HERE / "fixtures" / "bad"
GOLDEN = HERE / "golden"
CONTRACT = [
    "claim_id", "article", "line", "start", "end", "surface", "value", "lower", "upper",
    "approx", "unit", "counted", "actor", "period_start", "period_end", "period_text", "sentence",
]  # fmt: skip


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    """Run the CLI as a user would, through the group's one-line error handling."""
    runner = CliRunner()
    result = runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["fr_police.md", "en_turnout.txt"])
def test_csv_matches_golden_file(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ARTICLES)  # ids are paths as given: keep them machine-independent
    code, out, err = run("extract", name, "--format", "csv")
    assert code == 0, err
    golden = GOLDEN / f"extract_{Path(name).stem}.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_csv_columns_follow_the_contract() -> None:
    code, out, _ = run("extract", str(ARTICLES), "--format", "csv")
    assert code == 0
    header = next(csv.reader(io.StringIO(out)))
    assert header[: len(CONTRACT)] == CONTRACT
    assert tuple(header) == CLAIM_COLUMNS


def test_csv_reads_french_figures_with_dot_decimals_and_iso_dates() -> None:
    _, out, _ = run("extract", str(ARTICLES), "--format", "csv")
    rows = {r["surface"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["près de 6 500"]["value"] == "6500"
    assert rows["près de 6 500"]["approx"] == "about"
    assert rows["74 %"]["period_start"] == "2024-01-01"
    assert rows["74 %"]["period_end"] == "2024-07-31"
    assert rows["20 à 30"]["unit"] == "count per day"
    assert rows["20 à 30"]["lower"] == "20" and rows["20 à 30"]["upper"] == "30"
    assert "187" not in rows and "30" not in rows  # page furniture and a date
    # Lines count in the file as stored, front matter included.
    assert rows["297"]["line"] == "7"
    assert rows["297"]["article"] == "fr_police.md"


def test_offsets_point_into_the_original_file() -> None:
    text = (ARTICLES / "fr_police.md").read_text(encoding="utf-8")
    _, out, _ = run("extract", str(ARTICLES / "fr_police.md"), "--format", "json")
    for claim in json.loads(out):
        assert text[claim["start"] : claim["end"]] == claim["surface"]


def test_table_is_the_default_format(monkeypatch: pytest.MonkeyPatch) -> None:
    # The file named as given: a long checkout path would narrow the other columns and wrap
    # the surface in two lines.
    monkeypatch.chdir(ARTICLES)
    code, out, _ = run("extract", "en_turnout.txt")
    assert code == 0
    assert "Nearly 6,500" in out and "claims" in out.splitlines()[-1]


def test_stdin_with_published_and_lang() -> None:
    code, out, _ = run(
        "extract",
        "-",
        "--format",
        "json",
        "--published",
        "2024-09-02",
        "--lang",
        "en",
        input="Police arrested 12 suspects last week.",
    )
    assert code == 0
    (claim,) = json.loads(out)
    assert claim["article"] == "-"
    # Published Monday 2024-09-02: last week is Monday 26 August to Sunday 1 September.
    assert (claim["period_start"], claim["period_end"]) == ("2024-08-26", "2024-09-01")
    assert (claim["period_resolution"], claim["period_kind"]) == ("relative", "interval")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("binary.txt", "binary file, not text"),
        ("latin1.txt", "not UTF-8 text"),
        ("empty.txt", "empty file"),
        ("bad_front_matter.md", "front matter:"),
        ("unclosed_front_matter.md", "no closing '---'"),
        ("bad_date.md", "is not a valid date"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(name: str, problem: str) -> None:
    path = str(BAD / name)
    code, out, err = run("extract", path, str(ARTICLES / "en_turnout.txt"), "--format", "csv")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert path in lines[0] and problem in lines[0]
    assert "Traceback" not in err
    assert "Nearly 6,500" in out  # the good file is still processed


def test_a_bad_file_in_a_folder_loses_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("La police a arrêté 387 suspects.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, err = run("extract", str(tmp_path), "--format", "csv")
    assert code == 2
    assert "bad.txt: binary file" in err
    assert "387" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "does-not-exist.txt"], "does-not-exist.txt: no such file or directory"),
        (["extract", str(ARTICLES), "--bogus"], "No such option '--bogus'"),
        (["extract", str(ARTICLES), "--format", "xml"], "'xml' is not one of"),
        (["extract", str(ARTICLES), "--published", "2024-13-01"], "is not a date"),
        (["extract", str(ARTICLES), "--lang", "xx"], "unknown language 'xx'"),
    ],
)
def test_usage_and_path_errors_are_one_line_exit_2(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_parallel_extraction_gives_the_same_rows_in_the_same_order() -> None:
    _, one, _ = run("extract", str(ARTICLES), "--format", "csv")
    code, two, _ = run("extract", str(ARTICLES), "--format", "csv", "--jobs", "2")
    assert code == 0
    assert two == one
