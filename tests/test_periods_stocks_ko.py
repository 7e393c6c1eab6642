"""A balance is a level held at the end of the window its sentence names; the month's change
beside it keeps the month (our own sentences in the style of Korean central-bank and bank
release copy; published 2025-11-12)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 11, 12)
OCT = ("2025-10-01", "2025-10-31", "interval")
END_OCT = (None, "2025-10-31", "as_of")


def _period(text: str, surface: str) -> tuple[str | None, str | None, str]:
    return period_of(text, surface, PUBLISHED)


LEVELS = [
    # the balance a month's change left
    ("10월 은행 기업대출은 7조 원 늘어 잔액이 1천290조 원을 기록했다.", "1천290조 원", END_OCT),
    ("10월 주택담보대출(잔액 880조 원)은 한 달 새 3조 원 늘었다.", "880조 원", END_OCT),
    ("은행 가계대출 잔액은 지난달 말 1천130조 원까지 불어났다.", "1천130조 원", END_OCT),
    # the end of a month right before its level, and a stock a few words after it
    ("신용대출은 9월 말 101조 2천억 원에서 10월 말 102조 원으로 늘었다.", "101조 2천억 원",
     (None, "2025-09-30", "as_of")),
    ("신용대출은 9월 말 101조 2천억 원에서 10월 말 102조 원으로 늘었다.", "102조 원", END_OCT),
    ("외환보유액은 역대 최대였던 2월 말의 4천300억 달러에 못 미쳤다.", "4천300억 달러",
     (None, "2025-02-28", "as_of")),
    ("5월 말 정책대출을 포함한 예금은행 가계대출 잔액은 1천80조 원으로 집계됐다.", "1천80조 원",
     (None, "2025-05-31", "as_of")),
    # the level a change told as a comparative makes: the balance the change's stretch names
    ("10월 은행 가계대출 잔액은 전월보다 4조 원 많은 1천125조 원으로 집계됐다.", "1천125조 원",
     END_OCT),
    ("지난달 기업대출 잔액은 한 달 전보다 1조8천억 원 적은 1천276조 원이었다.", "1천276조 원",
     END_OCT),
    ("지난달 주택담보대출 잔액은 전월보다 2조 원 늘어난 866조 원이었다.", "866조 원", END_OCT),
    # a fund's reserve and a deposit are balances too (pension and reserve copy)
    ("사학연금 올해 1∼6월 수익률 7.2%…적립금 31조원", "31조원", (None, "2025-06-30", "as_of")),
    ("공무원연금 기금이 올해 들어 9월까지 8%대 수익률을 올리며 적립금이 21조원을 넘어섰다.",
     "21조원을 넘어", (None, "2025-09-30", "as_of")),
    ("10월 외환보유액 가운데 예치금은 241억 달러로 12억 달러 줄었다.", "241억 달러", END_OCT),
    ("지난해 퇴직연금 적립금은 45조원 늘어난 427조원으로 집계됐다.", "427조원",
     (None, "2024-12-31", "as_of")),
    ("지난해 기금 적립금은 1천210조 원으로 늘었다.", "1천210조 원", (None, "2024-12-31", "as_of")),
]

FLOWS = [
    # the month's change keeps the month: a word of change after the figure, or between the
    # stock word and the figure
    ("10월 은행 기업대출은 7조 원 늘어 잔액이 1천290조 원을 기록했다.", "7조 원", OCT),
    ("10월 주택담보대출(잔액 880조 원)은 한 달 새 3조 원 늘었다.", "3조 원", OCT),
    ("지난달 은행 가계대출 잔액이 4조 원 늘었다.", "4조 원", OCT),
    ("올해 1∼10월 은행 가계대출 잔액 증가액은 35조 원이다.", "35조 원",
     ("2025-01-01", "2025-10-31", "interval")),
    ("지난달 수출액은 548억 달러로 집계됐다.", "548억 달러", OCT),
    # a change told as a comparative ("많은", "적은") before the level it makes
    ("10월 은행 가계대출 잔액은 전월보다 4조 원 많은 1천125조 원으로 집계됐다.", "4조 원", OCT),
    ("지난달 기업대출 잔액은 한 달 전보다 1조8천억 원 적은 1천276조 원이었다.", "1조8천억 원",
     OCT),
    ("지난달 주택담보대출 잔액은 전월보다 2조 원 늘어난 866조 원이었다.", "2조 원", OCT),
    # a figure after a comparative that names no stock stays over its window
    ("지난달 수출액은 전월보다 30억 달러 많은 548억 달러로 집계됐다.", "548억 달러", OCT),
    # the change of a reserve, and what the reserve earned over the window
    ("10월 외환보유액 가운데 예치금은 241억 달러로 12억 달러 줄었다.", "12억 달러", OCT),
    ("지난해 퇴직연금 적립금은 45조원 늘어난 427조원으로 집계됐다.", "45조원",
     ("2024-01-01", "2024-12-31", "interval")),
    ("사학연금 올해 1∼6월 수익률 7.2%…적립금 31조원", "7.2%",
     ("2025-01-01", "2025-06-30", "interval")),
    ("올해 1∼9월 퇴직연금 적립금 운용 수익률은 4.1%였다.", "4.1%",
     ("2025-01-01", "2025-09-30", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), LEVELS + FLOWS)
def test_balance_levels_and_flows(text: str, surface: str,
                                  period: tuple[str | None, str | None, str]) -> None:
    assert _period(text, surface) == period
