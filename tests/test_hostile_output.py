"""Output that cannot be turned against its reader: hostile file names and article texts.

A name or a text is shown, never obeyed: no rich markup read from it, no escape sequence
reaching a terminal, no workflow command forged on a GitHub runner, no formula run by a
spreadsheet, no ``NaN``/``Infinity`` a JSON parser rejects.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_cli.main import main
from reports.safe import finite, formula_safe, markdown_cell, visible, workflow_safe

POLICE_EN = """---
title: Police report
published: 2024-01-10
language: en
---
Police arrested 120 suspects in 2023.
"""
CONFLICT_FR = """---
title: Bilan
published: 2024-01-15
language: fr
---
Selon la police, 387 suspects ont été arrêtés en 2023.
"""
HOSTILE_TEXT = (
    'Selon la police, 387 suspects =HYPERLINK("http://evil.example") ont été arrêtés en 2023 '
    "\x1b[31m+cmd|' /C calc'!A0 @SUM(1) ＝1+1 [link=https://evil.example]x[/link].\n"
)
NAMES = [
    "rapport [draft].txt",
    "n_[link=https:evil.example]click.txt",
    "a [/x] b.txt",  # a folder "a [" holding "x] b.txt": the id reads "a [/x] b.txt"
    "esc\x1b[31mred.txt",
]


def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    for name in NAMES:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(HOSTILE_TEXT, encoding="utf-8")
    return tmp_path


def test_names_are_shown_as_written_in_the_table_never_as_markup(hostile: Path) -> None:
    code, out, err = run("extract", str(hostile), "--format", "table")
    assert code == 0, err
    flat = "".join(out.split())  # the table folds long cells over lines
    assert "rapport[draft].txt" in flat
    assert "n_[link=https:evil.example]click.txt" in flat
    assert "a[/x]b.txt" in flat
    assert "\x1b" not in out and "esc\\x1b[31mred.txt" in flat


def test_report_table_shows_names_and_texts_literally(hostile: Path) -> None:
    code, out, err = run("report", str(hostile), "--format", "table", "--what", "claims")
    assert code == 0, err
    assert "\x1b" not in out
    assert "rapport [draft].txt" in out or "rapport[draft].txt" in "".join(out.split())


def test_every_csv_neutralises_formula_cells(hostile: Path) -> None:
    for args in (
        ("extract", str(hostile), "--format", "csv"),
        ("report", str(hostile), "--format", "csv", "--what", "claims"),
        ("report", str(hostile), "--format", "csv", "--what", "claims", "--excel"),
    ):
        code, out, err = run(*args)
        assert code == 0, err
        delimiter = ";" if "--excel" in args else ","
        rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=delimiter))
        cells = [cell for row in rows for cell in row]
        assert cells and not [
            c
            for c in cells
            if c.lstrip(" ").startswith(("=", "+", "@", "\uff1d", "\uff0b", "\uff20", "\t", "\r"))
        ], args
        assert all("\x1b" not in c or c.startswith("'") or "\x1b" in HOSTILE_TEXT for c in cells)


def test_formula_safe_keeps_numbers_numeric() -> None:
    assert formula_safe("-5") == "-5" and formula_safe("+3.25") == "+3.25"
    assert formula_safe(-5.0) == -5.0
    assert formula_safe("-5 morts") == "'-5 morts"
    assert formula_safe("＝1+1") == "'＝1+1" and formula_safe(" =1") == "' =1"
    assert formula_safe("@SUM(A1)") == "'@SUM(A1)" and formula_safe("ok") == "ok"


def test_github_log_lines_never_forge_a_workflow_command(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "police.md").write_text(POLICE_EN, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    evil = "x\n::error file=evil.md,line=1::INJECTED.md"
    (drafts / evil).write_text(CONFLICT_FR, encoding="utf-8")
    code, out, err = run(
        "gate", f"drafts/{evil}", "--corpus", "articles", "--format", "github", cwd=tmp_path
    )
    assert code == 1, out + err
    commands = [line for line in out.splitlines() if line.lstrip().startswith("::")]
    assert commands, out
    assert not [line for line in commands if line.lstrip().startswith("::error file=evil")]
    assert all(
        line.startswith(("::error file=drafts/x%0A", "::warning", "::notice")) for line in commands
    )


def test_workflow_safe_lines() -> None:
    assert workflow_safe("a\n::error::x") == "a%0A::error::x"
    assert not workflow_safe("::error::x").lstrip().startswith("::")
    assert not workflow_safe("  ::warning::x").lstrip().startswith("::")
    assert workflow_safe("p\x1b[2J") == "p\\x1b[2J"


def test_markdown_cells_run_no_html_or_links() -> None:
    cell = markdown_cell('<img src="https://evil.example/x.png"> [a](http://e) | `x`')
    assert "<img" not in cell and "\\[a\\]" in cell and "\\|" in cell


def test_visible_shows_controls_and_bidi_overrides() -> None:
    assert visible("a\x1b[0mb\u202ec\nd") == "a\\x1b[0mb\\u202ec\\x0ad"
    assert visible("tab\tkept", one_line=False) == "tab\tkept"


def test_json_never_holds_nan_or_infinity() -> None:
    assert finite({"a": [float("inf"), 1.5, {"b": float("nan")}]}) == {
        "a": [None, 1.5, {"b": None}]
    }


def test_gate_json_parses_strictly_with_a_huge_figure(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "police.md").write_text(POLICE_EN, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(CONFLICT_FR.replace("387", "9" * 320), encoding="utf-8")
    code, out, err = run(
        "gate", str(draft), "--corpus", "articles", "--format", "json", cwd=tmp_path
    )
    assert code in (0, 1), err

    def reject(value: str) -> None:
        raise ValueError(value)

    json.loads(out, parse_constant=reject)  # no NaN, Infinity or -Infinity
    assert "nan %" not in out


def test_error_lines_show_control_characters_in_names(tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b[2Jname.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    code, _out, err = run("extract", str(bad))
    assert code == 2 and "\x1b" not in err and "bad\\x1b[2Jname.txt" in err
