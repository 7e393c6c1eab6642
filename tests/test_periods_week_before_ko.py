"""The unit just before a figure's window, said as a span back ("한 주 전(254명)보다", "일주일
전보다", "한 달 전(2.9%)에 비해"): the week or month before, as "전주", "전월" are (read on real
news: KDCA weekly norovirus and influenza bulletins, "직전 주(70.9명)보다", "전주 50.7명보다";
Statistics Korea monthly releases). Negative rows: "한 달 전" not compared with ("한 달 전 12명을
고용했다") dates nothing as a baseline. Our own sentences, other numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

WEEK_BEFORE = [
    case("질병관리청에 따르면 47주차(11월 15~21일) 노로바이러스 환자는 312명으로 "
         "한 주 전(254명)보다 22.8% 늘었다.", "2026-11-25",
         E("254명", "2026-11-08", "2026-11-14", "interval"),
         E("312명", "2026-11-15", "2026-11-21", "interval"), id="han-ju-jeon"),
    case("통계청에 따르면 10월 실업률은 3.3%로 한 달 전(3.0%)보다 0.3%포인트 올랐다.", "2026-11-12",
         E("3.0%", "2026-09-01", "2026-09-30", "interval"), id="han-dal-jeon"),
]

KEEPS = [  # negative rows
    case("그는 한 달 전 12명을 고용했다고 말했다.", "2026-11-12",
         E("12명", None, "2026-11-12", "none"), id="not-compared"),
]


@pytest.mark.parametrize("c", WEEK_BEFORE + KEEPS)
def test_week_before_ko(c: PeriodCase) -> None:
    check(c, "ko")
