"""A change written with its minus sign is a fall of the figure's size, as "fell 2%" is (the
gold writes "-1,4 %" as 1.4, direction down): a fall verb before the signed rate ("les prix se
sont contractés de -7,7 %", "l'essence recule de -1,9 %"), or the earlier period's change linked
to the change before it ("+0,1 % après −0,2 % en septembre", "il rebondit de 0,1 %, après
-1,1 % le mois précédent", "edged up 0.1% after -0.2% in September"). Statistical releases on
prices write them this way (AFP, La Tribune, Insee summaries, wire copy in English). A level
written with its sign stays negative: "cut its deposit rate to -0.5%", "a été abaissé à
-0,5 %", "la croissance a été de -0,4 %", "the index stood at -4.5". Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 11, 27)

SIGNED = [
    row("fr", "Les prix des produits pétroliers se sont contractés de -6,3 % sur un an.",
        [{"value": 6.3, "unit": "percent"}], id="fr-fall-verb-and-sign"),
    row("fr", "L'essence recule de -2,4 % sur un an (après -0,7 %).",
        [{"value": 2.4}, {"value": 0.7}], id="fr-fall-then-earlier-in-parentheses"),
    row("fr", "Sur un mois, les prix se redresseraient à peine : +0,2 % après −0,3 % en août.",
        [{"value": 0.2}, {"value": 0.3}], id="fr-plus-then-earlier-minus"),
    row("fr", "Sur un mois, l'indice harmonisé rebondit de 0,2 %, après -1,3 % le mois précédent.",
        [{"value": 0.2}, {"value": 1.3}], id="fr-rebondit-then-earlier"),
    row("fr", "Les prix de l'électricité ont diminué de -11,6 % (contre -11,2 % le mois "
        "précédent).", [{"value": 11.6}, {"value": 11.2}], id="fr-contre-earlier"),
    row("en", "On the month, consumer prices edged up 0.2% after -0.3% in August.",
        [{"value": 0.2}, {"value": 0.3}], id="en-after-earlier"),
    row("en", "Energy prices fell 3.1% on the year, after -1.6% in August.",
        [{"value": 3.1}, {"value": 1.6}], id="en-fell-after-earlier"),
    # a level written with its sign stays negative
    row("en", "The central bank cut its deposit rate to -0.6% from -0.5%.",
        [{"value": -0.6}, {"value": -0.5}], id="en-level-to-stays"),
    row("fr", "Le taux de dépôt a été abaissé à -0,6 %, contre -0,5 % auparavant.",
        [{"value": -0.6}, {"value": -0.5}], id="fr-level-a-stays"),
    row("fr", "La croissance a été de -0,4 % au deuxième trimestre.", [{"value": -0.4}],
        id="fr-growth-level-stays"),
    row("en", "The sentiment index stood at -5.5 in November, up from -7.1 in October.",
        [{"value": -5.5}, {"value": -7.1}], id="en-index-level-stays"),
    row("fr", "La température est descendue à -14 °C dans la nuit.", [{"value": -14}],
        id="fr-temperature-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIGNED)
def test_signed_changes(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)
