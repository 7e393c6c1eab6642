"""A Korean count "since the event began" ("파업이 시작된 뒤 지금까지 17명을 체포했다", "산불이
시작된 이후 이날 오전까지 54채가 탔다") runs from the day the article says the event began, to
the time it is stated as of; a breakdown of it ("이 가운데 2명") takes the same window. The
article says that day anywhere: a since-phrase the event began from ("지난달 28일 0시부터 시작된
파업이"), or the day its running count of days dates ("파업이 닷새째를 맞은 4일": the 30th; "오늘로
나흘째"; "산불 발생 사흘째인 3일"; "단속 나흘째인 3일 0시부터"). Counts with no such cue stay
levels at their hour; a cue with no start said stays as of its time. Our own sentences in the
style of Korean TV and wire copy on strikes, wildfires and police checks (other names, places
and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_1 = date(2026, 12, 1)
DEC_3 = date(2026, 12, 3)
DEC_4 = date(2026, 12, 4)

RAIL_TV = "\n\n".join([
    "철도노조 파업 나흘째…열차 운행률 72%",
    "[앵커]",
    "철도노조 파업이 길어지면서 출근길 불편이 커지고 있습니다.",
    "한서윤 기자의 보도입니다.",
    "[리포트]",
    "성과급 지급을 요구하며 지난달 28일 0시부터 시작된 철도노조 파업이 오늘로 나흘째를 "
    "맞았습니다.",
    "국토교통부는 오늘 오전 10시 기준 조합원 3천200여 명이 파업에 참여하고 있다고 밝혔습니다.",
    "경찰은 파업이 시작된 뒤 지금까지 업무방해 혐의로 조합원 17명을 체포했습니다.",
    "이 가운데 2명에 대해서는 구속영장을 신청했습니다.",
])

BUILD_WIRE = "\n\n".join([
    "건설노조 파업 닷새째…공사 중단 신고 86건",
    "(서울=뉴스1) 기자 = 건설노조 총파업이 닷새째를 맞은 4일 수도권 공사 현장 곳곳에서 타설이 "
    "멈췄다.",
    "대한건설협회에는 파업이 시작된 이후 이날 오후까지 공사 중단 신고가 모두 86건 접수됐다.",
])

FIRE_WIRE = "\n\n".join([
    "산불 사흘째…주택 54채 불에 타",
    "(강릉=연합뉴스) 기자 = 산불 발생 사흘째인 3일 강원 동해안 일대에서 진화 작업이 이어졌다.",
    "산불이 시작된 이후 이날 오전까지 주택 54채가 불에 탔다.",
])

CHECKPOINTS = "\n\n".join([
    "음주운전 특별단속 나흘째…412건 적발",
    "(서울=연합뉴스) 기자 = 연말 음주운전 특별단속 나흘째인 3일 0시부터 오전 6시까지 서울에서만 "
    "38건이 적발됐다.",
    "경찰청은 단속이 시작된 이후 이날 오전까지 전국에서 모두 412건을 적발했다고 밝혔다.",
])

ALONE = "\n\n".join([
    "화물 파업 이어져",
    "경찰은 파업이 시작된 뒤 지금까지 조합원 12명을 체포했다.",
])

SINCE_BEGAN = [
    (RAIL_TV, DEC_1, "17명", ("2026-11-28", "2026-12-01", "to_date")),
    (RAIL_TV, DEC_1, "2명", ("2026-11-28", "2026-12-01", "to_date")),
    (BUILD_WIRE, DEC_4, "86건", ("2026-11-30", "2026-12-04", "to_date")),
    (FIRE_WIRE, DEC_3, "54채", ("2026-12-01", "2026-12-03", "to_date")),
    (CHECKPOINTS, DEC_3, "412건", ("2026-11-30", "2026-12-03", "to_date")),
]

# the same articles' counts with no such cue, and the cue with no start said: as today
KEPT = [
    (RAIL_TV, DEC_1, "3천200여 명", (None, "2026-12-01", "as_of")),
    (ALONE, DEC_1, "12명", (None, "2026-12-01", "as_of")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), SINCE_BEGAN)
def test_a_count_since_the_event_began_runs_from_its_start(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), KEPT)
def test_a_count_with_no_cue_or_no_start_keeps_its_time(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period
