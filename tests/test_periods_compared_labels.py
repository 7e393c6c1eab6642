"""A time compared with, set right before a parenthesis that opens on a figure, labels that
figure: "en hausse de 3,1 % par rapport à 2024 (326 600)" gives 326 600 for 2024, while the
change before the comparison (and the level it describes) keeps the sentence's own time. Korean
copy does the same with "지난해(…)" (tests/test_last_year_in_brackets_ko.py).

The class, read on real copy (paraphrased): a news agency's report of Eurostat asylum figures
(this year's count, down by a share compared with last year, last year's count in brackets); a
solar-grid operator's capacity release, a West African company's results and a bank's outlook
(growth compared with the previous year, that year's level in brackets); a European Parliament
text on EU asylum-agency figures. Look-alikes the rule leaves alone: a signed change in the
brackets (a crime-statistics note, a rail operator's results), words first in the brackets (a
lottery's breakdown of its surplus), a year with no comparison word before its brackets (an
Austrian daily's list of past years' counts), a bracket with its own year (a statistics
office's fire deaths). Our own sentences, other numbers and names."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

FR = [
    case("Le pays a accordé 48 300 visas étudiants en 2025, soit une hausse de 4,2 % par rapport "
         "à 2024 (46 350), selon le ministère.", "2026-02-03",
         E("48 300", "2025-01-01", "2025-12-31", "interval"),
         E("4,2 %", "2025-01-01", "2025-12-31", "interval"),
         E("46 350", "2024-01-01", "2024-12-31", "interval"), id="par-rapport-a-2024"),
    case("Les ventes ont reculé de 2 % en 2025 comparé à 2023 (12 400 unités), selon la "
         "fédération.", "2026-03-10",
         E("12 400", "2023-01-01", "2023-12-31", "interval"), id="compare-a-2023"),
]
FR_KEPT = [  # negative rows: no comparison before the parenthesis, or no figure opening it
    case("La région a compté 12 400 naissances en 2025 (+3 %), selon l'Insee.", "2026-03-10",
         E("12 400", "2025-01-01", "2025-12-31", "interval"), id="own-year-then-aside"),
    case("Le port a accueilli 4 310 escales en 2025, un chiffre en léger recul par rapport à "
         "2024 (-1,2 %).", "2026-02-23",
         E("-1,2 %", "2025-01-01", "2025-12-31", "interval"), id="a-signed-change-in-it"),
    case("En 2025, 8 100 dossiers ont été traités, contre 7 600 en 2024.", "2026-03-10",
         E("8 100", "2025-01-01", "2025-12-31", "interval"),
         E("7 600", "2024-01-01", "2024-12-31", "interval"), id="contre-en-2024"),
]
EN = [
    case("The port handled 1,272 ships in 2025, up 3.1% compared with 2024 (1,234), the "
         "authority said.", "2026-01-28",
         E("1,272", "2025-01-01", "2025-12-31", "interval"),
         E("1,234", "2024-01-01", "2024-12-31", "interval"), id="compared-with-2024"),
    case("In 2025, 815,000 first-time applicants applied for protection in EU countries, down "
         "by 11% compared with 2024 (915,600), according to Eurostat.", "2026-03-20",
         E("815,000", "2025-01-01", "2025-12-31", "interval"),
         E("915,600", "2024-01-01", "2024-12-31", "interval"), id="down-compared-with-2024"),
    case("Insolvencies reached 2,904 in 2025, against 2023 (2,610) and 2024 (2,770).",
         "2026-02-11",
         E("2,904", "2025-01-01", "2025-12-31", "interval"),
         E("2,610", "2023-01-01", "2023-12-31", "interval"), id="against-2023"),
]
EN_KEPT = [  # negative rows
    case("The clinic treated 3,420 patients in 2025 (up 6%), its annual report said.",
         "2026-04-02",
         E("3,420", "2025-01-01", "2025-12-31", "interval"), id="own-year-then-aside"),
    case("Floods killed 64 people in 2025. Against 2023, the toll was up sharply (in 2023, 41 "
         "deaths were recorded).", "2026-02-15",
         E("41", "2023-01-01", "2023-12-31", "interval"), id="parenthesis-with-its-own-year"),
]


@pytest.mark.parametrize("c", FR + FR_KEPT)
def test_fr_a_compared_time_labels_its_parenthesis(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_a_compared_time_labels_its_parenthesis(c: PeriodCase) -> None:
    check(c, "en")
