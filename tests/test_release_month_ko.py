"""A Korean monthly release states its month first ("지난달 소비자물가지수는", "10월 전산업
생산은"); a sentence about months before it, a run of earlier months ("6월 0.4%, 7월 0.9%, 8월
1.3% 오른 뒤") or a revision ("8월 증가율은 당초 0.4%에서 0.6%로 상향 조정됐다"), tells history.
The figures after it that state no time of their own are the release's month again, not the last
earlier month named. A back reference ("같은 기간") still takes the period it names, and a
release of a year or a quarter keeps carrying the period stated last. Our own sentences in the
style of Korean price, industrial-activity and trade releases (other figures)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_2 = date(2026, 12, 2)
NOV = ("2026-11-01", "2026-11-30", "interval")
OCT = ("2026-10-01", "2026-10-31", "interval")

CPI = ("지난달 축산물 가격은 작년 같은 달보다 9.4% 올랐다. 축산물 가격은 올해 5월 12.3% 급등한 "
       "이후 6개월째 8% 이상 오름폭을 유지하고 있다. 공업제품 가격은 작년 같은 달보다 2.3% 올랐다.")
REVISION = ("국가데이터처에 따르면 10월 전산업생산은 전월보다 0.8% 줄었다. 8월 증가율은 당초 "
            "0.4%에서 0.6%로 상향 조정됐다. 광공업 생산은 반도체(-4.1%) 등에서 줄어 1.9% "
            "감소했다.")
SERIES = ("한국은행에 따르면 지난달 수출물가지수는 전월보다 1.1% 내렸다. 수출물가는 6월 0.4%, 7월 "
          "0.9%, 8월 1.3% 오른 뒤 석 달 만에 하락했다. 품목별로는 화학제품이 2.4% 떨어졌다.")
TURN = ("통계청이 발표한 11월 산업활동동향에 따르면 지난달 전산업 생산지수는 113.1(2020년=100)로 "
        "전월 대비 0.6% 감소했다. 지난 7월 1.1% 증가하며 반등했지만 8월부터 넉 달 연속 "
        "감소했다. 광공업(-1.2%)과 건설업(-2.8%)에서 생산이 줄었다.")

RELEASE_MONTH = [
    (CPI, "2.3%", NOV),
    (REVISION, "1.9%", OCT),
    (REVISION, "4.1%", OCT),
    (SERIES, "2.4%", NOV),
    (TURN, "1.2%", NOV),
    (TURN, "2.8%", NOV),
]

# a back reference takes what it names; a year's release keeps the year stated last; the
# history's own figures keep their months
KEPT = [
    ("통계청에 따르면 10월 취업자는 2천890만 명으로 집계됐다. 올해 1월 취업자는 2천820만 "
     "명이었다. 같은 기간 실업률은 3.1%였다.", DEC_2, "3.1%",
     ("2026-01-01", "2026-01-31", "interval")),
    ("산업통상부에 따르면 지난해 연간 수출은 6천810억 달러로 집계됐다. 2023년 수출은 6천320억 "
     "달러였다. 반도체가 1천120억 달러를 차지했다.", date(2026, 1, 5), "1천120억 달러",
     ("2023-01-01", "2023-12-31", "interval")),
    (SERIES, DEC_2, "1.3%", ("2026-08-01", "2026-08-31", "interval")),
    (CPI, DEC_2, "12.3%", ("2026-05-01", "2026-05-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), RELEASE_MONTH)
def test_after_earlier_months_a_release_goes_on_with_its_month(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_2) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), KEPT)
def test_back_references_years_and_the_history_keep_their_periods(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


# A month's sales story that turns to another release's stock at an earlier month's end: the
# figures after the stock go on with it (the end of that month), not the month of sales.
SALES = ("부산부동산정보센터에 따르면 11월 부산 아파트 매매 거래는 2천174건으로 10월보다 8.1% "
         "줄었다. 국토교통부 집계로 10월 말 기준 부산 미분양 주택은 4천386가구로 전월보다 "
         "212가구 늘었다. 다 지은 뒤에도 팔리지 않은 준공 후 미분양은 1천905가구다.")
LOANS = ("한국은행에 따르면 지난달 은행 기업대출은 5조1천억 원 늘었다. 지난 9월 말 기준 "
         "가계대출 잔액은 1천143조 원이었다. 이 가운데 주택담보대출이 872조 원을 차지했다. "
         "전세자금대출 잔액은 198조 원이다.")
SEPT_END = (None, "2026-09-30", "as_of")
OCT_END = (None, "2026-10-31", "as_of")

STOCK_AFTER_SALES = [
    (SALES, "1천905가구", OCT_END),
    (SALES, "4천386가구", OCT_END),
    (LOANS, "198조 원", SEPT_END),
]


@pytest.mark.parametrize(("text", "surface", "period"), STOCK_AFTER_SALES)
def test_after_a_stock_at_an_earlier_months_end_the_figures_go_on_with_it(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_2) == period
