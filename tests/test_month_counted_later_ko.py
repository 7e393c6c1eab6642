"""A Korean month's flow counted as of a later day ("10월 부산 아파트 매매 거래는 2일 현재
2천174건": late reports still come in) is the month's; a month still running at that day stays
a window to date, and a month that dates an event before the subject ("지난 9월 시작된 파업")
leaves the count as of its day. Our own sentences in the style of Korean housing-transaction
and strike copy (other places and figures)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_3 = date(2026, 12, 3)
NOV = ("2026-11-01", "2026-11-30", "interval")

CASES = [
    ("부산부동산정보센터에 따르면 11월 부산 아파트 매매 거래는 2일 현재 2천174건으로 집계됐다.",
     "2천174건", NOV),
    ("지난달 인천 아파트 매매 거래는 3일 기준 1천386건으로 전달보다 줄었다.", "1천386건", NOV),
    ("11월 경기 아파트 매매 거래량은 1일 현재 8천40건이다.", "8천40건", NOV),
    # a month still running: the window to that day
    ("이달 대구 아파트 매매 거래량은 3일 기준 214건이다.", "214건",
     ("2026-12-01", "2026-12-03", "to_date")),
    # a range from a month's start to a day
    ("질병관리청은 올해 1월부터 이달 1일까지 신고된 백일해 환자가 212명이라고 밝혔다.", "212명",
     ("2026-01-01", "2026-12-01", "to_date")),
    # a month that dates the event, not the count
    ("지난 9월 시작된 파업의 참가자는 3일 현재 1천200명이다.", "1천200명",
     (None, "2026-12-03", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_a_months_flow_counted_later_is_the_months(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_3) == period
