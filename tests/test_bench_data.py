"""The held-out bench data stays well-formed: a typo in a gold file would silently move the
figures bench/accuracy.py prints. These tests read the data only; they never run the extractor
on it (the set measures what the tests do not)."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL_STYLE = ROOT / "bench" / "data" / "real_style"
HELDOUT2 = ROOT / "bench" / "data" / "heldout2"  # a second held-out set, written later
HELDOUT3 = ROOT / "bench" / "data" / "heldout3"  # a third, retired to development later
HELDOUT4 = ROOT / "bench" / "data" / "heldout4"  # a fourth, retired to development later
HELDOUT5 = ROOT / "bench" / "data" / "heldout5"  # a fifth, retired to development later
HELDOUT6 = ROOT / "bench" / "data" / "heldout6"  # a sixth, retired to development later
HELDOUT7 = ROOT / "bench" / "data" / "heldout7"  # a seventh, retired to development later
HELDOUT8 = ROOT / "bench" / "data" / "heldout8"  # an eighth, retired to development later
HELDOUT9 = ROOT / "bench" / "data" / "heldout9"  # a ninth, retired to development later
HELDOUT10 = ROOT / "bench" / "data" / "heldout10"  # a tenth, retired to development later
HELDOUT11 = ROOT / "bench" / "data" / "heldout11"  # an eleventh, retired to development later
HELDOUT12 = ROOT / "bench" / "data" / "heldout12"  # a twelfth, retired to development later
HELDOUT13 = ROOT / "bench" / "data" / "heldout13"  # a thirteenth, retired to development later
HELDOUT14 = ROOT / "bench" / "data" / "heldout14"  # a fourteenth, retired to development later
HELDOUT15 = ROOT / "bench" / "data" / "heldout15"  # a fifteenth, retired to development later
HELDOUT16 = ROOT / "bench" / "data" / "heldout16"  # a sixteenth, retired to development later
HELDOUT17 = ROOT / "bench" / "data" / "heldout17"  # a seventeenth, retired to development later
HELDOUT18 = ROOT / "bench" / "data" / "heldout18"  # an eighteenth, retired to development later
HELDOUT19 = ROOT / "bench" / "data" / "heldout19"  # a nineteenth, retired to development later
HELDOUT20 = ROOT / "bench" / "data" / "heldout20"  # a twentieth, retired to development later
HELDOUT21 = ROOT / "bench" / "data" / "heldout21"  # a twenty-first, retired to development later
HELDOUT22 = ROOT / "bench" / "data" / "heldout22"  # a twenty-second, retired to development later
HELDOUT23 = ROOT / "bench" / "data" / "heldout23"  # a twenty-third, retired to development later
HELDOUT24 = ROOT / "bench" / "data" / "heldout24"  # the blind set for the end-of-session measure
KINDS = {"claim", "optional", "negative"}
APPROX = {"", "exact", "about", "more_than", "less_than", "at_least", "up_to", "range", "vague"}
PERIOD_KINDS = {"", "day", "interval", "to_date", "as_of", "rate", "none"}
VERDICTS = {"conflict", "period_mismatch", "consistent", "minor_discrepancy", "change",
            "not_compared"}
SETS = (REAL_STYLE, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8,
        HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13,
        HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20,
        HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24)
GOLD_FILES = sorted(p for folder in SETS for p in folder.glob("*_claims.csv"))
FINDINGS_FILES = sorted(p for folder in SETS for p in folder.glob("*_findings.csv"))


def _norm(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return " ".join(text.lower().split())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _articles(gold: Path) -> dict[str, str]:
    folder = gold.parent / gold.name.removesuffix("_claims.csv")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def test_the_held_out_sets_are_there() -> None:
    for folder in SETS:
        names = {p.name for p in folder.glob("*_claims.csv")}
        assert names >= {"en_claims.csv", "fr_claims.csv", "ko_claims.csv"}, folder


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_gold_row_is_well_formed(gold: Path) -> None:
    articles = {name: _norm(text) for name, text in _articles(gold).items()}
    problems = []
    for n, row in enumerate(_rows(gold), start=2):
        where = f"{gold.name}:{n}"
        if row["article"] not in articles:
            problems.append(f"{where}: no article {row['article']}")
            continue
        if _norm(row["surface"]) not in articles[row["article"]]:
            problems.append(f"{where}: surface {row['surface']!r} is not in the article")
        if row["kind"] not in KINDS or row["approx"] not in APPROX:
            problems.append(f"{where}: kind {row['kind']!r} / approx {row['approx']!r}")
        if row.get("period_kind", "") not in PERIOD_KINDS:
            problems.append(f"{where}: period_kind {row['period_kind']!r}")
        if row["kind"] == "negative":
            continue
        if row["approx"] in ("range", "vague") and not row["value"]:
            if not (row["lower"] and row["upper"]) or float(row["lower"]) > float(row["upper"]):
                problems.append(f"{where}: a range or vague word needs lower <= upper")
        elif not row["value"]:
            problems.append(f"{where}: no value")
        start, end = row["period_start"], row["period_end"]
        for text in (start, end):
            if text and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                problems.append(f"{where}: date {text!r}")
        if start and end and date.fromisoformat(start) > date.fromisoformat(end):
            problems.append(f"{where}: period starts after it ends")
        if row.get("period_kind") == "as_of" and (start or not end):
            problems.append(f"{where}: an as_of period has an end and no start")
        if (start or end) and not row.get("period_kind"):
            problems.append(f"{where}: a period without its kind")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("findings", FINDINGS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_expected_finding_names_gold_claims(findings: Path) -> None:
    gold: set[tuple[str, float]] = set()
    for path in (p for p in GOLD_FILES if p.parent == findings.parent):
        for row in _rows(path):
            if row["kind"] == "claim" and row["value"]:
                gold.add((row["article"], float(row["value"])))
    problems = []
    for n, row in enumerate(_rows(findings), start=2):
        for side in "ab":
            key = (row[f"article_{side}"], float(row[f"value_{side}"]))
            if key not in gold:
                problems.append(f"{findings.name}:{n}: no gold claim {key}")
        if row["expected"] not in VERDICTS:
            problems.append(f"{findings.name}:{n}: verdict {row['expected']!r}")
        if row["planted"] not in ("yes", "no"):
            problems.append(f"{findings.name}:{n}: planted must be yes or no")
    assert not problems, "\n".join(problems)
