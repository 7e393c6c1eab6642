"""A Korean count told at the same hour on another day ("첫날인 어제(2일) 같은 시각에는
1만4천200명", "같은 시간 부산은 780명이 파업에 나섰다") is a reading at that hour, as of
that day, as the hour's own count is; a day's tally ("어제 하루 수술 2천130건") and an event
on a day ("어제 오전 시민 1천 명이 모였다") keep the day. Our own sentences in the style of
Korean strike copy (other unions and figures)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_3 = date(2026, 12, 3)
LEAD = "고용노동부에 따르면 이날 오전 10시 기준 파업 참여 인원은 8천420명으로 집계됐다. "

CASES = [
    (LEAD + "파업 첫날인 어제(2일) 같은 시각에는 9천150명이었다.", "9천150명",
     (None, "2026-12-02", "as_of")),
    (LEAD + "어제 같은 시간 참여 인원은 9천150명이었다.", "9천150명",
     (None, "2026-12-02", "as_of")),
    (LEAD + "지난 1일 같은 시각 참여 인원은 7천30명이었다.", "7천30명",
     (None, "2026-12-01", "as_of")),
    # a day's tally and an event on a day keep their day
    (LEAD + "어제 하루 병원에서 수술 1천210건이 연기됐다.", "1천210건",
     ("2026-12-02", "2026-12-02", "day")),
    (LEAD + "어제 오전 광화문에서 조합원 3천 명이 모였다.", "3천 명",
     ("2026-12-02", "2026-12-02", "day")),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_a_count_at_the_same_hour_is_as_of_its_day(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_3) == period
