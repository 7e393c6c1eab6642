"""A rally or a strike the lead says was held on a day dates the figures after it that state no
period of their own: that day's arrests, crowds and marchers (our own sentences in the style of
Korean TV and wire rally copy)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 3, 8)
DAY = ("2025-03-08", "2025-03-08", "day")
YESTERDAY = ("2025-03-07", "2025-03-07", "day")

HELD = [
    # TV copy: the lead names today's rally, the next sentence counts its arrests
    ("어민 3천 명 상경 집회\n\n어민들이 오늘(8일) 세종시 정부청사 앞에서 집회를 열었습니다. "
     "청사 진입을 시도하던 어민들은 경찰과 몸싸움을 벌였고, 5명이 연행됐습니다.", "5명", DAY),
    # wire copy: "이날 오후 ... 대회를 열고", the crowd in the next sentence
    ("택시기사 총파업 결의대회\n\n전국택시노조 조합원들은 이날 오후 3시 여의도공원에서 결의대회를 "
     "열고 요금 인상을 요구했다. 집회에는 주최 측 추산 2만여명(경찰 추산 8천여명)이 모였다.",
     "2만여명", DAY),
    ("택시기사 총파업 결의대회\n\n전국택시노조 조합원들은 이날 오후 3시 여의도공원에서 결의대회를 "
     "열고 요금 인상을 요구했다. 집회에는 주최 측 추산 2만여명(경찰 추산 8천여명)이 모였다.",
     "8천여명", DAY),
    # a day named from publication ("어제(7일)"): that day's, not publication's
    ("화물연대 총파업 돌입\n\n화물연대가 어제(7일) 0시를 기해 총파업에 돌입했습니다. "
     "경찰은 운송 방해 혐의로 조합원 12명을 체포했습니다.", "12명", YESTERDAY),
]

KEPT = [
    # a figure with a time of its own keeps it; a stated window keeps it
    ("어민 3천 명 상경 집회\n\n어민들이 오늘(8일) 세종시 정부청사 앞에서 집회를 열었습니다. "
     "해경은 지난달 불법 조업 어선 41척을 적발했습니다.", "41척",
     ("2025-02-01", "2025-02-28", "interval")),
    # a lead with no day of its rally dates nothing
    ("어민 상경 집회\n\n어민들이 세종시 정부청사 앞에서 집회를 열었습니다. 5명이 연행됐습니다.",
     "5명", (None, "2025-03-08", "none")),
]


@pytest.mark.parametrize(("text", "surface", "period"), HELD + KEPT)
def test_rally_day_dates_its_figures(text: str, surface: str,
                                     period: tuple[str | None, str | None, str]) -> None:
    assert period_of(text, surface, PUBLISHED) == period
