"""An hour range that names no day, after a window a release stated, is a time of day its tally
is broken down by: the figure keeps the window, and so do the figures after it and the same
window a year back ("전년 같은 기간"). A story told on one day keeps its day. Our own sentences
in the style of Korean police and transport copy (Yonhap, Kukmin, Newsis, MK)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

WINTER = ("2025-12-01", "2026-01-31")
FEB_6 = date(2026, 2, 6)

CLOSED = ("충북경찰청은 지난해 12월 1일부터 지난달 31일까지 두 달간 음주운전 특별단속을 벌여 "
          "모두 2천418건을 적발했다고 6일 밝혔다. 출근길인 오전 6∼9시 적발도 312건이었다. "
          "지역별로는 청주가 1천102건으로 가장 많았다.")
SAME_SENTENCE = ("지난해 11월부터 올해 1월까지 발생한 음주사고 5천904건 가운데 오전 5∼9시 사이 "
                 "발생한 사고는 702건이었다.")
BY_THE_HOUR = ("경남경찰청은 지난해 12월 1일부터 지난달 31일까지 음주운전 특별단속을 벌여 "
               "1천977건을 적발했다. 시간대별로는 오후 8시부터 10시까지 적발이 613건으로 가장 "
               "많았다. 단속 기간 음주 교통사고는 143건으로 전년 같은 기간 171건보다 16.4% 줄었다.")
THIS_YEAR = ("전북경찰청은 올해 적발한 음주운전 1천840건을 분석했다. 시간대별로는 오후 8시부터 "
             "10시까지가 512건으로 가장 많았다.")
STRIKE_DAY = "지하철 파업 이틀째인 5일 출근 시간대인 오전 7시부터 9시까지는 운행률 100%를 유지했다."
STRIKE_RUNNING = ("지난 1일부터 이어진 파업으로 열차 운행이 줄었다. 코레일은 파업 참가자가 "
                  "2천12명이라고 밝혔다. 출근 시간대인 오전 7시부터 9시까지는 열차 운행률이 "
                  "92%였다.")

# (published, text, surface, expected (start, end))
ROWS = [
    (FEB_6, CLOSED, "312건", WINTER),
    (FEB_6, CLOSED, "1천102건", WINTER),  # the breakdown after it goes on with the window
    (FEB_6, SAME_SENTENCE, "702건", ("2025-11-01", "2026-01-31")),
    (FEB_6, BY_THE_HOUR, "613건", WINTER),
    (FEB_6, BY_THE_HOUR, "143건", WINTER),
    (FEB_6, BY_THE_HOUR, "171건", ("2024-12-01", "2025-01-31")),  # the window a year back
    # a window still running: only when the sentence breaks the tally down by the hour
    (date(2026, 6, 10), THIS_YEAR, "512건", ("2026-01-01", "2026-06-10")),
    # kept: a story told on one day, or a window running to publication with no breakdown
    (FEB_6, STRIKE_DAY, "100%", ("2026-02-05", "2026-02-05")),
    (FEB_6, STRIKE_RUNNING, "92%", ("2026-02-06", "2026-02-06")),
]


@pytest.mark.parametrize(("published", "text", "surface", "expected"), ROWS)
def test_an_hour_range_inside_a_window(published: date, text: str, surface: str,
                                       expected: tuple[str, str]) -> None:
    start, end, _ = period_of(text, surface, published)
    assert (start, end) == expected
