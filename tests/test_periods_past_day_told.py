"""A sentence without figures that tells of one past day dated in full ("Le 3 octobre 2013 a eu
lieu l'un des plus grands naufrages", "The Valdivia earthquake struck on May 22, 1960") names
the day of the event the next sentence counts ("Cette tragédie a causé la mort d'au moins 368
personnes"): anniversary and recap copy tells past disasters this way. Before, only a day set
off by a comma at the start did ("Le 3 octobre 2013, ..."). Real instances: Viva Magazine and
InfoMigrants on the Lampedusa shipwreck, Mexican earthquake anniversaries. It reaches the next
sentence only. Rows of the same shape keep their reading: a day without its year further in
("appellent à manifester le 25 mars"), and the sentence after next."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

TOLD = [
    case("Le 3 octobre 2013 a eu lieu un grand naufrage en Méditerranée. Cette tragédie a "
         "causé la mort de 368 personnes.", "2023-10-03",
         E("368", "2013-10-03", "2013-10-03", "day"), id="fr-a-eu-lieu-le-3-octobre-2013"),
]

TOLD_EN = [
    case("The Valdivia earthquake struck on May 22, 1960. Approximately 1,655 people were "
         "killed in that earthquake.", "2023-02-06",
         E("Approximately 1,655", "1960-05-22", "1960-05-22", "day"),
         id="en-struck-on-may-22-1960"),
]

KEPT = [
    case("Les syndicats appellent à manifester le 25 mars. Quelque 12 000 personnes sont "
         "attendues.", "2026-03-20",
         E("Quelque 12 000", None, "2026-03-20", "none"), id="fr-a-day-further-in-kept"),
    case("Le 3 octobre 2013 a eu lieu un grand naufrage en Méditerranée. Les secours sont "
         "arrivés trop tard. Aujourd'hui, l'île accueille 412 migrants.", "2023-10-03",
         E("412", "2023-10-03", "2023-10-03", "day"), id="fr-the-sentence-after-next-kept"),
]


@pytest.mark.parametrize("c", TOLD + KEPT)
def test_past_day_told_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", TOLD_EN)
def test_past_day_told_en(c: PeriodCase) -> None:
    check(c, "en")
