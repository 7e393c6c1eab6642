"""Prices per unit, basis points and quarter points, and the way of a change told by "by".

Classes read in real fuel, commodity, central-bank and company copy in French and English
before a rule was written (pump prices "a gallon" / "le litre", crude "a barrel" / "le baril",
gold "an ounce" / "l'once", rate moves in basis points and "a quarter point"); the sentences
are our own, with other numbers and places.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from reconcile.units import comparable, to_canonical, unit_kind
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 6, 3)

PRICES = [
    row(
        "en",
        "Regular unleaded averaged $3.62 a gallon in Ohio on Monday.",
        [{"surface": "$3.62 a gallon", "value": 3.62, "unit": "USD/gallon"}],
        id="en-a-gallon",
    ),
    row(
        "en",
        "Brent crude settled at $78.15 per barrel.",
        [{"surface": "$78.15 per barrel", "unit": "USD/barrel"}],
        id="en-per-barrel",
    ),
    row(
        "en",
        "Gold touched $2,510 an ounce before easing.",
        [{"value": 2510, "unit": "USD/troy_ounce"}],
        id="en-an-ounce",
    ),
    row(
        "en",
        "Diesel cost £1.49 per litre at the cheapest forecourts.",
        [{"value": 1.49, "unit": "GBP/liter"}],
        id="en-gbp-per-litre",
    ),
    row(
        "en",
        "The buyer offered $27.50 a share, or $3.1 billion in total.",
        [
            {"surface": "$27.50 a share", "unit": "USD/share"},
            {"surface": "$3.1 billion", "unit": "USD"},
        ],
        id="en-a-share-and-total",
    ),
    row(
        "en",
        "Pump prices ranged from $3 to $4 a gallon across the state.",
        [{"lower": 3, "upper": 4, "unit": "USD/gallon", "approx": "range"}],
        id="en-range-a-gallon",
    ),
    row(
        "fr",
        "Le gazole s'affichait à 1,74 euro le litre en moyenne vendredi.",
        [{"surface": "1,74 euro le litre", "value": 1.74, "unit": "EUR/liter"}],
        id="fr-le-litre",
    ),
    row(
        "fr",
        "Le baril de WTI a terminé à 71 dollars le baril.",
        [{"value": 71, "unit": "USD/barrel"}],
        id="fr-le-baril",
    ),
    row(
        "fr",
        "L'or a dépassé 2 300 dollars l'once.",
        [{"value": 2300, "unit": "USD/troy_ounce"}],
        id="fr-l-once",
    ),
    row(
        "fr",
        "Le blé tendre se négociait à 214 euros la tonne.",
        [{"value": 214, "unit": "EUR/metric_ton"}],
        id="fr-la-tonne",
    ),
    row(
        "fr",
        "Le sans-plomb 95 atteignait 1,91 €/l dans les Alpes.",
        [{"surface": "1,91 €/l", "unit": "EUR/liter"}],
        id="fr-slash-l",
    ),
]

POINTS = [
    row(
        "en",
        "The central bank lifted its main rate by 25 basis points to 4.5%.",
        [
            {
                "surface": "25 basis points",
                "value": 0.25,
                "unit": "percentage_point",
                "direction": "up",
            },
            {"value": 4.5, "unit": "percent"},
        ],
        id="en-basis-points-verb-object-by",
    ),
    row(
        "en",
        "Markets now expect a 50-basis-point cut in September.",
        [{"surface": "50-basis-point", "value": 0.5, "unit": "percentage_point"}],
        id="en-hyphenated-basis-point",
    ),
    row(
        "en",
        "Italian spreads widened 18bps on Tuesday.",
        [{"surface": "18bps", "value": 0.18, "unit": "percentage_point"}],
        id="en-glued-bps",
    ),
    row(
        "en",
        "The bank trimmed rates by a quarter point.",
        [
            {
                "surface": "a quarter point",
                "value": 0.25,
                "unit": "percentage_point",
                "direction": "down",
            }
        ],
        id="en-a-quarter-point",
    ),
    row(
        "en",
        "Economists had pencilled in a half-point hike.",
        [{"value": 0.5, "unit": "percentage_point"}],
        id="en-a-half-point-hyphen",
    ),
    row(
        "fr",
        "La banque centrale a abaissé son taux de dépôt de 25 points de base.",
        [
            {
                "surface": "25 points de base",
                "value": 0.25,
                "unit": "percentage_point",
                "direction": "down",
            }
        ],
        id="fr-points-de-base",
    ),
    row(
        "fr",
        "La Banque nationale a relevé ses taux d'un demi-point.",
        [{"surface": "un demi-point", "value": 0.5, "unit": "percentage_point"}],
        id="fr-demi-point",
    ),
    row(
        "fr",
        "Le taux du livret a perdu trois quarts de point en un an.",
        [{"value": 0.75, "unit": "percentage_point", "direction": "down"}],
        id="fr-trois-quarts-de-point",
    ),
    # --- the way of a change whose verb has its object before "by" ---
    row(
        "en",
        "The carmaker cut its workforce by 6% last year.",
        [{"value": 6, "unit": "percent", "direction": "down"}],
        id="en-cut-object-by",
    ),
    row(
        "en",
        "The county increased the fire budget by $4 million.",
        [{"value": 4e6, "unit": "USD", "direction": "up"}],
        id="en-increased-object-by",
    ),
]


RATES = [
    # "a year earlier" dates the earlier level; it is no rate
    row(
        "en",
        "Net sales climbed to $8.4 billion from $7.9 billion a year earlier.",
        [{"value": 8.4e9, "per": None}, {"value": 7.9e9, "unit": "USD", "per": None}],
        id="en-a-year-earlier-no-rate",
    ),
    row(
        "en",
        "Arrivals reached 61,000, up from 52,000 a month ago.",
        [{"value": 61000}, {"value": 52000, "per": None}],
        id="en-a-month-ago-no-rate",
    ),
    row(
        "en",
        "The mill turns out 2,300 tonnes a day.",
        [{"value": 2300, "unit": "metric_ton", "per": "day"}],
        id="en-a-day-stays-rate",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRICES + POINTS + RATES)
def test_prices_and_points(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)


NEGATIVE = [
    # a time after an amount is a rate (per), not a price per unit
    row("en", "Cleaners earn $16 an hour.", "USD/hour", id="en-an-hour-stays-rate"),
    row("fr", "Il a payé 50 euros la semaine dernière.", "EUR/week", id="fr-la-semaine-no-price"),
    # "a third point" is an ordinal, not a third of a point
    row("en", "That was a third point of contention.", "percentage_point", id="en-third-point"),
    # "by" after a clause mark gives no way to the figure
    row("en", "Prices were raised, driven by 20% inflation.", "up", id="en-by-after-comma"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NEGATIVE)
def test_not_read_that_way(lang, text, absent):
    claims = extract_text(text, lang=lang, published=DAY)
    assert not [c for c in claims if absent in (c.unit, c.direction and c.direction.value)], [
        (c.surface, c.unit, c.direction) for c in claims
    ]


def test_prices_per_unit_meet_across_units_and_never_plain_amounts():
    """ "$4.50 a gallon" and "$1.19 a litre" are the same price; neither meets "$4.50"."""
    assert unit_kind("USD/gallon") == unit_kind("USD/liter")
    assert comparable("USD/gallon", None, "USD/liter", None)
    assert not comparable("USD/gallon", None, "USD", None)
    assert not comparable("USD/gallon", None, "EUR/liter", None)
    assert not comparable("USD/share", None, "USD/gallon", None)
    assert to_canonical(4.5, "USD/gallon") == pytest.approx(to_canonical(1.1888, "USD/liter"), 1e-3)
