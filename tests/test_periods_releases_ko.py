"""Korean releases: which period the figures with no time of their own go on with (our own
sentences in the style of results filings, monthly fiscal and jobs releases, and broadcast
reports on a one-day event; other names and numbers).

- A figure its own phrase dates to the period the release's is compared with ("지난해
  3분기 영업이익은 ...이었다", "직전 분기인 2분기 ...") is a baseline: the sentences after it
  with no time ("같은 기간 매출은", "사업별로는 ...") go on with the release's period.
- A phrase heading what a ratio is measured against ("올해 세입예산 368조 원 대비", "올해 목표
  세수 대비") dates that only, not the ratio.
- One month picked out of the release's window ("9월 한 달 국세수입은") dates its own figures.
- A time of day of a one-day event ("오후 8시 기준 순간 최대 인파") dates its own figure, not the
  event's other figures.
Each class has rows of the same shape that keep today's reading."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

pytest.importorskip("kiwipiepy")


def _period(text: str, surface: str, published: date) -> tuple[str | None, str | None, str]:
    claim: Claim = next(c for c in extract_text(text, lang="ko", published=published)
                        if c.surface == surface)
    p = claim.period
    assert p is not None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


Q_RESULTS = date(2026, 7, 28)
MONTHLY = date(2026, 11, 12)

# (text, published, surface, start, end, kind)
BASELINE_PERIODS = [
    # the same quarter last year, said in a sentence of its own, then "같은 기간"
    ("한빛화학은 올해 2분기 영업이익이 3천120억 원으로 지난해 같은 기간보다 21.4% 늘었다고 "
     "밝혔다. 지난해 2분기 영업이익은 2천570억 원이었다. 같은 기간 매출은 4조1천억 원으로 "
     "6.2% 증가했다.", Q_RESULTS, "4조1천억 원", "2026-04-01", "2026-06-30", "interval"),
    # the quarter before, then a breakdown with no time of its own
    ("한빛화학은 올해 2분기 영업이익이 3천120억 원으로 집계됐다고 밝혔다. 직전 분기인 1분기 "
     "영업이익은 2천890억 원이었다. 사업별로는 석유화학 부문 매출이 2조3천억 원으로 전체의 "
     "56%를 차지했다.", Q_RESULTS, "2조3천억 원", "2026-04-01", "2026-06-30", "interval"),
    # ... and "1년 전" after it is a year before the release's quarter, not the baseline's
    ("한빛화학은 올해 2분기 영업이익이 3천120억 원으로 집계됐다고 밝혔다. 직전 분기인 1분기 "
     "영업이익은 2천890억 원이었다. 이 가운데 배터리 소재 비중은 38%로, 1년 전(31%)보다 "
     "7%포인트 높아졌다.", Q_RESULTS, "31%", "2025-04-01", "2025-06-30", "interval"),
    # a monthly release: last year's same month, then "같은 기간"
    ("통계청에 따르면 10월 취업자는 2천890만 명으로 1년 전보다 19만 명 늘었다. 지난해 10월 "
     "취업자는 2천871만 명이었다. 같은 기간 실업률은 2.4%로 집계됐다.", MONTHLY, "2.4%",
     "2026-10-01", "2026-10-31", "interval"),
    # the baseline itself keeps its own period
    ("한빛화학은 올해 2분기 영업이익이 3천120억 원으로 지난해 같은 기간보다 21.4% 늘었다고 "
     "밝혔다. 지난해 2분기 영업이익은 2천570억 원이었다. 같은 기간 매출은 4조1천억 원으로 "
     "6.2% 증가했다.", Q_RESULTS, "2천570억 원", "2025-04-01", "2025-06-30", "interval"),
]

# the same shapes, whose later figures keep the period stated last: a period that is no
# comparison of the release's (the whole last year, two quarters back), or no release period
# stated before
BASELINE_NEGATIVES = [
    ("한빛화학은 올해 2분기 영업이익이 3천120억 원으로 집계됐다고 밝혔다. 지난해 한 해 "
     "영업이익은 1조1천억 원이었다. 같은 기간 매출은 16조 원이었다.", Q_RESULTS, "16조 원",
     "2025-01-01", "2025-12-31", "interval"),
    ("한빛화학은 올해 3분기 영업이익이 3천120억 원으로 집계됐다고 밝혔다. 올해 1분기 "
     "영업이익은 2천억 원이었다. 같은 기간 매출은 3조 원이었다.", date(2026, 10, 29), "3조 원",
     "2026-01-01", "2026-03-31", "interval"),
    ("지난해 2분기 영업이익은 2천570억 원이었다. 같은 기간 매출은 3조9천억 원이었다.",
     Q_RESULTS, "3조9천억 원", "2025-04-01", "2025-06-30", "interval"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"),
                         BASELINE_PERIODS + BASELINE_NEGATIVES)
def test_a_compared_period_dates_its_own_figure_only(
        text: str, published: date, surface: str, start: str, end: str, kind: str) -> None:
    assert _period(text, published=published, surface=surface) == (start, end, kind)


FISCAL = ("기획재정부가 12일 발간한 '월간 재정동향'에 따르면 1∼9월 국세수입은 271조 원으로 "
          "지난해 같은 기간보다 9조 원 증가했다. 9월 한 달 국세수입은 26조 원으로 1년 전보다 "
          "1조 원 늘었다. ")

# (text, published, surface, start, end, kind): what a ratio is measured against dates that only
COMPARED_HEADS = [
    (FISCAL + "올해 세입예산 368조 원 대비 실제 걷힌 세금의 비율인 세수 진도율은 73.6%로 "
     "지난해 같은 기간(71.2%)보다 2.4%포인트 높았다.", MONTHLY, "73.6%", "2026-01-01",
     "2026-09-30", "interval"),
    (FISCAL + "올해 세입예산 368조 원 대비 실제 걷힌 세금의 비율인 세수 진도율은 73.6%로 "
     "지난해 같은 기간(71.2%)보다 2.4%포인트 높았다.", MONTHLY, "71.2%", "2025-01-01",
     "2025-09-30", "interval"),
    (FISCAL + "정부의 올해 목표 세수 대비 실제 걷은 세금의 비율인 세수 진도율은 65.1%로 "
     "집계됐다.", MONTHLY, "65.1%", "2026-01-01", "2026-09-30", "interval"),
    ("대한자동차는 올해 1∼9월 117만 대를 팔았다고 밝혔다. 지난해 연간 판매량 160만 대 대비 "
     "73% 수준이다.", date(2026, 10, 2), "73%", "2026-01-01", "2026-09-30", "interval"),
    # the figure compared with keeps the phrase
    (FISCAL + "올해 세입예산 368조 원 대비 실제 걷힌 세금의 비율인 세수 진도율은 73.6%였다.",
     MONTHLY, "368조 원", "2026-01-01", "2026-12-31", "interval"),
    # one month picked out of the window dates its own figures
    (FISCAL, MONTHLY, "26조 원", "2026-09-01", "2026-09-30", "interval"),
]

# a phrase that heads the clause's subject, not what it is compared with, keeps dating the figure
COMPARED_NEGATIVES = [
    ("한빛화학의 올해 상반기 매출은 전년 대비 5% 늘었다.", Q_RESULTS, "5%", "2026-01-01",
     "2026-06-30", "interval"),
    ("지난해 3분기 영업이익은 전 분기 대비 12% 줄어든 2천억 원이었다.", Q_RESULTS, "2천억 원",
     "2025-07-01", "2025-09-30", "interval"),
    # a month named alone, no window around it: the figures after it go on with it
    ("한국관광공사는 9월 한 달 외래관광객이 125만 명으로 집계됐다고 밝혔다. 중국인 관광객은 "
     "48만 명이었다.", date(2026, 10, 5), "48만 명", "2026-09-01", "2026-09-30", "interval"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"),
                         COMPARED_HEADS + COMPARED_NEGATIVES)
def test_what_a_figure_is_measured_against_is_dated_apart(
        text: str, published: date, surface: str, start: str, end: str, kind: str) -> None:
    assert _period(text, published=published, surface=surface) == (start, end, kind)


FESTIVAL = date(2026, 11, 10)
TV_REPORT = ("[앵커]\n어젯밤 부산 광안리 일대에서 열린 불꽃축제에 인파가 몰렸습니다. 큰 사고 없이 "
             "마무리됐습니다.\n[리포트]\n밤하늘에 불꽃이 쏟아집니다. 어제(9일) 저녁 한 시간 동안 "
             "이어진 불꽃축제에는 불꽃 7만여 발이 쏘아 올려졌습니다. 경찰은 오후 8시 기준 최대 "
             "인파를 52만 명으로 추산했습니다. 현장에는 경찰 1천900여 명이 배치됐습니다. 축제 "
             "기간 모두 89건의 안전사고가 접수됐습니다.")

# (text, published, surface, start, end, kind): an hour of the event's day is a moment of it
EVENT_MOMENTS = [
    ("어제(9일) 저녁 열린 부산 불꽃축제에는 불꽃 7만여 발이 쏘아 올려졌습니다. 경찰은 오후 "
     "8시 기준 최대 인파를 52만 명으로 추산했습니다. 현장에는 안전요원 4천여 명이 "
     "배치됐습니다.", FESTIVAL, "4천여 명", "2026-11-09", "2026-11-09", "day"),
    ("어제(9일) 저녁 열린 부산 불꽃축제에는 불꽃 7만여 발이 쏘아 올려졌습니다. 경찰은 오후 "
     "8시 기준 최대 인파를 52만 명으로 추산했습니다. 축제 기간 모두 89건의 안전사고가 "
     "접수됐습니다.", FESTIVAL, "89건", "2026-11-09", "2026-11-09", "day"),
    ("지난 8일 열린 마라톤 대회에는 3만2천 명이 참가했다. 주최 측은 오전 10시 현재 "
     "결승선을 통과한 참가자를 1만 명으로 집계했다. 대회 중 구급 이송은 12건이었다.",
     FESTIVAL, "12건", "2026-11-08", "2026-11-08", "day"),
    # a broadcast report: the anchor's lead, then the reporter's; the moment keeps its time
    (TV_REPORT, FESTIVAL, "52만 명", None, "2026-11-09", "as_of"),
    (TV_REPORT, FESTIVAL, "89건", "2026-11-09", "2026-11-09", "day"),
    (TV_REPORT, FESTIVAL, "1천900여 명", "2026-11-09", "2026-11-09", "day"),
]

# a time of count after the event's days (a disaster's toll "as of 6 a.m." days later) is no
# moment of them: the figures after it go on with it
EVENT_NEGATIVES = [
    ("지난 14일부터 18일까지 이어진 집중호우로 주택 320채가 물에 잠겼다. 중앙재난안전대책본부에 "
     "따르면 21일 오전 6시 기준 사망자는 16명이다. 실종자는 5명이다.", date(2026, 7, 21), "5명",
     "2026-07-14", "2026-07-21", "to_date"),
    (TV_REPORT + " 소방 당국은 오늘(10일) 오전 6시 기준 부상자를 14명으로 집계했습니다. "
     "중상자는 3명입니다.", FESTIVAL, "3명", None, "2026-11-10", "as_of"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"),
                         EVENT_MOMENTS + EVENT_NEGATIVES)
def test_an_hour_of_the_events_day_dates_its_own_figure(
        text: str, published: date, surface: str, start: str | None, end: str,
        kind: str) -> None:
    assert _period(text, published=published, surface=surface) == (start, end, kind)


ACCIDENT = date(2026, 12, 3)

# (text, published, surface, start, end, kind): what still holds after a day gone by holds at
# the time of writing ("아직 1명이 실종 상태"), not at that day's end
STILL_AFTER_A_DAY = [
    ("[앵커]\n어제 오후 인천의 한 공장에서 불이 나 작업자 2명이 숨지고 11명이 다쳤습니다. "
     "아직 1명이 실종 상태입니다.", ACCIDENT, "1명", None, "2026-12-03", "as_of"),
    ("어제 내린 폭설로 강원 산간 마을 주민 120명이 대피했습니다. 이 가운데 40명은 아직 집으로 "
     "돌아가지 못했습니다.", ACCIDENT, "40명", None, "2026-12-03", "as_of"),
    ("지난 1일 오후 경남 거제 앞바다에서 어선이 뒤집혀 선원 9명 가운데 6명이 구조됐다. "
     "여전히 3명은 연락이 닿지 않는다.", ACCIDENT, "3명", None, "2026-12-03", "as_of"),
    # the day's own toll is as of its statement, the time of writing (claims.tolls: one rule
    # for casualty tolls in the three languages)
    ("[앵커]\n어제 오후 인천의 한 공장에서 불이 나 작업자 2명이 숨지고 11명이 다쳤습니다. "
     "아직 1명이 실종 상태입니다.", ACCIDENT, "11명", None, "2026-12-03", "as_of"),
]

# the same shape after an as-of time, or a window still running: as of that time, or its end
STILL_NEGATIVES = [
    ("중대본에 따르면 2일 오전 6시 기준 주민 3,120명이 대피했으며 이 중 1,870명은 아직 귀가하지 "
     "못했다.", ACCIDENT, "1,870명", None, "2026-12-02", "as_of"),
    ("지난 1일부터 이어진 폭설로 주민 820명이 대피했고, 이 중 310명은 아직 귀가하지 못했다.",
     ACCIDENT, "310명", None, "2026-12-03", "as_of"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"),
                         STILL_AFTER_A_DAY + STILL_NEGATIVES)
def test_what_still_holds_after_a_day_gone_by_is_as_of_writing(
        text: str, published: date, surface: str, start: str | None, end: str,
        kind: str) -> None:
    assert _period(text, published=published, surface=surface) == (start, end, kind)


# (text, published, surface, start, end, kind): a month's cumulative figure in a release on
# January to that month runs from January
THROUGH_THE_MONTH = [
    ("1∼8월 국세수입은 190조 원으로 지난해 같은 기간보다 12조 원 늘었다. 8월 누계 "
     "통합재정수지는 9조 원 흑자를 나타냈다. 관리재정수지는 21조 원 적자였다.", date(2025, 10, 10),
     "9조 원", "2025-01-01", "2025-08-31", "interval"),
    ("1∼8월 국세수입은 190조 원으로 지난해 같은 기간보다 12조 원 늘었다. 8월 누계 "
     "통합재정수지는 9조 원 흑자를 나타냈다. 관리재정수지는 21조 원 적자였다.", date(2025, 10, 10),
     "21조 원", "2025-01-01", "2025-08-31", "interval"),
    ("산업통상부에 따르면 올해 1∼10월 수출은 5천210억 달러로 집계됐다. 10월 누적 무역수지는 "
     "312억 달러 흑자다.", date(2025, 11, 3), "312억 달러", "2025-01-01", "2025-10-31",
     "interval"),
]

# a month's own figure, or a month's cumulative one with no January window around it
THROUGH_NEGATIVES = [
    ("1∼8월 국세수입은 190조 원으로 지난해 같은 기간보다 12조 원 늘었다. 8월 국세수입은 "
     "15조 원이었다.", date(2025, 10, 10), "15조 원", "2025-08-01", "2025-08-31", "interval"),
    ("기상청에 따르면 11월 누적 강수량은 82㎜로 평년보다 많았다.", date(2025, 12, 2), "82㎜",
     "2025-11-01", "2025-11-30", "interval"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"),
                         THROUGH_THE_MONTH + THROUGH_NEGATIVES)
def test_a_months_cumulative_figure_runs_from_january(
        text: str, published: date, surface: str, start: str, end: str, kind: str) -> None:
    assert _period(text, published=published, surface=surface) == (start, end, kind)
