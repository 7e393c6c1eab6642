"""A count told as a state still held is a stock, not a running count (reconcile/structural/
counter.py ``told_as_held``, the ``[grouping] still_held`` words of each language table).

The class, seen in real news: a health ministry's bulletins after an explosion or a fire, "19
of them remain hospitalized" one week and "11 of the 146 injured remain hospitalized" a month
later (Cuba's ministry on the Matanzas depot fire, August and September 2022); "X patients
still in hospital" in wires on a bridge collapse; "sont toujours hospitalisés", "restent en
réanimation" in French bulletins; "여전히 입원 중" in Korean ones. The noun counted ("injured",
"blessés") names a casualty toll, which only grows, but the clause after the figure tells a
state that ends as people leave: a later, lower figure is no fall of a tally. The same bulletins
without the state words keep their reading: a toll of the injured that falls is a conflict.
Sentences of our own, with other names and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

SHOWN = 0.5  # the report's default --min-confidence


def _findings(lang: str, texts: list[str], days: list[str]):
    claims = []
    for n, (text, day) in enumerate(zip(texts, days, strict=True)):
        claims += extract_text(text, lang=lang, published=date.fromisoformat(day),
                               article_id=f"b{n}.md")
    assert {c.article for c in claims} == {f"b{n}.md" for n in range(len(texts))}, claims
    return reconcile(claims).findings


DAYS = ["2026-08-09", "2026-08-11"]

HELD = [
    ("en", ["The health ministry said 23 injured remain in hospital after the refinery fire in "
            "Portvale as of Monday evening.",
            "The health ministry said 12 injured remain in hospital after the refinery fire in "
            "Portvale as of Wednesday afternoon."]),
    ("en", ["The health ministry said 23 injured were still in hospital after the refinery fire "
            "in Portvale as of Monday evening.",
            "The health ministry said 12 injured were still in hospital after the refinery fire "
            "in Portvale as of Wednesday afternoon."]),
    ("fr", ["Au dernier bilan lundi, le ministère de la Santé indiquait que 23 blessés "
            "restaient hospitalisés après l'incendie de la raffinerie de Portvale.",
            "Au dernier bilan mercredi, le ministère de la Santé indiquait que 12 blessés "
            "restaient hospitalisés après l'incendie de la raffinerie de Portvale."]),
    ("fr", ["Au dernier bilan lundi, le ministère de la Santé indiquait que 23 blessés étaient "
            "toujours hospitalisés après l'incendie de la raffinerie de Portvale.",
            "Au dernier bilan mercredi, le ministère de la Santé indiquait que 12 blessés "
            "étaient toujours hospitalisés après l'incendie de la raffinerie de Portvale."]),
    ("ko", ["보건부는 9일 오후 5시 기준 정유공장 화재 부상자 23명이 여전히 입원해 있다고 밝혔다.",
            "보건부는 11일 오전 6시 기준 정유공장 화재 부상자 12명이 여전히 입원해 있다고 "
            "밝혔다."]),
    ("ko", ["보건부는 9일 오후 5시 기준 정유공장 화재 부상자 23명이 아직 병원에 남아 있다고 "
            "밝혔다.",
            "보건부는 11일 오전 6시 기준 정유공장 화재 부상자 12명이 아직 병원에 남아 있다고 "
            "밝혔다."]),
]


@pytest.mark.parametrize(("lang", "texts"), HELD)
def test_a_count_still_held_that_falls_is_no_cumulative_decrease(lang, texts):
    found = _findings(lang, texts, DAYS)
    assert not [f for f in found if f.detail == "cumulative_decrease"], found
    assert not [f for f in found if f.verdict is Verdict.conflict and f.confidence >= SHOWN]


TOLLS = [
    ("en", ["The health ministry said 23 people had been injured in the refinery fire in "
            "Portvale as of Monday evening.",
            "The health ministry said 12 people had been injured in the refinery fire in "
            "Portvale as of Wednesday afternoon."]),
    ("fr", ["Au dernier bilan lundi, le ministère de la Santé recensait 23 blessés dans "
            "l'incendie de la raffinerie de Portvale.",
            "Au dernier bilan mercredi, le ministère de la Santé recensait 12 blessés dans "
            "l'incendie de la raffinerie de Portvale."]),
    ("ko", ["보건부는 9일 오후 5시 기준 정유공장 화재 부상자가 23명으로 집계됐다고 밝혔다.",
            "보건부는 11일 오전 6시 기준 정유공장 화재 부상자가 12명으로 집계됐다고 밝혔다."]),
    # the state word stands in another clause, after the next figure: the toll is still read
    ("en", ["The health ministry said 23 people had been injured in the refinery fire in "
            "Portvale as of Monday evening.",
            "The health ministry said 12 people had been injured in the refinery fire in "
            "Portvale as of Wednesday afternoon, and 4 remain in hospital."]),
]


@pytest.mark.parametrize(("lang", "texts"), TOLLS)
def test_the_same_toll_told_as_an_event_that_falls_is_still_a_conflict(lang, texts):
    found = _findings(lang, texts, DAYS)
    falls = [f for f in found if f.detail == "cumulative_decrease"]
    assert len(falls) == 1 and falls[0].verdict is Verdict.conflict, found
