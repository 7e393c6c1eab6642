"""A Korean cumulative total many times the story's own window total of the same thing, as of a
day that window reaches, reaches back beyond the window (since records began): a level as of its
day, not a tally from the window's start (``claims.counted_cumulative_scope``). A cumulative
smaller than the window's total, a little above it (a count going down: an error to keep in
view), or of another unit, still runs from the window's start. Our own
sentences in the style of Korean ministry and wire copy (other names and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_2 = date(2026, 12, 2)

DEFECTORS = ("올해 들어 지난달 말까지 입국한 탈북민은 196명으로 집계됐다. 탈북민 누적 입국 인원은 "
             "지난달 말 기준 3만4천380명이다.")
CARS = ("올해 들어 지난달 말까지 새로 등록된 전기차는 12만4천 대다. 전기차 누적 등록 대수는 "
        "지난달 말 기준 68만2천 대로 늘었다.")
PATIENTS = ("올해 들어 지난달 말까지 신고된 환자는 2천310명이다. 환자 누적 사망자는 지난달 말 기준 "
            "14명이다.")
# a little above the window's total: the running count going down, an error to keep in view
SLIP = ("올해 1월부터 이달 1일까지 신고된 홍역 환자는 모두 84명이다. 질병청은 지난달 30일 기준 "
        "누적 환자가 89명으로 집계됐다고 설명했다.")
GRANTS = ("올해 들어 지난달 말까지 입국한 탈북민은 196명이다. 탈북민 누적 정착지원금은 지난달 말 "
          "기준 3천120억원이다.")

BEYOND = [
    (DEFECTORS, "3만4천380명", (None, "2026-11-30", "as_of")),
    (CARS, "68만2천 대", (None, "2026-11-30", "as_of")),
]

WITHIN = [
    (SLIP, "89명", ("2026-01-01", "2026-11-30", "to_date")),
    (PATIENTS, "14명", ("2026-01-01", "2026-11-30", "to_date")),
    (GRANTS, "3천120억원", ("2026-01-01", "2026-11-30", "to_date")),
]


@pytest.mark.parametrize(("text", "surface", "period"), BEYOND)
def test_a_cumulative_larger_than_the_windows_total_is_as_of_its_day(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_2) == period


@pytest.mark.parametrize(("text", "surface", "period"), WITHIN)
def test_a_cumulative_within_the_window_runs_from_its_start(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_2) == period
