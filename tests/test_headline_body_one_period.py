"""A headline figure with no period of its own reads the one period the body gives the same
quantity at the story's time, whatever its value (a differing value is the finding), and a lead
rounds the body's figure as a headline does (our own sentences in the style of Korean wire,
broadcast and bulletin copy: cold-weather casualties, storm tolls, visitor statistics, a bus
strike's service rate; published 2026-12-07).

* "동상 환자 63명" over "지난 3일부터 6일까지 ... 동상 환자는 59명": the body's window, not last
  winter's "210명" (another period, not the story's time);
* "150만 명을 넘어" in the lead over "지난달 말 기준 ... 150만3천200명": the period of the figure
  it rounds;
* "운행률 74%" over "오늘 오전 9시 기준 ... 평소의 73.8%", "52.4% 득표" over "... 52.37%를
  득표": a headline percent rounds a level too.

Negative rows keep today's reading: the body gives the quantity two periods, the headline names
its own time, counts another thing with the same head noun, or states a change.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 12, 7)


def _period(text: str, surface: str) -> tuple[str | None, str | None, str | None]:
    [claim] = [c for c in extract_text(text, lang="ko", published=PUBLISHED)
               if c.surface == surface]
    p = claim.period
    if p is None:
        return (None, None, None)
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


FROSTBITE = """한파에 동상 환자 63명…고령층 절반

질병관리청에 따르면 지난 3일부터 6일까지 신고된 동상 환자는 59명으로 집계됐다.

지난 겨울에는 동상 환자 210명이 신고됐다."""

STORM = """호우 사망자 14명…실종 3명

중앙재난안전대책본부에 따르면 오늘 오전 6시 기준 호우 사망자는 12명으로 집계됐다."""

VISITORS = """방한 외국인 150만 명 넘어…역대 최다

(서울=연합뉴스) 김하늘 기자 = 한국을 찾은 외국인 관광객이 150만 명을 넘어 역대 최다를 기록했다.

한국관광공사에 따르면 지난달 말 기준 방한 외국인 관광객은 150만3천200명으로 집계됐다."""

BUSES = """부산 버스 파업 이틀째…운행률 74%

부산시에 따르면 오늘 오전 9시 기준 시내버스 운행률은 평소의 73.8%로 집계됐다."""

BYELECTION = """구청장 보궐선거 김 후보 52.4% 득표로 당선

선거관리위원회에 따르면 오늘 오전 1시 현재 개표 마감 결과 김 후보가 52.37%를 득표했다."""

BORROWED = [
    (FROSTBITE, "63명", ("2026-12-03", "2026-12-06", "interval")),
    (STORM, "14명", (None, "2026-12-07", "as_of")),
    (VISITORS, "150만 명을 넘어", (None, "2026-11-30", "as_of")),
    (BUSES, "74%", (None, "2026-12-07", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "period"), BORROWED)
def test_an_undated_headline_figure_reads_the_bodys_one_period(
    text: str, surface: str, period: tuple[str | None, str | None, str]
) -> None:
    assert _period(text, surface) == period


def test_a_headline_share_reads_the_period_of_the_body_share_it_rounds() -> None:
    """ "52.4% 득표" over "... 52.37%를 득표": the headline's figure is the body's, rounded, and
    reads whatever period the body's is read for (the count's close, or the vote's day)."""
    claims = extract_text(BYELECTION, lang="ko", published=PUBLISHED)
    [top] = [c for c in claims if c.surface == "52.4%"]
    [body] = [c for c in claims if c.surface == "52.37%"]
    assert body.period is not None and body.period.kind.value != "none"
    assert top.period is not None and top.period.resolution == "carried"
    assert (top.period.start, top.period.end, top.period.kind) == (
        body.period.start, body.period.end, body.period.kind)


TWO_WINDOWS = ("한파에 동상 환자 63명\n\n질병관리청에 따르면 지난 3일부터 6일까지 신고된 "
               "동상 환자는 59명이다. 지난 1일부터 6일까지 신고된 동상 환자는 66명이다.")

OWN_TIME = """지난해 동상 환자 210명

질병관리청에 따르면 지난 3일부터 6일까지 신고된 동상 환자는 59명으로 집계됐다."""

OTHER_THING = """한파에 동상 환자 63명

질병관리청에 따르면 지난 3일부터 6일까지 신고된 저체온증 환자는 59명으로 집계됐다."""

A_CHANGE = """동상 환자 14% 늘어

질병관리청에 따르면 지난 3일부터 6일까지 신고된 동상 환자는 지난해보다 14.2% 증가했다."""

KEPT = [
    # the body gives the quantity two windows: which one the headline's is, is not known
    (TWO_WINDOWS, "63명", (None, "2026-12-07", "none")),
    # the headline names its own time
    (OWN_TIME, "210명", ("2025-01-01", "2025-12-31", "interval")),
    # another thing under the same head noun ("환자")
    (OTHER_THING, "63명", (None, "2026-12-07", "none")),
    # a headline's change is no level the body's figure dates
    (A_CHANGE, "14%", (None, None, None)),
]


@pytest.mark.parametrize(("text", "surface", "period"), KEPT)
def test_a_headline_figure_the_body_does_not_date_once_keeps_its_reading(
    text: str, surface: str, period: tuple[str | None, str | None, str | None]
) -> None:
    assert _period(text, surface) == period
