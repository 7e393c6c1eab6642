"""A strike bulletin's headcounts are levels as of the day they are told, whatever period the
sentence carries (``claims.counted_levels``): the staff due to work and the strikers among them,
the union's own count, the workers suspended so far. The day's tallies around them (trains
cancelled "오늘 하루", a rally's crowd) keep their day, and a participant word in another,
linked clause ("참가자가 늘면서") does not make the figure after it a level. Our own sentences
in the style of Korean TV and wire copy on rail, subway and hospital strikes (other names,
places and numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

DEC_3 = date(2026, 12, 3)
DEC_4 = date(2026, 12, 4)
OCT_15 = date(2026, 10, 15)
SEP_28 = date(2026, 9, 28)

# strike day one on TV: the day's cancellations, then the operator's headcount with no time
SUBWAY_TV = "\n\n".join([
    "지하철 파업 첫날…운행률 평시 81%",
    "[리포트]",
    "서울교통공사에 따르면 오늘 오후 2시 기준 전체 열차 운행률은 평시 대비 81.4%입니다.",
    "오늘 하루 운행이 취소된 열차는 184편으로, 이 가운데 2호선이 57편입니다.",
    "공사는 출근 대상자 9천310명 가운데 2천870명이 파업에 참여해 참가율이 30.8%라고 "
    "밝혔습니다.",
    "노조 측은 조합원 7천여 명이 파업에 동참했다고 주장했습니다.",
])

# a long strike's wire copy: the day's rates in the lead, the bulletin's hour, then the
# headcounts and a standing count of suspended workers with no time of their own
RAIL_WIRE = "\n\n".join([
    "철도파업 19일째…운행률 90%",
    "(서울=연합뉴스) 기자 = 철도파업 19일째인 15일 전체 열차 운행률은 평시의 90.4%로 "
    "집계됐다.",
    "코레일에 따르면 이날 오후 5시 기준 새마을호는 평시의 58.1% 운행에 그쳤다.",
    "고소된 노조 간부는 21명이다.",
    "파업 참가자는 6천980명, 복귀자는 341명으로 파악됐다.",
    "직위해제자는 모두 186명으로 집계됐다.",
])

# a strike day on TV with the operator's headcount on its own day, no hour: that day's, as
# are its parts; a walkout told with no bulletin hour at all keeps its day too
OWN_DAY_TV = "\n\n".join([
    "버스 파업 첫날…운행률 61%",
    "[리포트]",
    "시는 오전 10시 기준 시내버스 운행률이 평소의 61.2%라고 밝혔습니다.",
    "공사 집계로 오늘 파업에 참여한 기사는 모두 2천310명입니다.",
    "노선별로는 간선 1천420명, 지선 890명입니다.",
])
WALKOUT_WIRE = "\n\n".join([
    "교사 파업…참여율 18%",
    "(서울=연합뉴스) 기자 = 교원노조가 하루 파업을 벌인 4일 전국 학교 곳곳에서 수업이 "
    "단축됐다.",
    "이날 교사 파업 참여율은 18.3%로 집계됐다.",
    "노조는 파업 참가자가 5만 명에 이른다고 주장했다.",
])

# a hospital strike: the strikers grow while surgeries are put off, a tally of its own subject
HOSPITAL_WIRE = "\n\n".join([
    "병원 파업 이틀째",
    "(서울=뉴스1) 기자 = 보건의료노조 파업 이틀째인 28일 병원 곳곳에서 진료 차질이 이어졌다.",
    "이날 파업 참가자가 늘면서 연기된 수술은 842건으로 집계됐다.",
    "노조는 이날 오후 시청 앞에서 조합원 4천여 명이 참가한 가운데 결의대회를 열었다.",
])

LEVELS = [
    (SUBWAY_TV, DEC_3, "9천310명", (None, "2026-12-03", "as_of")),
    (SUBWAY_TV, DEC_3, "2천870명", (None, "2026-12-03", "as_of")),
    (SUBWAY_TV, DEC_3, "30.8%", (None, "2026-12-03", "as_of")),
    (SUBWAY_TV, DEC_3, "7천여 명", (None, "2026-12-03", "as_of")),
    (RAIL_WIRE, OCT_15, "6천980명", (None, "2026-10-15", "as_of")),
    (RAIL_WIRE, OCT_15, "186명", (None, "2026-10-15", "as_of")),
]

# the same stories' tallies of one day keep that day, and so do headcounts told with their own
# day and no hour, the parts carried from them, and those of a story with no bulletin hour
DAY_TALLIES = [
    (OWN_DAY_TV, DEC_3, "2천310명", ("2026-12-03", "2026-12-03", "day")),
    (OWN_DAY_TV, DEC_3, "1천420명", ("2026-12-03", "2026-12-03", "day")),
    (WALKOUT_WIRE, DEC_4, "18.3%", ("2026-12-04", "2026-12-04", "day")),
    (WALKOUT_WIRE, DEC_4, "5만 명", ("2026-12-04", "2026-12-04", "day")),
    (SUBWAY_TV, DEC_3, "184편", ("2026-12-03", "2026-12-03", "day")),
    (SUBWAY_TV, DEC_3, "57편", ("2026-12-03", "2026-12-03", "day")),
    (HOSPITAL_WIRE, SEP_28, "842건", ("2026-09-28", "2026-09-28", "day")),
    (HOSPITAL_WIRE, SEP_28, "4천여 명", ("2026-09-28", "2026-09-28", "day")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), LEVELS)
def test_a_bulletin_headcount_is_as_of_its_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), DAY_TALLIES)
def test_a_day_tally_beside_it_keeps_its_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


# day two of a strike: the day's cancellations, the running totals since the strike began
# (named by its own noun, or opened on its first day), and a closed range of days before it
CARGO_WIRE = "\n\n".join([
    "화물파업 이틀째…취소 화물열차 누적 96편",
    "(서울=연합뉴스) 기자 = 화물연대 파업이 이틀째 이어진 9일 물류 차질이 커졌다.",
    "이날 하루 취소된 화물열차는 52편이며, 파업 이후 이날까지 취소된 화물열차는 모두 "
    "96편으로 늘었다.",
    "시멘트협회는 파업 첫날부터 이날 오후까지 시멘트 출하 차질이 11만t에 이른다고 밝혔다.",
    "앞서 지난 3일부터 5일까지 이어진 경고 파업 때는 화물열차 61편이 멈췄다.",
])
DEC_9 = date(2026, 12, 9)

SINCE_THE_STRIKE = [
    (CARGO_WIRE, DEC_9, "96편", ("2026-12-08", "2026-12-09", "to_date")),
    (CARGO_WIRE, DEC_9, "11만t", ("2026-12-08", "2026-12-09", "to_date")),
]

# the same story's day count and closed range keep their reading
NOT_SINCE_THE_STRIKE = [
    (CARGO_WIRE, DEC_9, "52편", ("2026-12-09", "2026-12-09", "day")),
    (CARGO_WIRE, DEC_9, "61편", ("2026-12-03", "2026-12-05", "interval")),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), SINCE_THE_STRIKE)
def test_a_total_since_the_strike_began_runs_from_its_first_day(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period


@pytest.mark.parametrize(("text", "published", "surface", "period"), NOT_SINCE_THE_STRIKE)
def test_a_day_count_and_a_closed_range_keep_their_reading(
    text: str, published: date, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, published) == period
