"""Korean frame slots read from the grammar of the sentence: the subject a figure is the value
of (across a gloss in parentheses, the copula, a share price's close, a relative clause before
the figure), the noun a figure modifies through 의 ("규모의" too), the clause that modifies the
counted ("다친 14명은", "정전 피해를 본 가구는") and the price of one unit ("주당 900원").
Our own sentences, in the style of results, disaster and market copy; other names, other
figures."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 4, 24)


def _claim(text: str, surface: str) -> Claim:
    found = {c.surface: c for c in extract_text(text, lang="ko", published=PUBLISHED)}
    return found[surface]


# (sentence, surface, counted): the subject the figure is the value of
SUBJECTS = [
    # a gloss in parentheses between the noun and its particle
    ("한빛은행의 1분기 순이자마진(NIM)은 1.71%로 전 분기보다 0.02%포인트 올랐다.", "1.71%",
     "순이자마진"),
    ("자기자본이익률(ROE)은 9.8%로 집계됐다.", "9.8%", "자기자본이익률"),
    ("NIM(순이자마진)은 2.05%로 낮아졌다.", "2.05%", "NIM"),
    # a gloss inside the name
    ("3월 말 기준 보통주자본(CET1)비율은 12.9%였다.", "12.9%", "보통주자본(CET1)비율"),
    # the copula right after the figure
    ("비이자이익은 4천350억 원이었고, 판관비는 1조1천억 원으로 늘었다.", "4천350억 원",
     "비이자이익"),
    ("영업이익은 2천870억 원이며 매출은 3조 원을 넘었다.", "2천870억 원", "영업이익"),
    # a relative clause between the subject and its figure
    ("이자이익은 1년 전보다 5.1% 늘어난 3조2천400억 원을 기록했다.", "3조2천400억 원", "이자이익"),
    ("한결전자 주가는 전 거래일보다 1.9% 내린 5만4천300원에 장을 마쳤다.", "5만4천300원",
     "한결전자 주가"),
    ("반도체 대장주 주가는 3.4% 뛴 21만5천원에 장을 마감했다.", "21만5천원", "반도체 대장주 주가"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), SUBJECTS)
def test_the_subject_is_what_the_figure_measures(text: str, surface: str, counted: str) -> None:
    claim = _claim(text, surface)
    assert claim.counted == counted
    assert claim.frame is not None and claim.frame.counted is not None


def test_a_rate_its_subject_takes_is_no_share_of_it() -> None:
    """ "순이자마진은 1.71%": the margin is 1.71 %; "피의자 가운데 절반" is a share of them."""
    margin = _claim("순이자마진(NIM)은 1.71%로 집계됐다.", "1.71%")
    assert margin.frame is not None and margin.frame.whole is None
    half = _claim("검거된 피의자 가운데 절반이 10대였다.", "절반")
    assert half.frame is not None and half.frame.whole is not None
    assert half.frame.counted is None


# (sentence, surface): a subject that is not what the figure is
NOT_SUBJECTS = [
    # the subject does the verb; the figure is its object
    ("경찰은 올해 피의자 512명을 검거했다.", "512명", "피의자"),
    # a clause opened by a comma: the subject before is another clause's
    ("이자이익은 늘었지만, 1년 전보다 3.2% 줄어든 2천억 원을 충당금으로 쌓았다.", "2천억 원", ""),
    # a relative clause whose figure is an object, not what the subject numbers
    ("소방당국은 현장에 출동한 소방관 120명을 배치했다.", "120명", "소방관"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), NOT_SUBJECTS)
def test_a_subject_that_acts_is_not_counted(text: str, surface: str, counted: str) -> None:
    assert _claim(text, surface).counted == counted


# (sentence, surface, counted): the noun a figure modifies through 의
MODIFIED = [
    ("이사회는 주당 700원의 분기 배당을 결의했다.", "주당 700원", "배당"),
    ("회사는 2천억 원 규모의 자사주 매입을 발표했다.", "2천억 원", "자사주 매입"),
    ("경찰은 5억 원 상당의 금품을 압수했다.", "5억 원", "금품"),
    ("하루 1만2천 명의 관람객이 몰렸다.", "1만2천 명", "관람객"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), MODIFIED)
def test_the_noun_after_of_is_what_the_figure_counts(text: str, surface: str,
                                                     counted: str) -> None:
    assert _claim(text, surface).counted == counted


# (sentence, surface, unit): the price of one unit
PRICES = [
    ("이사회는 주당 700원의 분기 배당을 결의했다.", "주당 700원", "KRW/share"),
    ("1주당 1천200원을 현금으로 배당한다.", "1주당 1천200원", "KRW/share"),
    ("서울의 휘발유 가격은 ℓ당 1천742원으로 올랐다.", "ℓ당 1천742원", "KRW/liter"),
    ("두바이유는 배럴당 68.4달러에 거래됐다.", "배럴당 68.4달러", "USD/barrel"),
    # not a price: a plain amount, and a duration per week
    ("배당금 총액은 3천500억 원이다.", "3천500억 원", "KRW"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), PRICES)
def test_a_price_of_one_unit(text: str, surface: str, unit: str) -> None:
    assert _claim(text, surface).unit == unit


def test_per_week_hours_are_no_price() -> None:
    found = extract_text("주당 평균 근로시간은 38.6시간으로 줄었다.", lang="ko",
                         published=PUBLISHED)
    assert all("/" not in c.unit for c in found)


# (sentence, surface, event concept, counted concept): the clause that modifies the counted
MODIFIER_EVENTS = [
    ("다친 9명은 인근 병원 두 곳으로 나뉘어 옮겨졌다.", "9명", "injure", "person"),
    ("이번 화재로 숨진 2명은 모두 야간 근무자였다.", "2명", "die", "person"),
    ("대피한 주민 340명은 마을회관 등에 머물고 있다.", "340명", "evacuate", "person"),
    ("집중호우로 정전 피해를 본 가구는 6천210가구로 늘었다.", "6천210가구", "power_cut",
     "household"),
]


@pytest.mark.parametrize(("text", "surface", "event", "counted"), MODIFIER_EVENTS)
def test_the_modifying_clause_says_what_happened(text: str, surface: str, event: str,
                                                 counted: str) -> None:
    frame = _claim(text, surface).frame
    assert frame is not None and frame.event is not None and frame.counted is not None
    assert frame.event.concepts == (event,)
    assert counted in frame.counted.concepts


# (sentence, surface): a modifying clause that names no event the table knows
NO_EVENT = [
    ("연기를 흡입한 5명은 병원으로 옮겨졌다.", "5명"),
    ("현장에 있던 근로자 48명은 스스로 빠져나왔다.", "48명"),
]


@pytest.mark.parametrize(("text", "surface"), NO_EVENT)
def test_a_clause_that_names_no_event_gives_none(text: str, surface: str) -> None:
    frame = _claim(text, surface).frame
    assert frame is None or frame.event is None


# (sentence, surface, counted): a rate of change measures the subject its clause's level is of
CHANGES = [
    ("이자이익은 3조1천억 원으로 1년 전보다 3.7% 늘었다.", "3.7%", "이자이익"),
    ("순이자마진(NIM)은 1.66%로 전 분기보다 0.04%포인트 낮아졌다.", "0.04%포인트", "순이자마진"),
    ("지난달 수출은 612억 달러로 작년 같은 달보다 6.3% 증가했다.", "6.3%", "수출"),
    # a new clause: its own subject, or none said (left empty rather than guessed)
    ("영업이익은 9천억 원으로 집계됐고, 전체 시장은 2.1% 줄었다.", "2.1%", "시장"),
    ("영업이익은 9천억 원으로 집계됐고, 2.1% 줄었다.", "2.1%", ""),
    # a change with its own subject keeps it
    ("매출은 5조 원이었고 영업이익률은 1.2%포인트 올랐다.", "1.2%포인트", "영업이익률"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), CHANGES)
def test_a_rate_of_change_measures_its_clauses_subject(text: str, surface: str,
                                                       counted: str) -> None:
    assert _claim(text, surface).counted == counted


# (sentence, surface, concept): market and bank measures share concepts with English copy
CONCEPTS = [
    ("한결전자 주가는 0.8% 내린 7만2천원에 장을 마쳤다.", "7만2천원", "share_price"),
    ("9월 말 보통주자본(CET1)비율은 12.7%였다.", "12.7%", "capital_ratio"),
]


@pytest.mark.parametrize(("text", "surface", "concept"), CONCEPTS)
def test_market_measures_have_shared_concepts(text: str, surface: str, concept: str) -> None:
    frame = _claim(text, surface).frame
    assert frame is not None and frame.counted is not None
    assert concept in frame.counted.concepts


def test_a_plans_deadline_is_as_of_that_day() -> None:
    """ "내년 3월 말까지 지점 38곳을 통폐합할 예정": done by then (as "by the end of March");
    a tally "올해 7월까지" stays a window."""
    plan = _claim("은행은 내년 3월 말까지 지점 29곳을 통폐합할 예정이다.", "29곳")
    assert plan.period is not None and plan.period.start is None
    assert plan.period.end == date(2027, 3, 31)
    tally = _claim("경찰은 올해 3월까지 피의자 212명을 검거했다.", "212명")
    assert tally.period is not None and tally.period.start == date(2026, 1, 1)
