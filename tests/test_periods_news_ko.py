"""Korean period phrases met in disaster, crime and economy wire copy (our own sentences, other
places, names and numbers), and the window of a story's event that its figures cover."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2024, 10, 2)


def _claims(text: str, published: date = PUBLISHED) -> list[Claim]:
    return extract_text(text, lang="ko", published=published)


def _period(claims: list[Claim], surface: str) -> tuple[str | None, str | None, str]:
    claim = next(c for c in claims if c.surface == surface)
    assert claim.period is not None
    p = claim.period
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


# (sentence, surface, start, end, kind), published Wednesday 2024-10-02
PHRASES = [
    # a day range with no month: the month of the latest such days
    ("26일부터 30일까지 접수된 신고는 412건이다.", "412건", "2024-09-26", "2024-09-30", "interval"),
    ("3일부터 7일까지 열린 박람회에는 8만 명이 다녀갔다.", "8만 명", "2024-09-03", "2024-09-07",
     "interval"),
    ("1일 오전 9시부터 2일 새벽 3시까지 내린 비는 188㎜다.", "188㎜", "2024-10-01", "2024-10-02",
     "to_date"),
    # a week's days in parentheses, two days of two months
    ("질병관리청에 따르면 지난주(22~28일) 온열질환자는 212명이다.", "212명", "2024-09-22",
     "2024-09-28", "interval"),
    ("이번 주(29~30일) 접수된 신고는 31건이다.", "31건", "2024-09-29", "2024-09-30", "interval"),
    ("9월 28일~10월 1일 접수된 신고는 88건이다.", "88건", "2024-09-28", "2024-10-01", "interval"),
    ("12월 30일∼1월 5일 발생한 화재는 1,204건이다.", "1,204건", "2023-12-30", "2024-01-05",
     "interval"),
    # a window of so many days (weeks) from a day
    ("지난 16일부터 5일간 이어진 폭우로 18명이 숨졌다.", "18명", "2024-09-16", "2024-09-20",
     "interval"),
    ("9월 2일부터 3일간 열린 축제에는 4만 명이 찾았다.", "4만 명", "2024-09-02", "2024-09-04",
     "interval"),
    ("지난 23일부터 2주 동안 벌인 단속에서 음주운전 310건이 적발됐다.", "310건", "2024-09-23",
     "2024-10-02", "to_date"),
    # since a part of a month, to publication
    ("지난달 중순 이후 확진자는 3,400명이 늘었다.", "3,400명", "2024-09-11", "2024-10-02",
     "to_date"),
    ("이달 초부터 접수된 신고는 120건이다.", "120건", "2024-10-01", "2024-10-02", "to_date"),
    ("8월 말부터 적발된 위반은 88건이다.", "88건", "2024-08-21", "2024-10-02", "to_date"),
    ("지난 7월 하순 이후 온열질환자는 1,210명이 발생했다.", "1,210명", "2024-07-21", "2024-10-02",
     "to_date"),
    # since a day named with no month
    ("25일 이후 접수된 신고는 77건이다.", "77건", "2024-09-25", "2024-10-02", "to_date"),
    ("8일부터 시작된 이번 폭우로 오전 6시 기준 사망자가 13명으로 집계됐다.", "13명", "2024-09-08",
     "2024-10-02", "to_date"),
    ("28일부터 이어진 파업으로 화물 412건의 운송이 멈췄다.", "412건", "2024-09-28", "2024-10-02",
     "to_date"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), PHRASES)
def test_korean_period_phrases(text: str, surface: str, start: str, end: str, kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


def test_a_fire_said_to_have_ended_dates_its_toll_from_start_to_end() -> None:
    claims = _claims(
        "지난 27일 강원 삼척시에서 발생한 산불이 나흘 만인 30일 꺼졌다. "
        "산림청에 따르면 이번 산불로 산림 870㏊가 탔고 주민 410명이 대피했다. "
        "주택 13채와 창고 6동이 불에 탔다."
    )
    for surface in ("870㏊", "410명", "13채", "6동"):
        assert _period(claims, surface) == ("2024-09-27", "2024-09-30", "interval")


def test_a_fire_put_out_in_the_next_sentence_of_the_lead() -> None:
    claims = _claims(
        "지난 29일 전남 순천시 야산에서 발생한 산불이 하루 만에 잡혔다. "
        "산불은 30일 오후 7시쯤 진화됐다. 이번 산불의 영향구역은 52㏊로 추정된다."
    )
    assert _period(claims, "52㏊")[0] == "2024-09-29"


def test_a_fire_on_a_day_with_no_end_said_keeps_that_day() -> None:
    claims = _claims("지난 29일 경남 밀양시에서 발생한 산불로 주택 4채가 탔다.")
    assert _period(claims, "4채") == ("2024-09-29", "2024-09-29", "day")


def test_the_toll_of_rain_that_fell_over_a_window_runs_to_the_as_of_time() -> None:
    claims = _claims(
        "남부 폭우 사망 12명\n\n"
        "지난 24일부터 27일까지 남부지방에 쏟아진 폭우로 12명이 숨지고 4명이 실종됐다. "
        "중대본에 따르면 1일 오전 11시 기준 이재민은 8,200여 명이다. "
        "시설 피해는 3,510건으로 늘었다."
    )
    # the bulletin's data day ("1일 오전 11시 기준") ends the lead's running toll too
    # (claims/counted_data_day.py), not publication
    assert _period(claims, "4명") == ("2024-09-24", "2024-10-01", "to_date")
    assert _period(claims, "8,200여 명") == ("2024-09-24", "2024-10-01", "to_date")
    assert _period(claims, "3,510건") == ("2024-09-24", "2024-10-01", "to_date")


def test_fires_that_broke_out_in_a_window_keep_the_window() -> None:
    claims = _claims("지난 20일부터 25일까지 발생한 산불 31건으로 산림 96㏊가 탔다.")
    assert _period(claims, "96㏊") == ("2024-09-20", "2024-09-25", "interval")


def test_what_still_holds_is_as_of_the_time_given_not_a_tally_since_the_event() -> None:
    claims = _claims(
        "지난 27일부터 이어진 폭우로 피해가 커지고 있다. "
        "중대본에 따르면 1일 오전 6시 기준 주민 3,120명이 대피했으며 이 중 1,870명은 아직 "
        "귀가하지 못했다. 현재 410명이 임시주거시설에 머물고 있다. "
        "여전히 집에 돌아가지 못한 이재민은 620명이다. 현재까지 이재민은 4,100명이다."
    )
    assert _period(claims, "3,120명") == ("2024-09-27", "2024-10-01", "to_date")
    for surface in ("1,870명", "410명", "620명"):
        assert _period(claims, surface) == (None, "2024-10-01", "as_of")
    assert _period(claims, "4,100명")[0] == "2024-09-27"  # "현재까지": a running tally


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("올해 1~8월 신고는 2,100건이다. 지난해 같은 기간에는 1,900건이었다.", "1,900건",
     "2023-01-01", "2023-08-31"),
    ("경찰은 올해 1월부터 9월까지 피의자 512명을 검거했다. 전년 동기에는 408명이 검거됐다.",
     "408명", "2023-01-01", "2023-09-30"),
    ("올해 상반기 확진자는 3만 1천명이다. 지난해 같은 기간엔 2만 4천명이었다.", "2만 4천명",
     "2023-01-01", "2023-06-30"),
])
def test_same_period_last_year_as_the_setting_of_a_sentence(
    text: str, surface: str, start: str, end: str
) -> None:
    assert _period(_claims(text), surface)[:2] == (start, end)


def test_a_part_after_a_baseline_sentence_keeps_this_year_window() -> None:
    claims = _claims(
        "경찰은 올해 1월부터 9월까지 피의자 512명을 검거했다. 전년 동기에는 408명이 검거됐다. "
        "이 가운데 10대는 301명이었다."
    )
    assert _period(claims, "301명")[:2] == ("2024-01-01", "2024-09-30")


# Windows of health, crime and election releases (our own sentences), published 2024-10-02:
# (text, surface, start, end, kind); start None for an as-of total.
RELEASE_WINDOWS = [
    # a window from a month's day to a day named alone ("지난 29일"), to one named from
    # publication ("어제"), or from a day something began ("단속 시작 이후", "연 이래")
    ("올해 6월 1일부터 지난 29일까지 접수된 신고는 1,412건이다.", "1,412건", "2024-06-01",
     "2024-09-29", "interval"),
    ("8월 5일 단속 시작 이후 이달 1일까지 적발된 음주운전은 640건이다.", "640건", "2024-08-05",
     "2024-10-01", "interval"),
    ("올해 7월 1일부터 어제까지 신고된 피해는 208건이다.", "208건", "2024-07-01", "2024-10-01",
     "interval"),
    ("지난 6월 3일 신고센터를 연 이래 어제까지 접수된 상담은 3,150건이다.", "3,150건",
     "2024-06-03", "2024-10-01", "interval"),
    # since a month or day something began, a few words between, to publication
    ("이로써 지난해 6월 특별법 시행 이후 인정된 피해자는 1만 8천 명으로 늘었다.", "1만 8천 명",
     "2023-06-01", "2024-10-02", "to_date"),
    ("지난 3월 개정안이 시행된 이후 적발된 위반은 412건이다.", "412건", "2024-03-01",
     "2024-10-02", "to_date"),
    # a part picked out of the window ("지난달에만") dates itself; the breakdown after it goes on
    # with the release's window
    ("올해 1월부터 9월까지 적발된 보이스피싱은 3,120건이다. 지난달에만 402건이 적발됐다. "
     "지역별로는 서울이 810건으로 가장 많았다.", "402건", "2024-09-01", "2024-09-30", "interval"),
    ("올해 1월부터 9월까지 적발된 보이스피싱은 3,120건이다. 지난달에만 402건이 적발됐다. "
     "지역별로는 서울이 810건으로 가장 많았다.", "810건", "2024-01-01", "2024-09-30", "interval"),
    ("올해 1월부터 8월까지 적발된 밀수는 512건이다. 지난 5일 하루에만 31건이 적발됐다. "
     "품목별로는 필로폰이 120건이었다.", "120건", "2024-01-01", "2024-08-31", "interval"),
    # the day of the release, before a long source, dates nothing
    ("올해 1월부터 8월까지 접수된 피해 신고는 1,240건이다. 1일 한국소비자원 피해구제 통계에 "
     "따르면 이 가운데 310건이 환불로 이어졌다.", "310건", "2024-01-01", "2024-08-31",
     "interval"),
    # a cumulative tally as of a day counts from the story's window; an earlier release's
    # figure ("앞서") is not the window the next figures go on with
    ("올해 7월 1일부터 지난 29일까지 응급실을 찾은 환자는 1,830명이다. 질병청은 앞서 지난 "
     "22일까지 누적 환자를 1,512명으로 집계했다. 환자 10명 중 7명은 남성이었다.", "1,512명",
     "2024-07-01", "2024-09-22", "to_date"),
    ("올해 7월 1일부터 지난 29일까지 응급실을 찾은 환자는 1,830명이다. 질병청은 앞서 지난 "
     "22일까지 누적 환자를 1,512명으로 집계했다. 환자 10명 중 7명은 남성이었다.", "10명 중 7명",
     "2024-07-01", "2024-09-29", "interval"),
    ("지난 29일까지 가축 12만 마리가 폐사했다.", "12만 마리", None, "2024-09-29", "as_of"),
    # an hour of the one day the lead dates is that day's; a "since" that scopes a record dates
    # nothing
    ("보궐선거 사전투표 첫날인 오늘(2일) 투표율이 9.12%로 집계됐다. 선관위에 따르면 오늘 오후 "
     "6시 기준 381만여 명이 투표를 마쳤다.", "381만여 명", "2024-10-02", "2024-10-02", "day"),
    ("보궐선거 사전투표 첫날인 오늘(2일) 투표율이 9.12%로 집계됐다. 선관위에 따르면 오늘 오후 "
     "6시 기준 381만여 명이 투표를 마쳤다. 첫날 투표율 9.12%는 2016년 이후 가장 높은 수치다.",
     "9.12%는", "2024-10-02", "2024-10-02", "day"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), RELEASE_WINDOWS)
def test_windows_of_releases(text: str, surface: str, start: str | None, end: str,
                             kind: str) -> None:
    claims = _claims(text)
    claim = [c for c in claims if c.surface == surface.removesuffix("는")][-1]
    assert claim.period is not None
    p = claim.period
    got = (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)
    assert got == (start, end, kind)


# Which phrase governs which figure when a sentence holds several (our own sentences),
# published 2024-10-02: (text, surface, start, end, kind).
GOVERNED = [
    # a phrase after a figure that another figure follows is that figure's: the breakdown
    # after goes on with the month of the release, not the year compared with
    ("9월 한 달 동안 한국을 찾은 관광객은 98만 명으로 집계됐다. 지난해 9월보다 12.1% 늘어난 "
     "수치로, 2019년 9월 91만 명보다도 많다. 국적별로는 중국인이 31만 명으로 가장 많았다.",
     "31만 명", "2024-09-01", "2024-09-30", "interval"),
    ("9월 한 달 동안 한국을 찾은 관광객은 98만 명으로 집계됐다. 지난해 9월보다 12.1% 늘어난 "
     "수치로, 2019년 9월 91만 명보다도 많다.", "91만 명", "2019-09-01", "2019-09-30",
     "interval"),
    # the figure's own clause names its time after it, the phrase before was the figure
    # before's
    ("지난달 29일 하루 동안 정전 피해를 본 가구는 2만 3천 가구로, 이 가운데 88%가 30일 "
     "오전까지 복구됐다.", "88%", None, "2024-09-30", "as_of"),
    # figures in the parentheses of a "same period last year" are that period's, the baseline
    ("올해 1월부터 8월까지 적발된 밀수는 640건, 910㎏이다. 지난해 같은 기간(512건, 700㎏)과 "
     "비교하면 건수는 25% 늘었다.", "512건", "2023-01-01", "2023-08-31", "interval"),
    ("올해 1월부터 8월까지 적발된 밀수는 640건, 910㎏이다. 지난해 같은 기간(512건, 700㎏)과 "
     "비교하면 건수는 25% 늘었다.", "700㎏", "2023-01-01", "2023-08-31", "interval"),
    ("올해 상반기 전세사기 피해액은 4천8백억 원으로 집계됐다. 지난해 같은 기간(2천4백억 원)의 "
     "두 배다.", "2천4백억 원", "2023-01-01", "2023-06-30", "interval"),
    # "지난해 같은 기간 검거 인원은 512명으로": the phrase heading the figure's clause
    ("경찰은 올해 1월부터 9월까지 피의자 640명을 검거했다. 지난해 같은 기간 검거 인원은 "
     "512명으로, 올해 들어 128명 늘었다.", "512명", "2023-01-01", "2023-09-30", "interval"),
    # "여전히" in another clause says nothing of the figure
    ("올해 1월부터 9월까지 입국한 외국인은 1천120만 명이다. 같은 기간 출국한 국민은 2천10만 "
     "명으로, 나가는 사람이 여전히 많다.", "2천10만 명", "2024-01-01", "2024-09-30",
     "interval"),
    # the headline's figures of one phrase ("올해") take the window the body states
    ("불법촬영 올해 640명 검거…10명 중 6명은 20대\n\n경찰은 올해 1월부터 8월 31일까지 불법촬영 "
     "피의자 640명을 검거했다.", "10명 중 6명", "2024-01-01", "2024-08-31", "interval"),
    # a headline figure is the body's same value before any rounding of another figure
    ("도심 집회…주최 측 8만명·경찰 2만명 추산\n\n노동단체는 28일 서울 도심에서 집회를 열었다. "
     "주최 측은 이날 8만 명이 참가했다고 밝혔다. 경찰은 비공식 추산으로 2만 명이 모인 것으로 "
     "집계했다. 지난해 같은 집회에는 경찰 추산 1만5천 명이 참석했다.", "2만명", "2024-09-28",
     "2024-09-28", "day"),
    # a breakdown ("업종별로는") splits the release's total, not the past month named on the way;
    # a past month's figure in parentheses ("지난 5월(7만 2천 명)") is an aside, and a band
    # ("10만 명대로") states no figure
    ("지난달 취업자 수는 2천901만 명으로 1년 전보다 12만 3천 명 늘었다. 증가폭은 지난 5월(7만 "
     "2천 명) 10만 명대를 밑돌았다가 6월(14만 1천 명)부터 다시 10만 명대로 올라섰다. "
     "업종별로는 숙박음식업에서 6만 1천 명이 늘었다.", "6만 1천 명", "2024-09-01", "2024-09-30",
     "interval"),
    ("지난달 취업자 수는 2천901만 명으로 1년 전보다 12만 3천 명 늘었다. 증가폭은 지난 5월(7만 "
     "2천 명) 10만 명대를 밑돌았다가 6월(14만 1천 명)부터 다시 10만 명대로 올라섰다. "
     "고용률은 62.9%로 0.2%포인트 올랐다.", "62.9%", "2024-09-01", "2024-09-30", "interval"),
    # "전날(1천316명)보다 82명 줄었다": the day compared with dates the figure in its
    # parentheses, not the difference after it, nor what follows
    ("방역 당국은 이날 0시 기준 신규 확진자가 842명이라고 밝혔다. 전날(910명)보다 68명 "
     "줄었다. 수도권이 610명으로 72.4%를 차지했다.", "910명", "2024-10-01", "2024-10-01", "day"),
    ("방역 당국은 이날 0시 기준 신규 확진자가 842명이라고 밝혔다. 전날(910명)보다 68명 "
     "줄었다. 수도권이 610명으로 72.4%를 차지했다.", "610명", None, "2024-10-02", "as_of"),
    ("지난달 실업률은 2.1%였다. 건설업 취업자는 2022년 3월(-4만 1천 명) 이후 최대폭으로 줄었다. "
     "실업자 수는 61만 명이다.", "61만 명", "2024-09-01", "2024-09-30", "interval"),
]


def test_a_band_of_values_is_no_figure() -> None:
    surfaces = [c.surface for c in _claims("취업자 증가폭이 석 달 만에 다시 10만 명대로 올라섰고, "
                                           "성장률은 2%대 초반에 머물렀다.")]
    assert surfaces == []
    assert [c.surface for c in _claims("신규 확진 사흘 연속 1천명대")] == []


@pytest.mark.parametrize(("text", "surfaces"), [
    ("인플루엔자 의심환자가 외래환자 1천명당 4.6명으로 전주보다 0.7명 늘었다.", ["4.6명", "0.7명"]),
    ("지난해 자살률은 인구 10만 명당 27.3명이다.", ["27.3명"]),
    ("사기 피해액은 1건당 평균 2천만 원이다.", ["2천만 원"]),
])
def test_the_base_of_a_rate_is_no_figure(text: str, surfaces: list[str]) -> None:
    claims = _claims(text)
    assert [c.surface for c in claims] == surfaces
    assert all(c.counted != "당" for c in claims)


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), GOVERNED)
def test_the_phrase_that_governs_each_figure(text: str, surface: str, start: str | None,
                                              end: str, kind: str) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.period is not None
    p = claim.period
    got = (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)
    assert got == (start, end, kind)


# A window counted in native numbers, and a release's window stated in a sentence with no figure
# (our own crime-release sentences), published 2024-10-02.
RELEASE_OWN_SENTENCE = [
    ("경찰이 최근 두 달간 보이스피싱 조직원 1천240명을 검거했다.", "1천240명", "2024-08-03",
     "2024-10-02", "to_date"),
    ("지난 세 달 동안 접수된 전세사기 신고는 812건이다.", "812건", "2024-07-03", "2024-10-02",
     "to_date"),
    ("보이스피싱 집중단속 결과\n\n경찰청은 7월 1일부터 8월 31일까지 집중 단속을 벌였다고 "
     "2일 밝혔다. 경찰은 조직원 1천240명을 검거했다.", "1천240명", "2024-07-01", "2024-08-31",
     "interval"),
    ("보이스피싱 집중단속 결과\n\n경찰청은 7월 1일부터 8월 31일까지 집중 단속을 벌였다고 "
     "2일 밝혔다. 이 기간 조직원 1천240명을 검거했다.", "1천240명", "2024-07-01", "2024-08-31",
     "interval"),
    # a window in a sentence that reports no release dates nothing after it
    ("피해 지원 확대\n\n지난 3년간 논의가 이어졌다. 피해자는 3천여 명이다.", "3천여 명", None,
     "2024-10-02", "none"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), RELEASE_OWN_SENTENCE)
def test_a_release_window_stated_on_its_own(text: str, surface: str, start: str | None,
                                            end: str, kind: str) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.period is not None
    p = claim.period
    got = (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)
    assert got == (start, end, kind)


# How much was restored is a state as of the time the tally carries (our own disaster-copy
# sentences; the toll of rain that fell over a window runs to publication), published
# 2024-10-02: (text, surface, start, end, kind).
RESTORED = [
    ("지난 28일부터 30일까지 내린 비로 시설 피해 2천410건이 접수됐다. 이 중 1천120건(46.5%)의 "
     "응급복구가 끝났다.", "1천120건", None, "2024-10-02", "as_of"),
    ("지난 28일부터 30일까지 내린 비로 시설 피해 2천410건이 접수됐다. 이 중 1천120건(46.5%)의 "
     "응급복구가 끝났다.", "46.5%", None, "2024-10-02", "as_of"),
    ("지난 28일부터 30일까지 내린 비로 정전 가구는 8천210가구였다. 이 가운데 97%가 "
     "복구됐다.", "97%", None, "2024-10-02", "as_of"),
    # a recovery budget is no state
    ("지난 28일부터 30일까지 내린 비로 시설 피해 2천410건이 접수됐다. 정부는 복구비 1천200억 "
     "원을 지원하기로 했다.", "1천200억 원", "2024-09-28", "2024-10-02", "to_date"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), RESTORED)
def test_what_was_restored_is_a_state(text: str, surface: str, start: str | None, end: str,
                                      kind: str) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.period is not None
    p = claim.period
    got = (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)
    assert got == (start, end, kind)


# Audit of the rules above on sentences they were not written for (our own sentences in the
# style of disaster, health, police and economy wire copy), published 2024-10-02:
# (text, surface, start, end, kind).
AUDITED = [
    # a time of count after the tolls is theirs too, when a later figure follows it that is
    # not compared with (was publication, a bare count)
    ("이번 호우로 사망자 4명, 실종자 2명이 발생했고 1일 오전 6시 기준 이재민은 1,250명이다.",
     "4명", None, "2024-10-01", "as_of"),
    ("이번 호우로 사망자 4명, 실종자 2명이 발생했고 1일 오전 6시 기준 이재민은 1,250명이다.",
     "2명", None, "2024-10-01", "as_of"),
    ("부상자는 31명이며 이 가운데 6명은 중상이고 30일 기준 입원 환자는 11명이다.", "31명",
     None, "2024-09-30", "as_of"),
    ("누적 확진자는 8,400명으로 1일 0시 기준 격리 중인 환자는 620명이다.", "8,400명", None,
     "2024-10-01", "as_of"),
    # ... but a window after the figure stays the next figure's, and so does a time of count
    # that a figure compared with follows
    ("사망자는 9명으로 늘어, 2020년 8월 호우 때 7명보다 많다.", "9명", None, "2024-10-02",
     "none"),
    ("사망자는 9명으로 늘어, 2020년 8월 호우 때 7명보다 많다.", "7명", "2020-08-01",
     "2020-08-31", "interval"),
    ("대피 인원은 2,100명으로 늘어, 30일 기준 1,800명보다 300명 많다.", "2,100명", None,
     "2024-10-02", "none"),
    # the phrase after a change is the next figure's, not the change's: the day's count before
    # it dates it
    ("16일 하루 확진자는 3만 명으로 전날보다 2천 명 늘어 17일 0시 기준 누적 120만 명이다.",
     "2천 명", "2024-09-16", "2024-09-16", "day"),
    # a running total after one day's count holds as of its time: the 120만 did not start on
    # the 16th (the day's own count is 3만)
    ("16일 하루 확진자는 3만 명으로 전날보다 2천 명 늘어 17일 0시 기준 누적 120만 명이다.",
     "120만 명", None, "2024-09-17", "as_of"),
    # "지난해 같은 기간" heads the clause of the figure it is followed by, not a clause of its own
    # before the figure's (was a year back)
    ("올해 1~9월 마약 사범은 2만 명이다. 지난해 같은 기간 증가세가 이어지며 10대 사범은 "
     "1,400명으로 늘었다.", "1,400명", "2024-01-01", "2024-09-30", "interval"),
    ("올해 1~9월 마약 사범은 2만 명이다. 지난해 같은 기간 단속이 강화되며 사범은 1,400명으로 "
     "늘었다.", "1,400명", "2024-01-01", "2024-09-30", "interval"),
    ("올해 1~9월 마약 적발은 710건이다. 지난해 같은 기간 540건이던 적발이 크게 늘었다.",
     "540건", "2023-01-01", "2023-09-30", "interval"),
    ("올해 상반기 사망자는 812명이다. 지난해 같은 기간 사망자는 905명이었다.", "905명",
     "2023-01-01", "2023-06-30", "interval"),
    # since what began in a month, a few words between, to publication; what is the first or
    # the lowest since dates nothing
    ("지난 5월 첫 확진자가 나온 이후 누적 환자는 312명으로 늘었다.", "312명", "2024-05-01",
     "2024-10-02", "to_date"),
    ("지난해 12월 금리 인하 이후 가계대출은 11조 원 늘었다.", "11조 원", "2023-12-01",
     "2024-10-02", "to_date"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), AUDITED)
def test_audited_rules_on_other_sentences(text: str, surface: str, start: str | None,
                                          end: str, kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


@pytest.mark.parametrize("text", [
    "지난 3월 대형 산불 이후 처음으로 대피 인원이 1천 명을 넘었다.",
    "지지율은 2022년 3월 대선 이후 최저치인 28%를 기록했다.",
])
def test_first_or_lowest_since_dates_nothing(text: str) -> None:
    assert all(c.period is None or c.period.kind.value == "none" for c in _claims(text))


# The day a release was said ("...했다고 12일 밝혔다") closes most Korean wire leads: it dates
# the statement, never the figures, nor the sentences after it (published Wednesday 2024-10-02).
SAID_DAYS = [
    # the sentence's own window governs, the said day after the figures does not
    ("해양수산부는 9월 부산항 컨테이너 물동량이 212만 개로 전년 같은 달보다 4.1% 늘었다고 "
     "2일 밝혔다.", "4.1%", "2024-09-01", "2024-09-30", "interval"),
    ("법무부는 지난달 입국한 외국인 관광객이 138만 명으로 집계됐다고 이날 발표했다.",
     "138만 명", "2024-09-01", "2024-09-30", "interval"),
    ("통계청은 8월 출생아가 1만9천 명으로 1년 전보다 5.9% 증가했다고 2일 보도자료를 통해 "
     "밝혔다.", "5.9%", "2024-08-01", "2024-08-31", "interval"),
    ("관세청은 9월 1일부터 20일까지 수출액이 331억 달러로 집계됐다고 1일 연합뉴스에 전했다.",
     "331억 달러", "2024-09-01", "2024-09-20", "interval"),
    ("2일 발표된 자료에 따르면 8월 출생아는 1만9천 명이다.", "1만9천 명", "2024-08-01",
     "2024-08-31", "interval"),
    # the sentences after it go on with the release's window, not with the said day
    ("한국공항공사는 9월 김해공항 국제선 여객이 71만 명으로 집계됐다고 2일 밝혔다. "
     "같은 기간 운항 편수는 4천820편으로 2.2% 줄었다.", "4천820편", "2024-09-01",
     "2024-09-30", "interval"),
    ("한국공항공사는 9월 김해공항 국제선 여객이 71만 명으로 집계됐다고 2일 밝혔다. "
     "노선별로는 일본 노선이 28만 명으로 가장 많았다.", "28만 명", "2024-09-01", "2024-09-30",
     "interval"),
    ("한국공항공사는 9월 김해공항 국제선 여객이 71만 명으로 집계됐다고 2일 밝혔다. "
     "환승객은 1만3천 명이었다.", "1만3천 명", "2024-09-01", "2024-09-30", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), SAID_DAYS)
def test_the_day_a_release_was_said_dates_no_figure(text: str, surface: str, start: str,
                                                      end: str, kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), [
    # a day that is no statement's stays the figures' own day
    ("소방청에 따르면 1일 하루 동안 구급 출동은 2천310건이었다.", "2천310건", "2024-10-01",
     "2024-10-01", "day"),
    ("지난 1일 발표 직후 접수된 문의는 310건이었다.", "310건", "2024-10-01", "2024-10-01", "day"),
    ("지난 28일 서울 도심 집회에는 경찰 추산 1만2천 명이 모였다.", "1만2천 명", "2024-09-28",
     "2024-09-28", "day"),
])
def test_a_day_that_is_not_said_still_dates(text: str, surface: str, start: str, end: str,
                                            kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


# After a window that measured something else (the rain), a count goes on with the last tally's
# time; a share in parentheses after a count is as of that count's time (published 2024-10-02).
TALLY_AFTER_A_MEASURE = [
    ("행정안전부에 따르면 오늘(2일) 오전 5시 기준 이번 비로 숨진 사람은 4명이다. "
     "지난 29일부터 어제(1일)까지 남해에는 412㎜의 비가 내렸다.", "412㎜", "2024-09-29",
     "2024-10-01", "interval"),
    ("행정안전부에 따르면 오늘(2일) 오전 5시 기준 이번 비로 숨진 사람은 4명이다. "
     "지난 29일부터 어제(1일)까지 남해에는 412㎜의 비가 내렸다. "
     "대피한 주민 2천10명 가운데 1천30명(51.2%)은 아직 집에 돌아가지 못했다.", "1천30명", None,
     "2024-10-02", "as_of"),
    ("행정안전부에 따르면 오늘(2일) 오전 5시 기준 이번 비로 숨진 사람은 4명이다. "
     "지난 29일부터 어제(1일)까지 남해에는 412㎜의 비가 내렸다. "
     "대피한 주민 2천10명 가운데 1천30명(51.2%)은 아직 집에 돌아가지 못했다.", "51.2%", None,
     "2024-10-02", "as_of"),
    ("행정안전부에 따르면 오늘(2일) 오전 5시 기준 이번 비로 숨진 사람은 4명이다. "
     "지난 29일부터 어제(1일)까지 남해에는 412㎜의 비가 내렸다. "
     "도로 9곳의 통행이 통제되고 있다.", "9곳", None, "2024-10-02", "as_of"),
    # a measure goes on with the window of the count before it
    ("올해 들어 9월 30일까지 발생한 산불은 402건이다. 피해 면적은 812㏊다.", "812㏊",
     "2024-01-01", "2024-09-30", "to_date"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), TALLY_AFTER_A_MEASURE)
def test_a_count_does_not_take_a_measures_window(text: str, surface: str, start: str | None,
                                                 end: str, kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


# Averages over a window are rates; two days with no month, and a day named by what it was
# ("마지막 날인 9일까지"), make a window (published Wednesday 2024-10-02).
WINDOWS_AND_AVERAGES = [
    ("추석 연휴인 16~18일 김포공항 이용객은 하루 평균 8만2천 명이었다.", "8만2천 명",
     "2024-09-16", "2024-09-18", "rate"),
    ("올 추석 연휴(14~18일) 제주공항 이용객은 31만 명으로 집계됐다.", "31만 명", "2024-09-14",
     "2024-09-18", "interval"),
    ("연휴 기간(9월 14~18일) 하루 평균 통행량은 512만 대였다.", "512만 대", "2024-09-14",
     "2024-09-18", "rate"),
    ("연휴 첫날인 14일부터 마지막 날인 18일까지 귀성객은 1천210만 명이었다.", "1천210만 명",
     "2024-09-14", "2024-09-18", "interval"),
    # an average's window, then a total of it: the window, not a rate
    ("연휴 기간(9월 14~18일) 하루 평균 이용객은 9만 명으로, 전체 이용객은 45만 명이었다.",
     "45만 명", "2024-09-14", "2024-09-18", "interval"),
    # native counts of days: "이틀 동안", "최근 사흘간", "지난 열흘 동안"
    ("선관위는 지난 27일부터 이틀 동안 진행된 사전투표의 최종 투표율이 29.4%라고 밝혔다.",
     "29.4%", "2024-09-27", "2024-09-28", "interval"),
    ("최근 사흘간 접수된 피해 신고는 318건이다.", "318건", "2024-09-30", "2024-10-02",
     "to_date"),
    ("지난 열흘 동안 산불 27건이 났다.", "27건", "2024-09-23", "2024-10-02", "to_date"),
    # the year so far, a week back
    ("올 들어 적발된 음주운전은 9천120건이다.", "9천120건", "2024-01-01", "2024-10-02",
     "to_date"),
    ("연초 이후 외국인 관광객은 1천250만 명이 늘었다.", "1천250만 명", "2024-01-01",
     "2024-10-02", "to_date"),
    ("지난 한 주간 신규 확진자는 2천780명이다.", "2천780명", "2024-09-26", "2024-10-02",
     "to_date"),
    # the latest weekend (published on a Wednesday)
    ("지난 주말 도심 집회에는 경찰 추산 1만8천 명이 모였다.", "1만8천 명", "2024-09-28",
     "2024-09-29", "interval"),
    ("주말 사이 접수된 침수 신고는 27건이다.", "27건", "2024-09-28", "2024-09-29",
     "interval"),
    # "하루에만" is one day's count, not an average
    ("어제 하루에만 환자 87명이 응급실을 찾았다.", "87명", "2024-10-01", "2024-10-01", "day"),
    # a decimal is no day of the month
    ("올해 폭염일수는 지난 30일 기준 24.2일로, 평년(10.3일)의 약 2배다.", "10.3일", "2024-01-01",
     "2024-09-30", "to_date"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), WINDOWS_AND_AVERAGES)
def test_windows_of_days_and_averages(text: str, surface: str, start: str, end: str,
                                      kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


# A figure compared with the same time so many years back ("4년 전 같은 시간", "2019년 같은
# 달"); a stock at a month's end is no tally from the month's start; "N년 만이다" is the scope
# of a record, not a window (published Wednesday 2024-10-02).
YEARS_BACK = [
    ("선관위에 따르면 이날 오후 3시 기준 투표율은 61.2%다. 4년 전 같은 시간 투표율 "
     "55.4%보다 5.8%포인트 높다.", "55.4%", None, "2020-10-02", "as_of"),
    ("선관위에 따르면 이날 오후 3시 기준 투표율은 61.2%다. 지난해 같은 시간 투표율 "
     "57.3%보다 3.9%포인트 높다.", "57.3%", None, "2023-10-02", "as_of"),
    ("9월 국제선 여객은 512만 명으로 2019년 같은 달(538만 명)보다 적었다.", "538만 명",
     "2019-09-01", "2019-09-30", "interval"),
    ("9월 국제선 여객은 512만 명으로 전년 같은 달(488만 명)보다 많았다.", "488만 명",
     "2023-09-01", "2023-09-30", "interval"),
    ("법무부의 9월 통계월보에 따르면 지난달 말 기준 체류 외국인은 263만 명이다.", "263만 명",
     None, "2024-09-30", "as_of"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), YEARS_BACK)
def test_the_same_time_years_back_and_month_end_stocks(text: str, surface: str,
                                                       start: str | None, end: str,
                                                       kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


def test_so_many_years_since_is_a_records_scope() -> None:
    claims = _claims("폭우로 1천 명 넘게 대피한 것은 2020년 8월 이후 4년 만이다.")
    period = next(c for c in claims if c.surface.startswith("1천 명")).period
    assert period is None or period.start is None or period.start.year == 2024


def test_a_weekend_that_dates_the_rain_does_not_date_its_toll() -> None:
    """ "주말 사이 쏟아진 폭우로 4명이 숨졌다": the weekend is the rain's; the toll is the one the
    report gives as of its time ("오늘 오전 6시 기준")."""
    claims = _claims("주말 사이 남부지방에 쏟아진 폭우로 4명이 숨졌다. 행정안전부에 따르면 "
                     "오늘(2일) 오전 6시 기준 사망자는 4명이다.")
    lead = next(c for c in claims if c.surface == "4명")
    assert lead.period is not None
    assert (lead.period.start, lead.period.end) != (date(2024, 9, 28), date(2024, 9, 29))


# Broadcast copy puts an object particle before "기준" ("오전 9시를 기준으로"): the same time
# of count (published Wednesday 2024-10-02).
@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), [
    ("오늘 오전 9시를 기준으로 한 집계에 따르면 확진자는 318명입니다.", "318명", None,
     "2024-10-02", "as_of"),
    ("전날 오후 11시를 기준으로 잠정 집계된 실종자는 4명이다.", "4명", None, "2024-10-01",
     "as_of"),
    ("지난달 30일을 기준으로 체류 외국인은 263만 명이다.", "263만 명", None, "2024-09-30",
     "as_of"),
])
def test_a_time_of_count_with_an_object_particle(text: str, surface: str, start: str | None,
                                                 end: str, kind: str) -> None:
    assert _period(_claims(text), surface) == (start, end, kind)


def test_a_span_of_days_does_not_take_the_one_day_said_before() -> None:
    """ "이틀간 최종 사전투표율은 31.3%": a figure over two days is not the first day's."""
    claims = _claims("사전투표 첫날인 27일 투표율은 17.2%로 집계됐다. 이틀간 최종 사전투표율은 "
                     "31.3%였다.")
    final = next(c for c in claims if c.surface == "31.3%")
    assert final.period is None or final.period.kind.value != "day"
    first = next(c for c in claims if c.surface == "17.2%")
    assert first.period is not None and str(first.period.start) == "2024-09-27"


