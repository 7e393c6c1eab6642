"""A Korean count whose clause tells a state held at the time (the stem's aspect "-고 있다",
"-아/어 있다") is as of that time, not a count of the day's events (claims/state_periods.py).

Read on real Korean copy: KBS on wildfire evacuees still in a shelter ("이재민 144가구, 297명이
머무르고 있습니다"), MBN on flood victims living in a temporary shelter ("현재 임시대피소에서
생활하고 있습니다"), Hankyoreh on a Gwangmyeong fire ("대피소에는 현재 21세대 50여 명의 주민들이
대피해 있다", "4명이 의식을 회복하지 못하고 있다"), a zum/SBS report on Guryong village
("100명 넘는 주민이 대피소에서 사흘째 지내고 있습니다"). Those are levels that hold when told
(gold convention: evacuated residents, people in hospital: ``as_of``).

Kept as the day's: what was done to a figure that day, its object ("3명을 입건해 조사하고 있다":
booked that day), a state told in the past, the scene of the event (Yonhap on the Goheung
hospital fire: "화재 당시 병원에는 ... 86명이 머물고 있었다"), a rally's or a strike's crowd (the
counter table's ``held_actions``: "시위대가 ... 행진하고 있다", a count of the action's day, as a
crowd counted at an hour is), and the residents sent home that morning ("31가구 79명을
귀가시켰다").

Our own sentences, other names and numbers.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

STATES = [
    case("구청은 전날 밤 주민 40가구 96명을 대피시켰다. 이 가운데 17가구 38명은 이날 "
         "인근 중학교 강당에 머물고 있다.", "2027-05-12",
         E("17가구", None, "2027-05-12", "as_of"), E("38명", None, "2027-05-12", "as_of"),
         id="강당에-머물고-있다"),
    case("수학여행 학생 5명은 12일 오후 병원에서 치료를 받고 있다.", "2027-05-12",
         E("5명", None, "2027-05-12", "as_of"), id="치료를-받고-있다"),
    case("산불로 집을 잃은 이재민 61명은 11일 마을회관에 대피해 있다.", "2027-05-12",
         E("61명", None, "2027-05-11", "as_of"), id="대피해-있다"),
]

EVENTS = [
    case("경찰은 11일 현장 관계자 3명을 입건해 조사하고 있다.", "2027-05-12",
         E("3명", "2027-05-11", "2027-05-11", "day"), id="목적어-입건"),
    case("11일 오후 불이 났을 때 요양병원에는 환자 58명이 머물고 있었다.", "2027-05-12",
         E("58명", "2027-05-11", "2027-05-11", "day"), id="당시-머물고-있었다"),
    case("11일 서울 광화문 일대에서 열린 집회에는 주최 측 추산 8만여명이 모여 구호를 외치고 "
         "있다.", "2027-05-12", E("8만여명", "2027-05-11", "2027-05-11", "day"),
         id="집회-외치고-있다"),
    case("11일 오후 2만여명의 시위대가 시청 앞까지 행진하고 있다.", "2027-05-12",
         E("2만여명", "2027-05-11", "2027-05-11", "day"), id="시위대-행진하고-있다"),
    case("구청은 이날 오전 주민 22가구 51명을 귀가시켰다.", "2027-05-12",
         E("51명", "2027-05-12", "2027-05-12", "day"), id="귀가시켰다"),
]


@pytest.mark.parametrize("c", [*STATES, *EVENTS])
def test_states_ko(c: PeriodCase) -> None:
    check(c, "ko")
