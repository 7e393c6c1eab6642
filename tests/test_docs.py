"""The documentation is part of the contract: every command and option is documented, and the
two set-up commands in README are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from reconcile_cli.main import main
from reports import FORMATS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GATE_DOC = (ROOT / "docs" / "gate.md").read_text(encoding="utf-8")


def _options(command: click.Command) -> list[str]:
    names = []
    for param in command.params:
        if isinstance(param, click.Option):
            names.extend(o for o in param.opts if o.startswith("--") and o != "--help")
    return names


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"reconcile {name}" in README


@pytest.mark.parametrize(
    ("name", "option"),
    [(name, opt) for name, cmd in sorted(main.commands.items()) for opt in _options(cmd)],
)
def test_every_option_is_documented(name: str, option: str) -> None:
    doc = GATE_DOC if name in ("gate", "ingest") else README
    assert option in doc, f"reconcile {name} {option} is not documented"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(.+?)\n```", README)
    assert len(commands) == 2, "README gives exactly two set-up commands"
    assert "reconcile report seeds" in commands[0]
    assert commands[1] in ci


def test_readme_has_no_unfilled_placeholder() -> None:
    assert not re.search(r"\b[A-Z]+_(?:EXCERPT|DOC|FIGURES|FILL)\b", README)


@pytest.mark.parametrize(
    ("kind", "fmt"), [(k, f) for k in ("claims", "report") for f in FORMATS[k]]
)
def test_every_format_of_extract_and_report_is_documented(kind: str, fmt: str) -> None:
    verb = "extract" if kind == "claims" else "report"
    heading = re.search(rf"### `reconcile {verb} [^\n]*--format ([a-z|]+)", README)
    assert heading is not None and fmt in heading.group(1).split("|")
    assert f"--format {fmt}" in README or fmt == "table"


PYTHON_API = ("claims.load", "claims.extract", "extract_text", "claims.to_frame",
              "reconcile.reconcile", "findings_frame", "claims_frame")


@pytest.mark.parametrize("name", PYTHON_API)
def test_python_api_is_documented(name: str) -> None:
    doc = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    assert name in doc and name in README


def test_group_options_are_documented() -> None:
    for param in main.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt not in ("--help", "--version"):
                assert opt in README, f"reconcile {opt} is not documented"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_secondary_and_short_options_are_documented(name: str) -> None:
    doc = GATE_DOC if name in ("gate", "ingest") else README
    for param in main.commands[name].params:
        if isinstance(param, click.Option):
            for opt in param.secondary_opts:
                assert opt in doc, f"reconcile {name} {opt} is not documented"


def _shared_options_table() -> list[tuple[list[str], list[str]]]:
    """README's "which verb takes which" table: (option names, one cell per verb)."""
    lines = README.split("| option | extract | report | ingest | gate | meaning |\n", 1)[1]
    rows = []
    for line in lines.splitlines()[1:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        rows.append((re.findall(r"`(--[a-z-]+)", cells[0]), cells[1:5]))
    return rows


@pytest.mark.parametrize("verb", ["extract", "report", "ingest", "gate"])
def test_shared_options_table_says_exactly_which_verb_takes_what(verb: str) -> None:
    column = ["extract", "report", "ingest", "gate"].index(verb)
    taken = set(_options(main.commands[verb]))
    for names, cells in _shared_options_table():
        for name in names:
            assert (cells[column] != "") == (name in taken), f"README table: {verb} {name}"


def test_lang_help_names_every_shipped_language() -> None:
    from claims.lang import available_languages

    help_text = " ".join(main.commands["extract"].get_help(click.Context(main)).split())
    for code in available_languages():
        assert code in help_text.split("language code (")[1].split(")")[0]
    assert "--lang auto|" + "|".join(available_languages()) in README
