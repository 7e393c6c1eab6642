"""Shares listed in one sentence that are no breakdown of one population (reconcile/structural/
parts.py): the ``parts`` check sums three or more shares of a sentence and calls a sum above
100 % a conflict, which is right for a breakdown ("Of the 400 people arrested, 45 % ..., 40 %
..., 30 % ...") and false for two lists real copy prints as often:

* one rate of several populations, each share naming its own whole: Korean election-day wires
  list past turnouts ("역대 총선 투표율은 △15대 63.9% △16대 57.2% △17대 60.6% ...": asiatoday,
  kmib and pressian on the 2016 and 2024 general elections), English and French pieces list a
  rate by group or by year;
* changes, not levels: "1년 전보다 서울 45%, 부산 60%, 대구 30% 늘었다", sales or prices up by
  place or product "from a year earlier" (one change word over the list gives each its
  direction, or the sentence names the time they compare with).

A breakdown of one population keeps its check. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _parts(lang: str, text: str) -> list[Verdict]:
    claims = extract_text(text, lang=lang, published=date(2026, 4, 10), article_id="a.md")
    return [f.verdict for f in reconcile(claims).findings if f.detail == "parts"]


NOT_A_BREAKDOWN = [
    ("ko", "역대 대선 투표율은 △15대 80.7% △16대 70.8% △17대 63.0% △18대 75.8%였다."),
    ("ko", "역대 총선 투표율은 △18대 46.1% △19대 54.2% △20대 58.0% △21대 66.2%였다."),
    ("ko", "지난달 아파트 매매는 1년 전보다 서울 45%, 부산 60%, 대구 30% 늘었다."),
    ("ko", "수출은 전년 동월 대비 반도체 42%, 자동차 35%, 선박 51% 증가했다."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_BREAKDOWN)
def test_shares_of_several_wholes_or_changes_are_not_summed(lang, text) -> None:
    assert _parts(lang, text) == []


BREAKDOWNS = [
    ("fr", "Parmi les 400 personnes interpellées, 45 % venaient de Lille, 40 % de Roubaix et "
           "30 % de Tourcoing.", [Verdict.conflict]),
    ("en", "Of the 400 people arrested, 45 percent were from Carlow, 40 percent from Dunmore "
           "and 30 percent from Ashby.", [Verdict.conflict]),
    ("ko", "체포된 400명 가운데 서울 출신이 45%, 부산 출신이 40%, 대구 출신이 30%였다.",
     [Verdict.conflict]),
]


@pytest.mark.parametrize(("lang", "text", "verdicts"), BREAKDOWNS)
def test_a_breakdown_of_one_population_is_still_summed(lang, text, verdicts) -> None:
    assert _parts(lang, text) == verdicts
