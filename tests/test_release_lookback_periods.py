"""A release's parts take the release's quarter, past a sentence that looks back at earlier
quarters (issues 10 and 12).

The class, read in real coverage of Korea's quarterly GDP estimates (Korean agency and
newspaper copy of 2015, 2018 and 2019, English copy of 2015 and 2019): after the release's
own figures, one sentence recalls the quarters before ("분기 성장률은 1분기 0.2%, 2분기 0.6%에
이어 세 분기 연속 플러스", "1.3% 성장률은 2010년 2분기 1.7%를 기록한 이후 최고", "GDP had
added 0.3 percent in Q2"), and the parts told next (private consumption, construction
investment, exports) took that earlier quarter, so they never met the English wire's parts of
the same quarter. A look back is a link after the figure or after the list it opens ("에 이어",
"이후") or the pluperfect before it; a past quarter told without one keeps today's reading.
Our own sentences, with other quarters and figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 9, 3)


def _period(text: str, lang: str, surface: str) -> tuple[date | None, date | None]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="r.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    period = found[0].period
    assert period is not None
    return period.start, period.end


Q1 = (date(2026, 1, 1), date(2026, 3, 31))
Q2 = (date(2026, 4, 1), date(2026, 6, 30))

KO_RELEASE = "올해 2분기 한국 경제가 전기 대비 0.7% 성장했다. 전년 동기 대비 성장률은 2.1%였다. "
EN_RELEASE = "South Korea's economy grew 0.7 percent in the second quarter, the central bank said. "

LOOKED_BACK = [
    ("ko", KO_RELEASE + "분기 성장률은 지난해 4분기 0.1%, 1분기 0.3%에 이어 다섯 분기 연속 "
     "플러스를 이어갔다. 건설투자는 주택건설이 줄면서 1.9% 감소했다.", "1.9%"),
    ("ko", KO_RELEASE + "분기 성장률은 1분기 0.3%에 이어 두 분기 연속 플러스였다. "
     "수출은 반도체를 중심으로 2.4% 늘었다.", "2.4%"),
    ("ko", KO_RELEASE + "0.7% 성장률은 2021년 3분기 0.9%를 기록한 이후 최고 수준이다. "
     "민간소비는 승용차를 중심으로 0.6% 늘었다.", "0.6%"),
    ("en", EN_RELEASE + "GDP had added 0.3 percent in the first quarter. "
     "Private consumption expanded 0.6 percent.", "0.6 percent"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LOOKED_BACK)
def test_a_part_after_a_look_back_takes_the_release_quarter(lang: str, text: str,
                                                            surface: str) -> None:
    assert _period(text, lang, surface) == Q2


# The same shapes with no look back: the earlier quarter is the news the next figure goes on
# with, as today
NOT_LOOKED_BACK = [
    ("ko", "1분기 민간소비는 0.5% 증가했다. 정부소비는 건강보험급여비를 중심으로 0.4% 늘었다.",
     "0.4%", Q1),
    ("en", "GDP added 0.3 percent in the first quarter. Private consumption expanded 0.6 "
     "percent.", "0.6 percent", Q1),
]


@pytest.mark.parametrize(("lang", "text", "surface", "period"), NOT_LOOKED_BACK)
def test_a_past_quarter_told_as_news_still_frames(lang: str, text: str, surface: str,
                                                  period: tuple[date, date]) -> None:
    assert _period(text, lang, surface) == period


# "전 분기(35.9%)보다": the quarter before, written with a blank after "전" as wire copy does
# ("전 분기 대비 1.3% 성장"), labels the figure in its parentheses; the rate compared with it
# keeps the release's quarter.
@pytest.mark.parametrize(("surface", "period"), [("35.9%", Q1), ("35.2%", Q2), ("0.7%포인트", Q2)])
def test_the_quarter_before_written_apart_labels_its_figure(surface: str,
                                                            period: tuple[date, date]) -> None:
    text = KO_RELEASE + "총저축률은 35.2%로 전 분기(35.9%)보다 0.7%포인트 떨어졌다."
    assert _period(text, "ko", surface) == period


# "지난 10월에 발표한 속보치보다": a time that a verb of publishing follows as a modifier dates
# the release, not its figures; the estimate and the rates after it are of the quarter measured.
# A time that dates the figure itself, a verb of publishing elsewhere, keeps its reading.
@pytest.mark.parametrize(("text", "surface", "period"), [
    (KO_RELEASE + "지난 7월에 발표한 속보치보다 0.1%포인트 높다. 민간소비는 서비스 소비가 늘면서 "
     "0.6% 증가했다.", "0.6%", Q2),
    (KO_RELEASE + "7월 발표된 속보치(0.6%)보다 0.1%포인트 높아졌다.", "0.6%", Q2),
    (KO_RELEASE + "한국은행이 3일 발표한 자료에 따르면 1분기 민간소비는 0.5% 증가했다.", "0.5%",
     Q1),
])
def test_the_day_a_release_came_out_dates_none_of_its_figures(text: str, surface: str,
                                                               period: tuple[date, date]) -> None:
    assert _period(text, "ko", surface) == period


# A quarter written as a fraction of the year ("3/4분기"), or with "during" glued to it
# ("3분기중"), is that quarter: the figures it dates read the year so far, or nothing, before.
@pytest.mark.parametrize(("text", "surface"), [
    ("2/4분기 국내총생산(GDP)이 전분기보다 0.7% 성장했다.", "0.7%"),
    ("올해 2/4분기중 실질 국내총생산(GDP)은 전기대비로 0.7% 성장했다.", "0.7%"),
    ("2분기중 수출은 반도체를 중심으로 2.4% 증가했다.", "2.4%"),
])
def test_a_quarter_written_as_a_fraction_is_that_quarter(text: str, surface: str) -> None:
    assert _period(text, "ko", surface) == Q2