@pytest.mark.parametrize(("text", "surface", "day"), [
    ("사전투표 첫날인 27일 투표율은 17.2%로 집계됐다. 둘째 날 투표율은 14.1%였다.", "14.1%",
     "2024-09-28"),
    ("지난 25일 공장에서 불이 나 2명이 숨졌다. 이튿날 부상자 1명이 더 숨졌다.", "1명",
     "2024-09-26"),
    ("지난 25일 공장에서 불이 나 2명이 숨졌다. 다음 날 부상자 1명이 더 숨졌다.", "1명",
     "2024-09-26"),
])
def test_the_day_after_the_day_said_before(text: str, surface: str, day: str) -> None:
    assert _period(_claims(text), surface) == (day, day, "day")


# Company results and market totals (our own sentences in the style of economic wire copy),
# published 2024-11-14: a quarter's running total runs from January; the day the company filed
# ("19일 공시했다") or an outlet reported ("보도했다") dates the statement, not the figures.
RESULTS_PUBLISHED = date(2024, 11, 14)
RESULTS = [
    ("코스피 상장사의 3분기 누적 영업이익은 121조 4천억 원으로 집계됐다.", "121조 4천억 원",
     "2024-01-01", "2024-09-30", "interval"),
    ("코스닥 상장사의 3분기까지 누적 매출액은 19조8천억원이다.", "19조8천억원", "2024-01-01",
     "2024-09-30", "interval"),
    ("올해 1∼3분기 순이익은 3조1천억원으로 1년 전보다 8.2% 늘었다.", "3조1천억원", "2024-01-01",
     "2024-09-30", "interval"),
    ("지난해 3분기 누적 판매량은 41만2천대였다.", "41만2천대", "2023-01-01", "2023-09-30",
     "interval"),
    ("올해 2분기까지 팔린 전기차는 8만4천대다.", "8만4천대", "2024-01-01", "2024-06-30",
     "interval"),
    # one quarter alone stays that quarter
    ("B사의 3분기 영업이익은 812억원이다.", "812억원", "2024-07-01", "2024-09-30", "interval"),
    ("C사는 3분기 영업이익이 1천206억원으로 작년 동기 대비 14.3% 늘었다고 13일 공시했다.",
     "14.3%", "2024-07-01", "2024-09-30", "interval"),
    ("D사는 3분기 매출이 4천12억원으로 7.7% 줄었다고 이날 공시를 통해 밝혔다.", "7.7%",
     "2024-07-01", "2024-09-30", "interval"),
    ("10월 수출이 전년 동월 대비 4.6% 늘었다고 블룸버그통신이 12일 보도했다.", "4.6%",
     "2024-10-01", "2024-10-31", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), RESULTS)
