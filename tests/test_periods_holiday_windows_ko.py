"""Korean holiday copy dates its figures by the holiday (claims.named_days,
claims.holiday_calendar): "설 당일" is 설날's day of the year (a lunar date, from the table),
"지난해 설 당일" last year's; "설 연휴" with no days given is the official three days (the day
before to the day after), with its days ("설 연휴 기간인 지난 14∼18일", "지난해 추석 연휴(9월
28일∼10월 3일)") those days, with its length ("설 연휴 닷새 동안") the long weekend it makes;
"연휴 기간" after it is the window the article named (this year's, not last year's compared
with). Seen in real copy: Yonhap, MBN and Kukmin Ilbo on 한국도로공사's holiday traffic (설날
record day, holiday accident counts against last year's), Chosun and KDCA on 추석 ER visits,
Newsis on airport passengers over a 추석 window. Sentences of our own, other numbers.
Negatives: a holiday as a cause ("추석 연휴가 낀 영향으로"), one still to come ("다음 달 설
연휴에는")."""

from __future__ import annotations

from datetime import date

import pytest

from claims.holiday_calendar import anchor_day, easter
from claims.models import Period
from claims.named_days import referred_holiday
from tests.period_cases import Expect, case, check

E = Expect

HOLIDAY_DAYS = [
    case("추석 당일 고속도로 교통량은 602만 대로 역대 최대였다.", "2024-09-19",
         E("602만 대", "2024-09-17", "2024-09-17", "day"), id="ko-chuseok-day"),
    case("지난해 추석 당일에는 571만 대가 고속도로를 이용했다.", "2024-09-19",
         E("571만 대", "2023-09-29", "2023-09-29", "day"), id="ko-last-years-chuseok-day"),
    case("설 당일 고속도로 631만대 '역대 최대'", "2026-02-19",
         E("631만대", "2026-02-17", "2026-02-17", "day"), id="ko-seollal-day-headline"),
    case("특히 설 당일인 10일에는 559만 대가 몰려 지난해 설 당일의 541만 대를 넘어섰다.",
         "2024-02-13",
         E("559만 대", "2024-02-10", "2024-02-10", "day"),
         E("541만 대", "2023-01-22", "2023-01-22", "day"), id="ko-seollal-day-against-last-year"),
]

HOLIDAY_WINDOWS = [
    case("한국도로공사는 추석 연휴 기간인 지난 14∼18일 고속도로 교통량이 모두 2천410만 대였다고 "
         "19일 밝혔다. 연휴 기간 고속도로 교통사고는 37건으로 지난해 추석 연휴(9월 28일∼10월 "
         "3일)의 52건보다 줄었다.", "2024-09-19",
         E("2천410만 대", "2024-09-14", "2024-09-18", "interval"),
         E("37건", "2024-09-14", "2024-09-18", "interval"),
         E("52건", "2023-09-28", "2023-10-03", "interval"), id="ko-days-given-then-referred"),
    case("설 연휴 기간 소방청 구급대는 1만8천200건 출동했다.", "2024-02-13",
         E("1만8천200건", "2024-02-09", "2024-02-11", "interval"), id="ko-official-days"),
    case("설 연휴 닷새 동안 고속버스 승객은 81만2천 명이었다.", "2026-02-19",
         E("81만2천 명", "2026-02-14", "2026-02-18", "interval"), id="ko-length-long-weekend"),
    case("추석 연휴(9월 14∼18일) 동안 전국 휴게소 매출은 398억원이었다. 귀경 차량은 연휴 기간 "
         "모두 201만 대로 집계됐다.", "2024-09-20",
         E("398억원", "2024-09-14", "2024-09-18", "interval"),
         E("201만 대", "2024-09-14", "2024-09-18", "interval"), id="ko-days-in-parentheses"),
    case("올해 추석 연휴 기간(9.13~18일)에 전국 공항을 이용한 여객은 모두 128만 명이었다.",
         "2024-09-20",
         E("128만 명", "2024-09-13", "2024-09-18", "interval"), id="ko-dotted-days"),
    case("이는 지난해 추석 연휴(2천190만 대)보다 5.8% 많은 수준이다.", "2025-10-10",
         E("2천190만 대", "2024-09-16", "2024-09-18", "interval"), id="ko-last-years-window"),
]

# Today's reading: a holiday as a cause or a landmark, one still to come.
NOT_THE_WINDOW = [
    case("추석 연휴가 낀 영향으로 10월 여행수지 적자는 9억2천만달러로 커졌다.", "2026-12-04",
         E("9억2천만달러", "2026-10-01", "2026-10-31", "interval"), id="ko-holiday-as-a-cause"),
    case("적십자사는 다음 달 설 연휴에는 헌혈의집 96곳을 정상 운영하기로 했다.", "2026-01-20",
         E("96곳", None, "2026-01-20", "none"), id="ko-holiday-to-come"),
    case("경찰청은 설 연휴 첫날 교통사고가 718건으로 가장 많았다고 밝혔다.", "2024-02-14",
         E("718건", None, "2024-02-14", "none"), id="ko-one-day-of-the-window"),
    case("최근 3년간(2021∼2023년) 설 연휴 기간 하루 평균 교통사고는 433건이었다.", "2024-02-14",
         E("433건", "2021-01-01", "2023-12-31", "rate"), id="ko-years-before-the-holiday"),
]


@pytest.mark.parametrize("c", HOLIDAY_DAYS + HOLIDAY_WINDOWS + NOT_THE_WINDOW)
def test_korean_holiday_days_and_windows(c) -> None:
    check(c, "ko")


@pytest.mark.parametrize(("anchor", "year", "expected"), [
    ("seollal", 2026, date(2026, 2, 17)), ("seollal", 2027, date(2027, 2, 7)),
    ("seollal", 2028, date(2028, 1, 27)), ("chuseok", 2025, date(2025, 10, 6)),
    ("chuseok", 2015, date(2015, 9, 27)), ("chuseok", 2035, date(2035, 9, 16)),
    ("seollal", 2050, None),
])
def test_lunar_holidays_from_the_table(anchor: str, year: int, expected: date | None) -> None:
    assert anchor_day(anchor, year) == expected


@pytest.mark.parametrize(("year", "expected"), [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2019, date(2019, 4, 21)), (2038, date(2038, 4, 25)),
])
def test_easter(year: int, expected: date) -> None:
    assert easter(year) == expected


def _window(start: str, end: str, text: str) -> Period:
    return Period(start=date.fromisoformat(start), end=date.fromisoformat(end), text=text)


@pytest.mark.parametrize(("previous", "expected"), [
    # this year's window, not last year's compared with after it
    ([_window("2026-02-14", "2026-02-18", "설 연휴 기간인 지난 14∼18일"),
      _window("2025-01-25", "2025-01-30", "지난해 설 연휴(1월 25∼30일)")], date(2026, 2, 18)),
    # only last year's named: no window this "연휴 기간" could mean
    ([_window("2025-01-25", "2025-01-30", "지난해 설 연휴(1월 25∼30일)")], None),
    # days named with no holiday
    ([_window("2026-02-14", "2026-02-18", "지난 14∼18일")], None),
])
def test_holiday_referred_to(previous: list[Period], expected: date | None) -> None:
    held = referred_holiday(previous, ["설 연휴", "추석 연휴"], date(2026, 2, 19))
    assert (held.end if held else None) == expected
