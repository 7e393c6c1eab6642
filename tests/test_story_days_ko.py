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


# "전날" names the day before the story's day; the story stays on its day. Wire copy on a strike,
# a rally or a port: "이날 ... 전날 하루 ... 이날 오전 ... 전날까지 누적" (day four of a strike, a
# rally's count at an hour, a port's throughput, an industry's running loss).
PORT = "\n\n".join([
    "철도 파업 닷새째",
    "철도노조 파업이 닷새째를 맞은 14일 열차 운행률이 조금 올랐다.",
    "코레일에 따르면 이날 오전 9시 기준 파업 참가자는 6천200여 명이다.",
    "인천항 컨테이너 처리량은 전날 하루 1만1천TEU로 평시의 58% 수준이었다.",
    "수도권 전철 운행률은 이날 오전 81.5%로 집계됐다.",
    "철강업계는 파업 이후 누적 손실이 전날까지 약 430억원으로 추산된다고 밝혔다.",
    "무역협회에는 이날 오후까지 운송 차질 신고 96건이 접수됐다.",
])

DEC_14 = date(2026, 12, 14)

STORY_DAY_AFTER_THE_DAY_BEFORE = [
    # a running rate at a part of the day is as of that day (tests/test_bulletin_moments_ko.py)
    ("81.5%", (None, "2026-12-14", "as_of")),
    ("96건", (None, "2026-12-14", "as_of")),
    # "파업 이후 누적 손실이 전날까지": since the strike began (its fifth day is the 14th, so
    # the 10th) to the day before the story's day (tests/test_bulletin_levels_ko.py)
    ("약 430억원", ("2026-12-10", "2026-12-13", "to_date")),
]

# Negative rows of the same shape: "전날" itself stays the day before the story's day, and a
# day the story names ("지난 12일") still moves it.
THE_DAY_BEFORE = [
    ("58%", ("2026-12-13", "2026-12-13", "day")),
]

NAMED_DAY = "\n\n".join([
    "지하철 파업 이어져",
    "지하철 노조 파업이 이어지고 있다.",
    "지난 12일 오후 2시부터 파업에 들어갔다.",
    "서울시는 이날 오후 6시 기준 1천400명이 파업에 참여했다고 밝혔다.",
])


