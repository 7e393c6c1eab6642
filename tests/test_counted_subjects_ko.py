"""What a Korean figure with no noun of its own counts, from the subject it goes with, so the
same count meets across two articles: a topic's value told with no predicate (a nominal
sentence of TV copy, a list of topic-value pairs under one predicate), and an earlier value
compared with ("전날(4천400여 명)보다", a follow-up sentence "어제 1만5천911명(9.1%)보다 ...
줄어든 규모다"), and an object that a verb of counting or setting takes at the figure ("파업
참여 인원을 1만2천400명으로 집계했다"; a move's object is not: "부상자를 4곳으로 나눠
이송했다"). And "첫날" set at the head of a clause dates the day-one figure in it. Our
own sentences in the style of Korean TV and wire copy on strikes, walkouts, floods and releases
(other names, places and numbers); negative rows of the same shapes keep today's reading."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_4 = date(2026, 12, 4)


def _counted(text: str, surface: str) -> str | None:
    claim = next(c for c in extract_text(text, lang="ko", published=DEC_4)
                 if c.surface == surface)
    return claim.counted


# (text, surface, counted)
TOPIC_VALUES = [
    ("교육청 집계 결과 오늘 오전 10시 기준 파업에 참여한 돌봄전담사는 4천215명.",
     "4천215명", "돌봄전담사"),
    ("파업 참가자는 6천240명, 복귀자는 512명, 노조원 대비 파업참가율은 35.8%로 각각 파악됐다.",
     "6천240명", "파업 참가자"),
    ("파업 참가자는 6천240명, 복귀자는 512명, 노조원 대비 파업참가율은 35.8%로 각각 파악됐다.",
     "512명", "복귀자"),
    ("실종자는 3명(강원 2명, 경북 1명), 부상자는 17명으로 집계됐다.", "3명", "실종자"),
    ("올해 누적 관람객은 1천140만 명.", "1천140만 명", "관람객"),
]

COMPARED = [
    ("이날 오전 9시 기준 파업 참여 인원은 3천700여 명으로, 전날(4천400여 명)보다 700명가량 "
     "감소했다.", "4천400여 명", "파업 참여 인원"),
    ("운영을 멈춘 돌봄교실은 84실로 집계됐다. 역시 전날(131실)보다 소폭 줄었다.",
     "131실", "돌봄교실"),
    ("교육부에 따르면 이날 오전 11시 기준 파업 참가자는 1만2천40명으로 집계됐다. 첫날인 "
     "어제(3일) 1만5천911명(9.1%)보다 3천여 명 줄어든 규모다.", "1만5천911명", "파업 참가자"),
    ("올해 독감으로 숨진 사람은 8명으로, 지난해 같은 기간(12명)보다 4명 적었다.",
     "12명", "사람"),
]

# (text, surface, counted): an object a verb of counting or setting takes at the figure
# ("X을/를 N으로 집계했다 / 추산했다 / 낮췄다") is what the figure counts
SET_AT = [
    ("고용노동부는 오전 10시 기준 파업 참여 인원을 2만3천100명으로 집계했습니다.",
     "2만3천100명", "파업 참여 인원"),
    ("경찰은 집회 당일 최대 추산 인원을 3만8천 명으로 발표했다.", "3만8천 명", "추산 인원"),
    ("중앙재난안전대책본부는 이재민 수를 1천420명으로 잠정 집계했다.", "1천420명", "이재민 수"),
    ("소방당국은 재산 피해액을 61억 원으로 추산했다.", "61억 원", "재산 피해액"),
    ("공사는 감축 인원을 900명 이하로 낮추는 수정안을 냈다.", "900명 이하", "감축 인원"),
]

# the same shape, read as before: a move's object is not what the figure counts; a figure that
# is the object itself ("1천630명을 감축하는"); a figure after a subject and no verb of numbering
OBJECTS_KEPT = [
    ("구조대는 부상자를 4곳으로 나눠 이송했다.", "4곳", ""),
    ("학교는 신입생을 7개 반으로 나눴다.", "7개", "반"),
    ("공사는 2029년까지 1천720명을 감축하는 안을 내놨다.", "1천720명", ""),
]


# the same shapes that keep today's reading: the topics are who acted (the last figure an
# object); a figure in parentheses after a noun of its own; a sentence with its own subject
KEPT = [
    ("구조대는 4명, 소방대는 3명을 구조했다.", "4명", None),
    ("남성이 31명으로 여성(14명)보다 많았다.", "14명", None),
    ("대출 잔액은 812조원으로 집계됐다. 증가 폭은 9월(2조4천억원)보다 커졌다.",
     "2조4천억원", None),
]


@pytest.mark.parametrize(("text", "surface", "counted"), TOPIC_VALUES)
def test_a_topic_value_told_without_predicate_counts_the_topic(
    text: str, surface: str, counted: str
) -> None:
    assert _counted(text, surface) == counted


@pytest.mark.parametrize(("text", "surface", "counted"), COMPARED)
def test_an_earlier_value_compared_counts_the_subject(text: str, surface: str,
                                                       counted: str) -> None:
    assert _counted(text, surface) == counted


@pytest.mark.parametrize(("text", "surface", "counted"), KEPT)
def test_the_same_shapes_with_a_noun_or_actor_keep_their_reading(
    text: str, surface: str, counted: str | None
) -> None:
    assert _counted(text, surface) in (counted, "명", "")


@pytest.mark.parametrize(("text", "surface", "counted"), SET_AT)
def test_an_object_set_at_the_figure_is_what_it_counts(
    text: str, surface: str, counted: str
) -> None:
    assert _counted(text, surface) == counted


@pytest.mark.parametrize(("text", "surface", "counted"), OBJECTS_KEPT)
def test_a_move_or_an_object_figure_keeps_its_reading(
    text: str, surface: str, counted: str
) -> None:
    assert _counted(text, surface) == counted


DAY_TWO = "\n\n".join([
    "돌봄 파업 이틀째…돌봄교실 96실 문 닫아",
    "(서울=연합뉴스) 기자 = 돌봄전담사 파업 이틀째인 4일 문을 닫은 돌봄교실이 첫날보다 줄었다.",
    "교육부에 따르면 이날 오전 11시 기준 파업 참가자는 3천120명으로 집계됐다.",
    "첫날 운영을 멈춘 돌봄교실은 131실이었다.",
    "지난해 11월 파업 때는 첫날 참가자가 2천900여 명이었다.",
])


def test_first_day_set_at_the_head_of_its_clause_dates_the_figure() -> None:
    assert period_of(DAY_TWO, "131실", DEC_4) == ("2026-12-03", "2026-12-03", "day")


def test_first_day_of_a_past_strike_keeps_its_own_phrase() -> None:
    assert period_of(DAY_TWO, "2천900여 명", DEC_4) == ("2025-11-01", "2025-11-30", "interval")
