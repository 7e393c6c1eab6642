"""Article ids in one run never clash, and never depend on the order of the inputs.

Two folders given together often hold files of the same name (``site-a/index.md`` and
``site-b/index.md``, one export per outlet). Those take their paths as given; every other
article keeps its id relative to the folder given; a file reached twice is read once
(``claims.article_ids``)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.load import iter_article_files, load_articles
from claims.models import Article
from reconcile_cli.main import main

# Two outlets' exports, each with an index.md, about one strike: the figures of the two sites
# are separate articles and must stay so.
PREFECTURE = """---
published: 2025-03-12
language: fr
---
Selon la préfecture, 1 200 personnes ont manifesté mardi à Rennes.
"""
UNION = """---
published: 2025-03-12
language: fr
---
Les syndicats ont compté 4 500 manifestants mardi à Rennes, selon l'intersyndicale.
"""
# The same page written twice by one outlet: one article, one claim, no internal conflict.
PLANT_A = """---
published: 2025-06-02
language: en
---
The Dunmore plant employs 640 workers, the company said on Monday.
"""
PLANT_B = """---
published: 2025-06-02
language: en
---
The Dunmore plant employs 980 workers, the company said on Monday.
"""
OTHER = """---
published: 2025-06-04
language: en
---
Rainfall in Leeds reached 81 millimetres in May, the Met Office said.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def run(*args: str, cwd: Path) -> tuple[int, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.output


@pytest.fixture
def sites(tmp_path: Path) -> Path:
    write(tmp_path / "site-a/index.md", PREFECTURE)
    write(tmp_path / "site-b/index.md", UNION)
    write(tmp_path / "site-b/2025/other.md", OTHER)
    write(tmp_path / "site-c/index.md", PLANT_A)
    return tmp_path


def _ids(paths: list[str], cwd: Path) -> list[str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return [a.id for a in load_articles(paths) if isinstance(a, Article)]
    finally:
        os.chdir(old)


# --- the rule -------------------------------------------------------------------------------

IDS = [
    # nothing clashes: ids as today (relative to the folder given; a file as given)
    (["site-a"], ["index.md"]),
    (["site-b"], ["2025/other.md", "index.md"]),
    (["site-a/index.md", "site-b/2025"], ["site-a/index.md", "other.md"]),
    (["site-a", "site-b/2025"], ["index.md", "other.md"]),
    # two folders with an index.md each: both take their paths as given, the others keep theirs
    (["site-a", "site-b"], ["site-a/index.md", "2025/other.md", "site-b/index.md"]),
    (["./site-a/", "site-c"], ["site-a/index.md", "site-c/index.md"]),
    (["site-a", "site-b", "site-c"],
     ["site-a/index.md", "2025/other.md", "site-b/index.md", "site-c/index.md"]),
    # a file given on its own named like a folder's file: only the folder's one moves
    (["index.md", "site-a"], ["index.md", "site-a/index.md"]),
    # one file reached twice is read once, under the smaller of its ids
    (["site-a", "site-a/"], ["index.md"]),
    (["site-a/index.md", "site-a"], ["index.md"]),
    (["site-b", "site-a", "site-a/index.md"],
     ["2025/other.md", "site-b/index.md", "site-a/index.md"]),
]


@pytest.mark.parametrize(("paths", "expected"), IDS)
def test_ids_clash_with_nothing_and_keep_todays_form_otherwise(
    sites: Path, paths: list[str], expected: list[str]
) -> None:
    write(sites / "index.md", OTHER)
    assert _ids(paths, sites) == expected


def test_a_prefixed_id_that_meets_another_folders_id_moves_that_one_too(sites: Path) -> None:
    """``x/site-a/index.md`` under ``x`` is ``site-a/index.md``: the clash is settled again."""
    write(sites / "x/site-a/index.md", PLANT_B)
    ids = _ids(["site-a", "site-c", "x"], sites)
    assert sorted(ids) == ["site-a/index.md", "site-c/index.md", "x/site-a/index.md"]


def test_a_file_named_twice_is_listed_once(sites: Path) -> None:
    old = Path.cwd()
    os.chdir(sites)
    try:
        listed = list(iter_article_files(["site-a", "site-a/index.md", "./site-a"]))
    finally:
        os.chdir(old)
    assert [item.id for item in listed] == ["index.md"]


@pytest.mark.parametrize("order", list(itertools.permutations(["site-a", "site-b", "site-c"])))
def test_ids_do_not_depend_on_the_order_of_the_inputs(sites: Path, order: tuple[str, ...]) -> None:
    assert sorted(_ids(list(order), sites)) == sorted(_ids(["site-a", "site-b", "site-c"], sites))


# --- through the commands -------------------------------------------------------------------


def test_report_keeps_two_sites_index_files_apart(sites: Path) -> None:
    code, out = run("report", "site-a", "site-b", "--format", "json", cwd=sites)
    assert code == 0, out
    data = json.loads(out)
    articles = sorted(a["id"] for a in data["articles"])
    assert articles == ["2025/other.md", "site-a/index.md", "site-b/index.md"]
    claim_ids = [c["id"] for c in data["claims"]]
    assert len(claim_ids) == len(set(claim_ids))
    # no finding sets an article against itself: the two sites are two articles
    assert not [f for f in data["findings"] if f.get("detail") == "internal"]


def test_report_reads_a_file_named_twice_once(sites: Path) -> None:
    write(sites / "site-c/index.md", PLANT_A)
    code, out = run("report", "site-c", "site-c/index.md", "--format", "json", cwd=sites)
    assert code == 0, out
    data = json.loads(out)
    assert [a["id"] for a in data["articles"]] == ["index.md"]
    assert len(data["claims"]) == len({c["id"] for c in data["claims"]})


def test_extract_csv_gives_each_site_its_own_article_and_claim_ids(sites: Path) -> None:
    code, out = run("extract", "site-a", "site-b", "--format", "csv", cwd=sites)
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    by_article = {row["article"]: row["surface"] for row in rows}
    assert by_article["site-a/index.md"] == "1 200"
    assert by_article["site-b/index.md"] == "4 500"
    assert len({row["claim_id"] for row in rows}) == len(rows)


@pytest.mark.parametrize("fmt", ["table", "csv"])
@pytest.mark.parametrize("order", list(itertools.permutations(["site-a", "site-b", "site-c"])))
def test_report_is_byte_identical_in_any_order(
    sites: Path, order: tuple[str, ...], fmt: str
) -> None:
    write(sites / "site-d/index.md", PLANT_B)  # a real conflict across two index.md files
    first = run("report", "site-a", "site-b", "site-c", "site-d", "--format", fmt, cwd=sites)
    again = run("report", *order, "site-d", "--format", fmt, cwd=sites)
    assert again == first
    assert "site-c/index.md" in first[1] and "site-d/index.md" in first[1]


def test_report_finds_the_conflict_between_two_index_files(sites: Path) -> None:
    write(sites / "site-d/index.md", PLANT_B)
    code, out = run("report", "site-c", "site-d", "--format", "json", cwd=sites)
    assert code == 0, out
    data = json.loads(out)
    conflicts = [f for f in data["findings"] if f["verdict"] == "conflict"]
    assert conflicts, out
    assert {c.split("#")[0] for c in conflicts[0]["claim_ids"]} == {
        "site-c/index.md", "site-d/index.md"
    }


def test_ingest_and_gate_keep_same_named_articles_apart(sites: Path) -> None:
    """The corpus holds two sites' index.md; a draft of the same name conflicts with one."""
    write(sites / "corpus/site-c/index.md", PLANT_A)
    write(sites / "corpus/site-a/index.md", PREFECTURE)
    write(sites / "drafts-x/index.md", PLANT_B)
    write(sites / "drafts-y/index.md", OTHER)
    code, out = run("ingest", "corpus", cwd=sites)
    assert code == 0, out
    gate = ("gate", "drafts-x", "drafts-y", "--corpus", "corpus", "--format", "json")
    code, out = run(*gate, "--baseline", "baseline.json", "--update-baseline", cwd=sites)
    assert code == 0, out
    code, out = run(*gate, "--baseline", "baseline.json", cwd=sites)
    assert code == 0, out
    found = json.loads(out[out.index("{"):])["findings"]
    assert found and {f["status"] for f in found} == {"acknowledged"}
    # the other order acknowledges the same findings: fingerprints name each file apart
    gate_yx = ("gate", "drafts-y", "drafts-x", "--corpus", "corpus", "--format", "json")
    code, out = run(*gate_yx, "--baseline", "baseline.json", cwd=sites)
    assert code == 0, out
    baseline = json.loads((sites / "baseline.json").read_text(encoding="utf-8"))
    named = json.dumps(baseline)
    assert "drafts-x/index.md" in named and "site-c/index.md" in named