def test_company_results_and_filed_days(text: str, surface: str, start: str, end: str,
                                        kind: str) -> None:
    assert _period(_claims(text, RESULTS_PUBLISHED), surface) == (start, end, kind)


def test_a_day_range_before_rain_that_fell_is_a_range_not_its_last_day() -> None:
    """ "1∼3일 내린 비로": "내" opens "내린" here, not "3일 내" (within three days)."""
    claims = _claims("1∼3일 내린 비로 농경지 640㏊가 물에 잠겼다.")
    assert _period(claims, "640㏊")[0] == "2024-09-01"
    claims = _claims("복구는 2~3일 내 끝날 전망이다. 지난 24일 내린 비로 도로 12곳이 파손됐다.")
    assert _period(claims, "12곳")[0] == "2024-09-24"


# Weekly and running figures of statistics releases (our own sentences in the style of housing,
# trade, sport and health copy), published 2024-11-21 (Thursday).
WEEKLY_PUBLISHED = date(2024, 11, 21)
WEEKLY = [
    # a week of a month with its survey day: as of that day
    ("한국부동산원에 따르면 11월 셋째 주(지난 18일 기준) 서울 아파트값은 0.14% 올랐다.",
     "0.14%", None, "2024-11-18", "as_of"),
    ("10월 넷째 주(28일 기준) 전국 전셋값은 0.06% 상승했다.", "0.06%", None, "2024-10-28",
     "as_of"),
    # a month to a day of it
    ("관세청에 따르면 11월 들어 20일까지 수출은 341억 달러로 집계됐다.", "341억 달러",
     "2024-11-01", "2024-11-20", "interval"),
    ("10월 들어 10일까지 수입액은 148억 달러였다.", "148억 달러", "2024-10-01", "2024-10-10",
     "interval"),
    # a running total up to a day named from publication, its date in parentheses
    ("KBO는 어제(20일)까지 누적 관중이 1천88만명을 기록했다고 밝혔다.", "1천88만명", None,
     "2024-11-20", "as_of"),
    # a week and day range with the day mark on both ends
    ("질병관리청에 따르면 올해 46주 차(11월 10일~16일) 독감 의심 환자는 외래환자 1천명당 "
     "21.4명이다.", "21.4명", "2024-11-10", "2024-11-16", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), WEEKLY)
