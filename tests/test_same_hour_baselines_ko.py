"""A figure of an earlier time compared at the same hour ("지난 총선의 경우 같은 시간 투표율은
5.98%였다", "지난 3일 동시간대 집계치(1만7천146명)") is a baseline: the next sentence goes on with
the story's own figure, not with it (our own sentences in the style of Korean election and
health copy)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")


_period = period_of


VOTE = "\n\n".join([
    "사전투표 첫날 오후 1시 투표율 7.92%",
    "지방선거 사전투표 첫날인 오늘 오후 1시 현재 투표율이 7.92%로 집계됐다고 선관위가 밝혔다.",
    "지난 2022년 6월 지방선거의 경우 같은 시간 투표율은 5.14%였다.",
    "시도별로 보면 전남이 12.31%로 가장 높았다.",
])

CASES = "\n\n".join([
    "오후 9시까지 확진자 3만명 넘어",
    "오늘 오후 9시 기준 전국에서 확진자 3만1천204명이 나왔다.",
    "지난 2월 14일 동시간대 집계치는 1만8천33명이었다.",
    "이 가운데 수도권 확진자가 1만7천712명이다.",
])

def test_the_next_figure_goes_on_with_the_storys_hour_not_a_past_election() -> None:
    published = date(2026, 5, 29)
    assert _period(VOTE, "12.31%", published) == (None, "2026-05-29", "as_of")
    assert _period(VOTE, "5.14%", published)[1] == "2022-06-30"


def test_a_past_day_at_the_same_hour_is_not_carried_on() -> None:
    assert _period(CASES, "1만7천712명", date(2026, 3, 5)) == (None, "2026-03-05", "as_of")


# A level compared with the day before's ("이날 오전 10시 기준 3천100여 명으로, 전날(3천600여
# 명)보다 줄었다"): the day before's is a level too, as of that day (the same window, shifted), not
# a count over the day; a day's count compared with the day before's stays that day's.
DEC_3 = date(2026, 12, 3)

LEVELS = "\n\n".join([
    "철도 파업 참여 3천100명으로 줄어",
    "국토교통부에 따르면 이날 오전 10시 기준 파업 참여 인원은 3천100여 명으로, 전날(3천600여 "
    "명)보다 500명가량 감소했다.",
    "중대본은 오늘 오전 6시 기준 대피 인원이 1천240명으로 전날 1천810명보다 줄었다고 밝혔다.",
])

DAY_COUNTS = "\n\n".join([
    "신규 확진 2천명대",
    "3일 0시부터 오후 6시까지 신규 확진자는 2천410명으로 전날 같은 시간 2천980명보다 570명 적었다.",
])

COMPARED_LEVELS = [
    (LEVELS, "3천600여 명", (None, "2026-12-02", "as_of")),
    (LEVELS, "1천810명", (None, "2026-12-02", "as_of")),
    (DAY_COUNTS, "2천980명", ("2026-12-02", "2026-12-02", "day")),
]


@pytest.mark.parametrize(("text", "surface", "period"), COMPARED_LEVELS)
def test_the_day_befores_level_is_a_level(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, DEC_3) == period
