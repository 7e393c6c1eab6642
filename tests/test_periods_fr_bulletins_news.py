"""A running count given at a bulletin, in French (read on real news: an E. coli outbreak, "Depuis
le 12 juin, 19 enfants ont été pris en charge", counted again at each bulletin of the ARS and the
prefecture; a regional Covid bulletin, "Mardi à 15h, le nombre de contaminations était monté à
1820 cas et le Grand Est dénombrait 61 décès"; floods, "20.000 évacuations depuis le début de
l'épisode" at a press briefing; a food poisoning at a school canteen, counted by the ARS evening
after evening).

- The count runs from the start the story gives ("depuis lundi") to the bulletin's day, said
  after the source ("selon le dernier point de l'ARS, mercredi soir"), not to publication.
- Counts joined by "et" with no comma ("132 enfants et 9 encadrants ont été pris en charge depuis
  samedi") are one subject: the window after the second is the first's too.
- The same count read at an earlier bulletin ("Dimanche soir, la préfecture recensait 118
  personnes malades") runs from the same start to that bulletin's day.
- A headline giving the sum of the body's parts ("141 malades" over "132 enfants et 9
  encadrants") takes their period.

Negative rows of the same shapes keep today's reading: a stock held at a bulletin (no verb of
counting), a count read before a window that runs to publication, figures set apart by a comma,
a headline figure that is no sum. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

COLONY = ("Au total, 132 enfants et 9 encadrants ont été pris en charge depuis samedi, selon le "
          "dernier bilan de la préfecture, lundi soir. Dimanche soir, la préfecture recensait "
          "118 personnes malades.")

RUNNING = [
    case(COLONY, "2026-07-14",
         E("132", "2026-07-11", "2026-07-13", "to_date"),
         E("9", "2026-07-11", "2026-07-13", "to_date"),
         E("118", "2026-07-11", "2026-07-12", "to_date"), id="colonie-deux-bulletins"),
    case("Au total, 412 personnes ont été hospitalisées depuis jeudi, selon le dernier point de "
         "l'ARS, dimanche.", "2026-07-14",
         E("412", "2026-07-09", "2026-07-12", "to_date"), id="canicule-point-de-l-ars"),
    case("Au total, 1 320 adultes et 48 mineurs ont été interpellés depuis mardi, d'après le "
         "dernier décompte du ministère, vendredi matin.", "2026-07-14",
         E("1 320", "2026-07-07", "2026-07-10", "to_date"),
         E("48", "2026-07-07", "2026-07-10", "to_date"), id="emeutes-decompte-du-ministere"),
    case("Les secours ont évacué 40 personnes et 12 chiens depuis lundi.", "2026-07-14",
         E("40", "2026-07-13", "2026-07-14", "to_date"), id="deux-objets-joints-par-et"),
    case("Intoxication à la colonie de Morzine : 141 malades\n\n" + COLONY, "2026-07-14",
         E("141", "2026-07-11", "2026-07-13", "to_date", "carried", "132"),
         id="titre-somme-des-parts"),
]

NOT_RUNNING = [
    case(COLONY + " Dimanche soir, 14 enfants étaient hospitalisés.", "2026-07-14",
         E("14", None, "2026-07-12", "as_of"), id="un-etat-au-bulletin"),  # a level that day
    case("Depuis samedi, 132 enfants ont été pris en charge. Dimanche soir, la préfecture "
         "recensait 118 personnes malades.", "2026-07-14",
         E("118", None, "2026-07-12", "as_of"), id="fenetre-jusqu-a-la-publication"),
    case("Les secours ont évacué 40 personnes, et 12 chiens ont été recueillis depuis lundi.",
         "2026-07-14",
         E("40", None, "2026-07-14", "none"), id="une-virgule-entre-les-deux"),
    case("L'usine emploie 400 salariés et 12 apprentis depuis 2019.", "2026-07-14",
         E("400", None, "2026-07-14", "as_of"), id="un-etat-au-present"),
    case("Intoxication à la colonie de Morzine : 150 malades\n\n" + COLONY, "2026-07-14",
         E("150", None, "2026-07-14", "none"), id="titre-qui-n-est-pas-une-somme"),
]


@pytest.mark.parametrize("c", RUNNING + NOT_RUNNING)
def test_fr_running_count_at_a_bulletin(c: PeriodCase) -> None:
    check(c, "fr")