def test_weekly_and_running_statistics(text: str, surface: str, start: str | None, end: str,
                                       kind: str) -> None:
    assert _period(_claims(text, WEEKLY_PUBLISHED), surface) == (start, end, kind)


def test_a_week_of_a_month_with_no_survey_day_is_no_month() -> None:
    """ "8월 둘째 주 0.12% 올랐다": one week's change; the whole month would be wrong, so the
    figure is left undated rather than given August."""
    claims = _claims("8월 둘째 주 서울 아파트값은 0.12% 올랐다.", WEEKLY_PUBLISHED)
    claim = next(c for c in claims if c.surface == "0.12%")
    assert claim.period is None or claim.period.start is None


def test_a_running_total_a_day_dates_holds_as_of_that_day() -> None:
    """Sport and tourism copy: "전날 ... 입장해 누적 관중 1천3만명을 기록했다" gives the day's
    count and the running total as of that day; "18일까지 994만 명" is a total up to that
    day."""
    claims = _claims(
        "KBO는 전날 4개 구장에 모두 7만2천명이 입장해 누적 관중 1천14만명을 기록했다고 21일 "
        "밝혔다. 리그는 19일까지 1천6만8천명을 모은 상태였다.", WEEKLY_PUBLISHED)
    assert _period(claims, "7만2천명") == ("2024-11-20", "2024-11-20", "day")
    assert _period(claims, "1천14만명") == (None, "2024-11-20", "as_of")
    assert _period(claims, "1천6만8천명") == (None, "2024-11-19", "as_of")
    claims = _claims("지난 18일 하루 신규 확진자는 412명, 누적 확진자는 2만1천명이다.",
                     WEEKLY_PUBLISHED)
    assert _period(claims, "412명") == ("2024-11-18", "2024-11-18", "day")
    assert _period(claims, "2만1천명") == (None, "2024-11-18", "as_of")


