"""An earlier reading of a toll frames nothing after it (read on real news: tornado, cyclone and
earthquake tolls in agency copy, in French and English). The lead gives today's toll ("Le bilan
... s'est alourdi vendredi à 19 morts"), a sentence recalls the reading of the day before ("Jeudi,
les services d'urgence faisaient encore état de 14 morts", "Le précédent bilan s'établissait
lundi à 31 938 morts"), and the next sentences go on with today's toll and its parts: they are
as of today, not as of the earlier reading.

Not an earlier reading: a count of another thing at an earlier time (it frames the sentence
after it as before), or an earlier day told before the later one (a story told in order). Our
own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EARLIER_READINGS = [
    case("Le bilan de l'effondrement de l'immeuble s'est alourdi samedi à 23 morts, selon la "
         "protection civile. Vendredi soir, les secours faisaient encore état de 17 morts. Dans "
         "le quartier de Vallières, 15 personnes ont péri, dont six enfants.", "2026-03-14",
         E("17", None, "2026-03-13", "as_of"),
         E("15", None, "2026-03-14", "as_of"),
         E("six", None, "2026-03-14", "as_of"), id="fr-la-veille-encore"),
    case("Le bilan des inondations s'est alourdi mardi à 412 morts, selon la radio publique. Le "
         "précédent bilan s'établissait lundi à 377 morts. Dans la province de Sagaing, 260 "
         "personnes ont péri.", "2026-05-12",
         E("377", None, "2026-05-11", "as_of"),
         E("260", None, "2026-05-12", "as_of"), id="fr-precedent-bilan"),
    case("The death toll from the mudslide rose to 31 on Sunday, officials said. The previous "
         "toll, given on Saturday, stood at 24 dead. In the village of Amberley, 18 people were "
         "killed, including seven children.", "2026-01-18",
         E("24", None, "2026-01-17", "as_of"),
         E("18", None, "2026-01-18", "as_of"), id="en-the-day-before"),
]

# Lignes négatives : même forme, mais un autre compte, ou un récit dans l'ordre des jours.
NOT_EARLIER_READINGS = [
    case("Le bilan de l'effondrement s'est alourdi samedi à 23 morts. Vendredi soir, 48 "
         "personnes étaient hospitalisées. Parmi elles, 9 patients étaient en réanimation.",
         "2026-03-14",
         E("48", None, "2026-03-13", "as_of"),
         E("9", None, "2026-03-13", "as_of"), id="fr-un-autre-compte"),
    case("Vendredi soir, les secours faisaient état de 17 morts. Samedi, le bilan s'est alourdi "
         "à 23 morts. Dans le quartier de Vallières, 15 personnes ont péri.", "2026-03-14",
         E("17", None, "2026-03-13", "as_of"),
         E("15", None, "2026-03-14", "as_of"), id="fr-dans-l-ordre"),
]


@pytest.mark.parametrize("c", EARLIER_READINGS + NOT_EARLIER_READINGS)
def test_an_earlier_reading_frames_nothing(c: PeriodCase) -> None:
    check(c, "en" if c.id.startswith("en-") else "fr")
