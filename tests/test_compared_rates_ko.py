"""A Korean rate compared with its value at an earlier time ("실업률은 3.1%로 전년 동월(2.8%)보다
0.3%포인트 올랐다", "운행률은 75.6%로 전날 같은 시각(78.2%)보다") gives the earlier percentage
as that rate then: it counts the rate the topic names, so a second
article's "전날 같은 시각(78.2%)" meets the first article's "운행률은 78.2%"
(claims/counted_compared.py, ``rate_noun_endings``). Our own sentences in the style of Korean
statistics, transport and election copy (other names and numbers). Negative rows: a subject that
is not named as a rate (growth of exports), a percentage after a noun that is not a time (another
platform's rate), and a share of a count (its population) keep today's reading."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

JULY_11 = date(2026, 7, 11)


def _claims(text: str) -> dict[str, str | None]:
    return {c.surface: c.counted for c in extract_text(text, lang="ko", published=JULY_11)}


# (text, surface, counted)
COMPARED_RATES = [
    ("청년층 실업률은 7.2%로 전년 동월(6.5%)보다 0.7%포인트 올랐다.", "6.5%", "청년층 실업률"),
    ("총저축률은 35.2%로 전 분기(35.9%)보다 0.7%포인트 떨어졌다.", "35.9%", "총저축률"),
    ("여성 비율은 81.3%로 지난해(77.8%)보다 높아졌다.", "77.8%", "여성 비율"),
    ("HBM 비중은 38%로, 1년 전(27%)보다 11%포인트 높아졌다.", "27%", "HBM 비중"),
    ("아파트값 상승률은 0.12%로 지난주(0.15%)보다 둔화했다.", "0.15%", "아파트값 상승률"),
    ("이날 오후 2시 기준 전체 열차 운행률은 평시 대비 71.2%로, 전날 같은 시각(74.6%)보다 "
     "3.4%포인트 낮아졌다.", "74.6%", "열차 운행률"),
]

# (text, surface): the same shapes that keep nothing counted
KEPT = [
    ("수출은 5.1% 늘어 전월(3.2%)보다 증가 폭이 커졌다.", "3.2%"),
    ("해외 플랫폼의 이행률은 58%로, 국내 플랫폼(94%)보다 36%포인트 낮았다.", "94%"),
    ("파업 참가자는 9천120명으로 첫날인 어제(3일) 1만2천40명(10.8%)보다 줄었다.", "10.8%"),
    ("농산물 물가는 6.1% 올라 전월(6.4%)보다 상승 폭이 다소 줄었다.", "6.4%"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), COMPARED_RATES)
def test_a_rate_compared_with_an_earlier_time_counts_that_rate(
    text: str, surface: str, counted: str
) -> None:
    assert _claims(text)[surface] == counted


@pytest.mark.parametrize(("text", "surface"), KEPT)
def test_a_percentage_compared_with_no_rate_named_counts_nothing(text: str, surface: str) -> None:
    assert not _claims(text)[surface]


def test_the_change_after_the_compared_rate_is_the_same_rate() -> None:
    claims = _claims("총저축률은 35.2%로 전 분기(35.9%)보다 0.7%포인트 떨어졌다.")
    assert claims["0.7%포인트"] == "총저축률"
