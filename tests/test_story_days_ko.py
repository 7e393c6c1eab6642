"""The time of a Korean story's figures: a change of a casualty count is no toll, and the day
and hour an event began set the story's day (our own sentences in the style of Korean wire and
broadcast copy).

* "어제 코로나19로 사망한 환자가 38명 늘어": a change by so many over that day (its direction
  is read), not a toll known at publication; "사망자는 3명으로 늘었다" stays a toll;
* "22일 오후 4시부터 서울 시청 일대에서 집회가 열렸다": the story's day is the 22nd, so "오후
  6시 기준" and "이날 6시 기준" after it are of the 22nd, not of publication; a day with no hour
  ("지난 8월 28일부터") sets no story day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")


_period = period_of


NOV_20 = date(2025, 11, 20)

CHANGES = [
    ("중앙방역대책본부는 어제 코로나19로 사망한 환자가 38명 늘어, 누적 사망자는 2만9천812명이라고 "
     "밝혔다.", "38명", ("2025-11-19", "2025-11-19", "day")),
    ("어제 발생한 화재로 사망자가 2명 늘었다.", "2명", ("2025-11-19", "2025-11-19", "day")),
    ("질병청은 전날 온열질환 사망자가 3명 증가했다고 밝혔다.", "3명",
     ("2025-11-19", "2025-11-19", "day")),
]

TOLLS = [
    ("어제 오후 화재로 숨진 사람은 4명으로 집계됐다.", "4명", (None, "2025-11-20", "as_of")),
    ("어제 오후 공장 화재로 5명이 숨졌다.", "5명", (None, "2025-11-20", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), CHANGES)
def test_a_change_of_a_casualty_count_is_no_toll(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, NOV_20) == period


@pytest.mark.parametrize(("text", "surface", "period"), TOLLS)
def test_a_toll_level_stays_a_toll(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, NOV_20) == period


RALLY = "\n\n".join([
    "주말 도심서 대규모 집회",
    "주말 서울 도심에서 정부 규탄 집회가 열렸다.",
    "참가자들은 구호를 외치며 행진했다.",
    "22일 오후 4시부터 서울 시청 일대에서 집회가 열렸다.",
    "경찰은 오후 6시 기준 1만8000여명으로 추산했다.",
    "주최 측은 이날 6시 기준 최소 30만명이 참석했다고 밝혔다.",
])

STRIKE = "\n\n".join([
    "화물 파업 이어져",
    "화물연대 파업이 이어지고 있다.",
    "조합원들은 거리 행진을 벌였다.",
    "지난 18일부터 파업이 이어지고 있다.",
    "국토교통부는 오후 6시 기준 2천100명이 파업에 참여했다고 밝혔다.",
])

NOV_23 = date(2025, 11, 23)


@pytest.mark.parametrize("surface", ["1만8000여명", "최소 30만명"])
def test_the_day_and_hour_an_event_began_set_the_storys_day(surface: str) -> None:
    assert _period(RALLY, surface, NOV_23) == (None, "2025-11-22", "as_of")


def test_a_day_with_no_hour_sets_no_storys_day() -> None:
    assert _period(STRIKE, "2천100명", NOV_23)[1] == "2025-11-23"
