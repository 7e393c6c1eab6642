"""Who is taking part in an action still going on, read at an hour, is a level as of that hour
(``claims.counted_levels``): a strike's participants and strike rate, workers back at work,
evacuees still away from home. A tally of what happened since the event began keeps its
window, and on the day the event began it is that day's count, never a window from a day to
itself. Our own sentences in the style of Korean TV and wire copy on strikes, walkouts and
floods (other names, places and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

NOV_20 = date(2026, 11, 20)
OCT_9 = date(2026, 10, 9)
JUL_14 = date(2026, 7, 14)

# strike day one, the strike said to start today in the lead (TV copy)
CARE_TV = "\n\n".join([
    "국립대병원 간호사 파업 첫날…병실 1천100여 실 운영 멈춰",
    "[앵커]",
    "전국 국립대병원 간호사들이 오늘(20일)부터 사흘 동안 파업에 들어갔습니다.",
    "[리포트]",
    "보건복지부는 오늘 오전 10시 기준 간호사 4천215명이 파업에 참여했다고 밝혔습니다. "
    "전체 1만 1천900여 명의 35.4%입니다.",
    "운영을 멈춘 병실은 전국 1만 2천300실 가운데 1천134실로 집계됐습니다.",
    "파업 참가자를 병원별로 보면 서울대병원 1천120명, 부산대병원 610명 등입니다.",
])

# a rail strike's 12th day: the lead dates the day, the participants are given at an hour
RAIL_WIRE = "\n\n".join([
    "철도파업 12일째…열차 운행률 81%",
    "(서울=뉴스1) 기자 = 철도파업 12일째인 9일 전체 열차 운행률은 평시의 81.3%로 집계됐다.",
    "코레일에 따르면 이날 오후 5시 기준 수도권 전철은 평시처럼 100% 운행했다.",
    "파업 참가자는 6천240명, 복귀자는 512명, 파업참가율은 35.8%로 각각 파악됐다.",
])

# a flood: the dead since the rain began run from its start; evacuees still away are a level
FLOOD_WIRE = "\n\n".join([
    "집중호우 사망 12명",
    "(서울=연합뉴스) 기자 = 지난 11일부터 이어진 집중호우로 인명 피해가 늘고 있다.",
    "중앙재난안전대책본부에 따르면 14일 오전 6시 기준 사망자는 12명이다.",
    "14일 오전 6시 기준 1천240명이 임시주거시설에 머무르고 있다.",
])

LEVELS = [
    (CARE_TV, NOV_20, "4천215명", (None, "2026-11-20", "as_of")),
    (CARE_TV, NOV_20, "35.4%", (None, "2026-11-20", "as_of")),
    (CARE_TV, NOV_20, "1천120명", (None, "2026-11-20", "as_of")),
    (CARE_TV, NOV_20, "610명", (None, "2026-11-20", "as_of")),
    (RAIL_WIRE, OCT_9, "6천240명", (None, "2026-10-09", "as_of")),
    (RAIL_WIRE, OCT_9, "512명", (None, "2026-10-09", "as_of")),
    (RAIL_WIRE, OCT_9, "35.8%", (None, "2026-10-09", "as_of")),
    (FLOOD_WIRE, JUL_14, "1천240명", (None, "2026-07-14", "as_of")),
]

# the same articles' tallies keep their reading: the day's count on the day the strike began,
# the operation that day, the dead since the rain began
TALLIES = [
    (CARE_TV, NOV_20, "1천134실", ("2026-11-20", "2026-11-20", "day")),
    (RAIL_WIRE, OCT_9, "100%", ("2026-10-09", "2026-10-09", "day")),
    (FLOOD_WIRE, JUL_14, "12명", ("2026-07-11", "2026-07-14", "to_date")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), LEVELS)
def test_a_level_of_taking_part_is_as_of_its_hour(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), TALLIES)
def test_a_tally_keeps_its_window_and_is_never_a_day_to_itself(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


# rooms counted with 실, glued to digits: classrooms shut in a strike, hospital rooms
ROOMS = [
    ("시내 돌봄교실 4천960실 중 237실은 이날 운영을 멈췄다.", "237실", 237),
    ("시내 돌봄교실 4천960실 중 237실은 이날 운영을 멈췄다.", "4천960실", 4960),
    ("이날 돌봄교실 241실이 운영되지 않았다.", "241실", 241),
    ("병원은 격리 병실 30실을 추가로 확보했다.", "30실", 30),
]

# 실 opening another word after digits is no room count
NOT_ROOMS = [
    ("투수는 5이닝 동안 2실점했다.", "2실"),
    ("노조는 24시간 3실시간 중계를 예고했다.", "3실"),
]


@pytest.mark.parametrize(("text", "surface", "value"), ROOMS)
def test_rooms_are_counted(text: str, surface: str, value: int) -> None:
    claims = [c for c in extract_text(text, lang="ko", published=NOV_20) if c.surface == surface]
    assert [(c.value, c.unit) for c in claims] == [(value, "count")]


@pytest.mark.parametrize(("text", "surface"), NOT_ROOMS)
def test_sil_opening_another_word_is_no_count(text: str, surface: str) -> None:
    claims = extract_text(text, lang="ko", published=NOV_20)
    assert not any(c.surface.startswith(surface) and c.unit == "count" and c.value
                   == float(surface[:-1]) for c in claims)
