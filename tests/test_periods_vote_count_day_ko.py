"""A Korean results article that names no day the vote was held on dates it by its count
(claims.vote_count_day, claims.counted_vote_day).

Results copy written after the night of the count often says only when the count ended ("10일
오전 5시 40분 제22대 대통령선거 개표가 완료됐다", "개표가 10일 오전 4시 기준으로 완료됐다",
"이날 오전 7시 현재 개표 마감 결과") or began ("개표는 전날 오후 8시쯤부터 시작됐다"), or calls
a day the vote's ("투표일인 지난 10일"). Real instances (2017, 2022 presidential, 2021 Seoul
mayoral by-election and 2024 general election results in six outlets): every share, vote count
and turnout read no period or the day after the vote (the count's end, "이날"). A count that
ends in the morning is of a vote held the day before: counting starts when the polls close.

Rows of the same shape keep their reading: a count that ended in the evening (a vote of that
day, not the day before), the early voting's start, a vote long before publication, an article
naming no time of the count at all. With no vote day known, a result never carries a past
vote's year from the sentence before ("2002년 16대 대선때 ... 이밖에 ..."): no period, rather
than a wrong one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_or_none

pytest.importorskip("kiwipiepy")

MARCH_10 = date(2027, 3, 10)
VOTE = ("2027-03-09", "2027-03-09", "day")


RESULTS = [
    ("10일 오전 5시 40분 제22대 대통령선거 개표가 완료됐다. 박지훈 당선인의 최종 득표율은 "
     "50.12%다.", "50.12%"),
    ("제22대 대통령 선거 개표가 10일 오전 6시쯤 마무리됐다. 박 후보는 1702만3311표를 얻었다.",
     "1702만3311표"),
    ("개표는 전날 오후 8시쯤부터 시작됐다. 정민수 후보는 1588만1200표(46.70%)를 얻었다.",
     "1588만1200표"),
    ("중앙선관위에 따르면 이날 오전 7시 현재 개표 마감 결과 박 후보가 1702만3311표로 "
     "50.12%를 득표했다.", "50.12%"),
    ("개표가 10일 오전 4시 완료됐다. 박 후보의 득표율은 50.12%다. 지역별로는 전북이 71.32%로 "
     "가장 높았다.", "71.32%"),
    ("개표가 10일 오전 4시 완료됐다. 이번 대선의 최종 투표율은 76.8%다.", "76.8%"),
    ("개표가 10일 오전 4시 완료됐다. 이번 선거에는 4,402만1,300명 가운데 3,380만9,120명이 "
     "참여했다.", "3,380만9,120명"),
    ("제23대 국회의원선거 투표일인 지난 9일 밤 개표 작업이 진행됐다. 비례대표에서는 A당이 "
     "35.21%의 득표율을 기록했다.", "35.21%"),
    ("3·9 부산시장 보궐선거에서 최은영 후보가 당선됐다. 최 후보는 61.04%를 득표했다.",
     "61.04%"),
]


@pytest.mark.parametrize(("text", "surface"), RESULTS)
def test_results_take_the_day_the_count_dates(text: str, surface: str) -> None:
    assert period_or_none(text, surface, MARCH_10) == VOTE


def test_the_roll_is_a_level_on_the_vote_day() -> None:
    text = ("개표가 10일 오전 4시 완료됐다. 이번 선거는 총선거인 4,402만1,300명 중 "
            "3,380만9,120명이 참여했다.")
    assert period_or_none(text, "4,402만1,300명", MARCH_10) == (None, "2027-03-09", "as_of")


KEPT = [
    # a count that ended in the evening: not a vote of the day before
    ("개표가 10일 오후 11시 완료됐다. 최 후보는 61.04%를 득표했다.", "61.04%", MARCH_10,
     (None, None, "none")),
    # the early voting's start is no count
    ("사전투표는 전날 오전 6시부터 시작됐다. 이날 오후 1시 사전투표율은 5.12%다.", "5.12%",
     MARCH_10, ("2027-03-10", "2027-03-10", "day")),
    # a count more than a week before publication is another vote's
    ("개표가 10일 오전 4시 완료됐다. 박 후보는 50.12%를 득표했다.", "50.12%", date(2027, 4, 25),
     (None, None, "none")),
    # no time of the count: no day is guessed
    ("중앙선거관리위원회에 따르면 박 후보는 1702만3311표를 얻었다.", "1702만3311표", MARCH_10,
     (None, "2027-03-10", "none")),
    # a word the count's noun begins is no count: the counting hall's set-up, the clerks'
    # training ended in the morning date no vote
    ("개표소 설치 작업은 9일 오전 10시 마무리됐다. 박 후보는 50.12%를 득표했다.", "50.12%",
     MARCH_10, (None, None, "none")),
    ("9일 오전 11시 개표 사무원 교육이 끝났다. 박 후보는 50.12%를 득표했다.", "50.12%",
     MARCH_10, (None, None, "none")),
    # an exit poll stays out of the results
    ("개표는 전날 오후 8시쯤부터 시작됐다. 출구조사에서 박 후보는 49.9%로 예측됐다.", "49.9%",
     MARCH_10, (None, None, "none")),
    # a count still running at an hour keeps that hour
    ("개표는 전날 오후 8시쯤부터 시작됐다. 10일 오전 2시 현재 91.20% 개표를 완료한 가운데 박 "
     "후보가 49.35%를 얻었다.", "49.35%", MARCH_10, (None, "2027-03-10", "as_of")),
]


@pytest.mark.parametrize(("text", "surface", "published", "expected"), KEPT)
def test_other_figures_keep_their_reading(text: str, surface: str, published: date,
                                          expected: tuple[str | None, str | None, str]) -> None:
    assert period_or_none(text, surface, published) == expected


def test_a_result_does_not_carry_a_past_votes_year() -> None:
    text = ("기존 최소 격차는 2002년 16대 대선때로 당시 강 후보는 48.9%를 얻었다. 이밖에 "
            "윤 후보는 80만2천11표(2.41%)를 얻었다.")
    assert period_or_none(text, "80만2천11표", MARCH_10) == (None, None, "none")
    assert period_or_none(text, "2.41%", MARCH_10) == (None, None, "none")
    assert period_or_none(text, "48.9%", MARCH_10) == ("2002-01-01", "2002-12-31", "interval")


def test_a_past_vote_told_after_the_count_keeps_its_year() -> None:
    text = ("개표가 10일 오전 4시 완료됐다. 1997년 15대 대선 투표율은 80.7%였다.")
    assert period_or_none(text, "80.7%", MARCH_10) == ("1997-01-01", "1997-12-31", "interval")
