"""A change written with its sign in a parenthesis after the figures it compares (issue 11,
N8): "(-2 %)", "(- 27,4 % sur le trimestre)", "(+ 14,0 %)", "(-3.1%)".

Read in French car-registration and road-safety releases and English market copy ("ont
régressé de 5,9 % (-3,7 % sur quatre mois)", "(+14,0 %)", "closed at ... (-3.1%)"); the
sentences are our own. A fall is read like "fell 2%": value 2, direction down. A negative
level with no parenthesis ("un taux de dépôt à -0,5 %") stays a negative value.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.models import Direction

DAY = date(2025, 11, 21)

CASES = [
    pytest.param(
        "fr",
        "Les accidents corporels ont reculé, à 3 918 contre 4 020 un an plus tôt (-2,5 %).",
        "-2,5 %",
        2.5,
        Direction.down,
        id="fr-minus-glued",
    ),
    pytest.param(
        "fr",
        "Les ventes de la marque ont plongé de 19,2 % en mai (- 11,6 % sur cinq mois).",
        "11,6 %",
        11.6,
        Direction.down,
        id="fr-minus-spaced",
    ),
    pytest.param(
        "fr",
        "Les immatriculations de poids lourds se redressent (+ 9,3 %).",
        "9,3 %",
        9.3,
        Direction.up,
        id="fr-plus-spaced",
    ),
    pytest.param(
        "fr",
        "Le taux de chômage des jeunes s'établit à 17,2 % (−0,6 point sur un trimestre).",
        "−0,6 point",
        0.6,
        Direction.down,
        id="fr-unicode-minus-points",
    ),
    pytest.param(
        "en",
        "Shares of the carrier closed at $27.40 (-4.2%) after the profit warning.",
        "-4.2%",
        4.2,
        Direction.down,
        id="en-minus-glued",
    ),
    pytest.param(
        "en",
        "Injury crashes fell to 2,911 from 3,050 a year earlier (-4.6%).",
        "-4.6%",
        4.6,
        Direction.down,
        id="en-minus-after-from",
    ),
    # a negative level is no change
    pytest.param(
        "fr",
        "La banque centrale a maintenu son taux de dépôt à -0,5 %.",
        "-0,5 %",
        -0.5,
        None,
        id="fr-negative-level",
    ),
    pytest.param(
        "en",
        "The deposit rate stays at -0.25%, the central bank said.",
        "-0.25%",
        -0.25,
        None,
        id="en-negative-level",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "direction"), CASES)
def test_signed_changes(
    lang: str, text: str, surface: str, value: float, direction: Direction | None
) -> None:
    claims = {c.surface: c for c in extract_text(text, lang=lang, published=DAY)}
    assert surface in claims, sorted(claims)
    assert claims[surface].value == pytest.approx(value)
    assert claims[surface].direction == direction
