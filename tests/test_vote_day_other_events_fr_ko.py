"""A vote's day is its own: an earlier event named beside it ("convoquées après les élections
européennes du 31 mai"), a flashback aside ("qui avait dissous l'Assemblée le 31 mai") or a
relative clause after a figure ("... du chef de l'État qui a dissous l'Assemblée le 31 mai")
dates that event, not the vote nor its results (claims.event_days
``not_after_an_earlier_event``, claims.binding_lists ``in_a_flashback_aside``,
claims.binding ``_past_a_relative``). A Korean lead may tell the vote as its own verb ("지난
9일, 제19대 대통령 선거가 이뤄졌다"), which dates the results after it
(claims.counted_vote_day, ``vote_held_finite``); a runoff ("결선 투표") is a vote, the
results of a count at dawn ("22일 새벽 개표 결과") are of the day before, and a share a party
"얻었다" in a results article is a result.

Read on real news before writing (none of their sentences is copied): French legislative
results of 2024 in an Algerian daily (the first round "suite à sa dissolution ... après les
élections européennes du 9 juin") and a Senegalese daily quoting a French site (the
presidential camp's share, then "qui a dissous l'Assemblée nationale le 9 juin"), the lead's
own brief of such copy ("aux européennes du 9 juin"), a Korean campus paper on the 2017
presidential election ("지난 9일, ... 대통령 선거가 이뤄졌다"), Korean wire copy of the 2020
general election ("15일 실시된 21대 국회의원 선거"), Korean copy of the 2024 general election
count ("개표 결과에 따르면").

Negative rows keep today's reading: a vote day named with "après" further off than a noun
phrase ("convoquées après les européennes s'est achevé dimanche") is the vote's; a present
relative aside keeps its day; a Korean meeting that is no election dates nothing.

Our own sentences, names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

OTHER_EVENTS = [
    case("Les électeurs ont voté au premier tour des législatives anticipées, convoquées "
         "après les élections européennes du 31 mai. Le Bloc central arrive en tête avec "
         "31,4 % des voix.", "2026-06-22",
         E("31,4 %", None, None, "none"), id="fr-apres-les-europeennes-du"),
    case("Les électeurs ont voté pour élire les 577 députés, après les élections européennes du "
         "31 mai. Le Bloc central obtient 31,4 % des voix, selon les estimations. La "
         "participation aux législatives a fortement augmenté dimanche à 17 h, atteignant 59,4 %.",
         "2026-06-21",
         E("31,4 %", "2026-06-21", "2026-06-21", "day"), id="fr-the-earlier-day-not-carried"),
    case("Le Bloc central obtient 31,4 % des voix dimanche 21 juin. Le camp présidentiel, qui "
         "avait dissous l'Assemblée le 31 mai, recule à 19,8 %.", "2026-06-22",
         E("31,4 %", "2026-06-21", "2026-06-21", "day"),
         E("19,8 %", "2026-06-21", "2026-06-21", "day"), id="fr-flashback-aside"),
    case("Le Bloc central obtient 31,4 % des voix dimanche 21 juin. Le camp présidentiel est "
         "à 19,8 %, loin derrière, scellant l'échec du président qui a dissous l'Assemblée le "
         "31 mai.", "2026-06-22",
         E("19,8 %", None, None, "none"), id="fr-relative-after-the-figure"),
    case("지난 9일, 제19대 대통령 선거가 이뤄졌다. 김 후보가 44.2%를 득표했다. 투표율은 "
         "76.3%였다.", "2026-06-10",
         E("44.2%", "2026-06-09", "2026-06-09", "day"),
         E("76.3%", "2026-06-09", "2026-06-09", "day"), id="ko-vote-as-the-verb"),
]

KOREAN_ROUNDS = [
    case("21일(현지시간) 치러진 결선 투표에서 시민전선은 143석을 얻었다. 투표율은 66.1%였다.",
         "2026-06-22",
         E("143석", "2026-06-21", "2026-06-21", "day"),
         E("66.1%", "2026-06-21", "2026-06-21", "day"), id="ko-a-runoff-is-a-vote"),
    case("내무부에 따르면 22일 새벽 개표 결과 시민전선이 33.4%를 얻었다. 좌파연합은 27.9%를 "
         "기록했다.", "2026-06-22",
         E("33.4%", "2026-06-21", "2026-06-21", "day"),
         E("27.9%", "2026-06-21", "2026-06-21", "day"), id="ko-count-results-at-dawn"),
]

OTHER_EVENTS += [
    case("Les électeurs ont voté pour élire les 577 députés, après les élections européennes du "
         "31 mai. Le Bloc central obtient 31,4 % des voix.", "2026-06-22",
         E("577", None, "2026-06-22", "none"),
         E("31,4 %", None, None, "none"), id="fr-a-figure-before-the-earlier-event"),
]

KEPT = [  # negative rows
    case("Le premier tour des législatives convoquées après les européennes s'est achevé "
         "dimanche 21 juin à 20 heures. Le Bloc central est crédité de 31,4 % des voix.",
         "2026-06-22", E("31,4 %", "2026-06-21", "2026-06-21", "day"), id="fr-apres-far-off"),
    case("Aux élections européennes du 31 mai, le Bloc central avait obtenu 29,8 % des voix.",
         "2026-06-22", E("29,8 %", "2026-05-31", "2026-05-31", "day"),
         id="fr-a-figure-of-the-earlier-event-keeps-its-day"),
    case("Le Bloc central obtient 31,4 % des voix dimanche 21 juin. Le parti, qui recule "
         "depuis le 31 mai, compte 12 400 adhérents.", "2026-06-22",
         E("31,4 %", "2026-06-21", "2026-06-21", "day"), id="fr-present-aside"),
    case("지난 9일 선거대책위원회가 열렸다. 김 후보가 44.2%를 득표했다.", "2026-06-10",
         E("44.2%", None, None, "none"), id="ko-a-meeting-is-no-vote"),
    case("여론조사에서 시민전선은 36%의 지지를 얻었다. 21일 치러진 총선에서 시민전선은 33.4%를 "
         "얻었다.", "2026-06-22",
         E("36%", None, None, "none"),
         E("33.4%", "2026-06-21", "2026-06-21", "day"), id="ko-a-poll-is-no-result"),
]


@pytest.mark.parametrize("c", OTHER_EVENTS + KOREAN_ROUNDS + KEPT)
def test_vote_day_other_events(c: PeriodCase) -> None:
    check(c, c.id[:2])
