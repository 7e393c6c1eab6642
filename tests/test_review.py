"""``--review FILE``: a person's decisions (split, merge, fine) read by ``report`` and ``gate``.

Claims are named by fingerprints without line numbers, so a decision outlives edits made
elsewhere in the articles. Articles are our own, in the style of wire copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_cli.main import main

PLANT_A = """---
published: 2024-11-05
language: en
---
The union said 4,100 workers walked out at the plant on Monday.
"""

PLANT_B = """---
published: 2024-11-05
language: en
---
On Monday, 9,800 workers walked out at the plant, the union said.
"""

# Two figures the grouper keeps apart, that a person knows are one quantity.
FLOOD_A = """---
published: 2024-11-05
language: en
---
Rescue crews evacuated 1,250 residents from the valley on Sunday.
"""

FLOOD_B = """---
published: 2024-11-05
language: en
---
On Sunday, 1,900 villagers were displaced in the valley, the prefect said.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def report_json(folder: Path, *extra: str) -> dict:
    code, out, err = run("report", str(folder), "--format", "json", *extra)
    assert code in (0, 1), err
    return json.loads(out)


def fingerprints(data: dict) -> dict[str, str]:
    """surface -> fingerprint, as a person copies them from the JSON report."""
    return {c["surface"]: c["fingerprint"] for c in data["claims"]}


@pytest.fixture
def plants(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "plant_a.md").write_text(PLANT_A, encoding="utf-8")
    (folder / "plant_b.md").write_text(PLANT_B, encoding="utf-8")
    return folder


def verdicts(data: dict) -> list[str]:
    return [f["verdict"] for f in data["findings"]]


def test_without_review_the_two_plants_conflict(plants: Path) -> None:
    assert verdicts(report_json(plants)) == ["conflict"]


@pytest.mark.parametrize("suffix", [".toml", ".yaml"])
def test_a_split_stays_split_after_lines_are_inserted_above(
    plants: Path, tmp_path: Path, suffix: str
) -> None:
    keys = fingerprints(report_json(plants))
    review = tmp_path / f"review{suffix}"
    if suffix == ".toml":
        review.write_text(
            f'[[split]]\nclaims = ["{keys["4,100"]}", "{keys["9,800"]}"]\n'
            'reason = "two different plants"\n',
            encoding="utf-8",
        )
    else:
        review.write_text(
            f'split:\n  - claims: ["{keys["4,100"]}", "{keys["9,800"]}"]\n'
            '    reason: two different plants\n',
            encoding="utf-8",
        )
    split = report_json(plants, "--review", str(review))
    assert "conflict" not in verdicts(split)
    groups = {g["id"]: g for g in split["groups"]}
    by_claim = {c["surface"]: c["group_id"] for c in split["claims"]}
    assert by_claim["4,100"] != by_claim["9,800"] and set(by_claim.values()) <= set(groups)

    # The articles are edited elsewhere: a paragraph above, a line below.
    for name in ("plant_a.md", "plant_b.md"):
        path = plants / name
        text = path.read_text(encoding="utf-8")
        head, sep, body = text.rpartition("---\n")
        path.write_text(
            f"{head}{sep}UPDATED at 14:00.\n\nShares of the group fell in early trading.\n\n"
            f"{body}\nMore to follow.\n",
            encoding="utf-8",
        )
    edited = report_json(plants, "--review", str(review))
    assert {c["line"] for c in edited["claims"]} != {c["line"] for c in split["claims"]}
    assert "conflict" not in verdicts(edited)
    # ...and without the review the conflict is back: the edit alone did not hide it
    assert "conflict" in verdicts(report_json(plants))


