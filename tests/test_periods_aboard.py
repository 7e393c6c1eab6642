"""Who was aboard a plane, a bus or a ship is a fact of the event's day (read on real news: an
airliner's crash-landing, a midair collision, a ferry fire in the Adriatic, a ferry sinking
off Zanzibar, a bus that left a mountain road): "The plane carried 60 passengers and four crew
members", "478 personnes à bord, 422 passagers et 56 membres d'équipage" take the day the
article names for its event, not publication's nor a later toll's. Our own sentences, other
names and numbers. The negative rows keep their reading: what happened to those aboard (a
toll), a trip a phrase of its own dates, and an article that names no day of its event."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ABOARD_EN = [
    case("A jet crashed in a field near Kars on Tuesday, killing all 88 people on board. The jet "
         "was carrying 82 passengers and six crew members when it went down.", "2025-03-13",
         E("82", "2025-03-11", "2025-03-11", "day"), E("six", "2025-03-11", "2025-03-11", "day"),
         id="carrying-after-the-toll"),
    case("A ferry sank off the island late on Wednesday. By Friday, at least 41 people were "
         "confirmed dead. The ferry carried 212 passengers, officials said.", "2025-03-14",
         E("212", "2025-03-12", "2025-03-12", "day"), id="carried-after-a-later-toll"),
]

ABOARD_FR = [
    case("Un ferry a pris feu dimanche au large de Corfou. Lundi, la marine a secouru 380 "
         "personnes. Les chiffres officiels donnaient 512 personnes à bord, 470 passagers et 42 "
         "membres d'équipage.", "2025-03-11",
         E("512", "2025-03-09", "2025-03-09", "day"), E("470", "2025-03-09", "2025-03-09", "day"),
         E("42", "2025-03-09", "2025-03-09", "day"), id="a-bord-et-la-liste"),
    case("Le car avait quitté Cuzco mardi à 19 h 30. Selon la liste de la compagnie, 38 passagers "
         "avaient pris place à bord.", "2025-03-13",
         E("38", "2025-03-11", "2025-03-11", "day"), id="avaient-pris-place-a-bord"),
]

NOT_ABOARD_EN = [  # negative rows: they keep today's reading
    case("A mine collapsed on Monday. Inspectors have carried out 510 inspections, the ministry "
         "said.", "2025-03-12", E("510", None, "2025-03-12", "as_of"), id="carried-out"),
    case("A jet crashed in a field on Tuesday, killing all 88 passengers on board.",
         "2025-03-13", E("88", None, "2025-03-13", "as_of"), id="killing-all-aboard"),
    case("A ferry sank off the coast on Tuesday. The ferry, which carried 300 passengers on its "
         "last trip in May, was 40 years old.", "2025-03-13",
         E("300", "2024-05-01", "2024-05-31", "interval"), id="a-trip-of-its-own"),
]

NOT_ABOARD_FR = [
    case("Le paquebot, qui transportait 2 300 passagers, était le plus grand du pays.",
         "2025-03-13", E("2 300", None, "2025-03-13", "none"), id="pas-de-jour-de-l-evenement"),
]


@pytest.mark.parametrize("c", ABOARD_EN + NOT_ABOARD_EN)
def test_en_aboard_on_the_events_day(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", ABOARD_FR + NOT_ABOARD_FR)
def test_fr_aboard_on_the_events_day(c: PeriodCase) -> None:
    check(c, "fr")
