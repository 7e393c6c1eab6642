"""Korean figures that count nothing: a native number word whose "counter" is the first syllable
of a noun ("한 대학 교수", "한 건물", "한 회사 직원", "한 채소 가게": "a", not "one"), a vague
multitude ("트럭 수십 대", "수백 명": a crowd is large, not how large, as "dozens of" reads in
English), and the counted or measured things a price is given for ("고등어 1마리의
소매가격", "특란 30개 소매가격", "양파 1㎏ 가격"), as retail price bulletins write them.
Counts with a particle stay ("아파트 한 채가", "차량 두 대가", "세 명씩"), and so do ship
tonnages glued in Latin letters ("3천840만CGT"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DETERMINERS = [
    row("ko", "한 대학 교수는 이번 조치가 늦었다고 말했다.", [], id="dae-hak"),
    row("ko", "한 건물에서 연기가 치솟았다.", [], id="geon-mul"),
    row("ko", "한 회사 관계자는 답변을 거부했다.", [], id="hoe-sa"),
    row("ko", "한 채소 가게 주인은 올해 장사가 가장 어려웠다고 했다.", [], id="chae-so"),
    row("ko", "한 대형마트에서 불이 났다.", [], id="dae-hyeong"),
    row("ko", "아파트 한 채가 불에 탔다.", [{"value": 1, "unit": "count"}], id="han-chae-ga"),
    row("ko", "차량 두 대가 부딪쳤다.", [{"value": 2, "unit": "count"}], id="du-dae-ga"),
    row("ko", "구조대원 세 명씩 교대로 투입됐다.", [{"value": 3, "unit": "count"}],
        id="se-myeong-ssik"),
    row("ko", "피해 주택은 모두 두 채다.", [{"value": 2, "unit": "count"}], id="du-chae-da"),
]

MULTITUDES = [
    row("ko", "시내 교차로에서 트럭 수십 대가 한꺼번에 멈춰 섰다.", [], id="su-sip-dae"),
    row("ko", "주민 수백 명이 대피했다.", [], id="su-baek-myeong"),
    row("ko", "주민 300여 명이 대피했다.", [{"value": 300, "approx": "more_than"}],
        id="a-figure-with-yeo-stays"),
]

PRICES = [
    row("ko", "냉동 고등어 1마리의 소매가격은 4천380원이다.", [{"value": 4380, "unit": "KRW"}],
        id="one-mackerel-price"),
    row("ko", "특란 30개 소매가격은 7천40원으로 집계됐다.", [{"value": 7040, "unit": "KRW"}],
        id="thirty-eggs-price"),
    row("ko", "배추 한 포기 평균 소매가격은 3천120원이다.", [{"value": 3120, "unit": "KRW"}],
        id="one-cabbage-average-price"),
    row("ko", "양파 1㎏ 가격은 2천470원으로 올랐다.", [{"value": 2470, "unit": "KRW"}],
        id="one-kilo-price"),
    row("ko", "달걀 30개를 기부했다.", [{"value": 30, "unit": "count"}], id="thirty-eggs-stay"),
    row("ko", "배추 2만 포기가 팔렸다.", [{"value": 20000, "unit": "count"}],
        id="cabbages-sold-stay"),
    row("ko", "11월 어획량 3천980t 그쳐…소매가 1년 새 12% 올라",
        [{"value": 3980, "unit": "tonne"}, {"value": 12, "unit": "percent"}],
        id="headline-two-clauses-stay"),
]

TONNAGES = [
    row("ko", "올해 전 세계 발주량은 4천120만CGT로 집계됐다.",
        [{"value": 41200000, "unit": "CGT"}], id="cgt-glued"),
]


@pytest.mark.parametrize(("lang", "text", "expected"),
                         DETERMINERS + MULTITUDES + PRICES + TONNAGES)
def test_korean_figures_that_count_nothing(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
