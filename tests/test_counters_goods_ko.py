"""Korean counters of goods seized, handed out or landed, and of arms (customs, police, charity,
fisheries, farming, retail copy): "42만 갑", "37발", "2정", "2천400포기", "3,200 상자", and
measures spelled in Hangul ("1천200헥타르", "50밀리미터"); the
short ones never read inside other words ("발생", "정도", "포기했다", "통과"), nor after a
native number word ("한 발 물러섰다"). A noun ending in the ordinal prefix's syllable makes no
ordinal ("경제 3%", "수면제 120정"); "6세대 전투기" is a generation. A money-scale amount with
no counter after a money noun is in won ("3분기 영업익 6조2천억…"). Our own sentences, other
names, other figures."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 11, 20)


def _claims(text: str) -> list[Claim]:
    return extract_text(text, lang="ko", published=PUBLISHED)


# (sentence, surface, value, unit)
GOODS = [
    ("부산세관은 밀수 담배 42만 갑을 압수했다고 밝혔다.", "42만 갑", 420000, "count"),
    ("관세청은 해외 세관과 함께 밀수 담배 516만갑을 적발했다.", "516만갑", 5160000, "count"),
    ("세관은 현지에서 담배 850보루를 압수했다.", "850보루", 850, "count"),
    ("경찰은 현장에서 실탄 37발을 회수했다.", "37발", 37, "count"),
    ("올해 축제에서는 폭죽 9만여 발이 하늘을 수놓는다.", "9만여 발", 90000, "count"),
    ("경찰은 공기총 2정과 모의 권총 1정을 수거했다.", "2정", 2, "count"),
    ("경찰은 수면제 120정을 압수했다.", "120정", 120, "count"),
    ("봉사자들은 배추 2천400포기로 김치를 담갔다.", "2천400포기", 2400, "count"),
    ("노량진시장에 고등어 3,200 상자가 들어왔다.", "3,200 상자", 3200, "count"),
    ("구청은 김장김치 350박스를 홀몸노인에게 전달했다.", "350박스", 350, "count"),
    ("협회는 라면 3천 봉지를 기부했다.", "3천 봉지", 3000, "count"),
    ("세관은 위조 운동화 1천여 켤레를 압수했다.", "1천여 켤레", 1000, "count"),
    ("압수한 양주는 1천200병에 이른다.", "1천200병", 1200, "count"),
    ("폐기된 위조 의류는 5천 벌이다.", "5천 벌", 5000, "count"),
    ("재난문자 3만 통이 발송됐다.", "3만 통", 30000, "count"),
    ("시는 토지 1천300필지를 허가구역으로 지정했다.", "1천300필지", 1300, "count"),
    ("농협은 쌀 500포대를 전달했다.", "500포대", 500, "count"),
    # measures spelled in Hangul, as broadcast copy writes them
    ("산불로 산림 1천200헥타르가 탔다.", "1천200헥타르", 1200, "hectare"),
    ("폭우로 도로 3킬로미터가 잠겼다.", "3킬로미터", 3, "kilometer"),
    ("시간당 50밀리미터의 비가 내렸다.", "50밀리미터", 50, "millimeter"),
    ("세관은 필로폰 2킬로그램을 압수했다.", "2킬로그램", 2, "kilogram"),
    # acres, as Korean copy of North American fires and farms writes them
    ("오리건주 산불은 3만2천 에이커를 태웠다.", "3만2천 에이커", 32000, "acre"),
    ("소실 면적은 1만1천200에이커로 늘었다.", "1만1천200에이커", 11200, "acre"),
    # a noun ending in the ordinal prefix's syllable is no ordinal
    ("올해 한국 경제 3% 성장이 예상된다.", "3%", 3, "percent"),
    ("정부는 규제 12건을 폐지했다.", "12건", 12, "count"),
    ("해열제 30만 개가 팔렸다.", "30만 개", 300000, "count"),
    # households, not a generation
    ("김장김치는 저소득 150세대에 전달됐다.", "150세대", 150, "count"),
    ("산사태로 주민 3세대가 대피했다.", "3세대", 3, "count"),
    # a money-scale amount after a money noun, in a headline with no "원"
    ("다온반도체, 3분기 영업익 6조2천억…분기 최대", "6조2천억", 6.2e12, "KRW"),
    ("한빛전자, 영업이익 2천460억 사상 최대", "2천460억", 2.46e11, "KRW"),
    ("대성유통 상반기 매출 8조 돌파", "8조", 8e12, "KRW"),
]


def test_a_money_scale_range_after_a_money_noun() -> None:
    by = {c.surface: c for c in _claims("한빛전자 4분기 영업익 2천억~3천억 전망")}
    assert "2천억~3천억" in by, sorted(by)
    assert (by["2천억~3천억"].lower, by["2천억~3천억"].upper) == (2e11, 3e11)
    assert by["2천억~3천억"].unit == "KRW"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), GOODS)
def test_counters_of_goods_and_money_scales(text: str, surface: str, value: float,
                                            unit: str) -> None:
    by = {c.surface: c for c in _claims(text)}
    assert surface in by, sorted(by)
    assert by[surface].value == pytest.approx(value)
    assert by[surface].unit == unit


# (sentence, a surface that must not be read): the same counters inside other words, after a
# native number word; ordinals, generations, names; amounts that are not money
NOT_FIGURES = [
    ("담배 한 갑은 4천500원 수준이다.", "한 갑"),
    ("경찰은 한 발 물러섰다.", "한 발"),
    ("사고는 오후 8시 발생했다.", "8시 발"),
    ("피해 규모는 100 정도로 추정된다.", "100 정"),
    ("그는 결국 1억 포기했다.", "1억 포기"),
    ("예산안 656조 통과", "656조 통"),
    ("이번 6세대 전투기 개발에 착수했다.", "6세대"),
    ("제12회 축제가 열렸다.", "12회"),
    ("40피트 컨테이너 2개가 발견됐다.", "40피트"),
    ("영화 관객 1천만 돌파", "1천만"),
    ("유튜브 조회수 1억 넘어", "1억"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_FIGURES)
def test_not_counts(text: str, surface: str) -> None:
    surfaces = [c.surface for c in _claims(text)]
    assert not any(surface in s for s in surfaces), surfaces