def test_split_keeps_the_exit_code_clean(plants: Path, tmp_path: Path) -> None:
    keys = fingerprints(report_json(plants))
    review = tmp_path / "review.toml"
    review.write_text(
        f'[[split]]\nclaims = ["{keys["4,100"]}", "{keys["9,800"]}"]\n', encoding="utf-8"
    )
    assert run("report", str(plants), "--fail-on", "conflict", "-q")[0] == 1
    assert run("report", str(plants), "--fail-on", "conflict", "-q", "--review",
               str(review))[0] == 0


def test_a_claim_can_be_named_by_article_surface_and_part_of_its_sentence(
    plants: Path, tmp_path: Path
) -> None:
    review = tmp_path / "review.toml"
    review.write_text(
        '[[split]]\nclaims = [\n'
        '  {article = "plant_a.md", surface = "4,100", sentence = "walked out at the plant"},\n'
        '  {article = "plant_b.md", surface = "9,800", sentence = "the union said"},\n'
        ']\n',
        encoding="utf-8",
    )
    assert "conflict" not in verdicts(report_json(plants, "--review", str(review)))


def test_fine_marks_the_finding_and_it_fails_nothing(plants: Path, tmp_path: Path) -> None:
    keys = fingerprints(report_json(plants))
    review = tmp_path / "review.toml"
    review.write_text(
        f'[[fine]]\nclaims = ["{keys["4,100"]}", "{keys["9,800"]}"]\nverdict = "conflict"\n'
        'reason = "checked with the union: the first count was the morning shift"\n',
        encoding="utf-8",
    )
    data = report_json(plants, "--review", str(review))
    [finding] = data["findings"]
    assert finding["verdict"] == "conflict"  # still shown for what it is
    assert "Reviewed as fine: checked with the union" in finding["explanation"]
    assert data["summary"]["reviewed"] == {finding["id"]: (
        "checked with the union: the first count was the morning shift")}
    assert run("report", str(plants), "--fail-on", "conflict", "-q", "--review",
               str(review))[0] == 0


def test_a_fine_decision_for_another_verdict_does_not_apply(
    plants: Path, tmp_path: Path
) -> None:
    keys = fingerprints(report_json(plants))
    review = tmp_path / "review.toml"
    review.write_text(
        f'[[fine]]\nclaims = ["{keys["4,100"]}", "{keys["9,800"]}"]\n'
        'verdict = "period_mismatch"\n',
        encoding="utf-8",
    )
    assert run("report", str(plants), "--fail-on", "conflict", "-q", "--review",
               str(review))[0] == 1


def test_merge_brings_two_groups_together(tmp_path: Path) -> None:
    folder = tmp_path / "flood"
    folder.mkdir()
    (folder / "flood_a.md").write_text(FLOOD_A, encoding="utf-8")
    (folder / "flood_b.md").write_text(FLOOD_B, encoding="utf-8")
    before = report_json(folder)
    keys = fingerprints(before)
    by_claim = {c["surface"]: c["group_id"] for c in before["claims"]}
    assert by_claim["1,250"] != by_claim["1,900"]
    review = tmp_path / "review.yml"
    review.write_text(
        f'merge:\n  - claims:\n      - "{keys["1,250"]}"\n      - "{keys["1,900"]}"\n'
        '    reason: the prefect counts evacuees as displaced villagers\n',
        encoding="utf-8",
    )
    after = report_json(folder, "--review", str(review))
    merged = {c["surface"]: c["group_id"] for c in after["claims"]}
    assert merged["1,250"] == merged["1,900"]
    compared = [f for f in after["findings"] if len(f["claim_ids"]) == 2]
    assert compared and compared[0]["verdict"] == "conflict"


def test_review_output_does_not_depend_on_input_order(plants: Path, tmp_path: Path) -> None:
    keys = fingerprints(report_json(plants))
    review = tmp_path / "review.toml"
    review.write_text(
        f'[[split]]\nclaims = ["{keys["9,800"]}", "{keys["4,100"]}"]\n', encoding="utf-8"
    )
    a = run("report", str(plants / "plant_a.md"), str(plants / "plant_b.md"), "--format",
            "json", "--review", str(review))[1]
    b = run("report", str(plants / "plant_b.md"), str(plants / "plant_a.md"), "--format",
            "json", "--review", str(review))[1]
    strip = lambda text: {k: v for k, v in json.loads(text).items() if k != "articles"}  # noqa: E731
    assert strip(a)["groups"] == strip(b)["groups"]
    assert strip(a)["findings"] == strip(b)["findings"]


