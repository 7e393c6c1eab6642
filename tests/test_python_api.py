"""The Python API for notebooks: load, extract, extract_text, reconcile, DataFrames; the worked
example of docs/python.md runs as written; large runs work from a notebook and, with the guard,
from a script."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import claims
import reconcile
from reconcile_cli.main import main
from reports.findings_csv import FINDING_COLUMNS
from reports.rows import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REPORT = [str(FIXTURES / "report" / n) for n in ("police_fr.md", "police_en.md")]
BROKEN = str(FIXTURES / "report" / "broken.txt")


def python(code: str, *args: str, timeout: int = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args, *(["-c", code] if code else [])],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_import_claims_loads_neither_the_reconciler_nor_pandas() -> None:
    done = python("import sys, claims\n"
                  "print(sorted(sys.modules))\n"
                  "claims.extract_text('12 morts en 2024.', lang='fr')\n"
                  "print(sorted(sys.modules))")
    assert done.returncode == 0, done.stderr
    imported, extracted = (set(eval(line)) for line in done.stdout.splitlines())
    tops = {m.split(".")[0] for m in imported}
    assert "claims" in tops
    assert not tops & {"reconcile", "reconcile_cli", "pandas", "openpyxl", "jinja2"}
    # Extraction reads the concept table (reconcile.lexicon), never the grouping pipeline.
    reconciler = {"reconcile.pipeline", "reconcile.group", "reconcile.compare",
                  "reconcile.structural", "reconcile.execution", "pandas"}
    assert not extracted & reconciler


def test_extract_text_ids_are_unique_per_call() -> None:
    text = "Selon la police, 178 suspects ont été arrêtés entre janvier et juillet 2024."
    first, second = claims.extract_text(text), claims.extract_text(text)
    assert first[0].article != second[0].article
    assert first[0].id != second[0].id
    assert claims.extract_text(text, article_id="mine")[0].article == "mine"
    assert first[0].language == "fr"
    assert claims.extract_text("Police arrested 250 suspects in 2024.")[0].language == "en"


def test_two_texts_are_compared_as_two_articles() -> None:
    a = claims.extract_text("Selon la police, 178 suspects ont été arrêtés en 2024.")
    b = claims.extract_text("Selon la police, 250 suspects ont été arrêtés en 2024.")
    verdicts = reconcile.reconcile(a + b).findings_frame()["verdict"].tolist()
    assert "conflict" in verdicts


def test_load_reports_bad_files_and_reads_the_others() -> None:
    with pytest.warns(claims.InputWarning, match=r"broken\.txt"):
        articles = claims.load([*REPORT, BROKEN])
    assert [a.id for a in articles] == REPORT
    with pytest.raises(claims.InputError, match=r"broken\.txt"):
        claims.load([BROKEN, *REPORT], errors="raise")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(claims.load([BROKEN, *REPORT], errors="ignore")) == 2
    assert claims.load(REPORT[0])[0].title == "Deepfakes : la police fait le point"


def _csv(*args: str) -> pd.DataFrame:
    out = CliRunner().invoke(main, [*args, "--format", "csv"]).stdout
    return pd.DataFrame(list(csv.DictReader(io.StringIO(out))))


def test_claims_frame_has_the_csv_columns_typed() -> None:
    found = claims.extract_all(claims.load(["seeds"]))
    frame = claims.to_frame(found)
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert frame["value"].dtype == "float64"
    assert str(frame["period_end"].dtype).startswith("datetime64")
    assert str(frame["line"].dtype) == "Int64"
    text = _csv("extract", "seeds")
    assert len(text) == len(frame)
    for column in ("value", "lower", "upper"):
        expected = pd.to_numeric(text[column].replace("", None)).astype("float64")
        assert frame[column].tolist() == pytest.approx(expected.tolist(), nan_ok=True)
    dated = text["period_end"] != ""
    assert (frame["period_end"][dated].dt.strftime("%Y-%m-%d") == text["period_end"][dated]).all()
    assert frame["period_end"][~dated].isna().all()


def test_findings_and_claims_frames_match_the_report_csv() -> None:
    articles = claims.load(REPORT)
    result = reconcile.reconcile(claims.extract_all(articles), articles=articles)
    findings = result.findings_frame()
    assert list(findings.columns)[: len(FINDING_COLUMNS)] == list(FINDING_COLUMNS)
    text = _csv("report", *REPORT)
    assert findings["finding_id"].tolist() == text["finding_id"].tolist()
    assert findings["values"].tolist() == text["values"].tolist()
    assert findings["claim_ids"].map(len).min() >= 2
    by_claim = result.claims_frame()
    assert list(by_claim.columns)[-2:] == ["group_id", "group_label"]
    assert by_claim["value"].dtype == "float64"
    assert set(by_claim["value"]) == {178.0, 250.0, 148.0}


def test_only_and_save(tmp_path: Path) -> None:
    articles = claims.load(REPORT)
    result = reconcile.reconcile(claims.extract_all(articles), articles=articles,
                                 only="conflicts")
    assert result.findings_frame()["verdict"].tolist() == ["conflict"]
    html = result.save(tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<mark>250</mark>" in html
    import openpyxl

    book = openpyxl.load_workbook(result.save(tmp_path / "r.xlsx"))
    assert book.sheetnames == ["findings", "claims", "articles"]


def _blocks(doc: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)


def test_worked_example_of_docs_python_md_runs() -> None:
    code = "\n".join(_blocks(ROOT / "docs" / "python.md"))
    done = python(code)
    assert done.returncode == 0, done.stderr
    assert "text-1 text-2" in done.stdout
    assert "conflict" in done.stdout


# Forces grouping into worker processes for a small input, and counts the pools started.
FORCE_WORKERS = """
import reconcile.execution as _execution
import reconcile.execution.local as _local
_execution.PARALLEL_FROM = 10
_started = []
_init = _local.LocalPool.__init__
def _counting(self, *a, **k):
    _started.append(1)
    _init(self, *a, **k)
