"""A Korean past day set right before the start of a change ("전날 A에서 B로") dates the start
only; the end is the story's own time (``claims.change_sides``). A phrase of the end's own
dates it. Our own sentences in the style of Korean wire copy on a strike (other numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

# "전날 A에서 B로": the day before dates the start of the change only; the end is now. A time to
# come dates both sides; a phrase of B's own dates B.
SIDES_PUBLISHED = date(2026, 7, 4)
DAY_TWO = ("학교 비정규직 파업 이틀째인 4일 급식이 중단된 학교는 1천820곳으로 줄었다. 파업에 "
           "참가한 노동자 수도 전날 1만9천880명에서 1만5천210명으로 줄었다.")
SIDES = [
    (DAY_TWO, "1만9천880명", ("2026-07-03", "2026-07-03", "day")),
    (DAY_TWO, "1만5천210명", ("2026-07-04", "2026-07-04", "day")),
    ("파업 참가 인원은 첫날 3천450명에서 이날 오전 9시 기준 3천120명으로 줄었다.", "3천120명",
     (None, "2026-07-04", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), SIDES)
def test_a_past_day_before_a_change_dates_its_start_only(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, SIDES_PUBLISHED) == period
