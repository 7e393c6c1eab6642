"""The day a report was published by someone, in French (read on real news: drownings "selon le
rapport publié par Santé publique France ce jeudi 16 août"; a flood toll "a annoncé la
préfecture"; Channel crossings "selon un bilan communiqué par la préfecture maritime"; jobless
figures "publiés par l'Insee jeudi").

- "allant de début juin au 9 août", "de mars au 15 avril": from the month's first day to the day.
- A day right after a passive verb of saying and its agent ("publié par Santé publique France
  ce jeudi", "communiqué par la préfecture dimanche soir") dates the statement, as a day right
  after the verb does ("a annoncé lundi"): a figure takes it only when nothing else dates it,
  and then as the total known that day.

A figure its own phrase dates ("en juillet") keeps it (it took the report's day before). Negative
rows keep today's reading: a passive verb that says nothing ("organisée par les syndicats
jeudi"). Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

SAID = [
    case("Selon le rapport publié par l'agence sanitaire ce jeudi 13 août, 1 612 noyades ont eu "
         "lieu depuis le 1er juin.", "2026-08-17",
         E("1 612", "2026-06-01", "2026-08-17", "to_date"), id="rapport-publie-par-depuis"),
    case("Selon le rapport publié par l'agence sanitaire ce jeudi 13 août, 1 612 noyades ont eu "
         "lieu en 70 jours.", "2026-08-17",
         E("1 612", None, "2026-08-13", "as_of"), id="rapport-publie-par-seul"),
    case("Selon un bilan communiqué par la préfecture maritime dimanche soir, 43 personnes ont été "
         "secourues.", "2026-08-25",
         E("43", None, "2026-08-23", "as_of"), id="bilan-communique-par"),
    case("Selon le rapport publié par l'agence sanitaire ce jeudi 13 août, 1 612 noyades ont eu "
         "lieu en juillet.", "2026-08-17",
         E("1 612", "2026-07-01", "2026-07-31", "interval"), id="date-par-sa-propre-periode"),
    case("Sur une période allant de début juin au 9 août, 1 612 noyades ont été recensées.",
         "2026-08-17",
         E("1 612", "2026-06-01", "2026-08-09", "interval"), id="de-debut-juin-au-9-aout"),
]

KEPT = [
    case("La manifestation organisée par les syndicats jeudi a réuni 12 000 personnes.",
         "2026-08-21",
         E("12 000", "2026-08-20", "2026-08-20", "day"), id="organisee-par-n-est-pas-dire"),
]


@pytest.mark.parametrize("c", SAID + KEPT)
def test_fr_day_said_by_an_agent(c: PeriodCase) -> None:
    check(c, "fr")
