"""A day range whose first day names last year ("지난해 9월 5일부터 지난 4일까지", "지난해 12월
26일부터 1월 1일까지"): the year is the first day's; the last day is the latest such day, or the
first after the start, not a day of the year named. Our own sentences in the style of Korean
police and election copy (Hankyung, Yonhap)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

# (published, text, surface, expected (start, end))
ROWS = [
    (date(2026, 4, 8), "경찰은 지난해 10월 2일부터 지난 3일까지 재보궐선거 관련 선거사범 412명을 "
     "단속했다.", "412명", ("2025-10-02", "2026-04-03")),
    (date(2026, 2, 15), "특별 단속기간인 지난해 12월 1일부터 지난 12일까지 전국에서 적발된 "
     "음주운전은 9천870건으로 집계됐다.", "9천870건", ("2025-12-01", "2026-02-12")),
    (date(2026, 1, 12), "경찰은 지난해 12월 26일부터 1월 1일까지 일주일간 음주운전 1천204건을 "
     "적발했다.", "1천204건", ("2025-12-26", "2026-01-01")),
    # kept: a range inside this year
    (date(2026, 5, 6), "경찰은 올해 3월 2일부터 지난 4일까지 보이스피싱 사범 1천33명을 검거했다.",
     "1천33명", ("2026-03-02", "2026-05-04")),
]


@pytest.mark.parametrize(("published", "text", "surface", "expected"), ROWS)
def test_a_range_from_a_day_of_last_year(published: date, text: str, surface: str,
                                         expected: tuple[str, str]) -> None:
    start, end, _ = period_of(text, surface, published)
    assert (start, end) == expected
