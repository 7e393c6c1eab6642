"""``--format xlsx`` (typed cells, frozen headers, filters, links, no formulas) and
``--format jsonl`` (one object per line), for ``report`` and ``extract``."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from claims.models import Article, Claim, Period
from reconcile.models import Finding, Reconciliation, Report, Verdict
from reconcile_cli.main import main
from reports.findings_csv import FINDING_COLUMNS
from reports.rows import CLAIM_COLUMNS
from reports.xlsx import write_claims_xlsx, write_report_xlsx

FIXTURES = Path(__file__).parent / "fixtures"
REPORT = [str(FIXTURES / "report" / n) for n in ("police_fr.md", "police_en.md")]
LINKED = str(FIXTURES / "html" / "linked.md")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def workbook(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def test_report_workbook_has_typed_findings_and_claims(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    result = run("report", *REPORT, LINKED, "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 0, result.output
    book = workbook(out)
    assert book.sheetnames == ["findings", "claims", "articles"]
    findings, claims = book["findings"], book["claims"]
    assert [c.value for c in findings[1]] == list(FINDING_COLUMNS)
    assert [c.value for c in claims[1]][: len(CLAIM_COLUMNS)] == list(CLAIM_COLUMNS)
    for sheet in (findings, claims):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" \
                                        f"{sheet.max_row}"
    header = [c.value for c in claims[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True))
            for row in claims.iter_rows(min_row=2)]
    assert {r["value"] for r in rows} >= {178, 250, 148}
    assert all(isinstance(r["value"], int | float) for r in rows)
    assert all(isinstance(r["line"], int) for r in rows)
    dated = [r for r in rows if r["period_end"] is not None]
    assert dated and all(isinstance(r["period_end"], datetime) for r in dated)


def test_numeric_cells_where_the_csv_has_numbers(tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    assert run("extract", "seeds", "--format", "xlsx", "-o", str(out)).exit_code == 0
    text = run("extract", "seeds", "--format", "csv").stdout
    csv_rows = list(csv.DictReader(io.StringIO(text)))
    sheet = workbook(out)["claims"]
    assert sheet.max_row == len(csv_rows) + 1
    for csv_row, row in zip(csv_rows, sheet.iter_rows(min_row=2), strict=True):
        cells = dict(zip(CLAIM_COLUMNS, (c.value for c in row), strict=True))
        for column in ("value", "lower", "upper", "line", "start", "end"):
            if csv_row[column]:
                assert isinstance(cells[column], int | float), (column, cells[column])
                assert float(cells[column]) == pytest.approx(float(csv_row[column]))
            else:
                assert cells[column] is None


def test_claims_link_to_their_article_url(tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    assert run("extract", LINKED, *REPORT, "--format", "xlsx", "-o", str(out)).exit_code == 0
    sheet = workbook(out)["claims"]
    links = {row[1].value: (row[1].hyperlink.target if row[1].hyperlink else None)
             for row in sheet.iter_rows(min_row=2)}
    assert links[LINKED] == "https://example.org/deepfakes?a=1&b=2"
    assert links[REPORT[0]] is None


def _hostile_report() -> Report:
    texts = ["=HYPERLINK(\"http://x\")", "+33 1 23", "-2+3", "@SUM(A1)", "\uff1dcmd|' /C calc'!A0",
             "\tx", "plain"]
    claims = [
        Claim(id=f"a#{i}", article="a", line=1, start=0, end=1, sentence=t, surface=t,
              value=-5.5, counted=t, period=Period(end=None))
        for i, t in enumerate(texts)
    ]
    finding = Finding(id="g1-f1", verdict=Verdict.conflict, quantity="=1+1",
                      claim_ids=["a#0"], explanation="-x")
    return Report(articles=[Article(id="a", text="x", title="@title")], claims=claims,
                  reconciliation=Reconciliation(groups=[], findings=[finding]))


def test_formula_like_cells_are_text_and_negative_numbers_stay_numbers(tmp_path: Path) -> None:
    out = tmp_path / "h.xlsx"
    with out.open("wb") as handle:
        write_report_xlsx(_hostile_report(), handle)
    book = workbook(out)
    cells = [c for sheet in book for row in sheet.iter_rows(min_row=2) for c in row]
    texts = [c for c in cells if isinstance(c.value, str)]
    assert not [c for c in cells if c.data_type == "f"]
    risky = [c for c in texts if c.value[0] in "=+-@\uff1d\t"]
    assert len(risky) >= 10 and all(c.data_type == "s" and c.quotePrefix for c in risky)
    assert all(not c.quotePrefix for c in texts if c.value[0] not in "=+-@\uff1d\t\r")
    values = [row[6].value for row in book["claims"].iter_rows(min_row=2)]
    assert values == [-5.5] * 7


def test_control_characters_do_not_break_the_workbook(tmp_path: Path) -> None:
    claim = Claim(id="a#1", article="a", line=1, start=0, end=1, sentence="x\x0by\x00z",
                  surface="1", value=1)
    buffer = io.BytesIO()
    write_claims_xlsx([claim], buffer)
    buffer.seek(0)
    assert openpyxl.load_workbook(buffer)["claims"]["Q2"].value == "xyz"


def test_excel_without_csv_is_an_error() -> None:
    result = run("report", *REPORT, "--excel")
    assert result.exit_code == 2
    assert "--excel applies to --format csv only" in result.output
    result = run("report", *REPORT, "--excel", "--format", "xlsx", "-o", "x.xlsx")
    assert result.exit_code == 2 and "--format xlsx" in result.output
    assert run("report", *REPORT, "--excel", "--format", "csv").exit_code == 0


@pytest.mark.parametrize("what", ["findings", "claims"])
def test_report_jsonl_one_object_per_line(what: str) -> None:
    result = run("report", *REPORT, "--format", "jsonl", "--what", what)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    full = json.loads(run("report", *REPORT, "--format", "json").stdout)
    assert records == full[what]


def test_extract_jsonl_matches_json() -> None:
    lines = run("extract", *REPORT, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 4
    assert [json.loads(x) for x in lines] == json.loads(
        run("extract", *REPORT, "--format", "json").stdout
    )