# Balances at a month's end (our own sentences in the style of bank and central-bank copy),
# published 2024-11-21: a stock the end of a month names holds as of that day; the end of a
# month before a flow stays the month's last part.
BALANCES = [
    ("5대 은행의 10월 말 가계대출 잔액은 733조3천억 원으로 집계됐다.", "733조3천억 원", None,
     "2024-10-31", "as_of"),
    ("지난달 말 외환보유액은 4천156억 달러로 한 달 새 41억 달러 줄었다.", "4천156억 달러", None,
     "2024-10-31", "as_of"),
    ("9월 말 은행 연체율은 0.47%였다.", "0.47%", None, "2024-09-30", "as_of"),
    ("지난 15일 기준 잔액은 734조원으로 지난달 말(733조3천억원)과 비교해 7천억원 늘었다.",
     "733조3천억원", None, "2024-10-31", "as_of"),
    ("8월 말 내린 비로 농경지 310㏊가 잠겼다.", "310㏊", "2024-08-21", "2024-08-31", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), BALANCES)
def test_balances_at_a_months_end(text: str, surface: str, start: str | None, end: str,
                                  kind: str) -> None:
    assert _period(_claims(text, WEEKLY_PUBLISHED), surface) == (start, end, kind)


@pytest.mark.parametrize(("text", "surface"), [
    ("어젯밤 내린 눈으로 교통사고 14건이 발생했다.", "14건"),
    ("간밤에 발생한 화재로 주민 3명이 대피했다.", "3명"),  # no toll (claims.tolls)
    ("지난밤 강풍에 간판 12개가 떨어졌다.", "12개"),
])
def test_last_night_is_the_day_before_publication(text: str, surface: str) -> None:
    assert _period(_claims(text), surface) == ("2024-10-01", "2024-10-01", "day")


