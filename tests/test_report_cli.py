"""``reconcile report`` end to end on small French and English articles with a planted conflict,
and its renderers on hand-built findings (golden output)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.models import Article, Claim
from reconcile.models import Finding, Group, Membership, Verdict
from reconcile.pipeline import Reconciliation, Report
from reconcile_cli.main import main
from reports.findings_csv import FINDING_COLUMNS, spreadsheet_safe, write_report_csv
from reports.grouped_claims import sections

HERE = Path(__file__).parent
ROOT = HERE.parent
GOLDEN = HERE / "golden"
FIXTURES = HERE / "fixtures" / "report"
FR, EN, BROKEN = (str(FIXTURES / n) for n in ("police_fr.md", "police_en.md", "broken.txt"))


def run(*args: str):
    return CliRunner().invoke(main, ["report", *args])


def rows(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))


def test_planted_conflict_across_languages() -> None:
    result = run(FR, EN, "--format", "csv")
    assert result.exit_code == 0, result.stdout
    header = result.stdout.splitlines()[0]
    assert header == ",".join(FINDING_COLUMNS)
    found = {r["verdict"]: r for r in rows(result.stdout)}
    conflict = found["conflict"]
    assert sorted(conflict["values"].split(" | ")) == ["178", "250"]
    assert conflict["periods"] == "2024-01-01..2024-07-31 | 2024-01-01..2024-07-31"
    assert all(":" in place for place in conflict["lines"].split(" | "))
    assert found["consistent"]["values"] == "148 | 148"


def test_only_conflicts() -> None:
    result = run(FR, EN, "--format", "csv", "--only", "conflicts")
    assert [r["verdict"] for r in rows(result.stdout)] == ["conflict"]


def test_what_claims_adds_the_group() -> None:
    result = run(FR, EN, "--format", "csv", "--what", "claims")
    table = rows(result.stdout)
    assert list(table[0])[-2:] == ["group_id", "group_label"]
    by_value = {r["value"]: r["group_id"] for r in table}
    assert by_value["178"] == by_value["250"] != by_value["148"]


def test_excel_variant() -> None:
    result = run(FR, EN, "--format", "csv", "--excel")
    assert result.stdout.startswith("\ufeff")
    assert result.stdout.splitlines()[0] == "\ufeff" + ";".join(FINDING_COLUMNS)
    assert {r["verdict"] for r in rows(result.stdout, ";")} == {"conflict", "consistent"}


def test_json_document() -> None:
    result = run(FR, EN, "--format", "json")
    doc = json.loads(result.stdout)
    assert list(doc)[:4] == ["articles", "claims", "groups", "findings"]
    assert {a["language"] for a in doc["articles"]} == {"fr", "en"}
    claim = doc["claims"][0]
    for key in ("id", "article", "line", "surface", "value", "lower", "upper", "approx", "unit",
                "counted", "actor", "period_start", "period_end"):
        assert key in claim
    finding = doc["findings"][0]
    assert set(finding) >= {"id", "verdict", "detail", "claim_ids", "explanation"}
    ids = {c["id"] for c in doc["claims"]}
    assert all(set(f["claim_ids"]) <= ids for f in doc["findings"])


def test_table_has_panels_and_summary() -> None:
    result = run(FR, EN)
    assert result.exit_code == 0
    assert "conflict" in result.stdout
    for line in ("articles read", "numbers seen", "claims", "groups", "findings",
                 "not compared"):
        assert line in result.stdout


# -- the table with --what claims: every claim by group, not the findings ------------------

COLOUR_ENV = ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS")
ESC = "\x1b"


@pytest.fixture
def plain_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No colour or width asked for by the environment: the output is the same everywhere."""
    for name in COLOUR_ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_claims_table_matches_golden_file(plain_env: pytest.MonkeyPatch) -> None:
    plain_env.chdir(ROOT)  # ids are paths relative to the folder given: machine-independent
    result = run("seeds", "--what", "claims")
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / "report_seeds_claims.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_claims_table_shows_claims_not_findings(plain_env: pytest.MonkeyPatch) -> None:
    plain_env.chdir(FIXTURES)  # short places: every row on one line whatever the checkout path
    articles = ("police_fr.md", "police_en.md")
    doc = json.loads(run(*articles, "--format", "json").stdout)
    findings = run(*articles).stdout
    table = run(*articles, "--what", "claims").stdout
    finding_ids = [f["id"] for f in doc["findings"]]
    assert finding_ids and all(i in findings for i in finding_ids)  # the default: findings
    for finding in doc["findings"]:
        assert finding["id"] not in table
        assert finding["explanation"][:40] not in table
    assert not re.search(r"\bg\d+-[fs]\d+\b", table)
    header = next(line for line in table.splitlines() if "group" in line)
    assert re.findall(r"\w+", header) == [
        "group", "quantity", "figure", "approx", "unit", "period", "where", "counted"
    ]
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in table.splitlines()]
    by_place = {row[6]: row for row in rows if len(row) == 8 and row[6]}
    assert len(by_place) == len(doc["claims"]) == 4
    for claim in doc["claims"]:  # one row each: its group, figure, period and place
        row = by_place[f"{claim['article']}:{claim['line']}"]
        assert row[0] == claim["group_id"]
        assert row[2] == claim["surface"]
        assert row[5] == f"{claim['period_start'] or ''}..{claim['period_end'] or ''}"
        assert row[7] == claim["counted"]
    labels = {g["id"]: g["label"] for g in doc["groups"]}
    assert all(label in table for label in labels.values())
    for word in ("articles read", "numbers seen", "claims", "groups", "findings",
                 "not compared", "conflict 1"):
        assert word in table


