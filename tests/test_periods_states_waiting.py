"""Things waiting at a time, told with a day, in French and English port and border copy
(read on real news: ships at anchor off Marseille-Fos, Fos and the Loire estuary during dock
strikes, trucks queued at a border): "Jeudi soir, 23 navires
attendaient au large", "27 navires patientaient encore ce vendredi", "1,400 trucks were
stranded at the border on Monday" are levels as of that time (``as_of``), not counts of that
day's events. Our own sentences, other ports, names and numbers. The negative rows keep a day's
events: crossings, arrivals, people placed in custody (a state entered by an event of the
day), a march told in the imperfect of its event."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

WAITING_FR = [
    case("Mercredi soir, 31 navires attendaient au large de Fos, selon la capitainerie.",
         "2025-10-23", E("31", None, "2025-10-22", "as_of"), id="attendaient-mercredi-soir"),
    case("Ce vendredi à 7 heures, 18 navires patientaient encore en baie de Seine.",
         "2025-10-24", E("18", None, "2025-10-24", "as_of"), id="patientaient-ce-vendredi"),
    case("Mardi, 52 navires étaient au mouillage devant Marseille.", "2025-10-22",
         E("52", None, "2025-10-21", "as_of"), id="au-mouillage-mardi"),
    case("Lundi, 640 camions attendaient de pouvoir passer la frontière.",
         "2025-10-21", E("640", None, "2025-10-20", "as_of"), id="camions-attendaient-lundi"),
    case("Dimanche soir, 14 cargos étaient en rade de Brest.", "2025-10-20",
         E("14", None, "2025-10-19", "as_of"), id="en-rade-dimanche"),
    case("Lundi midi, 52 blessés étaient encore à l'hôpital, dont neuf en soins intensifs.",
         "2025-10-22", E("52", None, "2025-10-20", "as_of"), E("neuf", None, "2025-10-20", "as_of"),
         id="encore-a-l-hopital-lundi"),
]

EVENTS_FR = [  # negative rows: a day's events stay of that day
    case("Mardi, 2 100 camions ont franchi la frontière.", "2025-10-22",
         E("2 100", "2025-10-21", "2025-10-21", "day"), id="ont-franchi-mardi"),
    case("Lundi, 25 personnes ont été placées en garde à vue.", "2025-10-22",
         E("25", "2025-10-20", "2025-10-20", "day"), id="placees-en-garde-a-vue"),
    case("Mardi, 12 navires sont arrivés au Havre.", "2025-10-22",
         E("12", "2025-10-21", "2025-10-21", "day"), id="arrives-mardi"),
    case("Jeudi, 3 200 manifestants défilaient dans les rues du Havre.", "2025-10-24",
         E("3 200", "2025-10-23", "2025-10-23", "day"), id="defilaient-jeudi"),
]

WAITING_EN = [
    case("About 1,400 trucks were stranded at the border crossing on Monday.", "2025-10-21",
         E("About 1,400", None, "2025-10-20", "as_of"), id="stranded-monday"),
    case("On Tuesday, 44 vessels lay at anchor off the port.", "2025-10-22",
         E("44", None, "2025-10-21", "as_of"), id="at-anchor-tuesday"),
]

EVENTS_EN = [  # negative rows
    case("On Monday, 1,400 trucks crossed the border.", "2025-10-21",
         E("1,400", "2025-10-20", "2025-10-20", "day"), id="crossed-monday"),
    case("Nine ships docked at the port on Tuesday.", "2025-10-22",
         E("Nine", "2025-10-21", "2025-10-21", "day"), id="docked-tuesday"),
]


@pytest.mark.parametrize("c", WAITING_FR + EVENTS_FR)
def test_fr_things_waiting_at_a_time(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", WAITING_EN + EVENTS_EN)
def test_en_things_waiting_at_a_time(c: PeriodCase) -> None:
    check(c, "en")