# The unit just before, as a baseline (our own sentences in the style of health, jobs and
# company releases), published 2024-11-21: the window before the compared figure's, as long.
PREVIOUS_UNIT = [
    ("올해 46주 차(11월 10~16일) 독감 의심 환자는 외래환자 1천명당 31.2명으로 전주(25.4명)보다 "
     "22.8% 늘었다.", "25.4명", "2024-11-03", "2024-11-09", "interval"),
    ("올해 46주 차(11월 10~16일) 의심 환자는 31.2명으로 직전 주(25.4명)보다 늘었다.", "25.4명",
     "2024-11-03", "2024-11-09", "interval"),
    ("10월 실업률은 2.3%로 전월(2.6%)보다 0.3%포인트 내렸다.", "2.6%", "2024-09-01",
     "2024-09-30", "interval"),
    ("3분기 영업이익은 914억원으로 직전 분기(702억원)보다 30.2% 늘었다.", "702억원",
     "2024-04-01", "2024-06-30", "interval"),
    # "전년(N)" after a window is the same window a year back
    ("올해 1∼10월 사망자는 2천31명으로 전년(2천188명)에 비해 7.2% 줄었다.", "2천188명",
     "2023-01-01", "2023-10-31", "interval"),
    # the figures compared stay theirs
    ("10월 실업률은 2.3%로 전월(2.6%)보다 0.3%포인트 내렸다.", "2.3%", "2024-10-01",
     "2024-10-31", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), PREVIOUS_UNIT)
