"""A past year a running count is compared with is the whole of that year when the text names
it by its number or says all of it, and only its same part when the sentence says "the same
period" (read on real news: outbreak counts "so far this year, compared with ... in the whole of
last year", border and injury tallies "since January ..., compared with 31 in 2025", "contre 12
en 2024"; and Frontex/UN copy "par rapport à la même période en 2022").

Negative rows of the same shape keep today's reading: "the same period of 2025", "à la même
période en 2025" and "last year, when ... had already crossed" stay that year's same part.
Our own sentences, other numbers."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

EN = [
    case("The ministry has recorded more than 16,000 cases so far this year, compared with "
         "14,600 in the whole of last year.", "2026-08-16",
         E("14,600", "2025-01-01", "2025-12-31", "interval"), id="the-whole-of-last-year"),
]
EN_KEPT = [  # negative rows
    case("So far this year the agency has logged 4,100 crossings, against 3,900 in the same "
         "period of 2025.", "2026-12-02",
         E("3,900", "2025-01-01", "2025-12-02", "interval"), id="the-same-period-of-2025"),
    case("So far this year, 14,230 people have crossed. The figures show a rise compared to last "
         "year, when 11,900 had crossed.", "2026-12-02",
         E("11,900", "2025-01-01", "2025-12-02", "interval"), id="last-year-when"),
]
FR: list[object] = []
FR_KEPT = [  # negative rows
    case("Depuis le début de l'année, 4 100 traversées ont été recensées, contre 3 900 à la même "
         "période en 2025.", "2026-12-02",
         E("3 900", "2025-01-01", "2025-12-02", "interval"), id="a-la-meme-periode-en-2025"),
]


@pytest.mark.parametrize("c", EN + EN_KEPT)
def test_en_a_compared_past_year(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", FR + FR_KEPT)
def test_fr_a_compared_past_year(c: PeriodCase) -> None:
    check(c, "fr")
