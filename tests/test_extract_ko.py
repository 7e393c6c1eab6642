"""Korean: figures, what they count and who gives them, on sentences in the style of Korean
police and regulator releases and wire copy (our own sentences, other names and numbers)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from claims.extract import extract_text
from claims.language import detect_language
from claims.models import Approx, Claim

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2024, 10, 2)


def _claims(text: str) -> list[Claim]:
    return extract_text(text, lang="ko", published=PUBLISHED)


# (sentence, surface, value, lower, upper, approx, unit)
FIGURES = [
    # counters glued to digits, each with its kind
    ("서울경찰청은 불법촬영 피의자 412명을 검거했다.", "412명", 412, None, None, "exact", "count"),
    ("방심위는 성적 허위영상물 시정요구 2,315건을 의결했다.", "2,315건", 2315, None, None, "exact", "count"),
    ("경찰은 텔레그램 대화방 31개를 폐쇄했다.", "31개", 31, None, None, "exact", "count"),
    ("해당 계정은 이미 6차례 신고된 바 있다.", "6차례", 6, None, None, "exact", "count"),
    ("소방당국은 주택 14곳이 불에 탔다고 밝혔다.", "14곳", 14, None, None, "exact", "count"),
    # votes, flights and power, read after digits
    ("김 후보는 38만 2천41표(51.3%)를 얻어 당선됐다.", "38만 2천41표", 382041, None, None,
     "exact", "count"),
    ("폭설로 항공기 3백여 편이 결항됐다.", "3백여 편", 300, None, None, "more_than", "count"),
    ("최대 전력 수요는 94.5GW까지 치솟았다.", "94.5GW", 94.5, None, None, "exact", "gigawatt"),
    # chained 만/억/조 with digits
    ("올해 접수된 상담은 1만 4천 건에 이른다.", "1만 4천 건", 14000, None, None, "exact", "count"),
    ("피해 신고는 2천여 건으로 집계됐다.", "2천여 건", 2000, None, None, "more_than", "count"),
    ("정부는 예산 3억 원을 추가로 편성했다.", "3억 원", 3e8, None, None, "exact", "KRW"),
    ("사기 피해액은 1조 3천억원으로 추산된다.", "1조 3천억원", 1.3e12, None, None, "exact", "KRW"),
    ("가입자 수는 12만 5천명을 넘어섰다.", "12만 5천명을 넘어", 125000, None, None, "more_than",
     "count"),
    ("이재민 수는 5천만 명이 아니라 5천 명이다.", "5천 명", 5000, None, None, "exact", "count"),
    # native and Sino-Korean number words before a counter
    ("현장에서 두 명이 추가로 체포됐다.", "두 명", 2, None, None, "exact", "count"),
    ("경찰은 세 건의 고소장을 접수했다.", "세 건", 3, None, None, "exact", "count"),
    ("스무 명의 학생이 피해를 호소했다.", "스무 명", 20, None, None, "exact", "count"),
    ("열두 차례에 걸쳐 영상을 유포했다.", "열두 차례", 12, None, None, "exact", "count"),
    # qualifiers mapped to approx
    ("약 300명이 광장에 모였다.", "약 300명", 300, None, None, "about", "count"),
    ("참가자는 500명 가량이었다.", "500명 가량", 500, None, None, "about", "count"),
    ("1천 명 이상이 대피했다.", "1천 명 이상", 1000, None, None, "at_least", "count"),
    ("부상자는 10명 이하로 파악됐다.", "10명 이하", 10, None, None, "up_to", "count"),
    ("피해 학생은 100명 미만이다.", "100명 미만", 100, None, None, "less_than", "count"),
    ("시위대는 2만 명 넘게 모였다.", "2만 명 넘게", 20000, None, None, "more_than", "count"),
    ("최대 40개 채널이 차단된다.", "최대 40개", 40, None, None, "up_to", "count"),
    ("최소 8명이 숨진 것으로 확인됐다.", "최소 8명", 8, None, None, "at_least", "count"),
    # shares
    ("피해자 10명 중 7명이 10대였다.", "10명 중 7명", 70, None, None, "exact", "percent"),
    ("응답자 4명 가운데 1명은 피해 경험이 있다고 답했다.", "4명 가운데 1명", 25, None, None,
     "exact", "percent"),
    # "절반" is a round share, about half (the development sets' gold reads it so)
    ("피의자의 절반이 학생이었다.", "절반", 50, None, None, "about", "percent"),
    ("전체의 3분의 1이 미성년자였다.", "3분의 1", 33.33, None, None, "exact", "percent"),
    # ranges
    ("매일 2~3명이 새로 신고한다.", "2~3명", None, 2, 3, "range", "count"),
    ("두세 명이 망을 봤다.", "두세 명", None, 2, 3, "range", "count"),
    ("집회에는 3~4만 명이 참석했다.", "3~4만 명", None, 30000, 40000, "range", "count"),
    # multiples, percent and points, money
    ("신고 건수가 두 배로 늘었다.", "두 배", 2, None, None, "exact", "ratio"),
    ("검거율은 3배 이상 높아졌다.", "3배 이상", 3, None, None, "at_least", "ratio"),
    ("실업률은 3.1%로 집계됐다.", "3.1%", 3.1, None, None, "exact", "percent"),
    ("찬성률은 12퍼센트에 그쳤다.", "12퍼센트", 12, None, None, "exact", "percent"),
    ("지지율이 4.5%포인트 하락했다.", "4.5%포인트", 4.5, None, None, "exact", "percentage_point"),
    # a legal maximum is a claim
    ("제작하면 7년 이하의 징역에 처한다.", "7년 이하", 7, None, None, "up_to", "year"),
    # so many to one: a competition ratio, not vehicles ("헬기 12대" stays a count)
    ("9급 공채 경쟁률은 21.8대 1로 집계됐다.", "21.8대 1", 21.8, None, None, "exact", "ratio"),
    ("청약 1순위 경쟁률이 평균 47대 1을 기록했다.", "47대 1", 47, None, None, "exact", "ratio"),
    ("진화에 헬기 12대와 소방차 1대가 투입됐다.", "12대", 12, None, None, "exact", "count"),
    ("진화에 헬기 12대와 소방차 1대가 투입됐다.", "1대", 1, None, None, "exact", "count"),
    ("30대 1명이 다쳤다.", "1명", 1, None, None, "exact", "count"),
    # nearly, over, under
    ("주민 100명 가까이 대피했다.", "100명 가까이", 100, None, None, "about", "count"),
    ("1천명에 가까운 인원이 모였다.", "1천명에 가까운", 1000, None, None, "about", "count"),
    ("거의 3만명이 몰렸다.", "거의 3만명", 30000, None, None, "about", "count"),
    ("5천명을 웃도는 인원이 모였다.", "5천명을 웃도는", 5000, None, None, "more_than", "count"),
    ("응답률은 30%를 밑도는 수준이다.", "30%를 밑도는", 30, None, None, "less_than", "percent"),
    # "about" before the last big scale: "1,400여만 원", "300여만 명"
    ("불은 주택 내부를 태워 1,200여만 원의 재산피해를 냈다.", "1,200여만 원", 12000000, None, None,
     "more_than", "KRW"),
    ("창고 2동이 타 4천여만원의 피해가 났다.", "4천여만원", 40000000, None, None, "more_than",
     "KRW"),
    ("주민 200여만 명이 단수 피해를 겪었다.", "200여만 명", 2000000, None, None, "more_than",
     "count"),
    # areas, volumes, energy, pounds
    ("불은 주택 내부 72㎡를 태웠다.", "72㎡", 72, None, None, "exact", "meter**2"),
    ("선박에는 경유 3000ℓ가 실려 있었다.", "3000ℓ", 3000, None, None, "exact", "liter"),
    ("올해 태양광 발전량은 2만4천MWh였다.", "2만4천MWh", 24000, None, None, "exact",
     "megawatt_hour"),
    ("구단은 이적료 4천만 파운드를 제시했다.", "4천만 파운드", 4e7, None, None, "exact", "GBP"),
    # fine dust concentrations
    ("초미세먼지 일평균 농도는 71㎍/㎥로 '매우 나쁨' 수준이었다.", "71㎍/㎥", 71, None, None,
     "exact", "microgram/meter**3"),
    ("미세먼지(PM10) 농도는 한때 208㎍/m³까지 치솟았다.", "208㎍/m³", 208, None, None, "exact",
     "microgram/meter**3"),
    ("대기 중 초미세먼지가 ㎥당 93㎍을 기록했다.", "93㎍", 93, None, None, "exact", "microgram"),
]


@pytest.mark.parametrize(("text", "surface", "value", "lower", "upper", "approx", "unit"), FIGURES)
def test_korean_figures(
    text: str,
    surface: str,
    value: float | None,
    lower: float | None,
    upper: float | None,
    approx: str,
    unit: str,
) -> None:
    found = [c for c in _claims(text) if c.surface == surface]
    assert found, f"{surface!r} not found in {[c.surface for c in _claims(text)]}"
    claim = found[0]
    assert claim.value == (pytest.approx(value) if value is not None else None)
    assert claim.lower == (pytest.approx(lower) if lower is not None else None)
    assert claim.upper == (pytest.approx(upper) if upper is not None else None)
    assert claim.approx == Approx(approx)
    assert claim.unit == unit


# Not claims: ages and age bands, dates and years, window lengths, ordinals, "not a single one".
NOT_CLAIMS = [
    "만 14세 미만은 형사처벌을 받지 않는다.",
    "피의자 가운데 10대가 가장 많았다.",
    "사건은 2024년 8월 27일 처음 알려졌다.",
    "경찰은 3개월간 집중 단속을 벌인다.",
    "조사는 일주일 동안 이어졌다.",
    "그는 5년 만에 다시 법정에 섰다.",
    "두 번째 피해자가 나왔다.",
    "제3회 공청회가 열렸다.",
    "한 명도 처벌받지 않았다.",
    "한편 정부는 대책을 발표했다.",
    "한편 선관위는 투표 마감을 연장했다.",
    "유권자들은 소중한 한 표를 행사했다.",
    "취업자 증가폭은 두 달 만에 다시 10만 명대로 올라섰다.",
    "20대 남성이 붙잡혔다.",
    # a set of the largest ("5대 은행": the five big banks), not so many vehicles
    "5대 은행은 대출 금리를 올렸다.",
    "정부는 6대 범죄 척결을 약속했다.",
    "5대 광역시는 모두 하락했다.",
    # an ordinal of an assembly or an office ("22대 국회": the 22nd)
    "23대 국회는 지난 5월 개원했다.",
    "15대 대통령을 지냈다.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_korean_non_claims(text: str) -> None:
    assert [c.surface for c in _claims(text)] == []


# (sentence, surface, counted, verb, actor)
FRAMES = [
    ("경찰청에 따르면 딥페이크 성범죄 피의자 387명이 검거됐다.", "387명",
     "딥페이크 성범죄 피의자", "검거", "경찰청"),
    ("방심위는 삭제 요청 1만 2천 건을 처리했다고 밝혔다.", "1만 2천 건", "삭제 요청", "처리",
     "방송통신심의위원회"),  # a short form is the body's full name
    ("검거된 피의자는 178명으로 집계됐다.", "178명", "피의자", "집계", None),
    ("387명의 피의자가 송치됐다.", "387명", "피의자", None, None),
    ("이 가운데 10대가 3천여 명에 달했다.", "3천여 명", "10대", "달하", None),
    ("피의자 가운데 절반 이상이 미성년자였다.", "절반 이상", "", None, None),
    ("딥페이크 피의자 387명 검거", "387명", "딥페이크 피의자", "검거", None),
    # broadcast copy ends in "입니다": the subject is still what the figure numbers
    ("소방청에 따르면 지난 1일부터 어제까지 구급차로 이송된 환자는 1천412명입니다.", "1천412명",
     "환자", None, "소방청"),
    ("경찰청에 따르면 지난달 1일부터 30일까지 적발된 운전자는 2천80명이었습니다.", "2천80명",
     "운전자", None, "경찰청"),
    # a word the tagger splits ("온" read as a determiner) is counted whole
    ("올해 6월 1일부터 지난 29일까지 더위로 응급실을 찾은 온열질환자가 1천412명으로 집계됐다.",
     "1천412명", "온열질환자", None, None),
]


@pytest.mark.parametrize(("text", "surface", "counted", "verb", "actor"), FRAMES)
def test_korean_what_is_counted(
    text: str, surface: str, counted: str, verb: str | None, actor: str | None
) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.counted == counted
    if verb is not None:
        assert claim.verb == verb
    assert claim.actor == actor


def test_change_from_one_value_to_another_is_linked() -> None:
    claims = _claims("국회는 법정형을 5년에서 7년으로 높였다.")
    assert [(c.surface, c.role.value) for c in claims] == [
        ("5년", "change_from"),
        ("7년", "change_to"),
    ]
    assert claims[0].linked == claims[1].id


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("경찰청에 따르면 올해 피의자 387명이 검거됐다.", "ko"),
        ("Police said 387 suspects (경찰청 figures) were held this year.", "en"),
        ("Selon la police, 387 suspects ont été arrêtés cette année.", "fr"),
    ],
)
def test_hangul_decides_the_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_korean_model_is_never_loaded_for_french_or_english() -> None:
    code = (
        "import sys\n"
        "from claims.extract import extract_text\n"
        "extract_text('Selon la police, 387 suspects ont été arrêtés.', lang='fr')\n"
        "extract_text('Police said 387 suspects were held.', lang='en')\n"
        "assert 'kiwipiepy' not in sys.modules, 'kiwi loaded'\n"
        "extract_text('피의자 387명이 검거됐다.', lang='ko')\n"
        "assert 'kiwipiepy' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_korean_figure_groups_with_its_french_and_english_counterparts() -> None:
    from claims import extract
    from claims.models import Article
    from reconcile.pipeline import reconcile

    texts = [
        ("ko", "경찰청에 따르면 딥페이크 성범죄 피의자 412명이 검거됐다."),
        ("fr", "Selon la police, 412 suspects ont été arrêtés pour des deepfakes."),
        ("en", "Police said 412 suspects were arrested over deepfakes."),
    ]
    claims = []
    for i, (lang, text) in enumerate(texts):
        article = Article(id=f"a{i}", text=text, language=lang, published=PUBLISHED)
        claims += extract(article)
    result = reconcile(claims)
    together = [g for g in result.groups if len(g.members) == 3]
    assert len(together) == 1
    assert {f.verdict.value for f in result.findings} == {"consistent"}


# (sentence, surface, start, end, kind), published 2024-10-02: our own sentences, in the
# forms Korean police, disaster and statistics releases date their figures.
PERIODS = [
    ("올해 1월부터 9월 27일까지 접수된 신고는 1,204건이다.", "1,204건",
     "2024-01-01", "2024-09-27", "interval"),
    ("지난 23일부터 27일까지 닷새간 시정요구 93건이 의결됐다.", "93건",
     "2024-09-23", "2024-09-27", "interval"),
    ("2023년 11월부터 2024년 6월까지 제작한 영상물 74개가 압수됐다.", "74개",
     "2023-11-01", "2024-06-30", "interval"),
    ("올해 1~8월 취업자는 19만 2천명 늘었다.", "19만 2천명", "2024-01-01", "2024-08-31",
     "interval"),
    ("지난 30일 기준 입건된 피의자는 모두 261명이다.", "261명", None, "2024-09-30", "as_of"),
    ("지난 8월 말 기준 누적 가입자는 3만 1천명이다.", "3만 1천명", None, "2024-08-31", "as_of"),
    ("1일 오전 6시 기준 이재민은 2천여 명으로 집계됐다.", "2천여 명", None, "2024-10-01",
     "as_of"),
    ("올해 들어 검거된 보이스피싱 조직원은 842명이다.", "842명", "2024-01-01", "2024-10-02",
     "to_date"),
    ("올해 실종자는 15명으로 늘었다.", "15명", "2024-01-01", "2024-10-02", "to_date"),
    ("지난해 접수된 사건은 180건이었다.", "180건", "2023-01-01", "2023-12-31", "interval"),
    ("2022년에는 160건이 접수됐다.", "160건", "2022-01-01", "2022-12-31", "interval"),
    ("지난달 출생아는 2만 1천명이었다.", "2만 1천명", "2024-09-01", "2024-09-30", "interval"),
    ("올해 2분기 수출은 1,600억 달러를 기록했다.", "1,600억 달러", "2024-04-01", "2024-06-30",
     "interval"),
    ("지난 3년간 적발된 위반은 48건이다.", "48건", "2021-10-03", "2024-10-02", "to_date"),
    # the year to a month, to last month, since a month or a year
    ("올해 들어 8월까지 접수된 피해 신고는 2,871건이다.", "2,871건", "2024-01-01", "2024-08-31",
     "interval"),
    ("올해 8월 말 기준 누적 피해액은 1,320억원이다.", "1,320억원", "2024-01-01", "2024-08-31",
     "interval"),
    ("올해 들어 지난달까지 수출은 4,120억 달러다.", "4,120억 달러", "2024-01-01", "2024-09-30",
     "interval"),
    ("지난 4월 이후 신고된 피해는 63건이다.", "63건", "2024-04-01", "2024-10-02", "to_date"),
    ("지난 5월부터 현재까지 모두 38명이 숨졌다.", "38명", "2024-05-01", "2024-10-02", "to_date"),
    ("2022년 이후 적발된 사례는 1,530건이다.", "1,530건", "2022-01-01", "2024-10-02", "to_date"),
    # as of a year's or last month's end, of a day and its time, of now
    ("지난해 말 기준 등록 외국인은 251만명이었다.", "251만명", None, "2023-12-31", "as_of"),
    ("2023년 말 현재 가입자는 4만 3천명이었다.", "4만 3천명", None, "2023-12-31", "as_of"),
    ("지난달 말 기준 가입자는 2만 8천명이다.", "2만 8천명", None, "2024-09-30", "as_of"),
    ("지난 29일 0시 기준 누적 확진자는 3만 1천명이다.", "3만 1천명", None, "2024-09-29", "as_of"),
    ("오늘(2일) 오전 6시 기준 대피 인원은 1,870명이다.", "1,870명", None, "2024-10-02", "as_of"),
    ("현재까지 확인된 사망자는 9명이다.", "9명", None, "2024-10-02", "as_of"),
    ("오후 3시 현재 투표율은 48.3%다.", "48.3%", None, "2024-10-02", "as_of"),
    ("지난 30일 기준 올해 누적 피해액은 870억원이다.", "870억원", "2024-01-01", "2024-09-30",
     "to_date"),
    # days: a day named with 지난, an event's day opening a sentence, the day before
    ("지난 28일 광화문에서 열린 집회에는 1만 5천명이 모였다.", "1만 5천명", "2024-09-28",
     "2024-09-28", "day"),
    ("29일 오후 서울 도심에서 열린 행진에는 8천여명이 참가했다.", "8천여명", "2024-09-29",
     "2024-09-29", "day"),
    ("어제 하루 신규 확진자는 1,103명이다.", "1,103명", "2024-10-01", "2024-10-01", "day"),
    ("전날 자정부터 오후 5시까지 누적 강수량은 212㎜를 기록했다.", "212㎜", "2024-10-01",
     "2024-10-01", "day"),
    ("지난 27일 자정부터 이날 오전 5시까지 누적 강수량은 655㎜다.", "655㎜", "2024-09-27",
     "2024-10-02", "to_date"),
    # windows with a number word, this week, the same month a year before
    ("최근 일주일간 접수된 신고는 318건이다.", "318건", "2024-09-26", "2024-10-02", "to_date"),
    ("지난 한 달간 적발된 음주운전은 1,950건이다.", "1,950건", "2024-09-03", "2024-10-02",
     "to_date"),
    ("이번 주 들어 접수된 신고는 41건이다.", "41건", "2024-09-30", "2024-10-02", "to_date"),
    ("9월 출생아 수는 2만 1천명으로 지난해 동월 1만 9천명보다 늘었다.", "1만 9천명",
     "2023-09-01", "2023-09-30", "interval"),
    ("올해 8월 신고는 930만 건으로 지난해 동기(810만 건) 대비 늘었다.", "810만 건", "2023-08-01",
     "2023-08-31", "interval"),
    # a day of last month, alone, to a day of this month, since, as of
    ("지난달 22일 발생한 산불로 주택 36채가 탔다.", "36채", "2024-09-22", "2024-09-22", "day"),
    ("지난달 1일 열린 집회에는 2천명이 모였다.", "2천명", "2024-09-01", "2024-09-01", "day"),
    ("지난달 28일부터 이달 1일까지 접수된 신고는 407건이다.", "407건", "2024-09-28", "2024-10-01",
     "interval"),
    ("지난달 3일부터 12일까지 열흘간 산불 29건이 났다.", "29건", "2024-09-03", "2024-09-12",
     "interval"),
    ("지난달 16일부터 산불 94건이 발생했다.", "94건", "2024-09-16", "2024-10-02", "to_date"),
    ("지난달 30일 기준 누적 피해액은 388억원이다.", "388억원", None, "2024-09-30", "as_of"),
    # the year to the day before, from a day to this morning
    ("올해 들어 전날까지 총 471건의 산불이 발생했다.", "471건", "2024-01-01", "2024-10-01",
     "to_date"),
    ("지난 29일부터 오늘 새벽까지 누적 강수량은 533㎜다.", "533㎜", "2024-09-29", "2024-10-02",
     "to_date"),
    # a day abroad ("현지시간") is the event's, though a source follows
    ("1일(현지시간) 파리에서 열린 시위에는 내무부 추산 94만명이 참가했다고 AFP가 전했다.",
     "94만명", "2024-10-01", "2024-10-01", "day"),
    # two days joined by a range mark; from a day named from publication on
    ("지난달 21~30일 발생한 산불로 산림 3만 1천㏊가 탔다.", "3만 1천㏊", "2024-09-21", "2024-09-30",
     "interval"),
    ("지난 23~27일 닷새간 접수된 신고는 288건이다.", "288건", "2024-09-23", "2024-09-27",
     "interval"),
    ("9월 11~20일 산불 24건이 발생했다.", "24건", "2024-09-11", "2024-09-20", "interval"),
    ("어제부터 오늘 새벽까지 내린 비로 이재민 377명이 발생했다.", "377명", "2024-10-01",
     "2024-10-02", "to_date"),
    # a window compared with dates no figure: the figure keeps its own
    ("올해 상반기 피해액은 610억원으로 지난해 상반기보다 41% 늘었다.", "41%", "2024-01-01",
     "2024-06-30", "interval"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end", "kind"), PERIODS)
def test_korean_periods(
    text: str, surface: str, start: str | None, end: str, kind: str
) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.period is not None
    assert (str(claim.period.start) if claim.period.start else None) == start
    assert str(claim.period.end) == end
    assert claim.period.kind.value == kind


@pytest.mark.parametrize("text", [
    "1일 경찰청에 따르면 피의자 412명이 검거됐다.",
    "경찰청은 1일 피의자가 모두 412명이라고 밝혔다.",
    "방심위는 1일 시정요구가 412건이라고 발표했다.",
])
def test_release_day_dates_no_figure(text: str) -> None:
    claim = _claims(text)[0]
    assert claim.period is not None and claim.period.resolution == "publication"


def test_story_days_count_from_the_day_the_story_named() -> None:
    claims = _claims(
        "지난 26일 남부지방에 폭우가 쏟아졌다. 이날 오후 6시 기준 대피 인원은 2,130명이었다. "
        "전날 하루 강수량은 188㎜였다."
    )
    periods = {c.surface: (c.period.start, str(c.period.end)) for c in claims if c.period}
    assert periods["2,130명"] == (None, "2024-09-26")
    assert periods["188㎜"] == (date(2024, 9, 25), "2024-09-25")


def test_a_disaster_tally_as_of_a_time_counts_from_when_the_lead_says_it_began() -> None:
    claims = _claims(
        "호우 피해 속출\n\n지난 28일부터 이어진 집중호우로 피해가 늘고 있다. "
        "중대본은 2일 오전 6시 기준 사망자가 11명이라고 밝혔다."
    )
    dead = next(c for c in claims if c.surface == "11명")
    assert dead.period is not None
    assert (str(dead.period.start), str(dead.period.end)) == ("2024-09-28", "2024-10-02")
    assert dead.period.kind.value == "to_date"


def test_a_change_against_the_same_month_a_year_before_keeps_the_month() -> None:
    claims = _claims("9월 취업자는 2,881만명으로 전년동월대비 14만 4천명 증가했다.")
    change = next(c for c in claims if c.surface == "14만 4천명")
    assert change.period is not None and str(change.period.start) == "2024-09-01"
    assert "동월" not in change.counted and change.direction is not None


def test_a_baseline_period_is_not_carried_to_the_next_figures() -> None:
    claims = _claims(
        "올해 1월부터 지난 27일까지 피의자 503명을 검거했다. 이는 지난해 같은 기간 162명보다 "
        "크게 늘어난 수치다. 이 가운데 10대가 349명이었다. 같은 기간 피해 신고는 890건이었다."
    )
    periods = {c.surface: (str(c.period.start), str(c.period.end)) for c in claims if c.period}
    assert periods["162명"] == ("2023-01-01", "2023-09-27")
    assert periods["349명"] == ("2024-01-01", "2024-09-27")
    assert periods["890건"] == ("2024-01-01", "2024-09-27")


def test_a_headline_running_window_takes_the_body_end_for_the_same_figure() -> None:
    claims = _claims("피의자 올해 503명 검거\n\n올해 1월부터 지난 27일까지 피의자 503명을 검거했다.")
    headline = claims[0]
    assert headline.period is not None and str(headline.period.end) == "2024-09-27"


def test_part_of_a_figure_takes_its_period_and_headline_borrows_the_body() -> None:
    text = (
        "불법촬영 피의자 261명 입건\n\n"
        "지난 30일 기준 입건된 피의자는 모두 261명이다. 이 가운데 10대가 188명이었다."
    )
    claims = _claims(text)
    headline, body, part = claims
    assert body.period is not None and str(body.period.end) == "2024-09-30"
    assert part.period is not None and part.period.source == body.id
    assert headline.period is not None and headline.period.source == body.id


def test_same_period_last_year_dates_only_the_figure_compared_with() -> None:
    claims = _claims("올해 1~8월 검거 인원은 412명으로 지난해 같은 기간 298명보다 114명 늘었다.")
    periods = {c.surface: (str(c.period.start), str(c.period.end)) for c in claims if c.period}
    assert periods["412명"] == ("2024-01-01", "2024-08-31")
    assert periods["298명"] == ("2023-01-01", "2023-08-31")
    assert periods["114명"] == ("2024-01-01", "2024-08-31")


def test_a_tally_as_of_a_day_runs_from_the_window_named_before_it() -> None:
    claim = _claims("지난 23일부터 내린 비로 27일 오전 6시 기준 이재민 1,240명이 발생했다.")[0]
    assert claim.period is not None
    assert (str(claim.period.start), str(claim.period.end)) == ("2024-09-23", "2024-09-27")
    assert claim.period.kind.value == "to_date"


def test_frames_of_korean_figures() -> None:
    claims = _claims(
        "경찰청에 따르면 딥페이크 성범죄 피의자 412명이 검거됐다. 이 가운데 10대가 301명이었다. "
        "피의자 가운데 절반이 학생이었다."
    )
    total, part, share = claims
    assert (total.event, total.source) == ("검거", "경찰청")
    assert total.frame is not None and "suspect" in total.frame.counted.concepts
    assert total.frame.event is not None and total.frame.event.concepts == ("arrest",)
    assert part.whole == total.counted and part.antecedent == total.id
    assert share.whole == "피의자" and share.counted == ""


# (sentence, surface, direction): the amount of a stated change goes the way its word says;
# the level reached ("으로 늘었다") and a figure with no change word state none.
DIRECTIONS = [
    ("지난달 취업자는 1년 전보다 16만 3천명 늘었다.", "16만 3천명", "up"),
    ("전년 동월 대비 4만 2천명 증가했다.", "4만 2천명", "up"),
    ("피해액은 지난해 같은 기간보다 61.3% 급증했다.", "61.3%", "up"),
    ("고용률은 0.4%포인트 상승한 62.9%였다.", "0.4%포인트", "up"),
    ("교통사고는 지난해보다 212건이 줄었다.", "212건", "down"),
    ("실업률은 전년 동월보다 0.2%포인트 하락했다.", "0.2%포인트", "down"),
    ("청년층 취업자는 12만 1천명 감소했다.", "12만 1천명", "down"),
    ("출생아는 1년 전보다 811명(4.1%) 늘어난 2만 611명이었다.", "811명", "up"),
    ("출생아는 1년 전보다 811명(4.1%) 늘어난 2만 611명이었다.", "2만 611명", None),
    ("혼인 건수는 1,502건, 8.4% 줄어든 1만 6천건이었다.", "1,502건", "down"),
    ("혼인 건수는 1,502건, 8.4% 줄어든 1만 6천건이었다.", "8.4%", "down"),
    ("사망자는 21명으로 늘었다.", "21명", None),
    ("검거 인원은 412명이다.", "412명", None),
    ("징역 5년에서 7년으로 늘어난다.", "5년", "up"),
]


@pytest.mark.parametrize(("text", "surface", "direction"), DIRECTIONS)
def test_korean_direction_of_change(text: str, surface: str, direction: str | None) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert (claim.direction.value if claim.direction else None) == direction


def test_both_sides_of_a_korean_change_carry_the_pair() -> None:
    low, high = _claims("법정형이 징역 5년에서 7년으로 늘어난다.")
    assert low.change == high.change == (5, 7)


def test_korean_frames_keep_apart_what_measures_different_things() -> None:
    claims = _claims(
        "호우로 사망·실종 21명\n\n실종자는 다섯 명이다. 경찰청에 따르면 361명이 적발됐다. "
        "이재민은 2,841세대 4,120명이다. 7개 시도에서 피해가 났다. "
        "딥페이크 성범죄 피의자 올해 512명 검거"
    )
    by = {c.surface: c for c in claims}
    both = by["21명"].frame
    assert both is not None and both.event is not None
    assert both.event.concepts == ("die+missing",)  # neither the dead nor the missing alone
    assert by["다섯 명"].frame.event.concepts == ("missing",)
    assert by["361명"].counted == "" and by["361명"].frame.counted is None  # people of any kind
    assert by["4,120명"].counted != "세대"  # the figure before's counter is not what it counts
    assert by["7개"].counted == "시도"
    assert by["512명"].counted == "딥페이크 성범죄 피의자"  # across the period phrase


def test_a_figure_compared_with_is_not_the_window_of_the_figures_after_it() -> None:
    claims = _claims(
        "9월 취업자는 2,881만명으로 1년 전보다 14만명 늘었다. 증가 폭은 8월(22만명)보다 "
        "줄었다. 고용률은 62.9%였다."
    )
    periods = {c.surface: (str(c.period.start), str(c.period.end)) for c in claims if c.period}
    assert periods["22만명"] == ("2024-08-01", "2024-08-31")
    assert periods["62.9%"] == ("2024-09-01", "2024-09-30")


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("취업자 수가 20만명 가까이 늘었다.", "20만명 가까이", "up"),
    ("9월 취업자 14만명↑", "14만명", "up"),
    ("제조업 취업자 5만명▼", "5만명", "down"),
])
def test_korean_direction_after_adverbs_and_signs(text: str, surface: str, direction: str) -> None:
    claim = next(c for c in _claims(text) if c.surface == surface)
    assert claim.direction is not None and claim.direction.value == direction


def test_an_aside_of_another_year_is_not_the_window_of_this_story() -> None:
    claims = _claims(
        "산불 피해 3만 2천㏊\n\n지난달 20일부터 29일까지 발생한 산불의 영향구역은 3만 2,061㏊로 "
        "집계됐다. 이는 2000년 동해안 산불(2만 3,794㏊)의 1.3배다. 이번 산불로 19명이 숨졌다."
    )
    by = {c.surface: c for c in claims}
    assert by["19명"].period is not None and str(by["19명"].period.start) == "2024-09-20"
    # the headline rounds the body's figure and borrows its window
    assert by["3만 2천㏊"].period is not None and str(by["3만 2천㏊"].period.end) == "2024-09-29"


# Vehicles and machines ("대"), tonnes glued as "t", "N명이 넘습니다", and durations that are
# the value of a statistic (an average, a decimal, one end of a change between two durations).
MORE_FIGURES = [
    ("진화에는 헬기 37대와 인력 1천9백여 명이 투입됐다.", "37대", 37, "exact", "count"),
    ("수색에는 장비 64대가 동원됐다.", "64대", 64, "exact", "count"),
    ("연휴 기간 고속도로 통행량은 4천120만 대였다.", "4천120만 대", 41200000, "exact", "count"),
    ("지난달 부산항 환적 화물은 18만4천t으로 집계됐다.", "18만4천t", 184000, "exact", "tonne"),
    ("대피한 주민은 아직 1천 명이 넘습니다.", "1천 명이 넘습", 1000, "more_than", "count"),
    ("제주에서는 순간 최대풍속 초속 38m가 관측됐다.", "38m", 38, "exact", "meter"),
    ("해발 1,700m 지점에 눈이 20㎝ 쌓였다.", "1,700m", 1700, "exact", "meter"),
    ("올해 열대야 일수는 지난 20일 기준 21.3일로 집계됐다.", "21.3일", 21.3, "exact", "day"),
    ("응급실 평균 대기 시간은 6시간으로 나타났다.", "6시간", 6, "exact", "hour"),
    ("개정안은 주당 근로시간을 52시간에서 48시간으로 줄이는 내용이다.", "52시간", 52, "exact",
     "hour"),
    ("개정안은 주당 근로시간을 52시간에서 48시간으로 줄이는 내용이다.", "48시간", 48, "exact",
     "hour"),
]


@pytest.mark.parametrize(("text", "surface", "value", "approx", "unit"), MORE_FIGURES)
def test_korean_counters_and_duration_statistics(text: str, surface: str, value: float,
                                                  approx: str, unit: str) -> None:
    found = [c for c in _claims(text) if c.surface == surface]
    assert found, f"{surface!r} not found in {[c.surface for c in _claims(text)]}"
    assert found[0].value == pytest.approx(value)
    assert found[0].approx == Approx(approx)
    assert found[0].unit == unit


@pytest.mark.parametrize("text", [
    "40대 남성이 현장에서 붙잡혔다.",  # an age band
    "국내 30대 그룹 계열사의 실적이 나빠졌다.",  # a rank
    "매출 상위 500대 기업의 투자 계획이 공개됐다.",  # a rank
    "농성은 35시간 만에 끝났다.",  # the length of a window
    "지난 3일로 예정됐던 집회는 연기됐다.",  # a date
    "복구에는 2~3일 걸릴 것으로 보인다.",  # a length
])
def test_bands_ranks_lengths_and_dates_are_no_figures(text: str) -> None:
    assert [c.surface for c in _claims(text)] == []


# Forecasts, plans and targets are held as planned: never a conflict with a measured value.
FORECASTS = [
    ("기상청은 모레(4일)까지 남부지방에 50~120㎜의 비가 더 내리겠다고 예보했다.", "50~120㎜",
     "planned"),
    ("3일 오전까지 제주에는 시간당 30~60㎜의 강한 비가 쏟아지겠다.", "30~60㎜", "planned"),
    ("주최 측은 이날 집회에 8만 명이 참가할 것으로 예상했다.", "8만 명", "planned"),
    ("공사는 올해 이용객 목표를 5천만 명으로 잡았다.", "5천만 명", "planned"),
    ("모레까지 예상 강수량은 강원 영동 80㎜다.", "80㎜", "planned"),
    ("정부는 이를 통해 해마다 3천억 원을 아낄 수 있을 것으로 보고 있다.", "3천억 원", "hedged"),
    ("피해액은 120억 원에 이를 것으로 추정된다.", "120억 원", "hedged"),
    # measured, then a forecast in another clause
    ("지난달 수출은 512억 달러로 집계됐으며 이달에도 증가세가 이어질 것으로 전망된다.",
     "512억 달러", "stated"),
    ("경찰은 오후 4시 현재 2만8천 명이 모인 것으로 추산했다.", "2만8천 명", "stated"),
    ("기상청에 따르면 어제 하루 동안 서울에 112㎜의 비가 내렸다.", "112㎜", "stated"),
]


@pytest.mark.parametrize(("text", "surface", "modality"), FORECASTS)
def test_korean_forecasts_and_plans(text: str, surface: str, modality: str) -> None:
    claim = next(c for c in _claims(text) if c.surface.endswith(surface))
    assert claim.modality.value == modality


def test_a_forecast_day_is_not_a_day_gone_by() -> None:
    claim = next(c for c in _claims("기상청은 내일(25일)까지 30~80㎜의 비가 더 내리겠다고 "
                                    "예보했다.") if c.surface == "30~80㎜")
    assert claim.period is None or claim.period.end is None or claim.period.end >= PUBLISHED


def test_a_figure_for_a_time_to_come_is_planned_and_not_carried() -> None:
    claims = _claims("개정안은 근로시간을 내년 1월부터 52시간에서 48시간으로 줄인다. "
                     "이에 따라 정부는 해마다 2천억 원을 절감한다.")
    to = next(c for c in claims if c.surface == "48시간")
    assert to.modality.value == "planned"
    saved = next(c for c in claims if c.surface == "2천억 원")
    assert saved.period is None or saved.period.start is None or saved.period.start <= PUBLISHED


def test_one_occurrence_before_an_amount_is_its_base() -> None:
    """ "한도를 1회 30만 원에서 50만 원으로": "1회" is per time, the amounts are the figures."""
    claims = _claims("정부는 환급 한도를 1회 30만 원에서 50만 원으로 높인다.")
    assert [c.surface for c in claims] == ["30만 원", "50만 원"]


def test_a_speed_is_per_second_and_keeps_its_day() -> None:
    claim = next(c for c in _claims("1일 오전 통영에서 순간 최대풍속 초속 41m가 관측됐다.")
                 if c.surface == "41m")
    assert claim.per == "second"
    assert claim.period is not None and claim.period.kind.value == "day"
