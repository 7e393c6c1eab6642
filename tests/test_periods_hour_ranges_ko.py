"""A day from an hour to a later hour is that day, not a window from it to publication (our own
sentences in the style of Korean election and police copy; published 2025-06-04)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 6, 4)
DAY = ("2025-06-03", "2025-06-03", "day")

ROWS = [
    ("선관위는 3일 오전 6시부터 저녁 8시까지 진행한 지방선거 최종 투표율이 58.2%라고 밝혔다.",
     "58.2%", DAY),
    ("투표는 3일 오전 6시부터 오후 8시까지 전국 1만4천200개 투표소에서 진행됐다.", "1만4천200개",
     DAY),
    ("경찰은 지난 3일 오후 10시부터 자정까지 음주운전 27건을 적발했다.", "27건", DAY),
    # kept: from an hour with no end is a window to publication
    ("경찰은 지난 3일 오후 10시부터 음주운전 단속을 벌여 27건을 적발했다.", "27건",
     ("2025-06-03", "2025-06-04", "to_date")),
]


@pytest.mark.parametrize(("text", "surface", "period"), ROWS)
def test_a_day_from_an_hour_to_an_hour(text: str, surface: str,
                                       period: tuple[str | None, str | None, str]) -> None:
    assert period_of(text, surface, PUBLISHED) == period
