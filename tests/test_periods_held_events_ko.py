"""A holding verb tells the story's event only when what it holds is a rally or a strike
(claims.event_words.tells_a_beginning).

"열었", "열고", "개최했", "벌였" date the figures after a lead that names a rally or a strike
held on a day ("집회를 열었습니다", "결의대회를 열고", "농성을 벌였다"). Real copy holds other
things on a day as well, and their figures are no tallies of that day: a company's press
conference before its hiring plan, the election commission's plenary meeting that confirms the
winner ("전체 위원회의를 열고"), a president's news conference ("기자회견을 개최했다"), a board
meeting before a dividend. Our own sentences in that style; the rallies keep their day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 3, 8)
DAY = ("2025-03-08", "2025-03-08", "day")
NONE = (None, "2025-03-08", "none")

MEETINGS = [
    ("한빛전자는 오늘(8일) 기자간담회를 열고 올해 채용 계획을 발표했습니다. 회사는 직원 2천 "
     "명을 새로 뽑습니다.", "2천 명"),
    ("시청은 8일 주민설명회를 개최했다. 시는 주민 500명에게 지원금을 준다.", "500명"),
    ("대한조선은 8일 이사회를 열어 배당을 결정했다. 회사는 협력사 120곳을 지원한다.", "120곳"),
]

RALLIES = [
    ("어민들이 오늘(8일) 세종시 정부청사 앞에서 집회를 열었습니다. 5명이 연행됐습니다.", "5명"),
    ("농민들은 8일 도청 앞에서 농성을 벌였다. 경찰은 12명을 연행했다.", "12명"),
    ("노조원들은 8일 시청 광장에서 파업 출정식 대신 결의대회를 개최했다. 경찰은 7명을 "
     "연행했다.", "7명"),
]


@pytest.mark.parametrize(("text", "surface"), MEETINGS)
def test_a_meeting_held_on_a_day_dates_nothing(text: str, surface: str) -> None:
    assert period_of(text, surface, PUBLISHED) == NONE


@pytest.mark.parametrize(("text", "surface"), RALLIES)
def test_a_rally_held_on_a_day_dates_its_figures(text: str, surface: str) -> None:
    assert period_of(text, surface, PUBLISHED) == DAY
