"""One monthly activity release told in English, French and Korean meets measure by measure
(issues 9 and 12).

The class, read in real coverage of Korea's monthly industrial activity release (October 2022
and August 2023 in Korean agency and newspaper copy, English wire and broadcaster copy and
French broadcaster and wire copy; August 2022 in four English outlets): each measure of the
release (all-industry output, mining and manufacturing output, service output, retail sales,
facility investment, construction completed, the factory operation rate, the coincident and
leading indices, manufacturing inventories) is named alike in each language, and is a quantity
of its own: two measures never meet.
"Industrial output" and "산업생산" alone are left to their own language: one English wire's
"industrial production" is all industries, another's "industrial output" is mining and
manufacturing, so read as one concept across languages they would conflict.
A Chinese-character gloss glued to a Korean word ("전(全)산업 생산") reads as the word.
Our own sentences, in the style of that copy, with other months and figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.lexicon import Lexicon
from tests.grouping_cases import meet

PUBLISHED = date(2026, 5, 29)


@pytest.mark.parametrize(("words", "lang", "concept"), [
    ("all-industry output", "en", "all_industry_output"),
    ("output across all industries", "en", "all_industry_output"),
    ("index of all industry production", "en", "all_industry_output"),
    ("전산업생산", "ko", "all_industry_output"), ("전 산업 생산", "ko", "all_industry_output"),
    ("전(全)산업 생산", "ko", "all_industry_output"),
    ("indice général de la production industrielle", "fr", "all_industry_output"),
    ("mining and manufacturing output", "en", "mining_manufacturing_output"),
    ("광공업 생산", "ko", "mining_manufacturing_output"),
    ("service sector output", "en", "service_output"), ("서비스업 생산", "ko", "service_output"),
    ("production du secteur des services", "fr", "service_output"),
    ("secteur des services", "fr", "service_output"),
    ("retail sales", "en", "retail_sales"), ("소매판매액", "ko", "retail_sales"),
    ("ventes au détail", "fr", "retail_sales"),
    ("facility investment", "en", "facility_investment"), ("설비투자", "ko", "facility_investment"),
    ("investissements dans les biens d'équipement", "fr", "facility_investment"),
    ("construction completed", "en", "construction_completed"),
    ("건설기성", "ko", "construction_completed"),
    ("average operation rate of factories", "en", "operation_rate"),
    ("capacity utilization rate", "en", "operation_rate"),
    ("제조업 평균가동률", "ko", "operation_rate"),
    ("taux d'utilisation des capacités", "fr", "operation_rate"),
    ("coincident index", "en", "coincident_index"), ("동행지수", "ko", "coincident_index"),
    ("leading index", "en", "leading_index"), ("선행지수", "ko", "leading_index"),
    ("manufacturing inventories", "en", "manufacturing_inventory"),
    ("제조업 재고", "ko", "manufacturing_inventory"),
    # the parts of GDP in a central bank's quarterly estimate
    ("private consumption", "en", "private_consumption"), ("민간소비", "ko", "private_consumption"),
    ("consommation des ménages", "fr", "private_consumption"),
    ("government spending", "en", "government_consumption"),
    ("정부소비", "ko", "government_consumption"),
    ("investment in construction", "en", "construction_investment"),
    ("건설투자", "ko", "construction_investment"),
    ("investment in facilities", "en", "facility_investment"),
])
def test_each_measure_of_a_release_is_named_alike(words: str, lang: str, concept: str) -> None:
    assert Lexicon.shipped().normalise(words, lang) == (f"#{concept}",)


@pytest.mark.parametrize(("words", "lang"), [
    ("industrial output", "en"), ("industrial production", "en"), ("산업생산", "ko"),
    ("production industrielle", "fr"),
])
def test_an_ambiguous_name_of_output_is_no_concept(words: str, lang: str) -> None:
    assert not any(w.startswith("#") for w in Lexicon.shipped().normalise(words, lang))


def test_a_gloss_leaves_other_korean_words_as_they_were() -> None:
    lexicon = Lexicon.shipped()
    assert lexicon.normalise("전(前) 장관", "ko") == lexicon.normalise("전 장관", "ko")
    assert lexicon.normalise("서울(1.2%)", "ko") == lexicon.normalise("서울 (1.2%)", "ko")


def _meet(en: str, en_fig: str, lang: str, other: str, other_fig: str) -> bool:
    """The English figure and the other language's, read as two articles, fall in one group."""
    return meet(("en", en, en_fig), (lang, other, other_fig), PUBLISHED)


