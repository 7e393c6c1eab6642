"""An hour-to-hour window with no day of its own is the Korean story's day (read on real news:
subway and rail strikes, "출근 시간대인 오전 7시부터 9시까지는 운행률 100%", "첫날 오전 7~9시에는
열차 운행률 100%", "퇴근 시간인 오후 6시부터 8시 사이 수도권 전철 운행률은 88%", "오후 6시부터
8시까지 퇴근시간대 운행률은 87%"): like "이날", it counts from the day the story last named, not
an unknown time.

Kept: a window with its own day ("3일 오전 6시부터 저녁 8시까지"), a window of hours
("저녁 8시부터 2시간 동안"). Our own sentences in the style of Korean TV and wire copy (other
names, places and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_2 = date(2026, 12, 2)

SUBWAY_TV = "\n\n".join([
    "부산 지하철 파업 첫날…낮 시간 운행률 75%",
    "[앵커]",
    "부산 지하철 노조가 오늘(2일) 첫차부터 파업에 들어갔습니다.",
    "노사 협정에 따라 출근 시간대인 오전 7시부터 9시까지는 운행률 100%가 유지됐습니다.",
    "공사는 퇴근 시간대인 오후 6시~8시에는 운행률을 90% 수준으로 유지할 계획입니다.",
])

RAIL_WIRE = "\n\n".join([
    "철도 파업 첫날 퇴근길 혼잡",
    "(대전=연합뉴스) 기자 = 철도노조가 2일 오전 4시 파업에 들어갔다.",
    "출근 시간대인 오전 7~9시에는 수도권 전철 운행률이 96%를 기록했다.",
])

DAY_OF_ITS_OWN = "\n\n".join([
    "투표 마감",
    "3일 오전 6시부터 저녁 8시까지 진행된 투표에 1천200만 명이 참여했다.",
])

HOURS = [
    (SUBWAY_TV, DEC_2, "100%", ("2026-12-02", "2026-12-02", "day")),
    (RAIL_WIRE, DEC_2, "96%", ("2026-12-02", "2026-12-02", "day")),
]

KEPT = [
    (DAY_OF_ITS_OWN, date(2026, 12, 4), "1천200만 명", ("2026-12-03", "2026-12-03", "day")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), HOURS)
def test_an_hour_window_is_the_storys_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), KEPT)
def test_a_window_with_its_own_day_is_kept(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period
