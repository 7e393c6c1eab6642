"""Korean statistics and port releases: the figures they state and what dates them (our own
sentences in the style of monthly industrial-activity and price releases and of port and
strike copy; other names and numbers).

- Containers counted in twenty-foot units ("하루 2만3천TEU", "1834만2000TEU") are figures; the
  bracket that glosses the unit ("(1TEU는 20피트 컨테이너 1개)") states none.
- An index's level stated after its noun and an aside in brackets ("생산지수(계절조정)는
  109.8로"), or after a cyclical component ("동행지수 순환변동치는 99.4로"), is a figure; a
  bare decimal after any other noun stays out.
- An index's change in points ("0.4포인트 하락") is a change, read as English reads "fell 0.4
  point".
- An index's base year ("(2020년=100)", "(2015=100)") dates nothing: the release's month does.
  A year that is a period ("2020년 생산지수는") still dates its figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

DEC_1 = date(2026, 12, 1)


def _claims(text: str) -> dict[str, tuple[float | None, str | None]]:
    return {c.surface: (c.value, c.unit) for c in extract_text(text, lang="ko", published=DEC_1)}


def _period(text: str, surface: str) -> tuple[str | None, str | None, str]:
    claim = next(c for c in extract_text(text, lang="ko", published=DEC_1) if c.surface == surface)
    p = claim.period
    assert p is not None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


CONTAINERS = [
    ("광양항의 컨테이너 반출입량은 어제 하루 2만3천TEU로 평시보다 35% 줄었다.", "2만3천TEU", 23000),
    ("지난해 인천항의 컨테이너 물동량은 334만2000TEU로 전년보다 1.8% 늘었다.", "334만2000TEU",
     3342000),
    ("이날 오전 10시부터 오후 5시까지 평택항 반출입량은 6천210TEU에 그쳤다.", "6천210TEU", 6210),
]


@pytest.mark.parametrize(("text", "surface", "value"), CONTAINERS)
def test_containers_in_twenty_foot_units_are_figures(text: str, surface: str,
                                                     value: float) -> None:
    assert _claims(text)[surface] == (value, "TEU")


# (text, the surfaces extracted): a unit's gloss in brackets states no figure; a bracket that
# opens with another count, or a count of one that is no gloss, keeps its figures
GLOSSES = [
    ("부산항 반출입량은 7천120TEU(1TEU는 20피트 컨테이너 1개)로 줄었다.", ["7천120TEU"]),
    ("산림 1천240㏊(1㏊는 1만㎡)가 불에 탔다.", ["1천240㏊"]),
    ("부산항 반출입량은 7천120TEU(평시의 31%)로 줄었다.", ["7천120TEU", "31%"]),
    ("피해 주택은 12채(1채는 전소)로 집계됐다.", ["12채", "1채"]),
]


@pytest.mark.parametrize(("text", "surfaces"), GLOSSES)
def test_a_units_gloss_states_no_figure(text: str, surfaces: list[str]) -> None:
    assert list(_claims(text)) == surfaces


INDEX_LEVELS = [
    ("지난달 서비스업 생산지수(계절조정)는 109.8(2020년=100)로 전월보다 0.4% 증가했다.", "109.8",
     109.8),
    ("현재 경기를 보여주는 동행지수 순환변동치는 99.4로 전월보다 0.2포인트 올랐다.", "99.4", 99.4),
    ("앞으로의 경기를 예고하는 선행지수 순환변동치는 101.2로 0.3포인트 하락했다.", "101.2", 101.2),
]


@pytest.mark.parametrize(("text", "surface", "value"), INDEX_LEVELS)
def test_an_index_level_after_an_aside_or_a_cyclical_component_is_a_figure(
    text: str, surface: str, value: float
) -> None:
    assert _claims(text)[surface] == (value, "count")


# the same shape after a noun that is no index: no figure
NOT_INDEXES = [
    ("이번 설문의 만족도 점수(10점 만점)는 7.5로 나타났다.", "7.5"),
    ("이 학교의 평균 내신 등급(9등급제)은 3.2로 집계됐다.", "3.2"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_INDEXES)
def test_a_bare_decimal_after_another_noun_stays_out(text: str, surface: str) -> None:
    assert surface not in _claims(text)


POINTS = [
    ("현재 경기를 보여주는 동행지수 순환변동치는 99.4로 전월보다 0.2포인트 올랐다.", "0.2포인트",
     0.2),
    ("앞으로의 경기를 예고하는 선행지수 순환변동치는 101.2로 0.3포인트 하락했다.", "0.3포인트",
     0.3),
    ("소비자심리지수는 전월보다 1.6포인트 내린 98.7을 기록했다.", "1.6포인트", 1.6),
]


@pytest.mark.parametrize(("text", "surface", "value"), POINTS)
def test_an_index_change_in_points_is_a_figure(text: str, surface: str, value: float) -> None:
    assert _claims(text)[surface] == (value, "percentage_point")


# (text, surface, period): the release's month, not the base year
BASE_YEARS = [
    ("지난달 생활물가지수는 112.37(2020년=100)로 전년 동월 대비 3.1% 상승했다.", "3.1%",
     ("2026-11-01", "2026-11-30", "interval")),
    ("통계청에 따르면 10월 전산업 생산지수는 113.6(2020=100)으로 전월보다 0.8% 늘었다.", "0.8%",
     ("2026-10-01", "2026-10-31", "interval")),
    ("지난달 광주 소비자물가지수는 114.02(2020년=100)로 전월 대비 0.3%, 전년 동월 대비 2.9% 각각 "
     "올랐다.", "2.9%", ("2026-11-01", "2026-11-30", "interval")),
]

# a year that is the figure's own period keeps it
YEARS = [
    ("2020년 제조업 생산은 전년보다 0.4% 줄었다.", "0.4%",
     ("2020-01-01", "2020-12-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "period"), BASE_YEARS + YEARS)
def test_an_index_base_year_dates_nothing(text: str, surface: str,
                                          period: tuple[str | None, str | None, str]) -> None:
    assert _period(text, surface) == period
