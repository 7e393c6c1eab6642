"""A stated change is checked only against the levels the text gives for it (issue 9,
structural checks; reconcile/structural/change_rate.py and the pipeline's ``level_and_base_pairs``).

Three shapes of one class, read in monthly jobs and price releases of Korean dailies (edaily's
고용동향 stories: "고용률은 61.2%로 전년동월대비 0.8%포인트 상승했다"), French wires on the
Insee's unemployment rate ("à 10,2 %, en hausse de 0,2 point sur un an") and English turnout
pieces ("the average turnout ... in the 2009 elections was about 58%, which means ... increased
by as much as 9 percentage points"):

* the share beside a change in points is the level it reached when the sentence names the time
  it compares with in words ("1년 전보다", "from a year earlier", "sur un an"): no base figure
  is stated, and a rate of another sentence (a budget's "6.2% 늘어난") is no level of it;
* a level taken from another sentence must name what it measures when the change does, and
  two shares of one sentence are a base and a level only if they measure one thing ("고용률은
  46.2%로 ... 올랐고, 2020년 실업률은 9.0%였다" holds a level and another rate, no base);
* the level and the base a change check read are two times by the text's own words: the
  report never calls them a disagreement (an "internal" conflict of "67%" against "about 58%").

Sentences of our own, with other names and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 4, 10)


def _report(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, f.detail, sorted(surface[i] for i in f.claim_ids))
            for f in reconcile(claims).findings]


def _changes(lang: str, text: str):
    return [(v, s) for v, d, s in _report(lang, text) if d == "stated_change"]


NO_BASE_STATED = [
    ("ko", "정부는 내년 청년 일자리 예산으로 올해보다 4.5% 늘어난 2천300억원을 편성했다.\n\n"
           "한편 노동부가 지난달 발표한 조사에 따르면 청년 고용률은 46.2%로 1년 전보다 0.9%포인트 "
           "올랐다."),
    ("ko", "시는 내년 복지 예산을 올해보다 8.1% 늘린 3조2천억원으로 확정했다.\n\n지난달 노인 "
           "빈곤율은 38.4%로 전년 동월 대비 1.2%포인트 낮아졌다."),
    ("en", "The council will raise its housing budget by 7.5 percent next year.\n\nThe jobless "
           "rate stood at 4.3 percent in March, up 0.2 percentage point from a year earlier."),
    ("en", "Ministers approved a 6 percent rise in the schools budget for next year.\n\nThe "
           "vaccination rate reached 71.5 percent in March, 2.4 percentage points higher than a "
           "year earlier."),
    ("fr", "Le budget de la culture augmentera de 3,4 % l'an prochain.\n\nEn mars, le taux de "
           "chômage s'établit à 7,4 %, en hausse de 0,3 point sur un an."),
    ("fr", "Le département a voté une hausse de 5,2 % de son budget social pour l'an prochain."
           "\n\nEn octobre, le taux de pauvreté atteignait 14,6 %, en baisse de 0,4 point sur "
           "un an."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BASE_STATED)
def test_a_change_in_points_with_no_base_stated_is_not_checked(lang, text) -> None:
    assert _changes(lang, text) == []


BASE_STATED = [
    ("ko", "정부는 내년 청년 일자리 예산으로 올해보다 4.5% 늘어난 2천300억원을 편성했다.\n\n"
           "한편 청년 고용률은 지난달 46.2%로 1년 전(45.3%)보다 0.9%포인트 올랐다.",
     [Verdict.consistent] * 2),
    ("ko", "정부는 내년 청년 일자리 예산으로 올해보다 4.5% 늘어난 2천300억원을 편성했다.\n\n"
           "한편 청년 고용률은 지난달 46.2%로 1년 전(45.3%)보다 1.9%포인트 올랐다.",
     [Verdict.conflict]),
]


@pytest.mark.parametrize(("lang", "text", "verdicts"), BASE_STATED)
def test_a_change_in_points_with_its_base_stated_is_still_checked(lang, text, verdicts) -> None:
    assert [v for v, _ in _changes(lang, text)] == verdicts


TWO_QUANTITIES = [
    ("ko", "지난달 청년 고용률은 46.2%로 1년 전보다 0.9%포인트 올랐고, 2020년 청년 실업률은 "
           "9.0%였다."),
    ("en", "The jobless rate rose 0.3 percentage point to 4.3 percent in March, while the "
           "savings rate was 3.9 percent in 2025."),
    ("fr", "En mars, le taux de chômage a augmenté de 0,3 point à 7,4 %, alors que le taux "
           "d'épargne était de 17,2 % en 2025."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_QUANTITIES)
def test_a_share_of_another_quantity_is_no_base(lang, text) -> None:
    assert _changes(lang, text) == []


TWO_TIMES = [
    ("ko", "조사 대상 120개 지역의 평균 투표율은 64%였다.\n\n같은 지역의 2020년 선거 평균 "
           "투표율은 약 55%로, 투표율이 9%포인트나 높아진 셈이다."),
    ("en", "For the 310 seats we have data for, the average turnout was 64%.\n\nThe average "
           "turnout for the same seats in the 2015 elections was about 55%, which means that "
           "turnout has increased by as much as 9 percentage points."),
    ("en", "Across the 120 districts in the survey, the literacy rate was 81%.\n\nThe literacy "
           "rate in the same districts in the 2011 survey was about 74%, which means that "
           "literacy has risen by as much as 7 percentage points."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_TIMES)
def test_the_level_and_base_of_a_change_are_no_conflict(lang, text) -> None:
    found = _report(lang, text)
    assert [v for v, d, _ in found if d == "stated_change"] == [Verdict.consistent] * 2, found
    assert not [f for f in found if f[0] in (Verdict.conflict, Verdict.minor_discrepancy)], found
