"""Korean harvest statistics and the scope of a record (our own sentences, other crops, names
and numbers, in the style of statistics-office releases as agency and broadcast copy tell them).

A crop is counted once a year, after its harvest: "올해 쌀 생산량은 ...t", its area and its yield
per 10a are of the whole year, as a fee or a budget of the year is, not a tally of the year so
far (a tally of events this year still runs to publication). The year may be named by the
survey's title ("'2026년 ... 생산량조사 결과'에 따르면"). Last year's crop compared with is the
whole of last year.

A window that only says among which years a figure is a record ("최근 10년 중 가장 작았다",
"최근 5년 새 최저") dates no figure: the figure keeps the time said before it, and the figures
after carry that time, not the window's. A window over which a figure was counted ("최근 5년간
2천812건") or changed ("최근 5년 새 12% 줄었다") stays its period."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 11, 14)
WHOLE = ("2026-01-01", "2026-12-31", "interval")
LAST_YEAR = ("2025-01-01", "2025-12-31", "interval")
SO_FAR = ("2026-01-01", "2026-11-14", "to_date")


def _periods(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    out = {}
    for c in extract_text(text, lang="ko", published=PUBLISHED):
        p = c.period
        if p is not None:
            out[c.surface] = (str(p.start) if p.start else None, str(p.end) if p.end else None,
                              p.kind.value)
    return out


# (text, surface, expected period): a year's crop, its area and its yield are the whole year
HARVESTS = [
    ("올해 고추 생산량은 5만4천t으로 지난해보다 3.1% 줄었다.", "5만4천t", WHOLE),
    ("통계청에 따르면 올해 마늘 재배면적은 2만3천㏊로 1년 전보다 2.2% 감소했다.", "2만3천㏊",
     WHOLE),
    ("금년도 배 생산량(19만2천t)은 8.4% 늘었다.", "19만2천t", WHOLE),
    ("'2026년 양파 생산량조사 결과'에 따르면 양파 생산량은 117만t으로 집계됐다.", "117만t", WHOLE),
    # the figures after carry the year, and the crop compared with is last year's whole
    ("올해 콩 생산량은 13만8천t이다. 재배면적은 6만1천㏊로 전년(5만9천㏊)보다 3.4% 넓었다.",
     "6만1천㏊", WHOLE),
    ("올해 콩 생산량은 13만8천t이다. 재배면적은 6만1천㏊로 전년(5만9천㏊)보다 3.4% 넓었다.",
     "5만9천㏊", LAST_YEAR),
    ("올해 감자 생산량은 41만t이다. 10a당 생산량은 2천310㎏으로 4.0% 늘었다.", "2천310㎏",
     WHOLE),
]

# a tally of this year so far, with or without a crop word, still runs to publication
TALLIES = [
    ("올해 전국에서 발생한 산불은 512건이다.", "512건", SO_FAR),
    ("올해 들어 쌀 수입량은 31만t에 이른다.", "31만t", SO_FAR),
    ("올해 누적 관광객은 1천380만 명이다.", "1천380만 명", SO_FAR),
]


@pytest.mark.parametrize(("text", "surface", "expected"), HARVESTS + TALLIES)
def test_a_harvest_is_the_whole_year_a_tally_runs_to_publication(
        text: str, surface: str, expected: tuple[str, str, str]) -> None:
    assert _periods(text)[surface] == expected


LEAD = "올해 가을무 생산량은 38만1천t으로 지난해보다 2.4% 늘었다. "

# (text, surface, expected): a record's window dates neither its figure nor those after
RECORDS = [
    (LEAD + "재배면적은 5천820㏊로 지난해보다 1.1% 줄어 최근 10년 중 가장 작았다.", "5천820㏊",
     WHOLE),
    (LEAD + "재배면적은 5천820㏊로 최근 10년 중 가장 작았다. 10a당 생산량은 6천540㎏이다.",
     "6천540㎏", WHOLE),
    (LEAD + "전남 재배면적은 1천930㏊로 최근 5년 가운데 가장 넓었다.", "1천930㏊", WHOLE),
    (LEAD + "강원 생산량은 7만2천t으로 최근 20년 새 최저였다.", "7만2천t", WHOLE),
    ("지난달 수입액은 540억 달러였다. 수출액은 612억 달러로 최근 5년 중 가장 많았다.",
     "612억 달러", ("2026-10-01", "2026-10-31", "interval")),
]

# a window over which a figure was counted, or changed, stays its period
WINDOWS = [
    ("최근 5년간 전국에서 난 산불은 2천812건이다.", "2천812건",
     ("2021-11-15", "2026-11-14", "to_date")),
    ("최근 5년 새 배추 농가 수는 12% 줄었다.", "12%", ("2021-11-15", "2026-11-14", "to_date")),
    ("최근 3년간 가장 많은 사고가 난 구간에서는 모두 48건이 났다.", "48건",
     ("2023-11-15", "2026-11-14", "to_date")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), RECORDS + WINDOWS)
def test_a_records_window_dates_no_figure(text: str, surface: str,
                                          expected: tuple[str, str, str]) -> None:
    assert _periods(text)[surface] == expected


# (text, surface, expected): the value a record is counted since is of its own time, and the
# figures after it carry the time said before it, not the reference's
REFERENCES = [
    ("올해 배 생산량은 18만t이다. 이는 2013년 17만2천t 이후 13년 만에 가장 적은 수준이다. "
     "재배면적은 8천㏊로 2.1% 줄었다.", "8천㏊", WHOLE),
    ("지난달 수출액은 612억 달러로 집계됐다. 2018년 12월 620억 달러 이후 가장 많은 규모다. "
     "수입액은 548억 달러였다.", "548억 달러", ("2026-10-01", "2026-10-31", "interval")),
    ("지난달 수출액은 612억 달러로 집계됐다. 2018년 12월 620억 달러 이후 가장 많은 규모다.",
     "620억 달러", ("2018-12-01", "2018-12-31", "interval")),
    # a since phrase of its own year, after the figure: the figure keeps the time said before
    ("올해 태풍으로 52명이 숨져 2011년 이후 가장 많았다. 실종자는 4명이다.", "4명", SO_FAR),
]


@pytest.mark.parametrize(("text", "surface", "expected"), REFERENCES)
def test_a_records_reference_frames_nothing_after_it(
        text: str, surface: str, expected: tuple[str, str, str]) -> None:
    assert _periods(text)[surface] == expected
