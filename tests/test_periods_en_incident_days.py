"""The day of a one-off event the lead tells (a gas blast, a plane crash, a derailment) reaches
the figures of what was done that day, in English (read on real news: a blast in an apartment
block with its firefighters and evacuations, an airliner crash with the passengers who escaped,
protest-day copy the same day and the day after): "About 120 firefighters ... were deployed",
even after a sentence of levels held at an hour ("six
residents were still missing on Saturday afternoon"), which the frame would otherwise carry. A
stock put in place by a past perfect ("had cut supplies to 2,400 households") holds as of
publication.

Not the event's day: the toll (a level, ``claims.tolls``), a stock. Our own sentences, other
names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

DAY_FIGURES = [
    case("Blast hits Graz housing block, killing two\n\n"
         "GRAZ, Austria, March 7 - At least two people were killed and 14 injured when a "
         "suspected gas explosion tore through a housing block in Graz early on Saturday, police "
         "said.\n\n"
         "Three of the injured were in intensive care and six residents were still missing on "
         "Saturday afternoon, a police spokesman said.\n\n"
         "About 120 firefighters and 30 vehicles were deployed, the fire brigade said. Police "
         "evacuated some 260 residents from two nearby buildings as a precaution.",
         "2026-03-07",
         E("About 120", "2026-03-07", "2026-03-07", "day"),
         E("30", "2026-03-07", "2026-03-07", "day"),
         E("six", None, "2026-03-07", "as_of"), id="blast-after-a-state"),
]

NOT_THE_DAY = [
    case("Blast hits Graz housing block\n\n"
         "A suspected gas explosion tore through a housing block in Graz late on Friday, police "
         "said.\n\n"
         "The block, built in 1972, had 96 flats, according to its owner.\n\n"
         "At least two people were killed, the fire brigade said.", "2026-03-07",
         E("At least two", None, "2026-03-07", "as_of"), id="the-toll"),
    case("At least two people were killed when a suspected gas explosion tore through a housing "
         "block in Graz on Friday. The utility had cut supplies to 2,400 households while "
         "engineers checked the network.", "2026-03-07",
         E("2,400", None, "2026-03-07", "as_of"), id="a-stock-put-in-place"),
    # A noun of the rescue ("firefighters") names who was hurt, not what was done that day.
    case("The death toll from the Leeds tower fire rose to 17 on Thursday, officials said.\n\n"
         "The blaze began on Tuesday evening in a block of flats and spread to two more blocks."
         "\n\nRescue work has now ended. At least 23 people, including four firefighters, were "
         "injured, a spokesman said.", "2026-03-12",
         E("At least 23", None, "2026-03-12", "none"), id="the-injured-with-firefighters"),
]


@pytest.mark.parametrize("c", DAY_FIGURES + NOT_THE_DAY)
def test_en_incident_figures_take_its_day(c: PeriodCase) -> None:
    check(c, "en")
