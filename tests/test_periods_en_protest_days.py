"""The protest day reaches the day's own figures, in English (read on real news: an anti-police
march counted by the police the next day, a clash in a city centre with its arrests and injured
officers, farmers' and public-sector marches in wire copy). The lead names the day once with the
action ("Nineteen protesters were arrested ... downtown Saturday"), and the figures of that
day's marchers, arrests and police that state no time of their own are of it, even in the next
day's copy and in the clause before the day ("Thirty one protesters were arrested and at least
three were hurt ... Saturday"). So are figures told at an hour of that day ("at around 7 p.m.").

Not the action's day: a figure of an earlier protest, a plan, a standing fact, a figure with its
own date. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DAY_FIGURES = [
    case("Thirty one protesters were arrested and at least three were hurt after a clash with "
         "police near the city hall Saturday.\n\n"
         "The march had started peacefully by the river, the police chief said.\n\n"
         "According to the chief, 31 people were arrested, including six on felony charges.",
         "2026-03-08",
         E("Thirty one", "2026-03-07", "2026-03-07", "day"),
         E("31", "2026-03-07", "2026-03-07", "day"), id="next-day-arrests"),
    case("Hundreds march against school closures in Leeds\n\n"
         "Parents and teachers marched through Leeds on Saturday against the closure of four "
         "primary schools. The council says the schools have lost 600 pupils since 2020. Police "
         "estimated about 900 protesters had gathered outside the civic hall at around 7 p.m.",
         "2026-03-08",
         E("about 900", "2026-03-07", "2026-03-07", "day"), id="an-hour-of-the-day"),
]

# Negative rows: not the action's figures, or figures with a time of their own.
NOT_THE_DAY = [
    case("About 5,000 nurses marched through the capital on Tuesday against the pay freeze. "
         "Their pay has fallen 4% since 2022, the union says. The hospital trust employs "
         "14,000 nurses.", "2026-03-11",
         E("14,000", None, "2026-03-11", "as_of"), id="a-standing-fact"),
    case("About 5,000 nurses marched through the capital on Tuesday against the pay freeze. "
         "On March 3, about 8,000 demonstrators had gathered in the same square.", "2026-03-11",
         E("about 8,000", "2026-03-03", "2026-03-03", "day"), id="its-own-day"),
    case("Thirty one protesters were arrested after a clash with police near the city hall "
         "Saturday. The city has spent $4 million on policing protests since January.",
         "2026-03-08",
         E("$4 million", "2026-01-01", "2026-03-08", "to_date"), id="a-running-total"),
]


@pytest.mark.parametrize("c", DAY_FIGURES + NOT_THE_DAY)
def test_en_protest_figures_take_its_day(c: PeriodCase) -> None:
    check(c, "en")
