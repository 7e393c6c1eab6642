"""'지난달 기준' reads as '9월 기준' does: a level as of the end of last month, not a tally over it
(our own sentences in the style of Korean statistics copy; published 2025-11-20)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 11, 20)


def _period(text: str, surface: str) -> tuple[str | None, str | None, str]:
    return period_of(text, surface, PUBLISHED)


ROWS = [
    ("법무부에 따르면 지난달 기준 불법체류 외국인은 21만4천120명으로 집계됐다.", "21만4천120명",
     (None, "2025-10-31", "as_of")),
    ("지난달 현재 국내 체류 외국인은 251만 명이다.", "251만 명", (None, "2025-10-31", "as_of")),
    ("지난달 기준 불법체류자는 40만8천 명으로, 지난해 같은 시기(38만1천 명)보다 7.1% 늘었다.",
     "38만1천 명", (None, "2024-10-31", "as_of")),
    # kept: the end of last month said outright, and last month's own tally
    ("지난달 말 기준 가계대출 잔액은 1천120조 원이다.", "1천120조 원",
     (None, "2025-10-31", "as_of")),
    ("지난달 수출액은 548억 달러로 집계됐다.", "548억 달러",
     ("2025-10-01", "2025-10-31", "interval")),
    ("9월 기준 체류 외국인은 248만 명이다.", "248만 명", (None, "2025-09-30", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), ROWS)
def test_last_month_as_of(text: str, surface: str,
                          period: tuple[str | None, str | None, str]) -> None:
    assert _period(text, surface) == period