def test_the_previous_unit_as_a_baseline(text: str, surface: str, start: str, end: str,
                                         kind: str) -> None:
    assert _period(_claims(text, WEEKLY_PUBLISHED), surface) == (start, end, kind)


def test_jeonju_the_city_is_no_previous_week() -> None:
    claims = _claims("전주에서 3명이 숨졌다.", WEEKLY_PUBLISHED)
    assert _period(claims, "3명") == (None, "2024-11-21", "none")


# Weekdays and evening words (our own sentences in the style of broadcast and foreign copy),
# published Wednesday 2024-10-02.
@pytest.mark.parametrize(("text", "surface", "day"), [
    ("지난 금요일 열린 집회에는 2만8천명이 참가했다.", "2만8천명", "2024-09-27"),
    ("토요일 오후 광화문에서 열린 집회에 1만명이 모였다.", "1만명", "2024-09-28"),
    ("금요일인 27일 열린 집회에는 3만명이 모였다.", "3만명", "2024-09-27"),
    ("어제저녁 7시쯤 버스가 넘어져 승객 9명이 구조됐습니다.", "9명", "2024-10-01"),
])
def test_weekdays_and_last_evening(text: str, surface: str, day: str) -> None:
    assert _period(_claims(text), surface) == (day, day, "day")


