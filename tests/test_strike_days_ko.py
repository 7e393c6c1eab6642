"""The days of a Korean strike told by its running count of days (read on real news: rail and
subway strikes "파업 이틀째인 28일", "총파업 4일째인 6일", "파업 첫날인 어제"; wire and TV copy).

* "첫날" right before a figure ("파업 참가 인원은 첫날 2천870명에서 ... 2천640명으로 줄었다",
  "첫날에는 30.5%였다") is the day the strike began, which the lead's count of days dates
  ("파업이 이틀째로 접어든 3일": the 2nd), not the time the sentence states for the next figure;
* "어제(2일)" told after the lead's day ("3일") looks back from publication: "이날" after it is
  still the lead's day (a strike's figures of the 3rd), as is a day that dates the figure
  compared with ("지난주 같은 요일(11월 25일)의 687만 명보다");
* a rally held on the strike's Nth day, read that same day ("총파업 3일째인 5일 ... 결의대회를
  열고", then "집회에는 경찰 추산 5천여 명"), is of that day, not a window from it to publication;
* a headline's count of days and the next clause's day are not linked ("파업 이틀째…어제 승객
  612만 명": "어제" is no second day).

Kept: "첫날" with no count of days said (no start known), the compared figure's own day. Our own
sentences in the style of Korean wire and TV copy (other names, places and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_3 = date(2026, 12, 3)
SEP_24 = date(2026, 9, 24)

BUS_WIRE = "\n\n".join([
    "시내버스 파업 이틀째…어제 승객 210만 명",
    "(부산=연합뉴스) 기자 = 부산 시내버스 노조의 파업이 이틀째로 접어든 3일 오전 출근길 "
    "시민 불편이 이어졌다.",
    "부산시에 따르면 파업 첫날인 어제(2일) 시내버스 이용객은 210만 명으로, 지난주 같은 "
    "요일(11월 25일)의 265만 명보다 20.8% 줄었다.",
    "시 집계 파업 참가 인원은 첫날 2천310명에서 이날 오전 9시 기준 2천150명으로 줄었다.",
    "경찰은 이날 오후 부산시청 앞에서 열린 결의대회에 주최 측 추산 3천 명, 경찰 추산 "
    "1천900명이 모였다고 밝혔다.",
])

RAIL_WIRE = "\n\n".join([
    "철도 파업 이틀째 운행률 소폭 하락",
    "철도 파업 이틀째인 24일 오전 전체 열차 운행률이 전날보다 조금 떨어졌다.",
    "파업 참가율은 첫날보다 높아졌다. 코레일 출근 대상자 1만1천 명 가운데 3천850명이 파업에 "
    "참여해 참가율이 35.0%를 기록했다. 첫날에는 29.4%였다.",
])

NO_COUNT = "\n\n".join([
    "화물 파업 계속",
    "화물연대 파업과 관련해 국토부는 첫날 1천200명이 참가했다고 밝혔다.",
])

RALLY_WIRE = "\n\n".join([
    "총파업 사흘째…경찰 추산 5천명 참가",
    "(서울=연합뉴스) 기자 = 공공운수노조는 총파업 3일째인 5일 서울 광화문 앞에서 결의대회를 열고 "
    "임금 인상을 요구했다.",
    "집회에는 경찰 추산 5천여 명, 주최 측 추산 8천여 명이 참가했다.",
])

ON_THE_DAY = [
    (RALLY_WIRE, date(2026, 12, 5), "5천여 명", ("2026-12-05", "2026-12-05", "day")),
    (RALLY_WIRE, date(2026, 12, 5), "8천여 명", ("2026-12-05", "2026-12-05", "day")),
]

FIRST_DAY = [
    (BUS_WIRE, DEC_3, "2천310명", ("2026-12-02", "2026-12-02", "day")),
    (RAIL_WIRE, SEP_24, "29.4%", ("2026-09-23", "2026-09-23", "day")),
]

THE_LEADS_DAY = [
    (BUS_WIRE, DEC_3, "2천150명", (None, "2026-12-03", "as_of")),
    (BUS_WIRE, DEC_3, "3천 명", ("2026-12-03", "2026-12-03", "day")),
    (BUS_WIRE, DEC_3, "1천900명", ("2026-12-03", "2026-12-03", "day")),
]

KEPT = [
    (BUS_WIRE, DEC_3, "265만 명", ("2026-11-25", "2026-11-25", "day")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), FIRST_DAY)
def test_the_first_day_is_the_day_the_strike_began(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), THE_LEADS_DAY)
def test_yesterday_looked_back_to_leaves_the_leads_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), KEPT)
def test_other_days_are_kept(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


def test_a_first_day_with_no_count_of_days_dates_nothing_new() -> None:
    assert period_of(NO_COUNT, "1천200명", DEC_3)[0] != "2026-12-02"


@pytest.mark.parametrize(("text", "published", "surface", "period"), ON_THE_DAY)
def test_a_rally_on_the_strikes_nth_day_is_of_that_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period
