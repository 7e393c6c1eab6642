"""Korean period classes read in agency, daily and broadcast copy (our own sentences, other
names and numbers): a survey's answers are of the survey's days, not of the year the answer
plans for; a value set for the year ("올해 등록금", "올해 최저임금", "올해 예산") is of the whole
year while a tally of this year ("올해 들어", "올해 누적", bare "올해" with a count of events)
runs to publication; a day named with its year ("지난해 12월 20일"); the value a level passes
("...MW로, 종전 최고치 ...MW를 넘어섰다") is as stated; a running total after one day's count
("어제 하루 21건 ... 오늘 오전 6시 기준 누적 37건") holds as of its time."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Approx, Claim, Modality

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 9, 10)


def _claims(text: str, published: date = PUBLISHED) -> list[Claim]:
    return extract_text(text, lang="ko", published=published)


def _claim(text: str, surface: str, published: date = PUBLISHED) -> Claim:
    return next(c for c in _claims(text, published) if c.surface == surface)


def _period(text: str, surface: str,
            published: date = PUBLISHED) -> tuple[str | None, str | None, str] | None:
    p = _claim(text, surface, published).period
    if p is None:
        return None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


# (sentence, surface, start, end, kind): what respondents answered is of the survey's days
SURVEYS = [
    ("한국갤럽이 지난달 18∼20일 성인 1천4명을 대상으로 조사한 결과, 응답자의 58%가 내년 경기가 "
     "나빠질 것이라고 답했다.", "58%", "2026-08-18", "2026-08-20", "interval"),
    ("중소기업중앙회가 지난달 4∼15일 중소기업 500곳을 조사한 결과, 312곳이 내년 채용을 "
     "줄이겠다고 응답했다.", "312곳", "2026-08-04", "2026-08-15", "interval"),
    ("협의회가 지난달 11∼22일 회원사 230곳을 대상으로 조사한 결과, 응답한 204곳 가운데 "
     "121곳이 다음 달 가격을 올리겠다고 답했다.", "121곳", "2026-08-11", "2026-08-22",
     "interval"),
    ("협의회가 지난달 11∼22일 회원사 230곳을 대상으로 조사한 결과, 응답한 204곳 가운데 "
     "121곳(59.3%)이 내년 투자를 늘리겠다고 답했다.", "59.3%", "2026-08-11", "2026-08-22",
     "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), SURVEYS)
def test_an_answer_is_of_the_survey_not_of_what_it_plans(
        text: str, surface: str, start: str, end: str, kind: str) -> None:
    claim = _claim(text, surface)
    assert claim.modality is not Modality.planned
    assert _period(text, surface) == (start, end, kind)


# a plan the counted ones did not answer but announced stays a plan
PLANS = [
    ("회사는 내년 직원 300명을 새로 뽑겠다고 밝혔다.", "300명"),
    ("시는 다음 달 공공주택 1천200가구를 공급하겠다고 발표했다.", "1천200가구"),
]


@pytest.mark.parametrize(("text", "surface"), PLANS)
def test_a_plan_announced_stays_a_plan(text: str, surface: str) -> None:
    assert _claim(text, surface).modality is Modality.planned


# (sentence, surface, start, end, kind): this year's fee, wage, budget or cap is the whole
# year; a tally of this year runs to publication
THIS_YEAR = [
    ("올해 전국 사립대의 연평균 등록금은 802만 원이다.", "802만 원", "2026-01-01", "2026-12-31",
     "interval"),
    ("올해 최저임금은 시간당 1만320원이다.", "1만320원", "2026-01-01", "2026-12-31", "interval"),
    ("올해 본예산은 673조 원 규모로 편성됐다.", "673조 원", "2026-01-01", "2026-12-31",
     "interval"),
    ("올해 4년제 대학 190곳 가운데 44곳이 등록금을 올렸다.", "44곳", "2026-01-01", "2026-12-31",
     "interval"),
    ("올해 직장인 건강보험료율은 7.19%다.", "7.19%", "2026-01-01", "2026-12-31", "interval"),
    # a tally of this year so far
    ("올해 들어 등록금 관련 민원은 412건 접수됐다.", "412건", "2026-01-01", "2026-09-10",
     "to_date"),
    ("올해 전국에서 발생한 산불은 388건이다.", "388건", "2026-01-01", "2026-09-10", "to_date"),
    ("올해 누적 방문객은 1천204만 명이다.", "1천204만 명", "2026-01-01", "2026-09-10", "to_date"),
    # last year's value: the whole of last year, as before
    ("지난해 최저임금은 시간당 1만30원이었다.", "1만30원", "2025-01-01", "2025-12-31",
     "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), THIS_YEAR)
def test_a_value_of_the_year_against_a_tally_so_far(
        text: str, surface: str, start: str, end: str, kind: str) -> None:
    assert _period(text, surface) == (start, end, kind)


DECEMBER = date(2026, 12, 3)

# (sentence, surface, start, end, kind), published 3 December 2026: a day named with its year
NAMED_YEAR_DAYS = [
    ("최대 전력수요는 지난해 12월 20일 세운 기록 9만1천MW를 넘지 못했다.", "9만1천MW",
     "2025-12-20", "2025-12-20", "day"),
    ("작년 12월 5일 이후 접수된 신고는 88건이다.", "88건", "2025-12-05", "2026-12-03",
     "to_date"),
    ("올해 3월 2일 열린 입학식에는 신입생 412명이 참석했다.", "412명", "2026-03-02", "2026-03-02",
     "day"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), NAMED_YEAR_DAYS)
def test_a_day_named_with_its_year(text: str, surface: str, start: str, end: str,
                                   kind: str) -> None:
    assert _period(text, surface, DECEMBER) == (start, end, kind)


# (sentence, surface, approx): what a level stated just before passes is as stated; a figure
# a subject passes on its own is more than it
PASSING = [
    ("최대 전력수요는 9만4천MW로, 지난해 기록한 종전 최고치 9만3천MW를 넘어섰다.", "9만3천MW",
     Approx.exact),
    ("누적 관중은 1천12만 명으로 지난해 기록 1천만 명을 웃돌았다.", "1천만 명", Approx.exact),
    ("확진자는 1만 명을 넘어섰다.", "1만 명을 넘어", Approx.more_than),
    ("사망자는 12명으로 늘었고 부상자는 100명을 넘어섰다.", "100명을 넘어", Approx.more_than),
    ("사망자는 12명으로, 부상자는 100명을 넘어섰다.", "100명을 넘어", Approx.more_than),
]


@pytest.mark.parametrize(("text", "surface", "approx"), PASSING)
def test_the_value_a_level_passes(text: str, surface: str, approx: Approx) -> None:
    assert _claim(text, surface, DECEMBER).approx is approx


def test_a_running_total_after_one_days_count_holds_as_of_its_time() -> None:
    text = "어제 하루 동파 신고는 19건이었고, 오늘 오전 6시 기준 누적 43건으로 늘었다."
    assert _period(text, "19건", DECEMBER) == ("2026-12-02", "2026-12-02", "day")
    assert _period(text, "43건", DECEMBER) == (None, "2026-12-03", "as_of")


def test_a_running_total_after_a_window_runs_from_its_start() -> None:
    text = "올해 들어 이달 1일 기준 누적 적발 건수는 1천200건이다."
    assert _period(text, "1천200건", DECEMBER) == ("2026-01-01", "2026-12-01", "to_date")


# (sentence, surface, start, end, kind), published 3 December 2026: the year to a month,
# cumulative, when the year is named; two days each with its year
YEAR_TO_MONTH = [
    ("올해 10월 누적 수출액은 5천812억 달러다.", "5천812억 달러", "2026-01-01", "2026-10-31",
     "interval"),
    ("2026년 10월 누계 판매량은 31만 대다.", "31만 대", "2026-01-01", "2026-10-31", "interval"),
    # no year named: the month's own total
    ("11월 누적 강수량은 88㎜다.", "88㎜", "2026-11-01", "2026-11-30", "interval"),
    ("2024년 12월 3일부터 올해 11월 30일까지 열린 집회는 1천180건이다.", "1천180건",
     "2024-12-03", "2026-11-30", "interval"),
    ("지난해 12월 1일부터 올해 11월 30일까지 접수된 신고는 7천900건이다.", "7천900건",
     "2025-12-01", "2026-11-30", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), YEAR_TO_MONTH)
def test_the_year_to_a_month_and_days_of_two_years(text: str, surface: str, start: str,
                                                   end: str, kind: str) -> None:
    assert _period(text, surface, DECEMBER) == (start, end, kind)


# (sentence, surface, value, lower, upper, approx): a temperature below zero is negative;
# "도" is a degree only after 영하/영상
TEMPERATURES = [
    ("어제 대관령의 아침 최저기온은 영하 14.6도였다.", "영하 14.6도", -14.6, None, None,
     Approx.exact),
    ("파주는 영하 17.2도까지 떨어졌다.", "영하 17.2도", -17.2, None, None, Approx.exact),
    ("내일 아침 기온은 영하 8도 안팎이다.", "영하 8도 안팎", -8.0, None, None, Approx.about),
    ("산간은 영하 5∼12도까지 내려간다.", "영하 5∼12도", None, -12.0, -5.0, Approx.range),
    ("낮 기온은 영상 3도에 머물렀다.", "영상 3도", 3.0, None, None, Approx.exact),
    ("경산은 낮 기온이 38.1℃를 기록했다.", "38.1℃", 38.1, None, None, Approx.exact),
]


@pytest.mark.parametrize(("text", "surface", "value", "lower", "upper", "approx"),
                         TEMPERATURES)
def test_temperatures(text: str, surface: str, value: float | None, lower: float | None,
                      upper: float | None, approx: Approx) -> None:
    claim = _claim(text, surface, DECEMBER)
    assert claim.unit == "degC"
    assert (claim.value, claim.lower, claim.upper, claim.approx) == (value, lower, upper, approx)


NO_TEMPERATURE = [
    "화재로 3도 화상을 입은 주민 2명이 치료를 받고 있다.",
    "기온이 어제보다 1도 올랐다.",
    "경기도와 강원도에 대설특보가 내려졌다.",
]


@pytest.mark.parametrize("text", NO_TEMPERATURE)
def test_a_degree_needs_its_sign_word(text: str) -> None:
    assert not [c for c in _claims(text, DECEMBER) if c.unit == "degC"]


# (sentence, surface, value): seats, sheets and tickets, schools and companies are counted
COUNTERS = [
    ("여당은 이번 총선에서 168석을 얻었다.", "168석", 168),
    ("결승전 입장권 3만8천 장이 모두 팔렸다.", "3만8천 장", 38000),
    ("전국 사립대 117개교가 등록금을 동결했다.", "117개교", 117),
    ("협력업체 1천350개사가 참여했다.", "1천350개사", 1350),
]


@pytest.mark.parametrize(("text", "surface", "value"), COUNTERS)
def test_seats_sheets_schools_and_companies(text: str, surface: str, value: int) -> None:
    claim = _claim(text, surface, DECEMBER)
    assert (claim.unit, claim.value) == ("count", value)


def test_a_running_total_said_with_no_time_holds_as_of_publication() -> None:
    assert _period("누적 확진자는 4천210명이다.", "4천210명", DECEMBER) == (
        None, "2026-12-03", "as_of")
    assert _period("확진자는 4천210명이다.", "4천210명", DECEMBER) == (None, "2026-12-03", "none")


def test_the_weekends_snow_is_of_the_weekend_its_toll_is_not() -> None:
    # published Thursday 3 December 2026: the weekend before is 28-29 November
    assert _period("지난 주말 사이 내린 눈은 최고 21㎝다.", "최고 21㎝", DECEMBER) == (
        "2026-11-28", "2026-11-29", "interval")
    toll = _period("주말 사이 쏟아진 폭설로 4명이 다쳤다.", "4명", DECEMBER)
    assert toll is not None and toll[2] != "interval"


# (sentence, surface, approx): "까지" after an amount granted or a limit set is up to it;
# after a fall or a rise it is the level reached
UNTIL = [
    ("시는 피해 가구당 200만 원까지 지원한다.", "200만 원까지", Approx.up_to),
    ("보증 한도를 3억 원까지 늘리기로 했다.", "3억 원까지", Approx.up_to),
    ("청년은 4천만 원까지 대출받을 수 있다.", "4천만 원까지", Approx.up_to),
    ("철원은 영하 16.3도까지 떨어졌다.", "영하 16.3도", Approx.exact),
    ("대출 금리는 연 4.2%까지 올랐다.", "4.2%", Approx.exact),
]


@pytest.mark.parametrize(("text", "surface", "approx"), UNTIL)
def test_up_to_an_amount_granted(text: str, surface: str, approx: Approx) -> None:
    assert _claim(text, surface, DECEMBER).approx is approx


# (sentence, surface, start, end, kind), published 3 December 2026: between two days
BETWEEN_DAYS = [
    ("지난 16일에서 22일 사이 의심 환자는 외래환자 1천 명당 4.4명이었다.", "4.4명", "2026-11-16",
     "2026-11-22", "interval"),
    ("11월 9일과 15일 사이 접수된 신고는 27건이다.", "27건", "2026-11-09", "2026-11-15",
     "interval"),
    ("10월 28일에서 11월 3일 사이 확진자는 93명이다.", "93명", "2026-10-28", "2026-11-03",
     "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), BETWEEN_DAYS)
def test_between_two_days(text: str, surface: str, start: str, end: str, kind: str) -> None:
    assert _period(text, surface, DECEMBER) == (start, end, kind)


def test_a_range_of_age_bands_is_no_figure() -> None:
    assert [c.surface for c in _claims("연령별로는 20∼30대가 68.3%로 가장 많았다.", DECEMBER)] == [
        "68.3%"]
    machines = _claim("산불 현장에 헬기 20∼30대가 투입됐다.", "20∼30대", DECEMBER)
    assert (machines.lower, machines.upper) == (20.0, 30.0)


def test_a_bound_with_its_copula_names_a_class() -> None:
    text = "이 가운데 임차보증금이 1억 원 이하인 피해자가 1만1천870명이다."
    assert [c.surface for c in _claims(text, DECEMBER)] == ["1만1천870명"]
    assert [c.surface for c in _claims("사망자가 10명 이상인 사고는 4건이다.", DECEMBER)] == ["4건"]
    assert _claim("피해액은 1억 원 이상이다.", "1억 원 이상", DECEMBER).approx is Approx.at_least


def test_a_season_dates_nothing_and_carries_nothing() -> None:
    text = "최근 5년(2021∼2025년)간 적발된 사례는 1천97건이다. 올겨울 들어 한랭질환자는 64명이다."
    period = _claim(text, "64명", DECEMBER).period
    assert period is None or (period.start is None and period.end is None)
    record = _claim("올겨울 첫 한파에 어제 전력수요는 9만2천MW를 기록했다.", "9만2천MW", DECEMBER)
    assert _period("올겨울 첫 한파에 어제 전력수요는 9만2천MW를 기록했다.", "9만2천MW",
                   DECEMBER) == ("2026-12-02", "2026-12-02", "day") and record.value == 92000


def test_what_still_holds_in_a_past_window_stays_of_that_window() -> None:
    text = ("협의회가 지난달 9∼20일 회원 대학 180곳을 조사한 결과, 141곳이 내년 등록금을 "
            "올리겠다고 답했다. 아직 정하지 못한 대학은 19곳이었다.")
    assert _period(text, "19곳", DECEMBER) == ("2026-11-09", "2026-11-20", "interval")
    running = ("지난 1일부터 이어진 폭설로 주민 820명이 대피했고, 이 중 310명은 아직 귀가하지 "
               "못했다.")
    assert _period(running, "310명", DECEMBER) == (None, "2026-12-03", "as_of")


def test_a_day_compared_with_is_not_the_storys_day() -> None:
    text = ("중대본에 따르면 3일 오후 6시 기준 시설 피해는 1천52건이다. 전날보다 부상자가 3명 "
            "늘었다. 항공기 결항은 이날 하루 동안 17편이었다.")
    assert _period(text, "17편", date(2026, 12, 4)) == ("2026-12-03", "2026-12-03", "day")
    story = "중대본에 따르면 3일 오후 6시 기준 시설 피해는 1천52건이다. 전날 결항은 9편이었다."
    assert _period(story, "9편", date(2026, 12, 4)) == ("2026-12-02", "2026-12-02", "day")


# (sentence, surface, unit, value): unit signs and counters of energy, oil and livestock
UNITS = [
    ("최대 전력수요는 9만1천㎿였다.", "9만1천㎿", "megawatt", 91000),
    ("가정용 태양광 3㎾를 설치했다.", "3㎾", "kilowatt", 3),
    ("산유국들은 하루 80만 배럴을 감산하기로 했다.", "80만 배럴", "barrel", 800000),
    ("방역당국은 돼지 4천100두를 살처분했다.", "4천100두", "count", 4100),
]


@pytest.mark.parametrize(("text", "surface", "unit", "value"), UNITS)
def test_units_of_energy_oil_and_livestock(text: str, surface: str, unit: str,
                                           value: int) -> None:
    claim = _claim(text, surface, DECEMBER)
    assert (claim.unit, claim.value) == (unit, value)


def test_two_before_a_counter_is_still_a_native_number() -> None:
    assert _claim("이 사고로 두 명이 다쳤다.", "두 명", DECEMBER).value == 2


# (sentence, surface, start, end, kind), published 4 December 2026: as of a day of a year named
# from publication; a day of that year said with a deadline mark stays as it was read
AS_OF_NAMED_YEAR = [
    ("지난해 12월 31일 기준 외국인 주민은 246만 명이다.", "246만 명", None, "2025-12-31", "as_of"),
    ("지난해 12월 31일 현재 등록 인구는 5천121만 명이다.", "5천121만 명", None, "2025-12-31",
     "as_of"),
    ("올해 6월 30일 기준 외국인 주민은 258만 명이다.", "258만 명", None, "2026-06-30", "as_of"),
    ("지난해 12월 31일 오후 6시 기준 외국인 주민은 246만 명이다.", "246만 명", None, "2025-12-31",
     "as_of"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), AS_OF_NAMED_YEAR)
def test_as_of_a_day_of_a_named_year(text: str, surface: str, start: str | None, end: str,
                                     kind: str) -> None:
    assert _period(text, surface, date(2026, 12, 4)) == (start, end, kind)


def test_the_same_time_last_year_and_next_month() -> None:
    text = "올해 1∼11월 확진자는 3천800명으로 작년 이맘때(1천900명)보다 2배 많다."
    assert _period(text, "1천900명", date(2026, 12, 4)) == ("2025-01-01", "2025-11-30", "interval")
    # next month's day is no day of this month
    fee = _claim("내달 1일부터 요금이 1천400원으로 오른다.", "1천400원", date(2026, 12, 4)).period
    assert fee is None or fee.start is None or fee.start > date(2026, 12, 4)
    survey = ("협회가 지난달 2∼13일 회원사 150곳을 조사한 결과, 92곳이 내달 가격을 "
              "올리겠다고 답했다.")
    assert _period(survey, "92곳", date(2026, 12, 4)) == ("2026-11-02", "2026-11-13", "interval")


# (sentence, surface, start, end, kind), published 4 December 2026: a weekday in parentheses
# after each day of a range
WEEKDAYS_IN_RANGES = [
    ("지난 28일(금)부터 30일(일)까지 관람객은 11만 명이었다.", "11만 명", "2026-11-28",
     "2026-11-30", "interval"),
    ("지난달 28일(토)부터 이달 1일(화)까지 1천100명이 다녀갔다.", "1천100명", "2026-11-28",
     "2026-12-01", "interval"),
    ("11월 23일(월)∼29일(일) 의심 환자는 61.2명이었다.", "61.2명", "2026-11-23", "2026-11-29",
     "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), WEEKDAYS_IN_RANGES)
def test_a_weekday_after_each_day_of_a_range(text: str, surface: str, start: str, end: str,
                                              kind: str) -> None:
    assert _period(text, surface, date(2026, 12, 4)) == (start, end, kind)


def test_a_definition_states_no_figure() -> None:
    text = "합계출산율은 여성 1명이 평생 낳을 것으로 예상되는 평균 출생아 수를 뜻한다."
    assert _claims(text, DECEMBER) == []
    meaning = _claims("이는 하루 평균 1천100명이 숨졌다는 것을 의미한다.", DECEMBER)
    assert [c.surface for c in meaning] == ["1천100명"]
