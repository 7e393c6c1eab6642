"""A change in points against the two rates it runs between (issue 9, "structural checks"):
"Inflation picked up from 2.8 percent in February, an acceleration of 0.5 percentage point"
after "Consumer prices in Norland rose 3.1 percent in March" says 0.5 where the rates make 0.3.

The class, as read in monthly price and jobs releases of wires and dailies: the level is a rate
of change itself ("rose 2.6 percent from a year earlier", "1년 전보다 5.2% 상승했다"); the
points sentence gives only the base ("from 2.8 percent in February", "전월 상승률(5.0%)보다")
and leaves the level to the sentence before, or a sentence gives all three ("9월에 1.6% 상승,
10월에는 0.3%p 더 하락한 1.3% 상승"; "à 3,1 %, après 2,8 % en février, soit une hausse de 0,5
point"; "지난 선거 동시간대 투표율인 8.77%보다 1.41%포인트 높습니다" after the turnout's
sentence, in election-day wires). Its traps: the earlier sentence's rate of another thing
("Youth unemployment"), two candidate levels of two values, and a points change with no base
stated. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 4, 10)


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids))
            for f in reconcile(claims).findings if f.detail == "stated_change"]


def _text(points: str, lang: str) -> str:
    return {
        "en": "Consumer prices in Norland rose 3.1 percent in March from a year earlier, the "
              "statistics office said.\n\nInflation picked up from 2.8 percent in February, an "
              f"acceleration of {points} percentage point.",
        "fr": "Sur un an, les prix à la consommation ont augmenté de 3,1 % en mars, selon "
              "l'Insee.\n\nL'inflation, qui était de 2,8 % en février, enregistre ainsi une "
              f"accélération de {points.replace('.', ',')} point.",
        "ko": "통계청에 따르면 지난달 소비자물가지수는 112.30으로 1년 전보다 3.1% 상승했다.\n\n"
              f"상승률은 2월(2.8%)보다 {points}%포인트 확대됐다.",
    }[lang]


WRONG = [
    ("en", _text("0.5", "en"), "0.5 percentage point"),
    ("fr", _text("0.5", "fr"), "0,5 point"),
    ("ko", _text("0.5", "ko"), "0.5%포인트"),
    ("ko", "소비자물가 상승률은 8월에 2.1% 상승, 9월에는 0.4%p 더 하락한 1.9% 상승을 기록했다.",
     "0.4%p"),
    ("fr", "L'inflation a atteint 3,1 % sur un an en mars, après 2,8 % en février, soit une "
           "hausse de 0,5 point, selon l'Insee.", "0,5 point"),
    ("en", "The jobless rate in Carlow rose to 4.3 percent in July from 4.1 percent in June, an "
           "increase of 0.4 percentage point.", "0.4 percentage point"),
    # turnout: the level two sentences back, "N%포인트 높았다" read as a rise
    ("ko", "사전투표 첫날 오후 6시 현재 투표율은 12.40%로 집계됐다.\n\n이는 전체 유권자 4천300만 "
           "명 중 533만 명이 투표를 마친 것으로, 지난 2022년 선거 당시 동시간대 투표율인 10.55%"
           "보다 1.35%포인트 높았다.", "1.35%포인트"),
]


@pytest.mark.parametrize(("lang", "text", "points"), WRONG)
def test_points_its_two_rates_do_not_make_are_a_conflict(lang, text, points) -> None:
    found = _changes(lang, text)
    assert [v for v, _ in found] == [Verdict.conflict]
    assert points in found[0][1]


HOLDS = [
    ("en", _text("0.3", "en")),
    ("fr", _text("0.3", "fr")),
    ("ko", _text("0.3", "ko")),
    ("ko", "소비자물가 상승률은 8월에 2.1% 상승, 9월에는 0.2%p 더 하락한 1.9% 상승을 기록했다."),
    ("fr", "L'inflation a atteint 3,1 % sur un an en mars, après 2,8 % en février, soit une "
           "hausse de 0,3 point, selon l'Insee."),
    ("ko", "오후 4시 현재 투표율은 63.2%로, 지난 2020년 선거 때의 60.1%보다 3.1%포인트 높습니다."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_points_its_two_rates_make_are_a_change(lang, text) -> None:
    assert [v for v, _ in _changes(lang, text)] == [Verdict.consistent] * 2  # with each level


NOT_CHECKED = [
    # the earlier rate counts another thing than the base
    ("en", "The jobless rate rose to 4.1 percent in March.\n\nYouth unemployment fell 0.3 "
           "percentage point from 12.1 percent in February."),
    # two rates of two values before: which one is the level is not known
    ("en", "Consumer prices rose 3.1 percent in March from a year earlier, and core prices rose "
           "2.5 percent.\n\nInflation picked up from 2.8 percent in February, an acceleration of "
           "0.5 percentage point."),
    # no base stated
    ("en", "Consumer prices rose 3.1 percent in March from a year earlier.\n\nInflation picked "
           "up by 0.5 percentage point."),
    ("ko", "지난달 소비자물가는 1년 전보다 3.1% 올랐다. 2월과 비교하면 상승 폭이 0.5%포인트 "
           "커졌다."),
    # the base's sentence is too far from the rate
    ("en", "Consumer prices rose 3.1 percent in March from a year earlier.\n\nFood cost 12 "
           "billion euros.\n\nHomes numbered 2,000.\n\nInflation picked up from 2.8 percent in "
           "February, an acceleration of 0.5 percentage point."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_points_without_a_sure_level_or_base_are_not_checked(lang, text) -> None:
    assert _changes(lang, text) == []
