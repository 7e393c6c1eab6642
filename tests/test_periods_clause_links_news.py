"""A time in a clause that a comma and a clause link open after a figure ("..., et appelle à une
nouvelle journée de grève le 3 décembre", "..., but they are still down since the start of
2023") dates that clause's verb, not the figure before (read on real news: strike counts "selon
la CGT, contre N selon la police" followed by the union's call for the next day of action; a
share price up in early trading, "but" down since a year; a port's traffic, "and" a route to
open). The figure keeps the time of its own clause, or none.

Negative rows of the same shape keep today's reading: a time set off by commas with no link
("soit le double, en mars") and figures joined by "et" with no comma share the time after them.
Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("Les syndicats ont compté 85 000 manifestants le 12 mars, contre 21 000 selon la "
         "préfecture, et appellent à une nouvelle journée de grève le 2 avril.", "2026-03-20",
         E("21 000", "2026-03-12", "2026-03-12", "day"), id="contre-selon-et-appellent"),
    case("Le port a accueilli 12 000 passagers, et la compagnie ouvrira une nouvelle ligne en "
         "mars.", "2026-03-20",
         E("12 000", None, "2026-03-20", "none"), id="et-un-autre-verbe"),
]
FR_KEPT = [  # negative rows
    case("Le port a accueilli 12 000 passagers, soit le double, en mars.", "2026-03-20",
         E("12 000", "2026-03-01", "2026-03-20", "to_date"), id="entre-virgules-sans-lien"),
    case("Les syndicats ont compté 85 000 manifestants le 12 mars, et 40 000 le 19 mars.",
         "2026-03-20",
         E("40 000", "2026-03-19", "2026-03-19", "day"), id="son-propre-jour"),
]
EN = [
    case("The airline carried 12,000 passengers, and it will open a new route in March.",
         "2026-03-20",
         E("12,000", None, "2026-03-20", "none"), id="and-another-verb"),
]
EN_KEPT = [  # negative rows
    case("The airline carried 12,000 passengers and 300 tonnes of cargo in March.", "2026-04-20",
         E("300 tonnes", "2026-03-01", "2026-03-31", "interval"), id="joined-objects"),
]


@pytest.mark.parametrize("c", FR + FR_KEPT)
def test_fr_a_linked_clause_keeps_its_time(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_a_linked_clause_keeps_its_time(c: PeriodCase) -> None:
    check(c, "en")
