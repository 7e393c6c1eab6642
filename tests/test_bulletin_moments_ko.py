"""A bulletin's moments in Korean copy (``claims.counted_levels``, ``claims.counted_story_days``):
a rate told at a part of a day ("어제 아침 26%", "이날 오전 68.2%로", "첫날 같은 시각 80.1%에서")
is the level it stood at then, as of that day; a bulletin's hour on "이날" in a wrap-up is of
the latest day the story told, not of an earlier day its recital of past steps named last; and
"지금까지" runs to when the article is told. Rates over a whole day, crowds of a day and the
recited day's own count ("이날 하루에만") keep their reading. Our own sentences in the style of
Korean wire and TV copy on wildfires, port strikes and floods (other names, places, numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

FEB_6 = date(2026, 2, 6)
DEC_3 = date(2026, 12, 3)
AUG_18 = date(2026, 8, 18)

# a wildfire's containment, told at parts of earlier days, then the missing "so far"
FIRE_WIRE = "\n\n".join([
    "산불 진화율 31%",
    "어제(5일) 강풍 특보가 내려지면서 산불 확산이 우려됐다.",
    "(서울=연합뉴스) 기자 = 소방 당국에 따르면 오늘(6일) 새벽 기준 진화율은 31%다.",
    "진화율은 그제 밤 21%, 어제 아침 26%, 어제 저녁 29%에서 조금씩 올랐다.",
    "경찰은 실종 신고 42건을 조사했고, 지금까지 27명은 무사히 확인됐다.",
])

# a port strike: the yard occupancy at a part of the day, the rate on day one at the same hour
PORT_WIRE = "\n\n".join([
    "화물 파업 이틀째",
    "(부산=뉴스1) 기자 = 화물연대 파업이 이틀째 이어진 3일 항만 물류 차질이 커졌다.",
    "부산항의 장치율은 이날 오전 68.2%로 전날보다 3.1%포인트 올랐다.",
    "KTX 운행률은 파업 첫날 같은 시각 80.1%에서 이날 76.4%로 떨어졌다.",
    "부산항의 컨테이너 반출입량은 어제 하루 평시의 41.5%에 그쳤다.",
    "노조는 이날 오후 부산역 광장에서 조합원 3천여 명이 참가한 가운데 집회를 열었다.",
])

# a flood wrap-up: the lead's day, a recital of the emergency's earlier steps, then the toll
FLOOD_WIRE = "\n\n".join([
    "호우 중대본 1단계로 하향",
    "(세종=뉴시스) 기자 = 행정안전부는 18일 오후 7시부로 중대본 대응 수위를 1단계로 낮췄다.",
    "앞서 지난 8일 중대본 1단계를 가동했고, 지난 12일 3단계로 상향했다.",
    "이날 하루에만 이재민 320명이 새로 발생했다.",
    "한편 이번 호우로 인한 인명 피해는 이날 오후 6시 기준 사망 12명, 실종 2명이다.",
])

# advance voting: the turnout so far on the voting day is that day's share of its tally
VOTE_TV = "\n\n".join([
    "사전투표 첫날 투표율 6%",
    "사전투표 첫날인 오늘(4일) 전국 3천500여 개 투표소에서 투표가 진행됐습니다.",
    "이날 오후 2시 사전투표율은 6.4%입니다.",
])
DEC_4 = date(2026, 12, 4)

AT_A_MOMENT = [
    (FIRE_WIRE, FEB_6, "21%", (None, "2026-02-04", "as_of")),
    (FIRE_WIRE, FEB_6, "26%", (None, "2026-02-05", "as_of")),
    (FIRE_WIRE, FEB_6, "29%", (None, "2026-02-05", "as_of")),
    (FIRE_WIRE, FEB_6, "27명", (None, "2026-02-06", "as_of")),
    (PORT_WIRE, DEC_3, "68.2%", (None, "2026-12-03", "as_of")),
    (PORT_WIRE, DEC_3, "80.1%", (None, "2026-12-02", "as_of")),
    (FLOOD_WIRE, AUG_18, "12명", (None, "2026-08-18", "as_of")),
    (FLOOD_WIRE, AUG_18, "2명", (None, "2026-08-18", "as_of")),
]

KEEP = [
    (PORT_WIRE, DEC_3, "41.5%", ("2026-12-02", "2026-12-02", "day")),
    (PORT_WIRE, DEC_3, "3천여 명", ("2026-12-03", "2026-12-03", "day")),
    (FLOOD_WIRE, AUG_18, "320명", ("2026-08-12", "2026-08-12", "day")),
    (VOTE_TV, DEC_4, "6.4%", ("2026-12-04", "2026-12-04", "day")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), AT_A_MOMENT)
def test_a_bulletins_moment_is_as_of_its_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), KEEP)
def test_a_days_rate_crowd_and_story_day_keep_their_reading(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period
