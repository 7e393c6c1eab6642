"""The parts of one GDP release, told in English and Korean copy, meet part by part (issues 9
and 12).

The class, read in real coverage of Korea's quarterly GDP estimates (the advance and
preliminary estimates of 2015, 2016, 2018, 2019, 2024 and 2025 in Korean agency, newspaper and
broadcaster copy and English wire copy): Korean copy names each part of the release as the
topic, then what drove it, then the part's rate ("건설투자는 건물건설이 줄면서 1.6% 감소",
"수출은 반도체와 선박을 중심으로 2.0%", "제조업은 전기대비(계절조정) -1.0%"); read across
that phrase, the rate counts its part and meets the English wire's "Construction investment
fell 1.6 percent". The measures beside GDP (nominal GDP, gross national income, the savings
and investment rates) are named alike in each language. Real and nominal GDP never meet, nor
exports and imports, the savings rate and the investment rate, the construction industry's
output and construction investment. Our own sentences, with other quarters and figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.lexicon import Lexicon
from tests.grouping_cases import meet

PUBLISHED = date(2026, 9, 3)


def _counted(text: str, surface: str) -> str:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="k.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].counted


PART_OF_THE_RELEASE = [
    ("건설투자는 주택건설이 줄면서 2.7% 감소했다.", "2.7%", "건설투자"),
    ("설비투자는 운송장비 등이 늘어 3.4% 증가했다.", "3.4%", "설비투자"),
    ("수출은 자동차와 석유제품을 중심으로 1.8%, 수입은 기계류 등을 중심으로 0.9% 각각 증가했다.",
     "1.8%", "수출"),
    ("수출은 자동차와 석유제품을 중심으로 1.8%, 수입은 기계류 등을 중심으로 0.9% 각각 증가했다.",
     "0.9%", "수입"),
    ("정부소비도 물건비 위주로 0.5% 늘었다.", "0.5%", "정부소비"),
    ("민간소비가 의류 등 준내구재를 중심으로 0.4% 늘었고 정부소비는 0.2% 줄었다.", "0.4%",
     "민간소비"),
    ("민간소비는 비내구재를 중심으로 0.6% 성장했다.", "0.6%", "민간소비"),
    ("서비스업은 숙박음식업이 감소했지만 정보통신업 등이 늘어 0.3% 증가했다.", "0.3%", "서비스업"),
    ("실질 국내총생산(GDP)은 전기 대비 0.8% 증가했다.", "0.8%", "실질 국내총생산"),
    ("제조업은 전기대비(계절조정) -0.6% 성장했다.", "0.6%", "제조업"),
    ("2분기 한국 경제가 전 분기보다 0.5% 성장했다.", "0.5%", "한국 경제"),
    ("성장률은 전년 동기 대비 2.2%였다.", "2.2%", "성장률"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), PART_OF_THE_RELEASE)
def test_a_rate_counts_the_part_named_before_what_drove_it(text: str, surface: str,
                                                           counted: str) -> None:
    assert _counted(text, surface) == counted


NOT_THE_PART = [
    # a count, not a rate: the topic is who acted ("경찰은 ... 벌여 387명을 검거")
    ("경찰은 현장 단속을 벌여 387명을 검거했다.", "387명", "경찰"),
    # a connective with no subject of its own: the topic is who forecast, not what grew
    ("한은은 전망치를 낮춰 1.8%로 내다봤다.", "1.8%", "한은"),
    # another figure between: the rate may be that figure's part, read no further
    ("설비투자는 1분기에 3.4% 증가했으나 2분기 -5.7%에 이어 3분기에도 -4.4%로 줄었다.", "4.4%",
     "설비투자"),
    # a quote closes before the rate
    ('그는 "수출은 좋다"며 반도체가 늘어 2.1% 증가했다고 말했다.', "2.1%", "수출"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), NOT_THE_PART)
def test_a_topic_across_anything_else_is_not_the_part(text: str, surface: str,
                                                      subject: str) -> None:
    assert _counted(text, surface) != subject


@pytest.mark.parametrize(("words", "lang", "concept"), [
    ("gross savings rate", "en", "savings_rate"), ("총저축률", "ko", "savings_rate"),
    ("taux d'épargne", "fr", "savings_rate"),
    ("gross domestic investment rate", "en", "investment_rate"),
    ("국내총투자율", "ko", "investment_rate"),
    ("nominal GDP", "en", "nominal_gdp"), ("명목 GDP", "ko", "nominal_gdp"),
    ("PIB en valeur", "fr", "nominal_gdp"),
    ("real gross domestic product", "en", "gdp"), ("실질 국내총생산", "ko", "gdp"),
    ("economy", "en", "gdp"), ("경제", "ko", "gdp"),
    ("gross national income", "en", "gni"), ("국민총소득", "ko", "gni"),
    ("gross domestic income", "en", "gdi"), ("국내총소득", "ko", "gdi"),
    ("employment rate", "en", "employment_rate"), ("고용률", "ko", "employment_rate"),
    ("manufacturing", "en", "manufacturing"), ("제조업", "ko", "manufacturing"),
    ("construction industry", "en", "construction_output"),
    ("건설업", "ko", "construction_output"),
])
def test_each_measure_beside_gdp_is_named_alike(words: str, lang: str, concept: str) -> None:
    assert Lexicon.shipped().normalise(words, lang) == (f"#{concept}",)


# (English sentence, its figure, Korean sentence, its figure): one part, one quarter
MEET = [
    ("South Korea's economy grew 0.8 percent in the second quarter from three months earlier.",
     "0.8 percent", "2분기 한국 경제가 전 분기보다 0.8% 성장했다.", "0.8%"),
    ("Construction investment fell 2.7 percent in the second quarter.", "2.7 percent",
     "2분기 건설투자는 주택건설이 줄면서 2.7% 감소했다.", "2.7%"),
    ("Exports rose 1.8 percent in the second quarter.", "1.8 percent",
     "2분기 수출은 자동차를 중심으로 1.8% 증가했다.", "1.8%"),
    ("Nominal GDP came to about 612 trillion won in the second quarter.",
     "about 612 trillion won", "2분기 명목 GDP는 611조7천억원이었다.", "611조7천억원"),
    ("The gross savings rate fell to 35.2 percent in the second quarter.", "35.2 percent",
     "2분기 총저축률은 35.2%로 떨어졌다.", "35.2%"),
]


@pytest.mark.parametrize(("en", "en_fig", "ko", "ko_fig"), MEET)
def test_one_part_told_in_two_languages_meets(en: str, en_fig: str, ko: str,
                                              ko_fig: str) -> None:
    assert meet(("en", en, en_fig), ("ko", ko, ko_fig), PUBLISHED)


# The same shapes, two measures of one release
APART = [
    ("Exports rose 1.8 percent in the second quarter.", "1.8 percent",
     "2분기 수입은 원유를 중심으로 1.8% 증가했다.", "1.8%"),
    ("Nominal GDP came to about 612 trillion won in the second quarter.",
     "about 612 trillion won", "2분기 실질 GDP는 612조원이었다.", "612조원"),
    ("The gross savings rate fell to 35.2 percent in the second quarter.", "35.2 percent",
     "2분기 국내총투자율은 35.2%로 떨어졌다.", "35.2%"),
    ("Construction investment fell 2.7 percent in the second quarter.", "2.7 percent",
     "2분기 건설업은 건물건설이 줄면서 2.7% 감소했다.", "2.7%"),
    ("Manufacturing output rose 1.9 percent in the second quarter.", "1.9 percent",
     "2분기 서비스업은 운수업을 중심으로 1.9% 증가했다.", "1.9%"),
]


@pytest.mark.parametrize(("en", "en_fig", "ko", "ko_fig"), APART)
def test_two_measures_of_one_release_never_meet(en: str, en_fig: str, ko: str,
                                                ko_fig: str) -> None:
    assert not meet(("en", en, en_fig), ("ko", ko, ko_fig), PUBLISHED)
