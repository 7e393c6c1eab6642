"""A change from one figure to another, or a range: "de X à Y" and "from X to Y" in news.

Classes found in real economy, policy and transport copy (French and English outlets) before
a rule was written; the sentences are our own, with other numbers and subjects:

- a fall "de 15 à 20 %" is a range of the fall (a fall cannot go from 15 up to 20);
- a change verb in the conditional ("passerait", "porterait") or with its object between it
  and the figures ("porter l'amende ... de 135 à 200 euros") still makes a change;
- a currency sign between "from" and the figure ("rose from $135 to $200") keeps the change;
- the scale written once after the second figure is the first one's too ("from 50 to 80
  million", "de 12 à 9 millions");
- "deux salariés sur trois", "three patients out of four": a share of a small whole.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 6, 3)

FALL = {"direction": "down"}

POSITIVE = [
    # --- a fall (or a cut) of X to Y: a range of the change ---
    row(
        "fr",
        "Selon la coopérative, la récolte de blé pourrait reculer de 12 à 18 % cette année.",
        [
            {
                "surface": "de 12 à 18 %",
                "lower": 12,
                "upper": 18,
                "unit": "percent",
                "approx": "range",
            }
        ],
        id="fr-fall-of-a-range-percent",
    ),
    row(
        "fr",
        "Les loyers devraient baisser de 3 à 5 % dans les grandes villes.",
        [{"lower": 3, "upper": 5, "unit": "percent", "approx": "range"}],
        id="fr-baisser-de-3-a-5",
    ),
    row(
        "fr",
        "Le déficit commercial pourrait diminuer de 4 à 6 milliards d'euros.",
        [{"lower": 4e9, "upper": 6e9, "unit": "EUR", "approx": "range"}],
        id="fr-diminuer-shared-scale-range",
    ),
    row(
        "en",
        "Analysts say shipments could fall 8 to 12% next quarter.",
        [{"lower": 8, "upper": 12, "unit": "percent", "approx": "range"}],
        id="en-fall-of-a-range-percent",
    ),
    # --- a change from one level to another ---
    row(
        "fr",
        "Le budget du plan vélo passerait de 40 à 65 millions d'euros en 2026.",
        [
            {"surface": "40", "value": 40e6, "unit": "EUR", "role": "change_from"},
            {"value": 65e6, "unit": "EUR", "role": "change_to"},
        ],
        id="fr-conditional-passerait-shared-scale",
    ),
    row(
        "fr",
        "Le ministère prévoit de porter l'amende pour stationnement sur les pistes cyclables "
        "de 35 à 90 euros.",
        [
            {"value": 35, "unit": "EUR", "role": "change_from"},
            {"value": 90, "unit": "EUR", "role": "change_to"},
        ],
        id="fr-porter-object-between",
    ),
    row(
        "fr",
        "Les immatriculations ont chuté de 14 à 11 millions en cinq ans.",
        [
            {"value": 14e6, "role": "change_from"},
            {"value": 11e6, "role": "change_to"},
        ],
        id="fr-chute-de-14-a-11-millions",
    ),
    row(
        "fr",
        "Le taux de chômage a baissé de 8,1 % à 7,4 %.",
        [
            {"value": 8.1, "unit": "percent", "role": "change_from"},
            {"value": 7.4, "unit": "percent", "role": "change_to", **FALL},
        ],
        id="fr-baisse-de-a-with-units-stays-change",
    ),
    row(
        "en",
        "The council voted to raise the parking fine from $45 to $70.",
        [
            {"surface": "$45", "value": 45, "unit": "USD", "role": "change_from"},
            {"surface": "$70", "value": 70, "unit": "USD", "role": "change_to"},
        ],
        id="en-from-sign-to-sign-is-change",
    ),
    row(
        "en",
        "Ridership fell from 12 to 9 million trips a year.",
        [
            {"value": 12e6, "role": "change_from"},
            {"value": 9e6, "role": "change_to"},
        ],
        id="en-fell-from-shared-scale",
    ),
    row(
        "en",
        "The endowment grew from 30 to 45 billion dollars.",
        [
            {"value": 30e9, "unit": "USD", "role": "change_from"},
            {"value": 45e9, "unit": "USD", "role": "change_to"},
        ],
        id="en-grew-from-shared-scale-money",
    ),
    # --- shares of a small whole with their noun inside ---
    row(
        "fr",
        "Jeudi, deux enseignants sur trois étaient en grève dans le département.",
        [{"surface": "deux enseignants sur trois", "value": 66.667, "unit": "percent"}],
        id="fr-share-small-whole",
    ),
    row(
        "fr",
        "La compagnie prévoit trois vols sur quatre samedi.",
        [{"surface": "trois vols sur quatre", "value": 75, "unit": "percent"}],
        id="fr-share-vols-sur-quatre",
    ),
    row(
        "en",
        "Four patients out of five were treated within a day.",
        [{"surface": "Four patients out of five", "value": 80, "unit": "percent"}],
        id="en-share-out-of-small-whole",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_change_or_range(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)


NEGATIVE = [
    # the scale is not shared when the first figure is already of another size
    row(
        "en",
        "The town grew from 900 to 1.2 million people.",
        ("900", 900e6),
        id="en-no-scale-far-apart",
    ),
    # "in" takes a share only of ten, a hundred or a thousand
    row("en", "Police arrested 3 people in 4 raids.", ("3 people in 4", 75), id="en-in-not-share"),
    # a rise cannot be read as a range by the fall rule
    row(
        "fr",
        "Les prix sont passés de 20 à 15 euros.",
        ("de 20 à 15 euros", None),
        id="fr-fall-no-range-backwards",
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NEGATIVE)
def test_not_read_that_way(lang, text, absent):
    surface, value = absent
    claims = extract_text(text, lang=lang, published=DAY)
    assert not [
        c for c in claims if c.surface == surface and (value is None or c.value == value)
    ], [(c.surface, c.value) for c in claims]
    if value is not None and surface.split()[0].isdigit():
        assert not [c for c in claims if c.value == value], [(c.surface, c.value) for c in claims]


# --- the bound of an age bracket is no figure; the count or share before it is ---
AGE_BOUNDS = [
    row(
        "en",
        "Of the 2,400 asylum seekers, one in three said they were under 17.",
        [{"value": 2400}, {"surface": "one in three", "unit": "percent"}],
        id="en-were-under-age",
    ),
    row(
        "en",
        "Of them, 212 were children, including 64 under 4.",
        [{"value": 212}, {"value": 64}],
        id="en-count-then-under-age",
    ),
    row(
        "en",
        "Police detained 88 people: 51 teenagers, 30 in their twenties and another seven "
        "at 60 or over.",
        [{"value": 88}, {"value": 51}, {"value": 30}, {"value": 7}],
        id="en-at-or-over-age",
    ),
    row(
        "fr",
        "Selon l'Insee, 41 % des créateurs d'entreprise ont plus de 45 ans.",
        [{"value": 41, "unit": "percent"}],
        id="fr-ont-plus-de-ans",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGE_BOUNDS)
def test_age_bounds_are_no_figures(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "The death toll was under 20 on Monday night.", "under 20"),
        ("en", "Turnout was under 40% in the district.", "under 40%"),
        ("en", "Orders reached 1,000 or more a week.", "1,000 or more"),
        # "ont moins de 10 jours" is no age: a delay stays ("ont moins de 10 jours pour
        # conclure" is a deadline, no claim: tests/test_speed_limits_deadlines_not_claims.py)
        ("fr", "Les dossiers ont moins de 10 jours de retard.", "moins de 10 jours"),
    ],
)
def test_bounds_that_are_no_ages_stay(lang, text, surface):
    claims = extract_text(text, lang=lang, published=DAY)
    assert surface in [c.surface for c in claims], [c.surface for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        # the level a percentage change started from keeps its own unit
        ("en", "Sales rose 3 percent from 41,200 units in 2025.", "count"),
        ("en", "Output was down one per cent from 246,300 in September.", "count"),
        ("fr", "Les ventes ont reculé de 2 %, contre 15 300 unités en 2025.", "count"),
        # a percentage written once for two levels is still lent
        ("en", "Unemployment fell to 4.1 percent from 4.3 in June.", "percent"),
        ("fr", "Le chômage a reculé à 7,4 %, contre 7,6 un an plus tôt.", "percent"),
    ],
)
def test_a_percentage_is_lent_only_to_a_level_on_its_scale(lang: str, text: str, unit: str) -> None:
    claims = extract_text(text, lang=lang, published=DAY)
    assert claims[-1].unit == unit
