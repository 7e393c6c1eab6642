"""The day of the vote a Korean results article reports dates its results (claims.counted_vote_day).

Results copy is written the day after the vote: "중앙선거관리위원회에 따르면 4일" is when the
commission said the figures, "개표가 4일 오전 5시2분 완료됐다" when the count ended, and most
results sentences name no time. The vote's day is said once, next to the election it names
("3일 치러진 제21대 대통령선거", "전날 치러진 대선", "4·3 국회의원보궐선거"). Real instances (2025
presidential coverage in six outlets, a 2019 by-election, the 2024 general election): vote
shares, votes, the margin, final and regional turnouts read none, publication, the
statement's day or an early-voting window carried from a sentence before.

Rows of the same shape keep their reading: the early voting's window for early-voting
figures, an hour of the count ("4일 오전 2시 현재"), an exit poll, another vote named ("지난
20대 대선에서"), a past vote's year ("1997년 15대 대선 투표율은 80.7%"), and an article
published more than a week after the day it names."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from tests.ko_periods import period_of

pytest.importorskip("kiwipiepy")

JUNE_4 = date(2025, 6, 4)
VOTE = ("2025-06-03", "2025-06-03", "day")
EARLY = ("2025-05-29", "2025-05-30", "interval")
LEAD = "3일 치러진 제21대 대통령선거에서 이재명 후보가 당선됐다. "

RESULTS = [
    (LEAD + "중앙선거관리위원회에 따르면 4일 이재명 후보는 49.42%, "
     "김문수 후보는 41.15%를 기록했다.", "41.15%"),
    (LEAD + "이 당선인은 1728만7513표를 얻었다.", "1728만7513표"),
    (LEAD + "김문수 후보는 41.15%(1439만5639표), 이준석 후보는 8.34%(291만7523표)로 집계됐다.",
     "8.34%"),
    (LEAD + "지난 5월 29~30일 실시된 사전투표율은 34.74%였다.\n\n잠정 최종 투표율은 79.4%로 "
     "집계됐다. 지역별로는 광주가 83.9%로 가장 높았다.", "83.9%"),
    (LEAD + "지난 5월 29~30일 실시된 사전투표율은 34.74%였다.\n\n잠정 최종 투표율은 79.4%로 "
     "집계됐다.", "79.4%"),
    (LEAD + "이번 대선의 최종 투표율은 79.4%로 1997년 15대 대선 이후 28년 만에 최고치다.", "79.4%"),
    ("전날 치러진 대선에서 이재명 후보가 당선됐다. 개표가 4일 오전 5시 완료됐다. 이 후보는 "
     "최종 49.42%를 득표했다.", "49.42%"),
]

KEPT = [
    (LEAD + "지난 5월 29~30일 실시된 사전투표율은 34.74%였다.", "34.74%", EARLY),
    (LEAD + "지난 5월 29~30일 실시된 사전투표율은 34.74%였다. 지역별로는 전남이 56.5%로 "
     "가장 높았다.", "56.5%", EARLY),
    (LEAD + "4일 오전 2시 현재 개표율은 94.4%다.", "94.4%", (None, "2025-06-04", "as_of")),
    (LEAD + "지난 20대 대선에서 윤석열 후보는 1639만 4815표를 얻었다.", "1639만 4815표",
     (None, "2025-06-04", "none")),
    (LEAD + "1997년 15대 대선 투표율은 80.7%였다.", "80.7%",
     ("1997-01-01", "1997-12-31", "interval")),
]


@pytest.mark.parametrize(("text", "surface"), RESULTS)
def test_results_are_of_the_vote_day(text: str, surface: str) -> None:
    assert period_of(text, surface, JUNE_4) == VOTE


@pytest.mark.parametrize(("text", "surface", "expected"), KEPT)
def test_other_figures_keep_their_reading(
    text: str, surface: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert period_of(text, surface, JUNE_4) == expected


def test_a_by_election_named_by_its_day() -> None:
    text = "4·3 국회의원보궐선거에서 두 후보가 당선됐다. 보궐선거의 최종 투표율은 48.0%다."
    assert period_of(text, "48.0%", date(2019, 4, 4)) == ("2019-04-03", "2019-04-03", "day")


def test_a_day_named_long_before_publication_is_no_reported_vote() -> None:
    text = "3일 치러진 대선에서 이재명 후보가 당선됐다. 이재명 후보는 49.42%를 얻었다."
    claims = extract_text(text, lang="ko", published=date(2025, 6, 20))
    share = next(c for c in claims if c.surface == "49.42%")
    assert share.period is None or share.period.kind.value == "none"


def test_a_meeting_of_a_campaign_committee_is_no_vote() -> None:
    """ "선거대책위원회" begins with an election's name but is a campaign committee: its meeting's
    day is no vote's, and the votes after it keep their reading."""
    text = ("지난 3일 열린 선거대책위원회 회의에서 이 후보가 발언했다. "
            "후보는 1728만7513표를 얻었다.")
    assert period_of(text, "1728만7513표", JUNE_4) == (None, "2025-06-04", "none")
