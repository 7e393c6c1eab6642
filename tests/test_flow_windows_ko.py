"""What a fund earned over a window keeps that window, not the as-of day of the stock told just
before it (our own sentences in the style of Korean pension-fund and reserve copy; published
2025-11-28)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 11, 28)
JAN_SEP = ("2025-01-01", "2025-09-30", "interval")
END_SEP = (None, "2025-09-30", "as_of")

FUND = (
    "사학연금 기금운용단은 올해 1∼9월 기금운용 수익률이 9.4%로 집계됐다고 28일 밝혔다. "
    "9월 말 기준 기금 적립금은 32조4천억원으로, 지난해 말보다 2조1천억원 늘었다. "
    "자산별 수익률은 해외주식이 18.6%로 가장 높았고 국내주식 14.2%, 대체투자 5.1% 순이었다. "
    "해외주식 평가액은 9조8천억원이었다."
)
# the fund's return names another window than the day the stock is at: nothing to take
OTHER_WINDOW = (
    "공제회의 상반기 운용 수익률은 4.4%였다. "
    "9월 말 기준 자산은 51조원이다. "
    "자산별 수익률은 주식이 7.9%로 가장 높았다."
)

CASES = [
    # returns by asset class: the fund's return window, which ends at the stock's day
    (FUND, "18.6%", JAN_SEP),
    (FUND, "14.2%", JAN_SEP),
    (FUND, "5.1%", JAN_SEP),
    # the stock and its change keep what they were
    (FUND, "32조4천억원", END_SEP),
    (FUND, "9조8천억원", END_SEP),
    (FUND, "9.4%", JAN_SEP),
    # a return with no window ending on the stock's day keeps the day it carried
    (OTHER_WINDOW, "7.9%", END_SEP),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_returns_keep_the_window(text: str, surface: str,
                                 period: tuple[str | None, str | None, str]) -> None:
    assert period_of(text, surface, PUBLISHED) == period