BAD_REVIEWS = [
    ("review.toml", "[[split]\nclaims = []\n", "not valid TOML"),
    ("review.yaml", "split: [\n", "not valid YAML"),
    ("review.json", "{}", "expected a .toml, .yaml or .yml file"),
    ("review.toml", "[[split]]\nclaims = []\n", "split #1: claims: claims must be a non-empty"),
    ("review.toml", '[[split]]\nclaims = ["a.md#12@abcd"]\n', "split #1: name at least two"),
    ("review.toml", '[[merge]]\nclaims = ["no fingerprint", "b.md#3@ff"]\n',
     "is not a claim fingerprint"),
    ("review.toml", '[[fine]]\nclaims = ["a.md#1@ab"]\nverdict = "wrong"\n', "fine #1: verdict"),
    ("review.toml", "[[ignore]]\nclaims = []\n", "ignore"),
    ("review.toml", "version = 7\n", "version 7, expected 1"),
    ("review.yaml", "- split\n", "expected a table of split, merge and fine"),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD_REVIEWS)
@pytest.mark.parametrize("verb", ["report", "gate"])
def test_a_bad_review_file_is_one_error_line_and_exit_2(
    plants: Path, tmp_path: Path, name: str, text: str, message: str, verb: str
) -> None:
    review = tmp_path / name
    review.write_text(text, encoding="utf-8")
    if verb == "report":
        code, _, err = run("report", str(plants), "--review", str(review))
    else:
        code, _, err = run("gate", str(plants / "plant_a.md"), "--corpus", str(plants),
                             "--store", str(tmp_path / "s.sqlite"), "--review", str(review))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(review) in lines[0] and message in lines[0], lines[0]
    assert "Traceback" not in err


def test_a_missing_review_file_is_one_error_line(plants: Path, tmp_path: Path) -> None:
    code, _, err = run("report", str(plants), "--review", str(tmp_path / "nope.toml"))
    assert code == 2 and "no such file" in err and len(err.strip().splitlines()) == 1


def test_gate_reads_the_review(tmp_path: Path) -> None:
    corpus = tmp_path / "published"
    corpus.mkdir()
    (corpus / "plant_a.md").write_text(PLANT_A, encoding="utf-8")
    draft = tmp_path / "plant_b.md"
    draft.write_text(PLANT_B, encoding="utf-8")
    store = str(tmp_path / "claims.sqlite")
    code, _, err = run("gate", str(draft), "--corpus", str(corpus), "--store", store, "-q")
    assert code == 1, err
    keys = fingerprints(report_json(corpus / "plant_a.md")) | fingerprints(report_json(draft))
    review = tmp_path / "review.toml"
    review.write_text(
        f'[[split]]\nclaims = ["{keys["4,100"]}", "{keys["9,800"]}"]\n'
        'reason = "two plants"\n',
        encoding="utf-8",
    )
    code, out, err = run("gate", str(draft), "--corpus", str(corpus), "--store", store,
                         "--review", str(review))
    assert code == 0, out + err
    fine = tmp_path / "fine.yaml"
    fine.write_text(
        f'fine:\n  - claims: ["{keys["4,100"]}", "{keys["9,800"]}"]\n'
        '    reason: checked by the desk\n',
        encoding="utf-8",
    )
    code, out, err = run("gate", str(draft), "--corpus", str(corpus), "--store", store,
                         "--review", str(fine), "--format", "json")
    assert code == 0, out + err
    assert "checked by the desk" in out
