"""The reconciler on the seed articles reaches every verdict of the seeds' gold findings, and no
conflict at all: the seeds' differences are periods and rounding.

The gold is read as data (a copy of ../shared/gold/seed_findings.csv in tests/fixtures, so the
tests run in a clone with nothing beside it; a test checks the copy against the original when
it is there); nothing in the product knows these figures.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_cli.main import main

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "seed_findings.csv"
SHARED_GOLD = ROOT.parent / "shared" / "gold" / "seed_findings.csv"


@pytest.mark.skipif(not SHARED_GOLD.is_file(), reason="../shared/gold is not beside the project")
def test_the_copy_of_the_gold_is_current() -> None:
    assert GOLD.read_bytes() == SHARED_GOLD.read_bytes()


def _norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def report() -> dict:
    result = CliRunner().invoke(main, ["report", str(ROOT / "seeds"), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _gold_rows() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _surfaces(cell: str) -> list[str]:
    """ "74 % (003) | 73,6 % (004)" -> ["74 %", "73,6 %"]."""
    out = []
    for part in re.split(r"\|| vs ", cell):
        part = re.sub(r"\(.*?\)", "", part)
        part = re.sub(r"\b(for|victim_room_members)\b.*", "", part)
        part = re.sub(r"\s\d{4}(?:,|$).*", "", part.strip())
        if part.strip():
            out.append(_norm(part))
    return out


def _verdicts(row: dict[str, str]) -> set[str]:
    """Gold words to (verdict, detail) strings: consistent_rounding -> "consistent/rounding"."""
    words = {row["expected"], *filter(None, row["also_acceptable"].split("|"))}
    out = set()
    for word in words:
        verdict, _, detail = word.partition("_")
        if word in ("minor_discrepancy", "period_mismatch", "not_compared", "different_quantity"):
            verdict, detail = word, ""
        out.add(f"{verdict}/{detail}" if detail else verdict)
    return out


def _findings_with(report: dict, surfaces: list[str]) -> list[dict]:
    by_id = {c["id"]: _norm(c["surface"]) for c in report["claims"]}
    found = []
    for f in report["findings"]:
        written = [by_id[i] for i in f["claim_ids"]]
        if all(any(s == w or s in w for w in written) for s in surfaces[:2]):
            found.append(f)
    return found


def test_no_conflict_on_the_seeds(report: dict) -> None:
    conflicts = [f["explanation"] for f in report["findings"] if f["verdict"] == "conflict"]
    assert conflicts == []


@pytest.mark.parametrize("row", _gold_rows(), ids=lambda r: f"{r['key']}-{r['expected']}")
def test_gold_verdict(report: dict, row: dict[str, str]) -> None:
    wanted = _verdicts(row)
    surfaces = _surfaces(row["claims"])
    found = _findings_with(report, surfaces)
    if row["expected"] == "not_compared":
        assert all(f["verdict"] != "conflict" for f in found)
        return
    if row["expected"] in ("consistent_aggregate", "consistent_parts"):
        detail = row["expected"].split("_")[1]
        found = [f for f in report["findings"] if f["detail"] == detail] or found
    got = {
        f"{f['verdict']}/{f['detail']}" if f["verdict"] == "consistent" else f["verdict"]
        for f in found
    }
    if len(surfaces) > 2:  # a group of three or more: any pair may carry the verdict
        wanted |= {w.split("/")[0] for w in wanted}
        got |= {g.split("/")[0] for g in got}
    assert got & wanted, f"{surfaces}: wanted {wanted}, got {got or 'nothing'}"