_local.LocalPool.__init__ = _counting
"""


def test_large_run_from_a_notebook_needs_no_guard() -> None:
    """Code typed in a notebook or at a prompt is not a module the workers import (as with
    ``python -c``): no guard, and the same findings as in one process."""
    run = """
import claims, reconcile
articles = claims.load(["seeds", "tests/fixtures/html", "tests/fixtures/report"], errors="ignore")
result = reconcile.reconcile(claims.extract_all(articles), articles=articles)
print(sorted((f.id, f.verdict.value, tuple(f.claim_ids)) for f in result.findings))
"""
    parallel = python(FORCE_WORKERS + run + "\nprint('pools', len(_started))")
    assert parallel.returncode == 0, parallel.stderr
    single = python(run)
    assert int(parallel.stdout.split()[-1]) >= 1  # workers did run
    assert parallel.stdout.splitlines()[0] == single.stdout.strip()


def test_large_run_from_a_script_with_the_documented_guard(tmp_path: Path) -> None:
    script = _blocks(ROOT / "docs" / "python.md")[-1]
    assert '__name__ == "__main__"' in script
    path = tmp_path / "large_run.py"
    path.write_text(FORCE_WORKERS + script.replace(
        "    main()", "    main()\n    print('pools', len(_started))"), encoding="utf-8")
    done = python("", str(path))
    assert done.returncode == 0, done.stderr
    assert "'consistent'" in done.stdout and int(done.stdout.split()[-1]) >= 1


def test_jobs_give_the_same_findings() -> None:
    articles = claims.load(["seeds", *REPORT])
    found = claims.extract_all(articles)
    inline = reconcile.reconcile(found).findings_frame()
    pooled = reconcile.reconcile(found, jobs=2).findings_frame()
    assert inline.equals(pooled)
