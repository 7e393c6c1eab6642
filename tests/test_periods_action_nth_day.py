"""The Nth day of a strike or protest, in English and French (read on real news: SNCF strikes
"pour le deuxième jour de grève", "Au 36e jour de grève", "Les agriculteurs entament mardi leur
deuxième jour de blocage", Ecuador's "third day of demonstrations" after "Protests began on
Monday", Los Angeles' "third night of protests", UK nurses' "second day of strike action").

The article says when the action began ("The rail strike began on Tuesday", "La grève a
commencé mardi") or which day its Nth day was ("mercredi, deuxième jour de la grève"); a figure
whose sentence names the Nth day and no day of its own is of the start plus N - 1 days, not the
day the sentence before named (the start).

Kept: a sentence with a day of its own ("On Wednesday, the second day of the strike"), a
national "deuxième journée de mobilisation" (one more day of action, not the day after the
first), an Nth day with no start said. Our own sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("Rail strike enters second day\n\n"
         "The rail strike began on Tuesday.\n\n"
         "On the second day of the walkout, about 4,000 workers joined picket lines, the union "
         "said.", "2025-03-13",
         E("about 4,000", "2025-03-12", "2025-03-12", "day"), id="second-day-of-the-walkout"),
    case("Fuel protests spread\n\n"
         "Protests began on Monday, when the new diesel price came into force.\n\n"
         "For a third straight day, about 6,500 people blocked roads around the capital, police "
         "said.", "2025-06-12",
         E("about 6,500", "2025-06-11", "2025-06-11", "day"), id="for-a-third-straight-day"),
]

EN_KEPT = [
    case("Rail strike enters second day\n\n"
         "The rail strike began on Tuesday.\n\n"
         "On Wednesday, the second day of the walkout, about 4,000 workers joined picket lines.",
         "2025-03-13",
         E("about 4,000", "2025-03-12", "2025-03-12", "day"), id="its-own-weekday"),
]

FR = [
    case("Grève à la SNCF\n\n"
         "La grève des conducteurs a commencé mardi.\n\n"
         "Au troisième jour du mouvement, 28 % des conducteurs étaient en grève, selon la "
         "direction.", "2025-03-13",
         E("28 %", "2025-03-13", "2025-03-13", "day"), id="troisieme-jour-du-mouvement"),
    case("Grève à la SNCF\n\n"
         "Le trafic reste très perturbé mercredi, deuxième jour de la grève. La direction a "
         "annoncé un taux de grévistes de 31 %.\n\n"
         "Au troisième jour de la grève, 22 % des conducteurs étaient grévistes.", "2025-03-13",
         E("31 %", "2025-03-12", "2025-03-12", "day"),
         E("22 %", "2025-03-13", "2025-03-13", "day"), id="compte-depuis-le-deuxieme-jour"),
]

FR_KEPT = [
    case("Retraites : nouvelle journée de mobilisation\n\n"
         "La mobilisation a commencé jeudi 19 janvier.\n\n"
         "Pour la deuxième journée de mobilisation, mardi 31 janvier, 1,27 million de personnes "
         "ont défilé, selon l'Intérieur.", "2023-02-01",
         E("1,27 million", "2023-01-31", "2023-01-31", "day"), id="deuxieme-journee-nationale"),
]


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_nth_day_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR + FR_KEPT)
def test_nth_day_fr(c: PeriodCase) -> None:
    check(c, "fr")