@pytest.mark.parametrize(("text", "surface"), [
    ("오는 금요일 열리는 집회에는 5만명이 참가할 예정이다.", "5만명"),
    ("매주 금요일 200명이 모인다.", "200명"),
])
def test_a_weekday_to_come_or_every_week_dates_nothing(text: str, surface: str) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.period is None or claim.period.start is None


def test_an_event_day_stated_with_no_figure_dates_the_events_figures() -> None:
    """Fire and accident copy states the event first, then its toll: "19일 오전 ... 불이 났다.
    이 불로 2명이 숨지고 ..."; the toll and the response are that day's."""
    claims = _claims(
        "아파트 화재로 2명 사망\n\n"
        "지난달 29일 오전 4시 10분쯤 부산 해운대구의 한 15층짜리 아파트 9층에서 불이 났다. "
        "이 불로 집 안에 있던 2명이 숨지고 주민 30여명이 대피했다. "
        "소방당국은 인력 98명과 장비 31대를 투입해 1시간 만에 불을 껐다. "
        "소방청에 따르면 올해 들어 8월까지 발생한 아파트 화재는 2천412건이다.")
    for surface in ("30여명", "98명", "31대"):
        assert _period(claims, surface) == ("2024-09-29", "2024-09-29", "day")
    assert _period(claims, "2천412건") == ("2024-01-01", "2024-08-31", "interval")


def test_an_event_said_to_run_on_dates_its_figures_to_publication() -> None:
    claims = _claims(
        "지난 24일 경남 산청군에서 발생한 산불이 9일째 이어지고 있다. "
        "산림청에 따르면 이번 산불로 산림 1천720㏊가 탔고 주민 1천200여명이 대피했다.")
    for surface in ("1천720㏊", "1천200여명"):
        assert _period(claims, surface) == ("2024-09-24", "2024-10-02", "to_date")


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("작년 9월∼올해 8월 누적 적자는 11조원이다.", "11조원", "2023-09-01", "2024-08-31"),
    ("2022년 7월∼2023년 6월 접수된 신고는 2만9천건이다.", "2만9천건", "2022-07-01", "2023-06-30"),
])
def test_a_month_range_across_years_with_a_range_mark(text: str, surface: str, start: str,
                                                      end: str) -> None:
    assert _period(_claims(text), surface) == (start, end, "interval")


@pytest.mark.parametrize(("text", "surface"), [
    ("지난달부터 이어진 파업으로 매출이 12% 줄었다.", "12%"),
    ("지난달 이후 접수된 신고는 412건이다.", "412건"),
])
def test_since_last_month_runs_to_publication(text: str, surface: str) -> None:
    assert _period(_claims(text), surface) == ("2024-09-01", "2024-10-02", "to_date")


def test_the_day_before_counts_from_the_day_the_statement_names() -> None:
    """ "KBO는 전날 ... 입장했다고 2일 밝혔다" after a sentence that named another day: "전날" is
    the day before the statement's day, not before the day named earlier."""
    claims = _claims(
        "정규시즌 누적 관중은 지난 28일 기준 1천40만명이었다. "
        "KBO는 전날 5개 구장에 모두 8만1천명이 입장했다고 2일 밝혔다.")
    assert _period(claims, "8만1천명") == ("2024-10-01", "2024-10-01", "day")
