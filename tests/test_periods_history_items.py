"""A history of past events told item by item: each item takes ITS OWN date, never the one the
item before left (read on real news: crash coverage listing earlier disasters, "in 1997, ...
killing 228", "a cargo plane crashed in 2002, killing 129"; French wires' "en juillet 1993 ...
tuant 66 personnes, et en 2002 un avion ... faisant 129 morts").

Two grammar rows:
- a time phrase right after a comma and a clause link ("et", "and") opens that clause as a phrase
  opens a sentence: it frames the figures of that clause;
- a figure in a clause of what an event did (a comma, then "killing", "faisant") takes the time
  its event's clause names, though no comma sets that phrase off ("crashed in 1993 as it tried
  to land, killing 68 people").

Negative rows of the same shape keep today's reading: a year inside an attribute ("founded in
2010 and employs 1,200"), a phrase after the figure in a linked clause, a history item whose
own phrase sets off with a comma. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("In July 1993, a domestic flight crashed into a ridge, killing 71 people, and in 2004 a "
         "freighter went down near the capital, killing 133.", "2026-03-03",
         E("71", "1993-07-01", "1993-07-31", "interval"),
         E("133", "2004-01-01", "2004-12-31", "interval"), id="and-in-2004-opens-its-clause"),
    case("The country's last major crash was in 1998, when a jet came down short of the runway, "
         "killing 212 of the 240 people on board. A turboprop crashed in 1991 as it tried to "
         "land, killing 57 people.", "2026-03-03",
         E("57", "1991-01-01", "1991-12-31", "interval"), id="killing-after-its-event-clause"),
    case("A ferry capsized off Lamu in March 2009 during a storm, leaving 94 people dead.",
         "2026-03-03",
         E("94", "2009-03-01", "2009-03-31", "interval"), id="leaving-after-a-month"),
]
EN_KEPT = [  # negative rows
    case("The bakery chain was founded in 2010 and employs 1,200 people.", "2026-03-03",
         E("1,200", None, "2026-03-03", "as_of"), id="founded-and-employs"),
    case("In 1998, a jet came down short of the runway, killing 212 people.", "2026-03-03",
         E("212", "1998-01-01", "1998-12-31", "interval"), id="opening-year-set-off"),
    case("The airline carried 12,000 passengers, and it will open a new route in March.",
         "2026-03-20",
         E("12,000", None, "2026-03-20", "none"), id="phrase-after-the-figure"),
]
FR = [
    case("En juillet 1993, un vol intérieur s'était écrasé contre une crête, tuant 71 personnes, "
         "et en 2004 un cargo s'était abîmé près de la capitale, faisant 133 morts.",
         "2026-03-03",
         E("71", "1993-07-01", "1993-07-31", "interval"),
         E("133", "2004-01-01", "2004-12-31", "interval"), id="et-en-2004-ouvre-sa-proposition"),
    case("Le pire accident remonte à 1998, quand un avion s'était écrasé avant la piste, tuant 212 "
         "personnes. Un appareil régional s'était écrasé en 1991 près de Mopti, faisant 57 morts.",
         "2026-03-03",
         E("57", "1991-01-01", "1991-12-31", "interval"), id="faisant-apres-son-evenement"),
]
FR_KEPT = [  # negative rows
    case("L'entreprise, créée en 2020 et qui compte 1 300 salariés, a fermé.", "2026-03-03",
         E("1 300", None, "2026-03-03", "as_of"), id="creee-et-compte"),
    case("En 1998, un avion s'était écrasé avant la piste, tuant 212 personnes.", "2026-03-03",
         E("212", "1998-01-01", "1998-12-31", "interval"), id="annee-en-tete"),
]


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_each_history_item_keeps_its_date(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR + FR_KEPT)
def test_fr_each_history_item_keeps_its_date(c: PeriodCase) -> None:
    check(c, "fr")
