"""A daily average and the figure it is compared with (issue 9, false conflicts), in the style
of Korean agency copy on customs, police and fire statistics read through the news corpus:
"하루 평균 3.1건 ... 지난해 같은 기간(402건)과 비교하면". The figure written after the rate in its
sentence is the baseline the rate is compared with, not its total, so the ``rate`` check does
not read it as one (a total written before the rate still is: "297 cas, soit 9,8 par
semaine")."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.models import Verdict
from reconcile.pipeline import reconcile
from reconcile.structural.rate import rate_checks
from tests.claim_factory import claim, period

ARTICLES = [
    "관세청은 8일 상반기 단속 동향을 발표했다. 올해 1~6월 적발된 밀수는 566건이다. 하루 평균 "
    "3.1건, 2.2㎏ 규모로, 지난해 같은 기간(402건, 1천10㎏)과 비교하면 건수는 40.8% 늘었다.",
    "경찰청은 14일 보이스피싱 피해 현황을 공개했다. 올해 1~3월 접수된 피해 신고는 1천962건이다. "
    "하루 평균 21.8건꼴로, 지난해 같은 기간(1천405건, 312억 원)과 비교하면 39.6% 증가했다.",
    "소방청에 따르면 올해 1~4월 발생한 주택 화재는 3천481건이다. 하루 평균 29건, 지난해 같은 "
    "기간(2천760건, 사망 61명)과 비교하면 건수는 26.1% 늘었다.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_a_rate_is_not_checked_against_the_baseline_after_it(text: str) -> None:
    claims = extract_text(text, lang="ko", published=date(2026, 7, 8), article_id="a.md")
    rates = [f for f in reconcile(claims).findings if f.detail == "rate"]
    assert all(f.verdict is not Verdict.conflict for f in rates), rates


SENTENCE = "297 entre janvier et juillet, soit 9,8 cas en moyenne par semaine, contre 150"
JAN_JUL = period("2024-01-01", "2024-07-31")


def _at(c: Claim, surface: str) -> Claim:
    start = SENTENCE.index(surface)
    return c.model_copy(update={"start": start, "end": start + len(surface)})


def test_only_a_figure_before_the_rate_is_its_total_in_the_sentence() -> None:
    total = _at(claim("tot", "297", 297, when=JAN_JUL, sentence=SENTENCE), "297")
    rate = _at(claim("avg", "9,8", 9.8, per="week", decimals=1, when=JAN_JUL,
                     sentence=SENTENCE), "9,8")
    after = _at(claim("cmp", "150", 150, when=JAN_JUL, sentence=SENTENCE), "150")
    sentences = {(rate.article, SENTENCE): [total, rate, after]}
    found = list(rate_checks([rate], sentences))
    assert [(c.verdict, [x.id for x in c.claims]) for c in found] == [
        (Verdict.consistent, ["avg", "tot"])
    ]
