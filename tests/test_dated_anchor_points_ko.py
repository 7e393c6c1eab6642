"""A Korean reference date that names its own year ("올해 4월 1일 기준", "2025년 11월 1일 기준":
a survey's or a register's day) dates a level at that day, even when a report named by its
year ("'2026년 교육기본통계'에 따르면") stands before it: that year is the date's, no window
opened (``claims.counted_windows.from_window_start``); nor does a time over before the date
("지난해 3월 입학한 신입생 가운데 지난 18일 기준"). A date with no year of its own after "올해"
("올해 폭염일수는 지난 10일 기준 17.4일") still runs from the year's start, and so do "올해 들어
... 까지" and "지난해 12월부터 ... 기준". Our own sentences in the style of ministry releases
and wire copy (other names and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

AUG_20 = date(2026, 8, 20)

SCHOOLS = ("20일 교육부가 발표한 '2026년 교육기본통계'에 따르면 올해 4월 1일 기준 전국 초등학교 "
           "학생 수는 231만4천 명으로 지난해보다 7만2천 명 줄었다.")
SCHOOLS_AFTER = ("교육부가 공개한 '2026년 교육기본통계' 결과 올해 4월 1일 기준 다문화 학생은 "
                 "20만1천여 명이었다.")
CENSUS = ("통계청의 2025년 인구주택총조사 결과 2025년 11월 1일 기준 국내 총인구는 5천168만 명으로 "
          "집계됐다.")
REGISTER = ("행정안전부의 '2025년 지방자치단체 외국인주민 현황'에 따르면 지난해 11월 1일 기준 "
            "외국인 주민은 258만2천 명이다.")
LEAVE = "교육부는 지난해 3월 입학한 신입생 가운데 지난 18일 기준 1천204명이 휴학했다고 밝혔다."
HIRED = ("보건복지부는 2025년 3월 임용된 전공의 가운데 지난 18일 오후 6시 기준 9천275명이 "
         "사직서를 냈다고 밝혔다.")
# a date with no year of its own: "올해" before it opens the running count
HEAT_DAYS = "올해 폭염일수는 지난 15일 기준 21.3일로 평년의 세 배였다."
SINCE_JAN = "올해 들어 지난 18일까지 헌혈에 참여한 사람은 8만7천 명이다."
SINCE_DEC = "질병청에 따르면 지난해 12월부터 지난 18일 기준 누적 환자는 412명이다."

POINTS = [
    (SCHOOLS, "231만4천 명", (None, "2026-04-01", "as_of")),
    (SCHOOLS_AFTER, "20만1천여 명", (None, "2026-04-01", "as_of")),
    (CENSUS, "5천168만 명", (None, "2025-11-01", "as_of")),
    (REGISTER, "258만2천 명", (None, "2025-11-01", "as_of")),
    (LEAVE, "1천204명", (None, "2026-08-18", "as_of")),
    (HIRED, "9천275명", (None, "2026-08-18", "as_of")),
]

RUNNING = [
    (HEAT_DAYS, "21.3일", ("2026-01-01", "2026-08-15", "to_date")),
    (SINCE_JAN, "8만7천 명", ("2026-01-01", "2026-08-18", "to_date")),
    (SINCE_DEC, "412명", ("2025-12-01", "2026-08-18", "to_date")),
]


@pytest.mark.parametrize(("text", "surface", "period"), POINTS)
def test_a_reference_date_with_its_year_is_a_point(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, AUG_20) == period


@pytest.mark.parametrize(("text", "surface", "period"), RUNNING)
def test_a_date_without_its_year_runs_from_the_years_start(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, AUG_20) == period
