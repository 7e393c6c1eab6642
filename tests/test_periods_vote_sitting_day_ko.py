"""The day of a body's sitting dates the vote told after it (claims.counted_vote_day).

Korean copy of a parliament's or a committee's vote names the day with the sitting in its lead
("16일 국회 본회의에서", "오늘(10일) 새벽 ... 열린 제12차 전원회의에서") and tells the tally in
a sentence after it, with no time of its own ("재적 300명 중 262명이 표결에 참여해 찬성 187표,
반대 71표로 가결됐다"): the tally read none, so two outlets' tallies of one vote met as a
period mismatch, never as a conflict (heldout21 ko01: a wage committee's 15 against 16 votes).

Read on real news (pages): Ulsan News Today (a prime minister's confirmation passed a plenary
on the 18th; the next sentence tells so many present of the members and so many in favour);
Hankyung (an arrest motion passed at a plenary held on the 4th; the next sentences tell the
ballots, for, against, abstentions, void); Kukmin Ilbo (a supplementary budget passed the
plenary on the 22nd; then so many present of the members, for, against, abstained); Views&News
(a resolution passed on the 16th; "이날" then the tally). Would be wrong: a past vote named in
the article ("지난해 표결에서는"), an earlier sitting within the week with its own day ("지난 5일
본회의에서 부결된" then today's): no one day. Sentences of our own, other numbers."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ko_periods import period_of, period_or_none

pytest.importorskip("kiwipiepy")

COMMITTEE = ("위원회는 오늘(14일) 새벽 세종시 청사에서 열린 제9차 전원회의에서 내년 안을 "
             "의결했습니다. 노사가 합의하지 못해 공익위원 안이 표결에 부쳐졌습니다. 재적위원 "
             "25명 가운데 23명이 표결에 참여해 찬성 13표, 반대 8표, 기권 2표로 가결됐습니다.")
PLENARY = ("국회는 21일 본회의에서 장관 해임건의안을 표결에 부쳤다. 재적 300명 중 271명이 "
           "표결에 참여해 찬성 168표, 반대 99표로 가결됐다.")
PASSED = ("체포동의안이 11일 오후 열린 국회 본회의에서 가결됐다. 무기명 투표에는 281명이 "
          "참여했다. 찬성 149표, 반대 120표, 기권 12표였다.")
BUDGET = "추경안이 9일 국회 본회의를 통과했다. 찬성 201표, 반대 30표, 기권 9표였다."

DATED = [
    (COMMITTEE, date(2026, 7, 14), "13표", "2026-07-14"),
    (COMMITTEE, date(2026, 7, 14), "23명", "2026-07-14"),
    (PLENARY, date(2026, 5, 22), "168표", "2026-05-21"),
    (PLENARY, date(2026, 5, 22), "271명", "2026-05-21"),
    (PASSED, date(2026, 3, 12), "149표", "2026-03-11"),
    (PASSED, date(2026, 3, 12), "281명", "2026-03-11"),
    (BUDGET, date(2026, 9, 10), "201표", "2026-09-09"),
]


@pytest.mark.parametrize(("text", "published", "surface", "day"), DATED)
def test_the_tally_takes_the_sittings_day(text: str, published: date, surface: str,
                                          day: str) -> None:
    assert period_of(text, surface, published) == (day, day, "day")


def test_a_past_vote_keeps_its_year() -> None:
    text = PLENARY + " 지난해 표결에서는 찬성 140표에 그쳤다."
    assert period_of(text, "140표", date(2026, 5, 22)) == ("2025-01-01", "2025-12-31", "interval")


def test_two_sittings_name_no_one_day() -> None:
    text = ("지난 15일 본회의에서 부결된 해임건의안이 21일 본회의에 다시 상정됐다. 찬성 168표, "
            "반대 99표였다.")
    assert period_or_none(text, "168표", date(2026, 5, 22))[2] == "none"


def test_a_sitting_long_before_publication_dates_nothing() -> None:
    assert period_or_none(PLENARY, "168표", date(2026, 6, 20))[2] == "none"
