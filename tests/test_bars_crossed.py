"""A bar a figure stands under or above bounds the figure: "est passé sous la barre des 9 000"
is less than 9 000, "a terminé au-dessus de la barre des 7 500 points" more than 7 500, "a
franchi la barre du million" more than a million, and "est sur le point de franchir la barre des
80 000 morts" still less than 80 000. French wire copy on jobless counts, farm censuses, stock
indices and epidemic tolls writes them (AFP on Covid tolls "a passé la barre des 10.000 morts",
LCI "sur le point de franchir la barre des 100.000 morts", L'Humanité "en deçà de la barre des
5 %"). A bar named with no position stays exact ("la barre des 50 000 est symbolique").
Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 2, 20)

BARS = [
    row("fr", "Le nombre d'exploitations dans la région est passé sous la barre des 9 000.",
        [{"value": 9000, "approx": "less_than"}], id="fr-sous-la-barre-des"),
    row("fr", "Le taux de chômage est repassé sous la barre des 7 %, selon l'Insee.",
        [{"value": 7, "approx": "less_than", "unit": "percent"}], id="fr-sous-la-barre-percent"),
    row("fr", "Le Cac 40 a terminé au-dessus de la barre des 7 500 points.",
        [{"value": 7500, "approx": "more_than"}], id="fr-au-dessus-de-la-barre"),
    row("fr", "Le nombre de visiteurs a franchi la barre du million pour la première fois.",
        [{"value": 1e6, "approx": "more_than"}], id="fr-franchi-la-barre-du"),
    row("fr", "La France est sur le point de franchir la barre des 80 000 morts.",
        [{"value": 80000, "approx": "less_than"}], id="fr-sur-le-point-de-franchir"),
    row("fr", "Deux pays ont déjà franchi la barre des 50 000 morts.",
        [{"value": 2}, {"value": 50000, "approx": "more_than"}], id="fr-franchi-stays"),
    # a level with no bar, or a bar with no position, stays exact
    row("fr", "Le nombre d'exploitations est passé à 9 000 l'an dernier.",
        [{"value": 9000, "approx": "exact"}], id="fr-passe-a-stays-exact"),
    row("fr", "Les exploitants ont défilé sous la pluie, à 300 tracteurs.",
        [{"value": 300, "approx": "exact"}], id="fr-sous-la-pluie-stays-exact"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARS)
def test_bars_crossed(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
