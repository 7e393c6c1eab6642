"""The news-quantities scorer's matching, on tiny made-up sentences (never on the blind set).

One to one: a reading counts for one gold quantity at most, a range matches only a range, a value
found with the wrong unit counts for value and not for value+unit, and the matching is the largest
one whatever the order of the readings.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "news_quantities.py"
if not SCRIPT.is_file():
    pytest.skip(f"{SCRIPT} is absent", allow_module_level=True)
try:
    _spec = importlib.util.spec_from_file_location("news_quantities", SCRIPT)
    assert _spec is not None and _spec.loader is not None
    nq = importlib.util.module_from_spec(_spec)
    sys.modules["news_quantities"] = nq  # dataclasses look their module up by name
    _spec.loader.exec_module(nq)
except ImportError as exc:  # the bench's own imports (peer_suites, pint) missing
    pytest.skip(f"news_quantities cannot be imported: {exc}", allow_module_level=True)

Reading = nq.Reading


def gold(value: float | None, unit: str, lower: float | None = None, upper: float | None = None):
    return nq.Gold("x", value, lower, upper, unit)


def reading(
    value: float | None,
    unit: str,
    lower: float | None = None,
    upper: float | None = None,
    approx: str = "exact",
    per: str | None = None,
):
    return Reading("x", value, lower, upper, unit, approx, per)


def tally(golds: list, readings: list):
    return nq.score_sentence(nq.Sentence("t", "text", tuple(golds)), readings)


@pytest.mark.parametrize(
    ("golds", "readings", "value", "value_unit"),
    [
        # the same value twice in gold, read once: one match, not two
        ([gold(5, "percent"), gold(5, "percent")], [reading(5, "percent")], 1, 1),
        # read twice, once in gold: one match, the other reading is an extra
        ([gold(5, "percent")], [reading(5, "percent"), reading(5, "percent")], 1, 1),
        # right value, wrong unit
        ([gold(40, "mile/hour")], [reading(40, "count")], 1, 0),
        # units compared through pint and money codes
        ([gold(8, "kilometer")], [reading(8000, "meter")], 0, 0),
        ([gold(8, "kilometer")], [reading(8, "km")], 1, 1),
        ([gold(3.1e9, "USD")], [reading(3.1e9, "USD")], 1, 1),
        # a rate's time is part of its unit
        ([gold(40e6, "GBP/year")], [reading(40e6, "GBP", per="year")], 1, 1),
        ([gold(40e6, "GBP/year")], [reading(40e6, "GBP")], 1, 0),
        # a range matches a range with both bounds, never one of its ends or its middle
        ([gold(None, "USD", 10e9, 15e9)], [reading(12.5e9, "USD", 10e9, 15e9, "range")], 1, 1),
        ([gold(None, "USD", 10e9, 15e9)], [reading(10, "USD"), reading(15e9, "USD")], 0, 0),
        ([gold(12.5e9, "USD")], [reading(12.5e9, "USD", 10e9, 15e9, "range")], 0, 0),
        # a bound is one value ("more than 30,000"), not a range
        ([gold(30000, "count")], [reading(30000, "count", approx="more_than")], 1, 1),
        # values within the shared tolerance
        ([gold(6.42e9, "USD")], [reading(6.4200001e9, "USD")], 1, 1),
        ([gold(6.42e9, "USD")], [reading(6.43e9, "USD")], 0, 0),
        # nothing read, nothing in gold
        ([gold(7, "count")], [], 0, 0),
        ([], [reading(2019, "count")], 0, 0),
    ],
)
def test_matches(golds: list, readings: list, value: int, value_unit: int) -> None:
    t = tally(golds, readings)
    assert (t.value, t.value_unit) == (value, value_unit)
    assert (t.gold, t.readings) == (len(golds), len(readings))


def test_largest_matching_whatever_the_order() -> None:
    # reading A fits both gold quantities by value, reading B only the first: a greedy match of A
    # to the first would leave B unmatched; the largest matching pairs both
    golds = [gold(12, "count"), gold(12, "percent")]
    a = reading(12, "percent")
    b = reading(12, "count")
    for order in ([a, b], [b, a]):
        t = tally(golds, order)
        assert (t.value, t.value_unit) == (2, 2)


def test_matching_is_the_largest_not_the_first_fit() -> None:
    # the first gold quantity fits both readings, the second only the first reading: taking the
    # first fit would leave one unmatched
    golds = [gold(1, "a"), gold(2, "b")]
    got = [reading(0, "r0"), reading(0, "r1")]
    fits = {("a", "r0"), ("a", "r1"), ("b", "r0")}
    pairs = nq.max_matching(golds, got, lambda g, r: (g.unit, r.unit) in fits)
    assert pairs == {0: 1, 1: 0}


def test_value_and_unit_matched_separately() -> None:
    # by value, either reading can take either gold; by unit, each has exactly one partner
    golds = [gold(3, "count"), gold(3, "week")]
    t = tally(golds, [reading(3, "week"), reading(3, "count")])
    assert (t.value, t.value_unit) == (2, 2)
    t = tally(golds, [reading(3, "count"), reading(3, "count")])
    assert (t.value, t.value_unit) == (2, 1)


def test_causes_name_the_class() -> None:
    g = nq.Gold("40mph", 40, None, None, "mile/hour")
    t = nq.score_sentence(nq.Sentence("t", "at 40mph", (g,)), [reading(40, "count")])
    assert [c for c, _ in t.causes] == ["unit not read / number and unit glued"]
    t = nq.score_sentence(nq.Sentence("t", "at 40mph", (g,)), [])
    assert [c for c, _ in t.causes] == ["missed / number and unit glued"]
    t = nq.score_sentence(
        nq.Sentence("t", "in 2019", ()), [Reading("2019", 2019, None, None, "count")]
    )
    assert [c for c, _ in t.causes] == ["read but not in gold / digits"]


def test_precision_recall_f1() -> None:
    assert nq.prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))
    assert nq.prf(0, 0, 5) == (0.0, 0.0, 0.0)


def test_score_over_a_set_with_a_reader() -> None:
    sentences = [
        nq.Sentence("a", "one", (gold(1, "count"),)),
        nq.Sentence("b", "two", (gold(2, "percent"), gold(9, "USD"))),
    ]
    answers = {"one": [reading(1, "count")], "two": [reading(2, "count"), reading(7, "USD")]}
    t = nq.score(sentences, lambda text, lang: answers[text])
    assert (t.readings, t.gold, t.value, t.value_unit) == (3, 3, 2, 1)
    assert len(t.failures) == 1 and t.failures[0].startswith("b ")


def test_bad_files_are_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert nq.main([str(tmp_path)]) == 2
    assert "sentences.jsonl: no such file" in capsys.readouterr().err
    (tmp_path / "sentences.jsonl").write_text(
        json.dumps({"text": "a", "quantities": [{"surface": "a", "unit": "count"}]}) + "\n"
    )
    assert nq.main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "sentences.jsonl:1:" in err and "neither a value nor two bounds" in err
    (tmp_path / "sentences.jsonl").write_text("{not json\n")
    assert nq.main([str(tmp_path)]) == 2
    assert "sentences.jsonl:1: not a sentence record" in capsys.readouterr().err


def test_runs_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {
            "text": "Sales rose 12% to $4.5 billion.",
            "quantities": [
                {"surface": "12%", "value": 12, "unit": "percent"},
                {"surface": "$4.5 billion", "value": 4.5e9, "unit": "USD"},
            ],
        },
    ]
    (tmp_path / "sentences.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert nq.main([str(tmp_path), "--claims-only"]) == 0
    out = capsys.readouterr().out
    assert "1 sentences, 2 quantities" in out
    assert "value+unit" in out and "F1 1.000" in out
