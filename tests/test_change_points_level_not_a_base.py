"""A change in points whose level an earlier sentence states: the level is what that sentence
says the quantity reached, never the base of that sentence's own change. "투표율이 27.36%로
집계됐다. 이번 선거 사전투표율은 2022년 선거(23.49%)보다 3.87%p 높다. 2014년 선거(11.49%)와
비교하면 15.87%p 오른 수치다": 15.87 runs from 11.49 to 27.36; before, it was read from 11.49 to
23.49 (the base of the 3.87 points) and reported as a conflict (real election copy: a chain of
comparisons with past elections, each told against the same current rate). Sentences of our
own in the style of election-turnout and vaccination-rate copy, read through ``reconcile
report`` as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile_cli.main import main

pytest.importorskip("kiwipiepy")

HEAD = "---\ntitle: \"{title}\"\npublished: 2026-12-07\nlanguage: ko\n---\n{title}\n\n"

TURNOUT = (
    "9회 지방선거 사전투표율이 25%를 넘었다.\n\n"
    "중앙선관위는 사전투표가 마감된 지난 6일 오후 6시 기준 투표율이 27.36%로 잠정 집계됐다고 "
    "밝혔다. 이번 선거 사전투표율은 2022년 8회 지방선거(23.49%)보다 3.87%p 높다. 사전투표가 "
    "처음 적용된 2014년 6회 지방선거(11.49%)와 비교하면 {p} 오른 수치다.\n"
)
VACCINE = (
    "독감 예방접종률이 60%를 넘었다.\n\n"
    "질병청은 지난 5일 0시 기준 65세 이상 접종률이 64.2%로 집계됐다고 밝혔다. 이번 접종률은 "
    "지난해 같은 시기(58.9%)보다 5.3%p 높다. 무료 접종이 처음 시작된 2019년(41.0%)과 비교하면 "
    "{p} 오른 수치다.\n"
)


def _changes(tmp_path: Path, title: str, body: str) -> list[tuple[str, list[str]]]:
    article = tmp_path / "a.txt"
    article.write_text(HEAD.format(title=title) + body, encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(article), "--format", "json"],
                                catch_exceptions=False)
    report = json.loads(result.output)
    surface = {c["id"]: c["surface"] for c in report["claims"]}
    return [(f["verdict"], sorted(surface[i] for i in f["claim_ids"]))
            for f in report["findings"] if f.get("detail") == "stated_change"]


# (title, body with {p}, the change the two levels make, a change they do not make)
CASES = [
    ("지방선거 사전투표율 27.36%…역대 최고", TURNOUT, "15.87%p", "12.87%p"),
    ("65세 이상 독감 접종률 64.2%", VACCINE, "23.2%p", "17.3%p"),
]


@pytest.mark.parametrize(("title", "body", "right", "wrong"), CASES)
def test_a_change_runs_to_the_level_not_to_an_earlier_base(
    tmp_path: Path, title: str, body: str, right: str, wrong: str
) -> None:
    held = _changes(tmp_path, title, body.format(p=right))
    assert held and all(verdict == "consistent" for verdict, _ in held), held
    (bad,) = _changes(tmp_path, title, body.format(p=wrong))
    verdict, figures = bad
    assert verdict == "conflict"
    assert body.split("(")[1].split(")")[0] not in figures  # the earlier base is no level
