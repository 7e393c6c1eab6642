"""The day a statement was made dates the statement, not its figures, whatever the verb of
saying (read on AFP copy: "a déploré mercredi le président régional", "a dénoncé lundi le
syndicat", "a rappelé jeudi soir le ministre", "a regretté vendredi l'ONG"): the figure holds
as of that day, it is no count of that day's events. A day of the figure's own keeps it. Our own
sentences, other names and numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

CASES = [
    case("Seuls 310 dossiers ont été traités à ce jour, a déploré mardi la présidente de "
         "l'association.", "2026-03-10",
         E("310", None, "2026-03-10", "as_of"), id="a-deplore-mardi"),
    case("Seuls 42 des 120 logements promis ont été livrés, a dénoncé lundi le collectif.",
         "2026-03-10",
         E("42", None, "2026-03-09", "as_of"), id="a-denonce-lundi"),
    # negative: a day of the figure's own
    case("Lundi, 58 familles ont été relogées, a rappelé mardi la préfecture.", "2026-03-10",
         E("58", "2026-03-09", "2026-03-09", "day"), id="un-jour-a-lui"),
]


@pytest.mark.parametrize("c", CASES)
def test_fr_a_verb_of_saying_dates_the_statement(c: PeriodCase) -> None:
    check(c, "fr")
