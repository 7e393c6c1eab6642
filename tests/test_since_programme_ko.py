"""A Korean programme's running total: "2023년 6월 특별법 시행 이후 지난달 말까지 인정한 피해자는
모두 N명" runs from the programme's start to last month's end (not over the year to last month),
and a cumulative said as of an earlier month's end right after it ("10월 말 기준 누적 피해자는
M명이었다") is the counter's earlier reading: the total's breakdown after it (regions, shares)
goes on with the latest reading; a headline's cumulative after a month's figure ("지난달 N명 추가
인정…누적 M명") is the body's total. Our own sentences, in the style of monthly releases of victims'
relief committees, subsidy schemes and transport passes read in Korean agency and TV copy (other
names and figures)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_4 = date(2026, 12, 4)

WINDOWS = [
    # since a month a programme began, to last month's end or to a month's end
    ("이로써 2024년 3월 특별법 시행 이후 지난달 말까지 위원회가 인정한 피해자는 모두 "
     "1만2천384명으로 늘었다.", "1만2천384명", ("2024-03-01", "2026-11-30", "to_date")),
    ("2025년 2월 지원법 시행 이후 지난 10월 말까지 인정된 피해자는 모두 8천215명이다.",
     "8천215명", ("2025-02-01", "2026-10-31", "to_date")),
    # a bare closing month goes on with the start's year: a history, not a window to this year
    ("2020년 2월 첫 환자 발생 이후 4월 말까지 이 도시에서만 5천927명이 확진됐다.", "5천927명",
     ("2020-02-01", "2020-04-30", "to_date")),
    ("2023년 5월 개통 이후 8월까지 석 달 동안 이 노선 이용객은 38만명에 그쳤다.", "38만명",
     ("2023-05-01", "2023-08-31", "to_date")),
    ("2025년 11월 접수 이후 3월 말까지 신청은 2만3천건이었다.", "2만3천건",
     ("2025-11-01", "2026-03-31", "to_date")),
    ("2025년 9월 이후 지난달까지 바우처는 1만2천명에게 지급됐다.", "1만2천명",
     ("2025-09-01", "2026-11-30", "to_date")),
    # since a day a scheme began, to last month's end
    ("지난해 7월 1일 제도 시행 이후 지난달 말까지 접수된 신청은 모두 4만2천110건이다.",
     "4만2천110건", ("2025-07-01", "2026-11-30", "to_date")),
    # the year two years back ("재작년"), a day a law took effect: to publication
    ("재작년 6월 1일 특별법 시행 이후 위원회가 인정한 피해자는 총 2만7천350명이 됐다.",
     "2만7천350명", ("2024-06-01", "2026-12-04", "to_date")),
    # no closing month: since the start to publication, as before
    ("2025년 9월 제도 도입 이후 지원금은 1만1천명에게 지급됐다.", "1만1천명",
     ("2025-09-01", "2026-12-04", "to_date")),
    # the year to last month stays the year's
    ("올해 들어 지난달 말까지 공사가 사들인 피해주택은 2천14가구로 집계됐다.", "2천14가구",
     ("2026-01-01", "2026-11-30", "interval")),
]



RELIEF = ("국토교통부 피해지원위원회는 지난달 피해자 결정 신청 1천980건을 심의해 1천244건을 "
          "가결했다고 4일 밝혔다. 이로써 2024년 3월 특별법 시행 이후 지난달 말까지 위원회가 "
          "인정한 피해자는 모두 1만8천530명으로 늘었다. 10월 말 기준 누적 피해자는 1만7천286명"
          "이었다. 지역별로는 인천이 5천102명으로 전체의 27.5%를 차지했다. 이어 서울 4천388명"
          "(23.7%), 대전 2천10명(10.8%) 순이었다. 경매 유예 협조 요청 가결 건수는 누적 "
          "842건이다.")
VOUCHER = ("복지부에 따르면 2025년 5월 사업 시행 이후 지난 10월 말까지 돌봄 바우처를 받은 가구는 "
           "모두 6만4천210가구다. 9월 말 기준 누적 이용 가구는 5만9천870가구였다. 이 가운데 "
           "한부모 가구는 1만1천402가구였다.")
SINCE = ("2024-03-01", "2026-11-30", "to_date")
# a figure that refers back ("이 가운데", "이 중") to the earlier reading is its part, of its day
DEATHS = ("질병관리청은 2024년 5월 감시 시작 이후 지난달 말까지 누적 확진자는 3만2천870명이라고 "
          "4일 밝혔다. 10월 말 기준 누적 사망자는 388명이었다. 이 가운데 80세 이상이 "
          "243명이었다.")
REPORTS = ("소방청은 2025년 6월 제도 도입 이후 지난달 말까지 접수된 신고는 모두 1만1천640건이라고 "
           "밝혔다. 지난해 12월 말 기준 누적 신고는 4천35건이었다. 이 중 허위 신고는 296건으로 "
           "집계됐다.")

BREAKDOWN = [
    (RELIEF, "5천102명", SINCE),
    (RELIEF, "4천388명", SINCE),
    (RELIEF, "2천10명", SINCE),
    (RELIEF, "27.5%", SINCE),
    (RELIEF, "842건", SINCE),
    # the earlier reading keeps its own day, from the programme's start
    (RELIEF, "1만7천286명", ("2024-03-01", "2026-10-31", "to_date")),
    # a part of the earlier reading ("이 가운데") stays with it
    (VOUCHER, "1만1천402가구", ("2025-05-01", "2026-09-30", "to_date")),
    (VOUCHER, "6만4천210가구", ("2025-05-01", "2026-10-31", "to_date")),
    (DEATHS, "243명", ("2024-05-01", "2026-10-31", "to_date")),
    (REPORTS, "296건", ("2025-06-01", "2025-12-31", "to_date")),
]



HEADLINE = ("피해자 지난달 1천244명 추가 인정…누적 1만8천530명\n"
            "국토교통부 피해지원위원회는 지난달 피해자 결정 신청 1천980건을 심의해 1천244건을 "
            "가결했다고 4일 밝혔다. 이로써 2024년 3월 특별법 시행 이후 지난달 말까지 위원회가 "
            "인정한 피해자는 모두 1만8천530명으로 늘었다.")
EXPORTS = ("지난달 수출 612억달러…누적 6천120억달러\n"
           "산업통상부에 따르면 지난달 수출은 612억달러로 집계됐다. 올해 1월부터 지난달까지 "
           "누적 수출은 6천120억달러다.")
NOV = ("2026-11-01", "2026-11-30", "interval")

HEADLINES = [
    (HEADLINE, "1만8천530명", SINCE),
    (HEADLINE, "1천244명", NOV),
    # a year-to-date cumulative the body states over January to last month keeps that window
    (EXPORTS, "6천120억달러", ("2026-01-01", "2026-11-30", "interval")),
    (EXPORTS, "612억달러", NOV),
]


@pytest.mark.parametrize(("text", "surface", "period"), [*WINDOWS, *BREAKDOWN, *HEADLINES])
def test_a_programmes_running_total_its_earlier_reading_and_breakdown(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, DEC_4) == period
