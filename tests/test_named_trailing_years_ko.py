"""Korean statistics copy names the years of a relative window next to it: "2019년부터
2023년까지 최근 5년간 ... 841건" (a lawmaker's data), "최근 5년(2020~2024년) 동안 ... 867건"
(a library report). The stated years win over the window counted back from publication,
in either order (``claims.counted_periods._names_the_trailing_window``). A relative window
alone stays a window to publication: real copy uses it both for the last complete years and
for years up to a month of this one. Our own sentences in the style of ministry and wire copy
(other names and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

MAY_12 = date(2026, 5, 12)

BEFORE = ("행정안전부 집계에 따르면 2021년부터 지난해까지 최근 5년간 전국에서 발생한 맨홀 추락 "
          "사고는 412건이다.")
YEARS_BEFORE = ("국회 행정안전위원회 소속 의원이 받은 자료에 따르면 2020년부터 2024년까지 "
                "최근 5년간 적발된 무면허 운전은 3만1천건에 달했다.")
COMMA = "경찰청에 따르면 최근 3년간, 2023년부터 지난해까지 접수된 보이스피싱 신고는 9만2천건이었다."
BRACKET = "소방청에 따르면 최근 5년간(2021~2025년) 전국에서 난 전기차 화재는 317건이다."
ALONE = "소방청에 따르면 최근 5년간 전국에서 난 전기차 화재는 317건이다."
# the next figure goes on with the years named
PART = ("행정안전부 집계에 따르면 2021년부터 지난해까지 최근 5년간 전국에서 발생한 맨홀 추락 "
        "사고는 412건이다. 이 가운데 경기는 97건이었다.")

CASES = [
    (BEFORE, "412건", ("2021-01-01", "2025-12-31", "interval")),
    (YEARS_BEFORE, "3만1천건", ("2020-01-01", "2024-12-31", "interval")),
    (COMMA, "9만2천건", ("2023-01-01", "2025-12-31", "interval")),
    (BRACKET, "317건", ("2021-01-01", "2025-12-31", "interval")),
    (PART, "97건", ("2021-01-01", "2025-12-31", "interval")),
    (ALONE, "317건", ("2021-05-13", "2026-05-12", "to_date")),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_years_named_next_to_a_relative_window_win(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, MAY_12) == period
