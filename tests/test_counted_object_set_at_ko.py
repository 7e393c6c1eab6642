"""What a Korean figure counts when a verb of counting or setting takes its object at the
figure: "X을/를 N으로 집계했다 / 추산했다 / 발표했다 / 낮췄다" (the ministry counted the
strikers at N; the police put the crowd at N). The object is what the figure counts, so the
ministry's count meets the same count told with a topic ("참여 인원은 N명으로 집계됐다") in
another article. Our own sentences in the style of Korean TV and wire copy on strikes, rallies,
disasters and rates (other names, places and numbers); negative rows of the same shape keep
today's reading: a move ("옮겼다", "나눴다") takes an object that the figure does not count, and
a figure that is itself the object counts nothing before it."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

DEC_4 = date(2026, 12, 4)


def _counted(text: str, surface: str) -> str | None:
    claim = next(c for c in extract_text(text, lang="ko", published=DEC_4)
                 if c.surface == surface)
    return claim.counted


# (text, surface, counted)
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
KEPT = [
    ("구조대는 부상자를 4곳으로 나눠 이송했다.", "4곳", ""),
    ("학교는 신입생을 7개 반으로 나눴다.", "7개", "반"),
    ("공사는 2029년까지 1천720명을 감축하는 안을 내놨다.", "1천720명", ""),
]


@pytest.mark.parametrize(("text", "surface", "counted"), SET_AT)
def test_an_object_set_at_the_figure_is_what_it_counts(
    text: str, surface: str, counted: str
) -> None:
    assert _counted(text, surface) == counted


@pytest.mark.parametrize(("text", "surface", "counted"), KEPT)
def test_a_move_or_an_object_figure_keeps_its_reading(
    text: str, surface: str, counted: str
) -> None:
    assert _counted(text, surface) == counted
