"""Two readings of one running count a few days apart, each from the same stated start.

Wire copy and health-agency briefs restate a year-to-date tally every few days ("N cases
since January as of day D"; "누적 N명, D일 0시 기준"; "depuis le 1er janvier, N cas au D").
Ends less than a week apart fall within the slack ``reconcile.periods.relate`` allows a
loosely resolved period, so the pair used to be compared as one period (a minor
discrepancy), and a count that fell between the two days went unflagged. The counter check
reads them as two readings: a fall is a ``cumulative_decrease`` conflict, a rise is growth,
and no pairwise finding is left on the two readings. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2025, 10, 14)

FALLS = [
    ("en", ["Since Jan. 1, 214 dengue cases had been confirmed in the province as of Oct. 3, "
            "the health department said. The department said 205 dengue cases had been "
            "confirmed in the province from January to Oct. 9."]),
    ("fr", ["Depuis le 1er janvier, 214 cas de dengue avaient été confirmés dans le "
            "département au 3 octobre, selon l'agence régionale de santé. Du 1er janvier au "
            "9 octobre, 205 cas de dengue ont été confirmés dans le département."]),
    ("ko", ["질병청은 지난 3일 기준 올해 누적 뎅기열 환자가 214명으로 집계됐다고 밝혔다. "
            "올해 1월부터 이달 9일까지 뎅기열 환자는 205명이다."]),
]

RISES = [
    ("en", ["Since Jan. 1, 205 dengue cases had been confirmed in the province as of Oct. 3, "
            "the health department said. The department said 214 dengue cases had been "
            "confirmed in the province from January to Oct. 9."]),
    ("fr", ["Depuis le 1er janvier, 205 cas de dengue avaient été confirmés dans le "
            "département au 3 octobre, selon l'agence régionale de santé. Du 1er janvier au "
            "9 octobre, 214 cas de dengue ont été confirmés dans le département."]),
]


def _findings(lang: str, texts: list[str]):
    claims = []
    for n, text in enumerate(texts):
        claims += extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{n}.md")
    return claims, reconcile(claims).findings


def _pairs_of(found, a: str, b: str, surfaces: dict[str, str]):
    return [f for f in found if {a, b} <= {surfaces[i] for i in f.claim_ids}]


@pytest.mark.parametrize(("lang", "texts"), FALLS)
def test_a_running_count_that_falls_within_a_week_is_a_conflict(lang: str, texts: list[str]):
    claims, found = _findings(lang, texts)
    surfaces = {c.id: c.surface for c in claims}
    both = _pairs_of(found, "214", "205", {k: v.removesuffix("명") for k, v in surfaces.items()})
    assert [(f.verdict, f.detail) for f in both] == [(Verdict.conflict, "cumulative_decrease")]
    assert "a running count cannot fall" in both[0].explanation


@pytest.mark.parametrize(("lang", "texts"), RISES)
def test_a_running_count_that_rises_within_a_week_is_growth(lang: str, texts: list[str]):
    claims, found = _findings(lang, texts)
    surfaces = {c.id: c.surface for c in claims}
    both = _pairs_of(found, "214", "205", surfaces)
    assert [(f.verdict, f.detail) for f in both] == [(Verdict.consistent, "growth")]


def test_two_outlets_for_the_same_day_are_still_compared():
    """Figures of one counter for the same last day stay a pairwise comparison."""
    claims, found = _findings("en", [
        "Since Jan. 1, 214 dengue cases had been confirmed in the province as of Oct. 9, the "
        "health department said.",
        "Since Jan. 1, 241 dengue cases had been confirmed in the province as of Oct. 9, the "
        "health department said.",
    ])
    surfaces = {c.id: c.surface for c in claims}
    both = _pairs_of(found, "214", "241", surfaces)
    assert [f.verdict for f in both] == [Verdict.conflict]
    assert both[0].detail != "cumulative_decrease"
