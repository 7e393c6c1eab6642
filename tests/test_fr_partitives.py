"""French partitive breakdowns count their part ("Dix des 14 bateaux", "Trois des 12 blessés",
"Deux des victimes"), as English reads "nine of them"; "tous deux" / "toutes deux" mean both, no
figure (and the misspelt "tout deux" of real copy). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "fr",
        "Huit des 15 embarcations ont été interceptées au large de Sfax.",
        [{"value": 8}, {"value": 15}],
        id="n-des-m",
    ),
    row(
        "fr",
        "Quatre des blessés étaient toujours hospitalisés vendredi.",
        [{"value": 4}],
        id="n-des-noun",
    ),
    row(
        "fr",
        "Les deux syndicats ont appelé à la grève.",
        [],
        id="les-deux-stays-no-figure",
    ),
    row(
        "fr",
        "Les taux des hommes et des femmes ont tous deux reculé de 0,3 point.",
        [{"value": 0.3, "unit": "percentage_point"}],
        id="tous-deux",
    ),
    row(
        "fr",
        "Les deux régions ont toutes deux dépassé 12 % de chômage.",
        [{"value": 12, "unit": "percent"}],
        id="toutes-deux",
    ),
    row(
        "fr",
        "Les jeunes et les seniors ayant tout deux progressé, le taux atteint 7,7 %.",
        [{"value": 7.7, "unit": "percent"}],
        id="tout-deux-misspelt",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_partitives_count_and_both_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
