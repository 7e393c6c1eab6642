"""A Korean headline and its deck lines state the lead's story and leave its time to the body
(our own articles in the style of Korean wire and broadcast copy; published 2025-11-20).

* a headline figure with no period and no twin of its value in the body takes the day of the
  body's first figure of the same counted thing dated by one day ("차량 31대" above "어제(19일)
  ... 차량 33대"), not a window's tally of more such events;
* a deck figure whose period was only carried from the headline above takes the period the
  body states for the same value ("…부채 잔액 812억 원" under "1∼10월 매출", "10월 말 기준
  부채 잔액은 812억 원");
* a headline's whole number takes the period of the body's decimal it rounds ("1천 명당 41명",
  "41.3명").
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 11, 20)


def _period(text: str, surface: str, nth: int = 0) -> tuple[str | None, str | None, str]:
    claims = [c for c in extract_text(text, lang="ko", published=PUBLISHED)
              if c.surface == surface]
    p = claims[nth].period
    assert p is not None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


CRASH = """경부고속도로 안개 속 연쇄 추돌…차량 31대 뒤엉켜

어제(19일) 오전 경부고속도로에서 차량 33대가 잇따라 부딪쳤다.

사고 구간에서는 승용차 2대가 불에 탔다."""

DECK = """다온건설, 1∼10월 매출 1천240억 원

신규 수주 18건…부채 잔액 812억 원

다온건설은 올해 1∼10월 매출이 1천240억 원으로 집계됐다고 밝혔다.

10월 말 기준 부채 잔액은 812억 원이다."""

ROUNDED = ("수족구병 의사환자 급증…1∼6세 1천 명당 41명\n\n"
           "질병관리청에 따르면 올해 46주차(11월 9∼15일) 1∼6세 외래환자 1천 명당 수족구병 "
           "의사환자는 41.3명으로 집계됐다.")

BORROWED = [
    (CRASH, "31대", ("2025-11-19", "2025-11-19", "day")),
    (DECK, "812억 원", (None, "2025-10-31", "as_of")),
    (ROUNDED, "41명", ("2025-11-09", "2025-11-15", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), BORROWED)
def test_a_headline_figure_takes_the_bodys_period(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface) == period


STRIKE = """시내버스 파업 사흘째…시민 불편

서울 시내버스 노조는 어제 오전 4시부터 운행을 멈췄다. 이번 파업에 참여한 버스는 7천100대다."""

PROTEST = """집회 참가 사망자 4명으로 늘어…1명 추가 사망

집회에 참석했다 다쳐 입원 중이던 70대가 오늘 새벽 숨졌다. 앞서 3명이 지난달 숨졌다."""

CUSTOMS = ("인천세관, 밀수 담배 3만5천 보루 적발\n\n"
           "(인천=연합뉴스) 올해 1∼9월 인천세관이 적발한 밀수 담배는 2만8천 보루로 집계됐다.")

KEPT = [
    # a window's tally of such events is no headline event's day
    (CUSTOMS, "3만5천 보루", 0, (None, "2025-11-20", "none")),
    # no body figure of the same thing: the headline's figure keeps no period
    (STRIKE, "7천100대", 0, (None, "2025-11-20", "none")),
    # a deck figure the body never restates keeps the headline's window
    (DECK, "18건", 0, ("2025-01-01", "2025-10-31", "interval")),
    # "1명": only its counter names what it counts; last month's "3명" is another figure
    (PROTEST, "1명", 0, (None, "2025-11-20", "none")),
]


@pytest.mark.parametrize(("text", "surface", "nth", "period"), KEPT)
def test_a_headline_figure_with_no_kin_in_the_body_keeps_its_reading(
    text: str, surface: str, nth: int, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface, nth) == period
