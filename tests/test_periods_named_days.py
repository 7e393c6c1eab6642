"""Days a calendar names ("on Christmas Day", "le jour de Noël", "lors du réveillon de la
Saint-Sylvestre", "On New Year's Eve") are their month's day, of the latest such day by
publication; "le lendemain" / "the next day" after one is the day after it. A finished year
said as "l'année écoulée" in an annual report of the first weeks of a year is the calendar
year that ended, not a window running into this one. Sentences of our own, in the style of
migration tallies, New Year's Eve police counts and rescue services' annual reports.
Negatives keep today's reading: a holiday naming a thing ("Le père Noël", "The Christmas Day
appeal"), "l'année écoulée" said later in a year."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, case, check

E = Expect

NAMED_DAYS = [
    case("On Christmas Day, 410 people crossed the Channel in small boats.", "2024-12-27",
         E("410", "2024-12-25", "2024-12-25", "day"), id="en-christmas-day"),
    case("On New Year's Eve, police made 290 arrests across the country.", "2025-01-02",
         E("290", "2024-12-31", "2024-12-31", "day"), id="en-new-years-eve"),
    case("On Christmas Eve, 180 migrants were rescued. The next day, 95 more arrived.",
         "2024-12-28",
         E("180", "2024-12-24", "2024-12-24", "day"),
         E("95", "2024-12-25", "2024-12-25", "day"), id="en-eve-then-next-day"),
    case("Le jour de Noël, 260 personnes ont été secourues. Le lendemain, 140 autres ont été "
         "récupérées.", "2025-01-03",
         E("260", "2024-12-25", "2024-12-25", "day"),
         E("140", "2024-12-26", "2024-12-26", "day"), id="fr-noel-puis-lendemain"),
    case("Lors du réveillon de la Saint-Sylvestre, 410 personnes ont été interpellées.",
         "2025-01-01",
         E("410", "2024-12-31", "2024-12-31", "day"), id="fr-saint-sylvestre"),
]

FINISHED_YEAR = [
    case("Dans son bilan annuel, la préfecture maritime indique que 35 900 personnes ont "
         "traversé l'année écoulée.", "2025-02-12",
         E("35 900", "2024-01-01", "2024-12-31", "interval"), id="fr-annee-ecoulee-en-fevrier"),
    case("Au cours de l'année écoulée, les sauveteurs ont mené 2 410 opérations.", "2025-01-20",
         E("2 410", "2024-01-01", "2024-12-31", "interval"), id="fr-au-cours-de-l-annee-ecoulee"),
]

# Today's reading.
NOT_A_NAMED_DAY = [
    case("Le père Noël a distribué 300 cadeaux aux enfants.", "2024-12-27",
         E("300", None, "2024-12-27", "none"), id="fr-pere-noel"),
    case("The Christmas Day appeal raised 4,000 pounds.", "2024-12-27",
         E("4,000 pounds", None, None, "none"), id="en-christmas-day-appeal"),
    case("Au cours de l'année écoulée, 290 personnes ont été évacuées.", "2024-09-10",
         E("290", "2023-09-11", "2024-09-10", "to_date"), id="fr-annee-ecoulee-en-septembre"),
]


@pytest.mark.parametrize("c", NAMED_DAYS + FINISHED_YEAR + NOT_A_NAMED_DAY)
def test_named_days_and_finished_years(c) -> None:
    check(c, "fr" if c.id.startswith("fr") else "en")
