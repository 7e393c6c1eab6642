"""Korean figures the copy writes without a counter or behind a quoted answer, which were not
read at all: a vote's tally with its counters left out, a stock index's close after its change
(not its open nor a swing in the day: another reading of the day than the close), a poll's share
that answers with what must be done; a line glued to an amount is a round level; a size class's
bound in brackets is no figure. Our own sentences in the style of Korean wire, paper and TV copy
on parliament votes, market closes and polls (other names, places and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 11, 20)


def _figures(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(c.surface, c.value, c.approx.value, c.unit)
            for c in extract_text(text, lang="ko", published=PUBLISHED)]


# (sentence, surface, value, approx, unit): each must be read so
READ = [
    # a vote's tally in a subhead or a TV line, its counters left out
    ("찬성 181·반대 102·기권 4·무효 6", "181", 181, "exact", "count"),
    ("찬성 181·반대 102·기권 4·무효 6", "102", 102, "exact", "count"),
    ("찬성 181·반대 102·기권 4·무효 6", "6", 6, "exact", "count"),
    ("찬성은 131, 반대는 158, 무효가 3표였습니다.", "131", 131, "exact", "count"),
    ("찬성은 131, 반대는 158, 무효가 3표였습니다.", "158", 158, "exact", "count"),
    ("체포동의안은 재석 271 가운데 찬성 149표로 가결됐다.", "271", 271, "exact", "count"),
    ("'찬성 97 vs 반대 186' 표결의 의미", "186", 186, "exact", "count"),
    # an index's close after its change, the index named in the clause
    ("12일 코스피는 전 거래일보다 17.42포인트(0.71%) 내린 2,431.06에 장을 마쳤다.",
     "2,431.06", 2431.06, "exact", "count"),
    ("코스닥지수는 전날보다 3.08포인트(0.44%) 오른 698.17로 거래를 마쳤다.",
     "698.17", 698.17, "exact", "count"),
    ("코스닥은 5.12포인트 내린 801.44로 마감했다.", "801.44", 801.44, "exact", "count"),
    # a poll's share answering with what must be done
    ('시민 64% "공공요금 인상 멈춰야"', "64%", 64, "exact", "percent"),
    ("응답자의 58%가 장관이 사퇴해야 한다고 답했다.", "58%", 58, "exact", "percent"),
    ("응답자의 21%는 '협상을 서둘러 끝내야 한다'는 의견을 냈다.", "21%", 21, "exact",
     "percent"),
    ("172명 전원 찬성…지체 없이 공포해야", "172명", 172, "exact", "count"),
    # a line glued to an amount: a round level
    ("원·달러 환율은 장중 1천410원선까지 치솟기도 했다.", "1천410원선", 1410, "about", "KRW"),
    ("환율은 1,390원선을 넘어섰다.", "1,390원선", 1390, "about", "KRW"),
]


@pytest.mark.parametrize(("text", "surface", "value", "approx", "unit"), READ)
def test_read(text: str, surface: str, value: float, approx: str, unit: str) -> None:
    assert (surface, pytest.approx(value), approx, unit) in _figures(text)


# (sentence, value): no figure of this value may come out
NOT_READ = [
    # one side alone is no tally; a year or a bare number after a side is none either
    ("찬성 3", 3),
    ("법안 찬성 2026년 입장문", 2026),
    # no index named in the clause: a bare decimal before a market verb stays bare
    ("장 초반 한때 2,426.80까지 떨어지는 등 2,430선을 내주기도 했다.", 2426.8),
    ("한빛전자는 8만1천200으로 장을 마감했다.", 81200),
    ("코스피는 1% 넘게 올랐고, 환율은 1,387.6에 마감했다.", 1387.6),
    # an open or an intraday swing is another reading of the day than the close, which it
    # would meet as the same quantity (a false conflict on a day the market falls 8%)
    ("전일 대비 5.11포인트 내린 2,440.37에 출발한 코스피는 장중 2,426.80까지 떨어졌다.", 2440.37),
    ("전일 대비 5.11포인트 내린 2,440.37에 출발한 코스피는 장중 2,426.80까지 떨어졌다.", 2426.8),
    ("703.52로 개장한 코스닥 지수는 오후 들어 약세로 돌아섰다.", 703.52),
    ("5일 코스피 지수는 2,651.20으로 개장한 뒤 낙폭을 키웠다.", 2651.2),
    ("코스닥 지수는 806.56으로 출발해 798.90까지 밀렸다.", 806.56),
    ("지수는 전장보다 21.40포인트 내린 2,301.15에서 출발해 낙폭을 키웠다.", 2301.15),
    ("코스닥 지수는 0.12포인트 오른 1,041.37로 거래를 시작했다.", 1041.37),
    ("코스피 지수가 전일대비 9.70 포인트 내린 2398.45를 나타내고 있다.", 2398.45),
    # a rule's bar stays a condition; advice in a quotative is no answer
    ("재적의원 3분의 2 이상이 찬성해야 한다고 규정한다.", 2 / 3 * 100),
    ("정당은 5% 이상 득표해야 의석을 배분받는다.", 5),
    ("후보는 유효투표의 10% 이상을 얻어야 한다.", 10),
    ("환자는 증상이 사라진 뒤에도 48시간 동안 등원을 자제해야 한다고 권고했다.", 48),
    # a level word that opens another word
    ("합격자 5명 선발을 마쳤다.", None),
    # a size class's bound in brackets, then the class
    ("지난달부터 직원 50인 미만(건설업은 공사 금액 80억원 미만) 사업장에도 법이 시행됐다.", 8e9),
]


@pytest.mark.parametrize(("text", "value"), NOT_READ)
def test_not_read(text: str, value: float | None) -> None:
    figures = _figures(text)
    if value is None:  # "5명 선발": read, but never as a level
        assert all(approx == "exact" for _, _, approx, _ in figures)
        return
    assert all(v is None or v != pytest.approx(value) for _, v, _, _ in figures)
