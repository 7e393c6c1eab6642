"""What a Korean figure with no period phrase of its own carries (our own articles in the
style of Korean broadcast and wire copy; published 2025-11-20).

* a body sentence whose only numbers tell the one past day (and hour) something happened ("사고가
  난 건 어제(19일) 오후 4시 10분쯤.") dates the figures after it, not the window of a figure said
  before it; a day to come ("내일(21일) 오후 6시까지"), or a sentence with other numbers, does not;
* a percentage in parentheses right after a figure ("880만CGT(24.1%)") is that figure's share, of
  the same window, and the next sentence may carry it ("중국은 61.2%로 1위였다"), as the window of
  a year's forecast said before it ("올해 연간 수주액이 120억 달러를 넘을") is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 11, 20)

CRASH = "\n\n".join([
    "화물차 추돌 사고…차량 12대 파손",
    "오늘(20일) 중부고속도로에서 추돌 사고 수습이 이어졌다.",
    "사망자는 오늘 2명으로 늘었다.",
    "사고가 난 건 어제(19일) 오후 4시 10분쯤.",
    "화물차와 승용차 등 차량 14대가 잇따라 부딪쳤다.",
])

FIRE = "\n\n".join([
    "아파트 화재…주민 대피",
    "경찰에 따르면 오늘 오전 부상자는 5명으로 집계됐다.",
    "소방당국은 오늘 인력 80명을 투입했다.",
    "불이 난 건 그제 새벽 2시쯤이다.",
    "주민 40여 명이 대피했다.",
])

VOTE = "\n\n".join([
    "사전투표 첫날…투표율 9.6%",
    "오늘(20일) 오후 6시 기준 사전투표율은 9.6%로 집계됐다.",
    "이날 투표에는 421만 명이 참여했다.",
    "사전투표는 내일(21일) 오후 6시까지 이어진다.",
    "투표소는 3천565곳이다.",
])

WAREHOUSE = "\n\n".join([
    "물류창고 화재…3명 숨져",
    "오늘(20일) 새벽 물류창고에서 불이 나 3명이 숨졌다.",
    "소방당국은 오늘 인력 90명을 투입했다.",
    "불은 오늘 새벽 2시쯤 지상 7층 건물 5층에서 시작됐다.",
    "장비 31대도 동원됐다.",
])

SHIPS = "\n\n".join([
    "조선 수주 실적",
    "다온조선은 올해 1∼10월 수주액이 92억 달러라고 밝혔다.",
    "업계는 올해 연간 수주액이 120억 달러를 넘을 수 있다고 본다.",
    "클락슨리서치에 따르면 올해 1∼10월 전 세계 발주량 가운데 한국은 880만CGT(24.1%)를 수주했다.",
    "중국은 61.2%로 1위였다.",
])



def _period(text: str, surface: str) -> tuple[str | None, str | None, str]:
    return period_of(text, surface, PUBLISHED)


CARRIED = [
    (CRASH, "14대", ("2025-11-19", "2025-11-19", "day")),
    (FIRE, "40여 명", ("2025-11-18", "2025-11-18", "day")),
    (SHIPS, "61.2%", ("2025-01-01", "2025-10-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), CARRIED)
def test_a_figure_with_no_phrase_carries_the_time_told_last(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface) == period


KEPT = [
    # a day to come tells no time of the figures after it
    (VOTE, "3천565곳", ("2025-11-20", "2025-11-20", "day")),
    # a sentence with numbers of its own besides its day and hour
    (WAREHOUSE, "31대", ("2025-11-20", "2025-11-20", "day")),
    # the share itself keeps its own phrase's window
    (SHIPS, "24.1%", ("2025-01-01", "2025-10-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), KEPT)
def test_other_sentences_keep_todays_carry(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface) == period
