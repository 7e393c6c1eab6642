"""Korean names that hold numbers, no counts. An aircraft's model: "보잉 737-800 기종",
"B737-800 기종으로", "보잉 737-800 기종인 ... 여객기" (crash copy: Hankook Ilbo, iNews24, Yonhap
on the Muan air crash); the counter "기" (launchers, reactors: "원전 2기") glued to "종" or "체"
is the word 기종 (a model) or 기체 (an airframe), so "737-800 기" was read as a count from 737 to
800. An event named by its month and day: "6·3 대선", "3·9 대선", "4·10 총선" (election copy:
iMBC, Dailian, Kyeongin); the day after the dot was read as "3 대", three vehicles. Counts of
aircraft, reactors, buses and votes beside them stay. Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 1, 9)

ROWS = [
    row("ko", "사고가 난 여객기는 보잉 737-800 기종으로 확인됐다.", [], id="ko-model-spaced"),
    row("ko", "사고기는 B737-800기종으로 2010년에 제작됐다.", [], id="ko-model-glued"),
    row("ko", "2019년 추락한 보잉 737-800 기종인 여객기에는 150명이 타고 있었다.",
        [{"value": 150, "unit": "count"}], id="ko-model-then-a-count"),
    # counts of aircraft, reactors and launchers stay
    row("ko", "국토부는 같은 기종 96대를 특별 점검하기로 했다.", [{"value": 96, "unit": "count"}],
        id="ko-aircraft-counted-stays"),
    row("ko", "원전 3기가 가동을 멈췄다.", [{"value": 3, "unit": "count"}], id="ko-reactors-stay"),
    # an event named by its month and day
    row("ko", "6·3 대선을 앞두고 여야가 총력전에 나섰다.", [], id="ko-day-named-election"),
    row("ko", "이번 3·9 대선의 사전투표율은 36.9%였다.", [{"value": 36.9, "unit": "percent"}],
        id="ko-day-named-election-then-a-rate"),
    row("ko", "버스 4대 선착순으로 배정된다.", [{"value": 4, "unit": "count"}],
        id="ko-vehicles-counted-stay"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_names_with_numbers(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
