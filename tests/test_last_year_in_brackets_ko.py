"""Korean copy puts last year's figure in parentheses after this year's: "올해 4월 1일 기준 ...
24만1천 명으로, 지난해(21만2천 명)보다". The bracketed figure is the same count a year back, at
the same point (a survey's reference day a year earlier), as "전년(…)" already reads: a
``same_point`` phrase in the Korean table. A year restated in the parentheses ("지난해(2025년)")
is no such figure, and a year's crop compared with last year's stays last year's whole year.
Our own sentences in the style of ministry releases and wire copy (other names and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

AUG_20 = date(2026, 8, 20)

SURVEY = ("교육부가 발표한 '2026년 교육기본통계'에 따르면 올해 4월 1일 기준 다문화 학생은 "
          "20만1천 명으로 지난해(19만3천 명)보다 8천 명 늘었다.")
REGISTER = ("법무부에 따르면 지난달 말 기준 체류 외국인은 271만 명으로 작년(250만3천 명)보다 "
            "8.3% 늘었다.")
YEAR_SAID = "통계청에 따르면 지난해(2025년) 출생아는 23만8천 명이다."
CROP = "올해 마늘 생산량은 31만8천t으로 지난해(29만1천t)보다 9.3% 늘었다."

CASES = [
    (SURVEY, "19만3천 명", (None, "2025-04-01", "as_of")),
    (SURVEY, "20만1천 명", (None, "2026-04-01", "as_of")),
    (REGISTER, "250만3천 명", (None, "2025-07-31", "as_of")),
    (YEAR_SAID, "23만8천 명", ("2025-01-01", "2025-12-31", "interval")),
    (CROP, "29만1천t", ("2025-01-01", "2025-12-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_last_years_figure_in_brackets_is_a_year_back(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, AUG_20) == period
