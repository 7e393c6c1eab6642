"""Days of the month listed with their month are dates, never counts: strike and walkout dates
as union and transport coverage gives them (BBC on London bus drivers: strikes on three days of
December and eight of January listed by day; the PA copy of the same story; BBC on Sunderland
bus drivers, single days and day ranges; an Arriva strike page listing ordinal days). Only the
day beside the month was a date before; the days before it in the list were read as counts.
The counter-cases keep a count after a month and its day ("March 3, 4 people were hurt") and a
list of counts that ends with its noun.

Every sentence is our own, written in the style of what was read."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY_LISTS = [
    row(
        "en",
        "Drivers will strike on 22, 28 and 30 December and 3, 6, 9, 13, 17, 20 and 27 January.",
        [],
        id="en-days-before-two-months",
    ),
    row(
        "en",
        "The union has named four strike days, 9, 10, 16 and 17 February, and 1,850 members "
        "will walk out.",
        [{"surface": "four", "value": 4}, {"surface": "1,850", "value": 1850}],
        id="en-days-in-apposition",
    ),
    row(
        "en",
        "Walkouts are set for April 7, 8 and 14 at the Harwick depot.",
        [],
        id="en-month-first-list",
    ),
    row(
        "en",
        "Services ran on 11 & 12 May, when 640 trains were cancelled.",
        [{"surface": "640", "value": 640}],
        id="en-ampersand",
    ),
    row(
        "fr",
        "Les aiguilleurs seront en grève les 23, 26 et 30 décembre, puis les 2 et 6 janvier.",
        [],
        id="fr-les-jours-et-mois",
    ),
    row(
        "fr",
        "Les 14, 15 et 16 avril, 52 vols ont été annulés à Nantes.",
        [{"surface": "52", "value": 52}],
        id="fr-jours-en-tete",
    ),
]

STILL_COUNTS = [
    row("en", "On March 3, 4 people were hurt when the roof gave way.", ["4"],
        id="en-count-after-a-date"),
    row("en", "The three parties won 12, 9 and 4 seats in May.", ["12", "9", "4"],
        id="en-counts-listed-before-their-noun"),
    row("en", "Prices rose 3, 4 and 5 percent in March, April and May.", ["5 percent"],
        id="en-shares-listed-before-a-month"),
    row("fr", "Les trois listes ont obtenu 14, 9 et 6 sièges en mars.", ["14", "9", "6"],
        id="fr-sieges-avant-le-mois"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DAY_LISTS)
def test_days_listed_with_their_month_are_dates(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "kept"), STILL_COUNTS)
def test_counts_beside_a_month_stay(lang, text, kept):
    surfaces = [c.surface for c in extract_text(text, lang=lang)]
    assert all(s in surfaces for s in kept), surfaces
