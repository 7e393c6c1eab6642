"""A figure compared with, with another measure or its parts in parentheses (Korean safety and
crime releases: "지난해 같은 기간 478명(452건)보다", "전년 38명(사망 6명ㆍ부상 32명)보다"): the
phrase that dates the compared figure dates what its parentheses hold too, a year back, not the
sentence's own window; and none of them frames a figure after it. Negative rows: the story's own
figure with its parentheses keeps the story's window; a change after them keeps it too. Our own
sentences, never an article's."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

KO = [
    case("올해 1~9월 누적 화재는 4천120건(사망 61명)으로, 지난해 같은 기간 3천870건(사망 70명)보다 "
         "250건 늘었다.", "2026-11-25",
         E("4천120건", "2026-01-01", "2026-09-30", "interval"),
         E("61명", "2026-01-01", "2026-09-30", "interval"),
         E("3천870건", "2025-01-01", "2025-09-30", "interval"),
         E("70명", "2025-01-01", "2025-09-30", "interval"),
         E("250건", "2026-01-01", "2026-09-30", "interval"), id="labelled-aside-of-a-compared"),
    case("올해 상반기 누적 추락 사망자는 133명(130건)으로 지난해 같은 기간 151명(146건)보다 "
         "18명 줄었다.", "2026-08-20",
         E("133명", "2026-01-01", "2026-06-30", "interval"),
         E("130건", "2026-01-01", "2026-06-30", "interval"),
         E("146건", "2025-01-01", "2025-06-30", "interval"),
         E("18명", "2026-01-01", "2026-06-30", "interval"), id="cases-beside-deaths"),
    case("올해 1~10월 보이스피싱 피해자는 1만1천200명으로, 전년 동기 1만3천여 명(피해액 4천120억원)"
         "보다 줄었다.", "2026-11-12",
         E("4천120억원", "2025-01-01", "2025-10-31", "interval"), id="an-amount-beside-a-count"),
]


@pytest.mark.parametrize("c", KO)
def test_compared_asides_ko(c: PeriodCase) -> None:
    check(c, "ko")


# A breakdown ("지역별로는", "업종별로 보면") splits the release's total, of the story's window,
# not of a narrower part of it a sentence before named ("3분기(7~9월)", "8월에만"). Negative
# rows: a breakdown after a window that is no part of the story's (a week after the day's
# count) keeps that window; a figure naming its own time keeps it.
BREAKDOWNS = [
    case("추락 사망 212명…건설업이 절반\n\n"
         "올해 1~9월 추락 사고 사망자는 212명으로 집계됐다. "
         "분기별로 보면 3분기(7~9월) 사망자는 74명이었다. "
         "지역별로는 경기가 58명으로 가장 많았고, 충남 19명 순이었다.",
         "2026-11-20",
         E("74명", "2026-07-01", "2026-09-30", "interval"),
         E("58명", "2026-01-01", "2026-09-30", "interval"),
         E("19명", "2026-01-01", "2026-09-30", "interval"), id="region-after-a-quarter"),
]

BREAKDOWNS_NEGATIVE = [
    case("올해 폭염 환자 1천930명\n\n"
         "올해 5월 20일부터 지난 10일까지 응급실을 찾은 환자는 1천930명으로 집계됐다. "
         "지역별로는 경기가 402명으로 가장 많았다.", "2026-08-12",
         E("402명", "2026-05-20", "2026-08-10", "interval"), id="the-headline-s-year-is-no-window"),
    case("올해 상반기 보이스피싱 피해는 8천210건으로 집계됐다. 특히 5월에만 1천940건이 몰렸다. "
         "유형별로 보면 기관 사칭이 4천120건으로 절반을 차지했다.", "2026-07-28",
         E("1천940건", "2026-05-01", "2026-05-31", "interval"),
         E("4천120건", "2026-01-01", "2026-06-30", "interval"), id="a-month-alone-spreads-not"),
    case("올해 1~9월 추락 사고 사망자는 212명으로 집계됐다. 지역별로는 3분기에 경기가 21명으로 "
         "가장 많았다.", "2026-11-20",
         E("21명", "2026-07-01", "2026-09-30", "interval"), id="a-breakdown-naming-its-time"),
]


@pytest.mark.parametrize("c", BREAKDOWNS + BREAKDOWNS_NEGATIVE)
def test_breakdowns_take_the_story_window_ko(c: PeriodCase) -> None:
    check(c, "ko")
