"""A level read at a moment is ``as_of`` that moment (claims/level_periods.py; DESIGN "Periods").

Read on real news in three languages: Seine and Ouse flood bulletins (a height "atteignant 3,19
mètres ... ce mardi", "peaked at 5.36 metres ... Sunday", "had fallen to just over 2m by
9.30am"), the Crown Court's open caseload "at the end of June" against a year earlier, Bison
Futé's record of kilometres of jams on a past day, Korean dam fill rates "지난 13일 오전 7시 현재
저수율은 28%" and blood stocks in days of supply; and the flows those stories tell beside them
(people evacuated, rain so far this year, donors this year, cars through a toll on a day).

* a level told on a day is as of that day; a past record of one is as of its day too;
* a level carried the time of a look back at an earlier level (a month before, last year's
  record) is read at the story's latest level time;
* a level carried a flow's window ("so far this year", "in the three months to December") is
  as of the window's end, unless it is an average over it (a month's mean utilisation rate, a
  quarter's mean occupancy: monthly industrial-output releases, NHS quarterly bed figures);
* a length reached with no time of its own is as of the story's level time, or publication.

Our own sentences, other names and numbers. The negative rows keep their reading: flows of a
day, a march's distance, rain so far this year, donors so far this year, a threshold.
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("Dimanche, la Garonne a atteint 6,40 mètres à Marmande, selon Vigicrues.", "2026-02-10",
         E("6,40 mètres", None, "2026-02-08", "as_of"), id="crue-atteint-dimanche"),
    case("Le taux d'occupation des lits de réanimation était de 94 % lundi à l'hôpital de Nîmes.",
         "2026-02-10", E("94 %", None, "2026-02-09", "as_of"), id="taux-occupation-lundi"),
    case("Samedi dernier, le pic avait atteint 730 km.", "2026-07-20",
         E("730 km", None, "2026-07-18", "as_of"), id="pic-samedi-dernier"),
    case("Le record de la saison, 1 410 km, avait été enregistré le 9 août 2025.", "2026-07-20",
         E("1 410 km", None, "2025-08-09", "as_of"), id="record-un-jour-passe"),
    case("Lundi, la circulation a été fluide : le pic national n'a pas dépassé 210 km.",
         "2026-07-22", E("pas dépassé 210 km", None, "2026-07-20", "as_of"),
         id="pic-n-a-pas-depasse"),
    case("Samedi, Bison Futé a relevé 1 020 km de bouchons. Un niveau inférieur au record de "
         "1 350 km de l'an dernier. Dans l'Isère, la file a atteint 38 km.", "2026-07-20",
         E("38 km", None, "2026-07-18", "as_of"), id="file-apres-un-record-passe"),
    case("Le compteur affichait 520 km à 10 heures, avant de redescendre sous les 600 km dans "
         "l'après-midi.", "2026-07-18",
         E("sous les 600 km", None, "2026-07-18", "as_of"), id="redescendre-sous-les"),
]

FR_FLOWS = [
    case("Lundi, les marcheurs ont parcouru 28 km entre Lyon et Vienne.", "2026-02-10",
         E("28 km", "2026-02-09", "2026-02-09", "day"), id="marche-du-jour"),
    case("Mardi, 3 200 véhicules ont franchi le péage de Saint-Arnoult.", "2026-02-11",
         E("3 200", "2026-02-10", "2026-02-10", "day"), id="vehicules-du-jour"),
    case("Dimanche, la liste menée par le chef de file Paul Martin a obtenu 41,2 % des voix.",
         "2026-03-16", E("41,2 %", "2026-03-15", "2026-03-15", "day"), id="chef-de-file-vote"),
    case("Jeudi, le niveau de la mobilisation était élevé : 640 000 manifestants ont défilé.",
         "2026-03-16", E("640 000", "2026-03-12", "2026-03-12", "day"),
         id="niveau-de-la-mobilisation"),
    case("Au quatrième trimestre, 31 400 dossiers ont été déposés. Le taux d'occupation moyen des "
         "lits était de 88 %.", "2026-03-10",
         E("88 %", "2025-10-01", "2025-12-31", "interval"), id="taux-moyen-du-trimestre"),
]

EN = [
    case("The River Avon peaked at 4.12 metres on Sunday, the Environment Agency said.",
         "2026-03-10", E("4.12 metres", None, "2026-03-08", "as_of"), id="peaked-on-sunday"),
    case("On Monday, bed occupancy at the trust's hospitals was 97%.", "2026-03-10",
         E("97%", None, "2026-03-09", "as_of"), id="occupancy-on-monday"),
    case("In the three months to December, 28,300 cases were received and 27,150 were disposed "
         "of. The backlog of cases waiting more than a year was 18,240.", "2026-03-10",
         E("18,240", None, "2025-12-31", "as_of"), id="backlog-after-a-quarter"),
    case("Rainfall so far this year totals 120 mm. Reservoir levels were at 61%.", "2026-03-10",
         E("61%", None, "2026-03-10", "as_of"), id="reservoir-after-rain-so-far"),
]

EN_FLOWS = [
    case("Police arrested 48 people on Saturday.", "2026-03-10",
         E("48", "2026-03-07", "2026-03-07", "day"), id="arrests-on-saturday"),
    case("Some 2,300 people marched 12 km from the square on Saturday.", "2026-03-10",
         E("12 km", "2026-03-07", "2026-03-07", "day"), id="march-distance"),
    case("Rainfall so far this year totals 120 mm.", "2026-03-10",
         E("120 mm", "2026-01-01", "2026-03-10", "to_date"), id="rain-so-far"),
    case("The waiting list fell by 12,000 on Monday.", "2026-03-10",
         E("12,000", "2026-03-09", "2026-03-09", "day"), id="a-change-of-the-day"),
    case("In the three months to December, 28,300 cases were received. Average bed occupancy was "
         "91%.", "2026-03-10",
         E("91%", "2025-10-01", "2025-12-31", "interval"), id="average-over-the-quarter"),
]

KO = [
    case("지난 13일 팔당댐 수위는 25.3m로 집계됐다.", "2026-07-15",
         E("25.3m", None, "2026-07-13", "as_of"), id="수위-지난-13일"),
    case("전날 0시 기준 혈액 보유량은 3.8일분이었다. 올해 들어 헌혈에 참여한 사람은 12만4천 "
         "명이다. 혈액형별로는 O형이 2.6일분, A형 3.1일분이었다.", "2026-07-15",
         E("2.6일", None, "2026-07-14", "as_of"), E("3.1일", None, "2026-07-14", "as_of"),
         E("12만4천 명", "2026-01-01", "2026-07-14", "to_date"), id="혈액형별-올해-뒤"),
    case("전날 0시 기준 혈액 보유량은 3.8일분이었다. 한 달 전인 지난달 14일에는 보유량이 "
         "5.2일분이었다. 지역별로는 광주·전남의 보유량이 3.3일분으로 가장 낮았다.", "2026-07-15",
         E("5.2일", None, "2026-06-14", "as_of"), E("3.3일", None, "2026-07-14", "as_of"),
         id="한-달-전-뒤-지역별"),
]

KO_FLOWS = [
    case("13일 하루 동안 경찰은 음주운전 212건을 적발했다.", "2026-07-15",
         E("212건", "2026-07-13", "2026-07-13", "day"), id="적발-하루"),
    case("올해 들어 이날 오전 9시까지 비가 83㎜ 내렸다.", "2026-07-15",
         E("83㎜", "2026-01-01", "2026-07-15", "to_date"), id="강수량-올해-들어"),
    case("13일 오후 제주에서 순간 최대풍속 초속 38m가 관측됐다.", "2026-07-15",
         E("38m", "2026-07-13", "2026-07-13", "day"), id="최대풍속-하루"),
    case("지난 13일 재고용된 근로자는 320명이었다.", "2026-03-16",
         E("320명", "2026-03-13", "2026-03-13", "day"), id="재고용-하루"),
    case("통계청에 따르면 9월 광공업 생산은 전월보다 1.4% 늘었다. 제조업 평균가동률은 73.2%로 "
         "집계됐다.", "2026-10-30",
         E("73.2%", "2026-09-01", "2026-09-30", "interval"), id="평균가동률-그-달"),
]


@pytest.mark.parametrize("c", [*FR, *FR_FLOWS])
def test_levels_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", [*EN, *EN_FLOWS])
def test_levels_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", [*KO, *KO_FLOWS])
def test_levels_ko(c: PeriodCase) -> None:
    check(c, "ko")