@pytest.mark.parametrize(("surface", "period"), STORY_DAY_AFTER_THE_DAY_BEFORE)
def test_the_day_before_moves_no_storys_day(
    surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(PORT, surface, DEC_14) == period


@pytest.mark.parametrize(("surface", "period"), THE_DAY_BEFORE)
def test_the_day_before_is_still_the_day_before(
    surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(PORT, surface, DEC_14) == period


def test_a_named_day_still_sets_the_storys_day() -> None:
    assert _period(NAMED_DAY, "1천400명", DEC_14)[1] == "2026-12-12"


# A day counted back from the story's ("전날", "전일") dates its own figure and leaves the story's
# day where the lead put it: "이날" after it is still the lead's day (Korean wire and TV copy of
# strikes, daily case counts and advance voting).
DEC_3 = date(2026, 12, 3)

INCHEON = "\n\n".join([
    "철도노조 파업 닷새째 운행률 떨어져",
    "전국철도노조의 파업이 닷새째를 맞은 3일 열차 운행률이 더 낮아졌다.",
    "인천항의 컨테이너 반출입량은 전날 하루 9천200TEU로 평시의 58% 수준이었다.",
    "인천항 장치율은 이날 오전 76.4%로 올라갔다.",
    "수도권 물류센터 35곳 가운데 12곳이 이날 출고를 멈췄다.",
])

VOTE = "\n\n".join([
    "사전투표 둘째 날 오전 누적 투표율 14.2%",
    "사전투표 둘째 날인 3일 오전 10시 현재 누적 투표율은 14.2%로 집계됐다.",
    "첫날이었던 전날 투표율은 9.8%였다.",
    "이날 오전 10시 현재 시도별 투표율은 전남이 19.1%로 가장 높았다.",
])

CASES = "\n\n".join([
    "독감 환자 이틀째 줄어",
    "3일 질병관리청에 따르면 전날 처음으로 하루 환자가 2천 명을 넘은 뒤 하루 만에 다시 줄었다.",
    "이날 0시부터 오후 6시까지 확진된 환자는 1천420명이었다.",
])

ONE_DAY_BACK = [
    # the yard's occupancy at a part of the day: as of that day (tests/test_bulletin_moments_ko.py)
    (INCHEON, "76.4%", (None, "2026-12-03", "as_of")),
    (INCHEON, "12곳", ("2026-12-03", "2026-12-03", "day")),
    (VOTE, "19.1%", (None, "2026-12-03", "as_of")),
    (CASES, "1천420명", ("2026-12-03", "2026-12-03", "day")),
]

# ... while "전날" itself stays the day before the story's
STILL_THE_DAY_BEFORE = [
    (INCHEON, "58%", ("2026-12-02", "2026-12-02", "day")),
    (VOTE, "9.8%", ("2026-12-02", "2026-12-02", "day")),
]


@pytest.mark.parametrize(("text", "surface", "period"), ONE_DAY_BACK)
def test_the_day_before_the_storys_does_not_move_it(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, DEC_3) == period


@pytest.mark.parametrize(("text", "surface", "period"), STILL_THE_DAY_BEFORE)
def test_the_day_before_the_storys_still_dates_its_figure(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, DEC_3) == period


# A tally from the day something began to an hour of the story's day ("지난 7일부터 이날 오전
# 7시까지", "지난달 28일 0시부터 오늘(3일) 아침 6시까지") closes on the story's day: its start is
# not the story's day, so "이날" and "전날" after it count from the story's day.
ARRESTS = "\n\n".join([
    "경찰, 건설노조 집회 참가자 27명 연행",
    "3일 경찰청에 따르면 노조가 총파업을 시작한 지난 1일부터 이날 오전 7시까지 업무방해 "
    "혐의로 27명이 현행범으로 체포됐다.",
    "전날 오전까지 체포된 인원은 18명이었다.",
    "이날 새벽 울산에서만 9명이 연행됐다.",
])

BROADCAST = "\n\n".join([
    "경찰, 파업 나흘간 21명 연행",
    "경찰은 지난달 30일부터 오늘(3일) 아침 7시까지 나흘간 조합원 21명을 현장에서 연행했습니다.",
])

# the same hour words in a window of a few hours of one day ("어제(2일) 저녁 8시부터 2시간 동안")
EVENING = "\n\n".join([
    "불꽃놀이에 12만 명 몰려",
    "어제(2일) 저녁 8시부터 2시간 동안 열린 불꽃놀이에 관람객 12만 명이 몰렸습니다.",
])

TALLIES = [
    (EVENING, "12만 명", ("2026-12-02", "2026-12-02", "day")),
    (ARRESTS, "27명", ("2026-12-01", "2026-12-03", "to_date")),
    (ARRESTS, "18명", ("2026-12-01", "2026-12-02", "to_date")),
    (ARRESTS, "9명", ("2026-12-03", "2026-12-03", "day")),
    (BROADCAST, "21명", ("2026-11-30", "2026-12-03", "to_date")),
]


@pytest.mark.parametrize(("text", "surface", "period"), TALLIES)
def test_a_tally_to_the_storys_day_keeps_the_storys_day(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, DEC_3) == period


# A day to come ("오는 24일 0시 기준 ... 늘어날 전망이다", "오는 5일 집회를 열겠다") is never a day
# of a past month, and the story does not go on with it; a past day of the same shape ("지난 1일
# 0시 기준") still dates its figure.
OCT_23 = date(2026, 10, 23)

FORECAST = "\n\n".join([
    "독감 의심환자 오후 6시까지 9천명",
    "23일 방역당국에 따르면 이날 0시부터 오후 6시까지 독감 의심환자 9천120명이 신고됐다.",
    "자정까지 집계가 남은 만큼 오는 24일 0시 기준 환자 수는 이보다 늘어날 전망이다.",
    "이날 0시 기준 입원 환자는 1천36명이었다.",
])

PAST_DAY = "\n\n".join([
    "독감 입원 환자 늘어",
    "지난 1일 0시 기준 입원 환자는 870명이었다.",
])

DAYS_TO_COME = [
    (FORECAST, "1천36명", ("2026-10-23", "2026-10-23", "day")),
    (PAST_DAY, "870명", (None, "2026-10-01", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), DAYS_TO_COME)
def test_a_day_to_come_is_no_past_day_nor_the_storys(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, OCT_23) == period


# A date glossing the day before ("전날인 2일 오후 6시까지", "전날(2일)") is that day, and the
# story's day stays the lead's; a day named on its own ("2일 오후 6시 기준") still sets it.
GLOSSED = "\n\n".join([
    "오후 6시까지 독감 의심환자 1만2천명",
    "3일 오후 6시 기준으로 전국에서 독감 의심환자 1만2천40명이 신고됐다.",
    "이는 전날인 2일 오후 6시까지 집계된 9천810명보다 2천230명 많은 규모다.",
    "이날 오후 6시 기준 지역별로는 서울이 3천120명으로 가장 많았다.",
])

BRACKETED = "\n\n".join([
    "오후 6시까지 독감 의심환자 1만2천명",
    "3일 오후 6시 기준으로 전국에서 독감 의심환자 1만2천40명이 신고됐다.",
    "전날(2일) 같은 시간에는 9천810명이었다.",
    "이날 오후 6시 기준 지역별로는 서울이 3천120명으로 가장 많았다.",
])

NAMED = "\n\n".join([
    "독감 의심환자 집계",
    "2일 오후 6시 기준으로 전국에서 독감 의심환자 9천810명이 신고됐다.",
    "이날 오후 6시 기준 지역별로는 서울이 2천640명으로 가장 많았다.",
])

GLOSSES = [
    (GLOSSED, "3천120명", (None, "2026-12-03", "as_of")),
    (BRACKETED, "3천120명", (None, "2026-12-03", "as_of")),
    (NAMED, "2천640명", (None, "2026-12-02", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), GLOSSES)
def test_a_date_glossing_the_day_before_sets_no_story_day(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, DEC_3) == period
