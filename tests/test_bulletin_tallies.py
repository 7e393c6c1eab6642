"""Bulletins that follow each other: a disaster agency's running tally of damage, read "as of"
one hour in one report and "as of" a later hour in the next (reconcile/structural/counter.py,
reconcile/evidence.py ``_one_bulletin``).

The class, seen in real news: Korea's disaster headquarters counting facility damage ("시설
피해가 N건으로 집계됐다", snow in March 2025, rain in July 2023, with a figure per bulletin),
Mississippi's and Louisiana's emergency agencies counting damaged homes, a French préfecture's
running count of damaged houses after tornadoes. Such a tally only grows until someone says it
was revised; a later bulletin's lower figure with no revision stated is what a fact-checker must
see. Two bulletins rarely name a place for a national tally, so one named source and one story
stand for the place. Traps of the same shape stay quiet: people still evacuated (a stock), a
part of the tally (greenhouses of all facilities), a smaller place, a revision the text states.
Sentences of our own, with other names and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

SHOWN = 0.5  # the report's default --min-confidence: a conflict under it is only a warning


EARLIER_KO = ("중앙재난안전대책본부는 11일 오후 5시 기준 호우로 인한 시설 피해가 428건으로 "
              "집계됐다고 밝혔다.")


def _claims(lang: str, texts: list[str], days: list[str]):
    claims = []
    for n, (text, day) in enumerate(zip(texts, days, strict=True)):
        claims += extract_text(text, lang=lang, published=date.fromisoformat(day),
                               article_id=f"b{n}.md")
    return claims


def _findings(lang: str, texts: list[str], days: list[str]):
    return reconcile(_claims(lang, texts, days)).findings


FALLS = [
    ("ko", [EARLIER_KO,
            "중앙재난안전대책본부는 12일 오전 6시 기준 호우로 인한 시설 피해가 모두 391건으로 "
            "집계됐다고 밝혔다."], ["2026-07-11", "2026-07-12"]),
    ("ko", ["행정안전부 중앙재난안전대책본부는 오늘 오전 11시 기준 대설로 인한 시설 피해가 모두 "
            "57건으로 집계됐다고 밝혔습니다.",
            "중앙재난안전대책본부(중대본)는 5일 오전 6시 기준 대설로 인한 시설 피해가 49건으로 "
            "집계됐다고 밝혔다."], ["2026-02-04", "2026-02-05"]),
    ("en", ["The state emergency management agency said 1,240 homes had been damaged by the "
            "tornadoes as of Monday evening.",
            "The state emergency management agency said 1,175 homes had been damaged by the "
            "tornadoes as of Tuesday afternoon."], ["2026-04-13", "2026-04-14"]),
    ("fr", ["Au dernier bilan lundi à 18 heures, la préfecture recensait 412 habitations "
            "endommagées par la tempête.",
            "Au dernier bilan mardi à 12 heures, la préfecture recensait 386 habitations "
            "endommagées par la tempête."], ["2026-02-09", "2026-02-10"]),
]


@pytest.mark.parametrize(("lang", "texts", "days"), FALLS)
def test_a_bulletins_tally_that_falls_is_a_conflict_the_report_shows(lang, texts, days):
    found = _findings(lang, texts, days)
    falls = [f for f in found if f.detail == "cumulative_decrease"]
    assert len(falls) == 1 and falls[0].verdict is Verdict.conflict, found
    assert falls[0].confidence >= SHOWN, falls[0].assumptions


RISES = [
    ("ko", [EARLIER_KO,
            "중앙재난안전대책본부는 12일 오전 6시 기준 호우로 인한 시설 피해가 모두 515건으로 "
            "집계됐다고 밝혔다."], ["2026-07-11", "2026-07-12"]),
]


@pytest.mark.parametrize(("lang", "texts", "days"), RISES)
def test_a_bulletins_tally_that_grows_is_one_growth_finding(lang, texts, days):
    found = _findings(lang, texts, days)
    assert [f.detail for f in found if f.detail == "growth"] == ["growth"], found
    assert not [f for f in found if f.verdict is Verdict.conflict], found


QUIET = [
    # the later bulletin says it corrected its tally
    ("ko", [EARLIER_KO,
            "중앙재난안전대책본부는 중복 신고를 걸러내 12일 오전 6시 기준 시설 피해를 391건으로 "
            "정정했다."], ["2026-07-11", "2026-07-12"]),
    ("en", ["The state emergency management agency said 1,240 homes had been damaged by the "
            "tornadoes as of Monday evening.",
            "The state emergency management agency revised down the number of damaged homes to "
            "1,175 as of Tuesday afternoon."], ["2026-04-13", "2026-04-14"]),
    ("fr", ["Au dernier bilan lundi à 18 heures, la préfecture recensait 412 habitations "
            "endommagées par la tempête.",
            "Au bilan de mardi à 12 heures, revu à la baisse, la préfecture recensait 386 "
            "habitations endommagées par la tempête."], ["2026-02-09", "2026-02-10"]),
    # a part of the tally (greenhouses of all facilities) below the whole tally
    ("ko", [EARLIER_KO,
            "중앙재난안전대책본부는 12일 오전 6시 기준 비닐하우스 피해가 211건으로 집계됐다고 "
            "밝혔다."], ["2026-07-11", "2026-07-12"]),
    # a smaller place below the national tally
    ("ko", [EARLIER_KO,
            "중앙재난안전대책본부는 12일 오전 6시 기준 충남에서 시설 피해가 193건 발생했다고 "
            "밝혔다."], ["2026-07-11", "2026-07-12"]),
    # people evacuated, then those still away from home: a stock that falls as people go home
    ("ko", ["중앙재난안전대책본부는 11일 오후 5시 기준 주민 1천240명이 대피했다고 밝혔다.",
            "중앙재난안전대책본부는 12일 오전 6시 기준 대피 중인 주민은 820명이라고 밝혔다."],
     ["2026-07-11", "2026-07-12"]),
    # two agencies keep two tallies
    ("en", ["The state emergency management agency said 1,240 homes had been damaged by the "
            "tornadoes as of Monday evening.",
            "The Red Cross said 1,175 homes had been damaged by the tornadoes as of Tuesday "
            "afternoon."], ["2026-04-13", "2026-04-14"]),
]


@pytest.mark.parametrize(("lang", "texts", "days"), QUIET)
def test_no_shown_decrease_where_the_text_explains_the_fall(lang, texts, days):
    claims = _claims(lang, texts, days)
    # not quiet for want of figures: each bulletin's tally is read
    assert {c.article for c in claims} == {f"b{n}.md" for n in range(len(texts))}, claims
    found = reconcile(claims).findings
    assert not [f for f in found if f.verdict is Verdict.conflict and f.confidence >= SHOWN], found