def test_claims_table_ignores_only(plain_env: pytest.MonkeyPatch) -> None:
    everything = run(FR, EN, "--what", "claims").stdout
    assert run(FR, EN, "--what", "claims", "--only", "conflicts").stdout == everything


def test_claims_table_output_file_is_plain_text(
    plain_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown = run(FR, EN, "--what", "claims").stdout
    plain_env.setenv("FORCE_COLOR", "1")  # colour on the standard output only
    assert ESC in run(FR, EN, "--what", "claims").stdout
    out = tmp_path / "claims.txt"
    result = run(FR, EN, "--what", "claims", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    written = out.read_text(encoding="utf-8")
    assert ESC not in written
    assert written == shown


def test_claims_in_reading_order_by_group() -> None:
    def claim(n: int) -> Claim:
        return Claim(id=f"a#{n}", article="a.md", line=n, start=0, end=1, sentence="",
                     surface=str(n), value=n, counted="x")

    def group(gid: str, *ns: int) -> Group:
        return Group(id=gid, label=gid, kind="count",
                     members=[Membership(claim_id=f"a#{n}", score=1) for n in ns])

    report = Report(articles=[Article(id="a.md", text="")], claims=[claim(n) for n in range(5)],
                    reconciliation=Reconciliation(groups=[group("g2", 4, 2), group("g1", 3, 1)],
                                                  findings=[]))
    assert [(g.id if g else None, [c.id for c in cs]) for g, cs in sections(report)] == [
        (None, ["a#0"]), ("g1", ["a#1", "a#3"]), ("g2", ["a#2", "a#4"])
    ]


def test_bad_file_is_one_line_and_the_rest_is_still_read() -> None:
    result = run(FR, BROKEN, EN, "--format", "csv")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 1 and "broken.txt" in errors[0]
    assert "conflict" in result.stdout


def test_malformed_lexicon_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text("[concepts\n", encoding="utf-8")
    result = run(FR, "--lexicon", str(bad))
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line]
    assert len(lines) == 1 and "mine.toml" in lines[0]


def test_user_lexicon_changes_the_grouping(tmp_path: Path) -> None:
    # "trottinettes" and "scooters" mean one thing only to a user who says so.
    articles = [str(FIXTURES.parent / "lexicon" / n) for n in ("scooters_fr.md", "scooters_en.md")]
    mine = tmp_path / "mine.toml"
    mine.write_text('[concepts]\nscooter = ["trottinette", "scooter"]\n', encoding="utf-8")

    def groups(*extra: str) -> list[list[str]]:
        result = run(*articles, "--format", "json", *extra)
        assert result.exit_code == 0, result.stderr
        found = json.loads(result.stdout)["groups"]
        return sorted(sorted(Path(m["claim_id"]).name for m in g["members"]) for g in found)

    assert groups() == [["scooters_en.md#1"], ["scooters_fr.md#1"]]
    assert groups("--lexicon", str(mine)) == [["scooters_en.md#1", "scooters_fr.md#1"]]


# -- renderers on hand-built findings: golden output --------------------------------------

def _report() -> Report:
    def claim(cid: str, surface: str, value: float, line: int) -> Claim:
        return Claim(id=cid, article="a.md", line=line, start=0, end=1, sentence="",
                     surface=surface, value=value, counted="=cmd()")

    claims = [claim("a#1", "-5", -5, 3), claim("a#2", "+7", 7, 9)]
    group = Group(id="g1", label="=cmd()", kind="count",
                  members=[Membership(claim_id="a#1", score=0.9),
                           Membership(claim_id="a#2", score=0.9)])
    finding = Finding(id="g1-f1", verdict=Verdict.conflict, detail="", group_id="g1",
                      quantity="=cmd()", claim_ids=["a#1", "a#2"],
                      explanation="@once: they differ")
    return Report(articles=[Article(id="a.md", text="")], claims=claims,
                  reconciliation=Reconciliation(groups=[group], findings=[finding]))


GOLDEN_CSV = (
    "finding_id,verdict,detail,quantity,values,periods,articles,lines,explanation,confidence,"
    "assumptions\n"
    "g1-f1,conflict,,'=cmd(),'-5 | +7, | ,a.md,a.md:3 | a.md:9,'@once: they differ,1.0,\n"
)
GOLDEN_EXCEL = (
    "\ufefffinding_id;verdict;detail;quantity;values;periods;articles;lines;explanation;"
    "confidence;assumptions\r\n"
    "g1-f1;conflict;;'=cmd();'-5 | +7; | ;a.md;a.md:3 | a.md:9;'@once: they differ;1.0;\r\n"
)


@pytest.mark.parametrize(("excel", "golden"), [(False, GOLDEN_CSV), (True, GOLDEN_EXCEL)])
def test_csv_golden(excel: bool, golden: str) -> None:
    out = io.StringIO()
    write_report_csv(_report(), out, excel=excel)
    assert out.getvalue() == golden


def test_spreadsheet_safe() -> None:
    assert [spreadsheet_safe(c) for c in ("=1", "+1", "-1", "@x", "ok", 3, "-1 x")] == [
        "'=1", "+1", "-1", "'@x", "ok", 3, "'-1 x"  # a plain number stays a number
    ]