# (English sentence, its figure, Korean or French sentence, its figure): one measure, one month
MEET = [
    ("All-industry output fell 0.7 percent in April from a month earlier.", "0.7 percent",
     "ko", "4월 전산업생산은 전월보다 0.7% 감소했다.", "0.7%"),
    ("All-industry output rose 2.4 percent in April from a year earlier.", "2.4 percent",
     "ko", "4월 전(全)산업 생산은 1년 전보다 2.4% 늘었다.", "2.4%"),
    ("Retail sales, a gauge of private spending, fell 0.9 percent in April.", "0.9 percent",
     "ko", "4월 소매판매는 전월보다 0.9% 감소했다.", "0.9%"),
    ("Facility investment rose 3.3 percent in April.", "3.3 percent",
     "ko", "4월 설비투자는 3.3% 증가했다.", "3.3%"),
    ("The average operation rate of factories came to 70.8 percent in April.", "70.8 percent",
     "ko", "4월 제조업 평균가동률은 70.8%로 집계됐다.", "70.8%"),
    ("Service sector output edged up 0.4 percent in April.", "0.4 percent",
     "fr", "En avril, la production du secteur des services a progressé de 0,4 %.", "0,4 %"),
    ("Private consumption grew 0.7 percent in the first quarter.", "0.7 percent",
     "ko", "1분기 민간소비는 0.7% 증가했다.", "0.7%"),
    ("The capacity utilization rate of factories stood at 70.8 percent in April.",
     "70.8 percent", "fr", "En avril, le taux d'utilisation des capacités a atteint 70,8 %.",
     "70,8 %"),
]


@pytest.mark.parametrize(("en", "en_fig", "lang", "other", "other_fig"), MEET)
def test_one_measure_told_in_two_languages_meets(en: str, en_fig: str, lang: str, other: str,
                                                 other_fig: str) -> None:
    assert _meet(en, en_fig, lang, other, other_fig)


# The same shapes, two measures of one release, or a name that two wires use for two measures
APART = [
    ("All-industry output fell 0.7 percent in April from a month earlier.", "0.7 percent",
     "ko", "4월 광공업 생산은 전월보다 0.7% 감소했다.", "0.7%"),
    ("Retail sales, a gauge of private spending, fell 0.9 percent in April.", "0.9 percent",
     "ko", "4월 설비투자는 전월보다 0.9% 감소했다.", "0.9%"),
    ("Facility investment rose 3.3 percent in April.", "3.3 percent",
     "ko", "4월 건설기성은 3.3% 증가했다.", "3.3%"),
    ("The average operation rate of factories came to 70.8 percent in April.", "70.8 percent",
     "ko", "4월 서비스업 생산은 70.8% 늘었다.", "70.8%"),
    ("Industrial output fell 0.7 percent in April from a month earlier.", "0.7 percent",
     "ko", "4월 전산업생산은 전월보다 0.7% 감소했다.", "0.7%"),
    ("Service sector output edged up 0.4 percent in April.", "0.4 percent",
     "fr", "En avril, les ventes au détail ont progressé de 0,4 %.", "0,4 %"),
    # a part of GDP each quarter against an activity measure each month
    ("Construction investment fell 2.6 percent in April.", "2.6 percent",
     "ko", "4월 건설기성은 2.6% 감소했다.", "2.6%"),
]


@pytest.mark.parametrize(("en", "en_fig", "lang", "other", "other_fig"), APART)
def test_two_measures_of_one_release_never_meet(en: str, en_fig: str, lang: str, other: str,
                                                other_fig: str) -> None:
    assert not _meet(en, en_fig, lang, other, other_fig)
