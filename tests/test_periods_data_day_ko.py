"""A bulletin's data day ends its running windows, and a day compared with dates only the
count compared (our own sentences in the style of Korean health and disaster bulletins;
published 2025-08-12)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 8, 12)
TALLY = "질병관리청에 따르면 올해 들어 지난 9일까지 신고된 환자는 4천120명이다. "

ENDED = [
    # "올해 같은 기간", "올들어", "올해" in a bulletin counted to a day before publication
    (TALLY + "올해 같은 기간 사망자는 15명이 신고됐다.", "15명",
     ("2025-01-01", "2025-08-09", "to_date")),
    ("질병관리청에 따르면 지난 10일 기준 누적 환자는 812명이다. 올들어 숨진 사람은 9명이다.", "9명",
     ("2025-01-01", "2025-08-10", "to_date")),
    ("전날까지 올해 누적 온열질환자는 2천640명이다. 올해 추정 사망자는 21명으로 지난해 같은 "
     "기간(11명)보다 많다.", "21명", ("2025-01-01", "2025-08-11", "to_date")),
    ("전날까지 올해 누적 온열질환자는 2천640명이다. 올해 추정 사망자는 21명으로 지난해 같은 "
     "기간(11명)보다 많다.", "11명", ("2024-01-01", "2024-08-11", "to_date")),
    # a trailing window keeps its length
    (TALLY + "최근 1주 신고는 96명이다.", "96명", ("2025-08-03", "2025-08-09", "to_date")),
]

COMPARED = [
    # the day of an earlier count compared with dates that count, not the figure
    ("중대본에 따르면 12일 오전 6시 기준 사망자는 17명이다. 이재민은 2천100명으로 전날 집계와 "
     "같다.", "2천100명", (None, "2025-08-12", "as_of")),
    ("중대본은 오늘(12일) 오전 6시 기준 사망·실종자가 직전 집계인 어제 오후 11시 기준과 동일한 "
     "24명이라고 밝혔다.", "24명", (None, "2025-08-12", "as_of")),
]

KEPT = [
    # an article dated as of publication, an event's day, a data day weeks old: publication
    ("중대본에 따르면 오늘 오전 6시 기준 사망자는 17명이다. 올해 호우 사망자는 모두 25명이다.",
     "25명", ("2025-01-01", "2025-08-12", "to_date")),
    ("전남 구례에는 지난 10일 하루에만 287㎜의 비가 내렸다. 올해 들어 호우 사망자는 모두 "
     "25명이다.", "25명", ("2025-01-01", "2025-08-12", "to_date")),
    ("지난달 31일 기준 누적 환자는 812명이다. 올들어 숨진 사람은 9명이다.", "9명",
     ("2025-01-01", "2025-08-12", "to_date")),
    # a day before a noun that is no count compared keeps dating
    ("이날 집회와 같은 대규모 시위에는 3천 명이 모였다.", "3천 명",
     ("2025-08-12", "2025-08-12", "day")),
]


@pytest.mark.parametrize(("text", "surface", "period"), ENDED + COMPARED + KEPT)
def test_data_day_and_compared_counts(text: str, surface: str,
                                      period: tuple[str | None, str | None, str]) -> None:
    assert period_of(text, surface, PUBLISHED) == period
