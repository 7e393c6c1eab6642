"""A one-day incident's tallies take the incident's day, which the text tells, not the day a
later bulletin put the toll at.

Wire copy of a blast or a crash opens on the toll's latest level ("The number of people killed
when a fuel truck overturned ... rose to 19 on Thursday"), then tells the incident's own day
("The truck overturned ... on Tuesday") and, with no time, what it destroyed ("The fire
destroyed 12 cars"). The lead's Thursday is the toll's day; the incident's is Tuesday, and the
cars are Tuesday's. Likewise "killing 142 of the 144 people on board": the 144 are who was
aboard, a fact of the crash's day, while the 142 are a toll.

The class, seen in real news (our own sentences below, other places and numbers): Nigerian
copy on a gas tanker blast ("No fewer than 25 cars were also destroyed"), French copy on a gas
truck fire in Lomme ("trois maisons détruites ... trois voitures détruites"), wires on an air
crash at San Francisco ("182 of the 307 people ... on board") and a tanker blast toll that rose
on the days after. Not the level a perfect tells ("The blaze has destroyed 1,200 homes"), nor a
past event's count with its year ("A similar fire ... in 2019 destroyed 40 homes").
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

TRUCK = "\n\n".join([
    "Kenya fuel truck fire toll rises to 19",
    "NAIROBI, March 5 (Reuters) - The number of people killed when a fuel truck overturned and "
    "burst into flames on a highway near Nakuru rose to 19 on Thursday, police said.",
    "The truck overturned on a sharp curve at about 9 p.m. on Tuesday, and villagers rushed to "
    "collect the spilled diesel.",
    "The fire destroyed 12 cars and 5 minibuses, and burned about 30 market stalls, police said.",
    "A similar fire near Molo in 2019 destroyed 40 homes.",
])

CRASH = "\n\n".join([
    "South Korea plane crash kills 142",
    "SEOUL, March 16 (Reuters) - A Sky Air passenger jet skidded off the runway and burst into "
    "flames at Yeosu airport on Sunday, killing 142 of the 144 people on board.",
    "The plane was carrying 138 passengers and six crew members on a flight from Bangkok.",
])

WILDFIRE = "\n\n".join([
    "Wildfire near Boulder keeps spreading",
    "A wildfire that broke out near Boulder on Tuesday kept spreading on Friday, firefighters "
    "said.",
    "The blaze has destroyed 1,200 homes and forced 30,000 people to leave.",
])

# (text, published, surface, start, end, kind)
ROWS = [
    (TRUCK, date(2026, 3, 5), "12", "2026-03-03", "2026-03-03", "day"),
    (TRUCK, date(2026, 3, 5), "5", "2026-03-03", "2026-03-03", "day"),
    (TRUCK, date(2026, 3, 5), "about 30", "2026-03-03", "2026-03-03", "day"),
    (CRASH, date(2026, 3, 16), "144", "2026-03-15", "2026-03-15", "day"),
    # the toll keeps its reading: as of when it is told
    (TRUCK, date(2026, 3, 5), "19", None, "2026-03-05", "as_of"),
    (CRASH, date(2026, 3, 16), "142", None, "2026-03-16", "as_of"),
    # a past event's count keeps its year; a level a perfect tells is no day's tally
    (TRUCK, date(2026, 3, 5), "40", "2019-01-01", "2019-12-31", "interval"),
    (WILDFIRE, date(2026, 8, 14), "1,200", None, "2026-08-14", "as_of"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "kind"), ROWS)
def test_an_incidents_tally_takes_the_incidents_day(text, published, surface, start, end,
                                                    kind):
    claims = [c for c in extract_text(text, lang="en", published=published)
              if c.surface == surface]
    assert claims, surface
    period = claims[-1].period
    assert period is not None
    got = (str(period.start) if period.start else None, str(period.end), period.kind.value)
    assert got == (start, end, kind), claims[-1].sentence
