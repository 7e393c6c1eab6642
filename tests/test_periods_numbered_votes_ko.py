"""Korean histories of past elections name each one by its number and tie the number to its
year once ("1992년 14대 대선", "16대 대선(2002년)"); a later result that names the number alone
("14대 대선에서는 ... 42%를 얻었다") is of that election's year, not of the year the sentence
before left (the previous item of the history). Read on real news: turnout histories in
election-day copy (xportsnews, etoday, busan.com, 2017), each "N대 대선" with its year, then
the winners' shares by number only.

A number the article never ties to a year keeps no other election's year (no period beats a
wrong one). Rows of the same shape keep today's reading: the reported vote's own result keeps
its day, a number named as what a figure is measured from ("15대 대선 이후 최고") dates nothing,
and a result with its own year keeps it. This election's result ("이번 대선은 80.1%") told after
a past item in the same sentence ("2017년 치러진 19대 대선은 77.2%의 투표율을 기록했고,") is
not of that item's year: the vote's day when the article names it, else no period."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_or_none

pytest.importorskip("kiwipiepy")


HISTORY = ("역대 대선 투표율을 보면 1992년 14대 대선이 81.9%로 가장 높았고, 1997년 15대 대선은 "
           "80.7%, 2002년 16대 대선은 70.8%였다. ")

WINNERS = ("14대 대선에서 김영삼 후보는 42.0%를 득표했고, "
           "15대 대선에서는 김대중 후보가 40.3%를 얻었다.")

NUMBERED = [
    (HISTORY + WINNERS,
     "42.0%", date(2026, 6, 4), ("1992-01-01", "1992-12-31", "interval")),
    (HISTORY + WINNERS,
     "40.3%", date(2026, 6, 4), ("1997-01-01", "1997-12-31", "interval")),
    ("20대 대선(2022년) 투표율은 77.1%였다. 19대 대선(2017년) 투표율은 77.2%였다. "
     "20대 대선에서 윤석열 후보는 48.6%를 얻었다.",
     "48.6%", date(2026, 6, 4), ("2022-01-01", "2022-12-31", "interval")),
    # a number the article never ties to a year takes no other election's year
    ("2002년 16대 대선 투표율은 70.8%였다. 17대 대선에서는 투표율이 63.0%로 떨어졌다.",
     "63.0%", date(2026, 6, 4), (None, None, "none")),
]

THIS_VOTE = [
    # this election's result after a past item in the same sentence: not that item's year
    ("2017년 치러진 19대 대선은 77.2%의 투표율을 기록했고, "
     "이번 대선은 80.1%를 기록하며 지난 대선보다 약 2.9%포인트 올랐다.",
     "80.1%", date(2025, 6, 4), (None, None, "none")),
    ("3일 치러진 제21대 대통령선거 최종 투표율이 80.1%로 집계됐다. "
     "2017년 치러진 19대 대선은 77.2%의 투표율을 기록했고, 이번 대선은 80.1%를 기록했다.",
     "80.1%", date(2025, 6, 4),
     ("2025-06-03", "2025-06-03", "day")),
]

KEPT = [
    # the past item keeps its own year
    ("2017년 치러진 19대 대선은 77.2%의 투표율을 기록했고, 이번 대선은 80.1%를 기록했다.",
     "77.2%", date(2025, 6, 4), ("2017-01-01", "2017-12-31", "interval")),
    # the vote reported keeps its day; a number it is measured from dates nothing
    ("3일 치러진 제22대 대통령선거 투표율은 79.4%로 집계됐다. 15대 대선 이후 최고치인 79.4%다.",
     "79.4%", date(2026, 6, 4), ("2026-06-03", "2026-06-03", "day")),
    # a result with its own year keeps it
    (HISTORY + "1997년 15대 대선에서 김대중 후보는 40.3%를 얻었다.",
     "40.3%", date(2026, 6, 4), ("1997-01-01", "1997-12-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface", "published", "expected"),
                         NUMBERED + THIS_VOTE + KEPT)
def test_a_numbered_election_is_of_its_year(
    text: str, surface: str, published: date, expected: tuple[str | None, str | None, str]
) -> None:
    assert period_or_none(text, surface, published) == expected
