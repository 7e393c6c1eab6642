"""A past figure compared with ("2022년 3월 치러진 제3회 선거 때의 79.7%보다") dates only itself;
the gap right after it ("0.1%포인트 낮다") took the same phrase, but it is no window the figures
after go on with: a breakdown by region takes the vote's day, not the year compared with. And a
vote named as the subject right before its day ("...선거가 오늘(6일) 치러졌습니다", broadcast
copy) dates the results. Our own sentences in the style of KBS and Yonhap election copy."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_or_none

pytest.importorskip("kiwipiepy")

MAR_6 = date(2026, 3, 6)
DAY = ("2026-03-06", "2026-03-06")
COMPARED = ("오늘 오전 6시부터 전국 1천980개 투표소에서 진행된 조합장선거 투표가 "
            "오후 5시 마감됐다. 선거인 190만2천명 가운데 150만1천명이 투표해 최종 투표율은 "
            "78.9%로 집계됐다. "
            "2022년 3월 치러진 제3회 선거 때의 79.7%보다 0.8%포인트 낮다. 지역별로는 전남이 "
            "83.2%로 가장 높았고 서울은 57.1%에 그쳤다.")
HELD_POLITE = ("제5회 전국동시조합장선거가 오늘(6일) 치러졌습니다. 선관위에 따르면 최종 투표율은 "
               "78.9%로 집계됐습니다.")
HELD = "제5회 전국동시조합장선거가 오늘(6일) 치러졌다. 최종 투표율은 78.9%였다."

# (published, text, surface, expected (start, end))
ROWS = [
    (MAR_6, COMPARED, "83.2%", DAY),
    (MAR_6, COMPARED, "57.1%", DAY),
    (MAR_6, COMPARED, "79.7%", ("2022-03-01", "2022-03-31")),  # kept: the past figure's own
    (MAR_6, HELD_POLITE, "78.9%", DAY),
    (MAR_6, HELD, "78.9%", DAY),
]


@pytest.mark.parametrize(("published", "text", "surface", "expected"), ROWS)
def test_a_compared_time_stays_with_its_figure(published: date, text: str, surface: str,
                                               expected: tuple[str, str]) -> None:
    start, end, _ = period_or_none(text, surface, published)
    assert (start, end) == expected
