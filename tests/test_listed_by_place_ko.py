"""A Korean list of figures by place after one subject: "쌓인 눈은 경북 봉화 18.6㎝, 강원 태백
15.2㎝ 등입니다" (claims/counted_neighbours.py, ``listed``). Every item counts what the
subject names, and the list's predicate ("등입니다", "를 기록했다", "이다") says each is what
the subject numbers.

The class, seen in real news: weather and disaster copy listing depths and tolls by place
("누적 강수량은 인천 111.5㎜, 충남 태안 111.0㎜, 경기 김포 85.0㎜ 등이다", "지역별 사망자는
경남 7명, 경기 5명 ...이다" in real_ko, two snow bulletins' depths per town). Read one item at a
time, only a lone item reached its subject, and two bulletins' depths for one town never met.
Negative rows of the same shape keep today's reading: two sources' estimates side by side
("경찰 추산 ..., CGT 추산 ..."), parts each with its own noun. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _by_surface(text: str) -> dict:
    claims = extract_text(text, lang="ko", published=date(2026, 1, 14), article_id="k.md")
    return {c.surface: c for c in claims}


LISTS = [
    ("어제부터 오늘 오전 6시까지 쌓인 눈은 강원 평창 24.6㎝, 충북 단양 19.3㎝, 경북 영주 15.8㎝ "
     "등입니다.", ("24.6㎝", "19.3㎝", "15.8㎝"), "눈"),
    ("13일부터 14일 오전 5시까지 누적 적설량은 강원 평창 29.9㎝, 충북 단양 21.4㎝를 기록했다.",
     ("29.9㎝", "21.4㎝"), "적설량"),
    ("같은 기간 누적 강수량은 전남 순천 212.5㎜, 경남 하동 187.0㎜, 전북 남원 166.5㎜ 등이다.",
     ("212.5㎜", "187.0㎜", "166.5㎜"), "강수량"),
    ("지역별 사망자는 경북 6명, 충북 4명, 충남 2명이다.", ("6명", "4명", "2명"), "지역별 사망자"),
    ("사망자는 서울 3명, 경기 2명이다.", ("3명", "2명"), "사망자"),
]


@pytest.mark.parametrize(("text", "surfaces", "counted"), LISTS)
def test_every_item_of_a_list_by_place_counts_what_the_subject_names(text, surfaces, counted):
    by = _by_surface(text)
    for surface in surfaces:
        assert by[surface].counted == counted, (surface, by[surface].counted)


APART = [
    # two sources' estimates: the second is no item by place of anything (today's reading)
    ("수도 파리에서는 경찰 추산 6만 2천 명, 노조 추산 28만 명이 거리로 나왔다.", "28만 명", ""),
    # parts each with its own noun keep it
    ("비닐하우스 120건, 축사 41건이다.", "41건", "축사"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), APART)
def test_figures_that_are_no_items_of_a_list_by_place_keep_their_reading(text, surface, counted):
    assert _by_surface(text)[surface].counted == counted
