"""The bounds of a table's brackets label the bracket; the share or count that follows is the
figure. Read in Korean news on jeonse-fraud victims (Naeil: deposits by bracket, each with its
share; Edaily: deposits up to 100 million won and the brackets above, each a share; Daegu MBC:
the count of cases in the lowest bracket), on apartment sales by price band (Hankyung and
Mediapen on Zigbang's analysis: shares below 400 million and above 900 million won, in
parentheses too; MBN Money: the share of sales at 600 million won or less; EKN: sales above 900
million counted) and on wages by band (Edaily, Wikitree on Statistics Korea's survey: "200만~300만원
미만이 33.7%"). The counter-cases keep a bound that is itself the figure: a crowd of at least
50,000, a count before a count of another kind, an estimate, a legal maximum penalty (a claim in
these conventions), a bound with no particle before its count ("19세 이상 26명").

Every sentence is our own, written in the style of what was read."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

BRACKETS = [
    row(
        "ko",
        "보증금은 2억원 이하가 51.2%, 2억원 초과~3억원 이하가 31.7%로 집계됐다.",
        [{"surface": "51.2%", "value": 51.2}, {"surface": "31.7%", "value": 31.7}],
        id="bound-particle-share-and-range",
    ),
    row(
        "ko",
        "보증금 규모별로는 8천만 원 이하가 2,416건으로 가장 많았다.",
        [{"surface": "2,416건", "value": 2416}],
        id="amount-bound-then-count",
    ),
    row(
        "ko",
        "3분기에는 5억원 이하(23.4%)와 12억원 초과(17.9%)의 격차가 줄었다.",
        [{"surface": "23.4%", "value": 23.4}, {"surface": "17.9%", "value": 17.9}],
        id="bound-then-parenthesised-share",
    ),
    row(
        "ko",
        "지난해 부산 아파트 거래에서 3억원 이하 거래 비중은 47.3%로 나타났다.",
        [{"surface": "47.3%", "value": 47.3}],
        id="bound-then-share-noun",
    ),
    row(
        "ko",
        "150만~250만원 미만이 29.4%로 가장 많았다.",
        [{"surface": "29.4%", "value": 29.4}],
        id="range-with-bound-word-after",
    ),
    row(
        "ko",
        "올해 인천 15억원 초과 거래 건수는 4천218건으로 집계됐다.",
        [{"surface": "4천218건", "value": 4218}],
        id="bound-then-count-noun",
    ),
]

STILL_FIGURES = [
    row(
        "ko",
        "광장 집회에는 주최 측 추산 7만명 이상이 참가했다.",
        [{"surface": "7만명 이상", "value": 70000, "approx": "at_least"}],
        id="crowd-at-least",
    ),
    row(
        "ko",
        "승객 20명 이상이 2시간 넘게 객차에 갇혔다.",
        [{"surface": "20명 이상", "value": 20, "approx": "at_least"}],
        id="count-bound-before-a-duration",
    ),
    row(
        "ko",
        "경찰은 피해액이 3억원 이상으로 추정된다고 밝혔다.",
        [{"surface": "3억원 이상", "value": 300000000, "approx": "at_least"}],
        id="estimate-bound",
    ),
    row(
        "ko",
        "불법 촬영물을 유포하면 7년 이하의 징역에 처해진다.",
        [{"surface": "7년 이하", "value": 7, "approx": "up_to"}],
        id="legal-maximum-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BRACKETS)
def test_a_bracket_bound_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), STILL_FIGURES)
def test_a_bound_that_is_the_figure_stays(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
