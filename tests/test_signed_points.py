"""A small count of bare points written with its sign is a change of a rate, like "(-2 %)"
(issue 11, N8): "(+1 point)", "(-0,1 pt)", "(+ 2 points)", "+3 points".

Class read in French labour-market and poll releases of several outlets ("leur taux
repartant à la hausse (+1 point)", "quasi stable (-0,1 pt) sur un an", "-3 pts sur un an",
"(+0,2 point)"): whole points and the abbreviation "pt" stayed counts of a thing called
"point", so the change met neither the rate's other changes nor its direction. The sentences
are our own. Without a sign, or after a player's or a standing's tally, points stay counts.
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
        "Le chômage des seniors est reparti à la hausse (+1 point), à 7,4 %.",
        "1 point",
        1.0,
        "percentage_point",
        Direction.up,
        id="fr-plus-whole-point-parenthesis",
    ),
    pytest.param(
        "fr",
        "Le taux de chômage de longue durée est quasi stable (-0,1 pt) sur un an.",
        "-0,1 pt",
        0.1,
        "percentage_point",
        Direction.down,
        id="fr-minus-pt-abbreviation",
    ),
    pytest.param(
        "fr",
        "La participation recule nettement (- 2 points) par rapport au premier tour.",
        "2 points",
        2.0,
        "percentage_point",
        Direction.down,
        id="fr-minus-spaced-points",
    ),
    pytest.param(
        "fr",
        "Le taux d'emploi des femmes gagne +3 points en cinq ans, à 68,1 %.",
        "3 points",
        3.0,
        "percentage_point",
        Direction.up,
        id="fr-plus-glued-points",
    ),
    pytest.param(
        "fr",
        "Le taux d'épargne des ménages baisse de 0,4 pt au deuxième trimestre.",
        "0,4 pt",
        0.4,
        "percentage_point",
        Direction.down,
        id="fr-pt-after-change-word",
    ),
    pytest.param(
        "en",
        "Support for the governing party rose to 31% (+2 points) in the latest survey.",
        "2 points",
        2.0,
        "percentage_point",
        Direction.up,
        id="en-plus-points-parenthesis",
    ),
    # no sign: a count of points stays a count
    pytest.param(
        "fr",
        "Le club compte 41 points (trois de plus que son dauphin) après la 20e journée.",
        "41",
        41.0,
        "count",
        None,
        id="fr-standing-no-sign",
    ),
    pytest.param(
        "fr",
        "La meneuse a inscrit 18 points (dont 9 dans le dernier quart-temps).",
        "18",
        18.0,
        "count",
        None,
        id="fr-player-points-no-sign",
    ),
    pytest.param(
        "en",
        "The forward scored 27 points (12 in the first half) against the visitors.",
        "27",
        27.0,
        "count",
        None,
        id="en-player-points-no-sign",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit", "direction"), CASES)
def test_signed_points(
    lang: str, text: str, surface: str, value: float, unit: str, direction: Direction | None
) -> None:
    claims = {c.surface: c for c in extract_text(text, lang=lang, published=DAY)}
    assert surface in claims, sorted(claims)
    claim = claims[surface]
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert claim.direction == direction
