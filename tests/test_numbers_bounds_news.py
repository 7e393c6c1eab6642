"""Bounds of real news copy: "at or below" and a bound written after the counted noun.

Rules and policy copy writes "gatherings of 10 people or fewer", "employers with 250 staff or
more"; economy copy "the jobless rate stayed at or below 5%". Each was read in several outlets
(public-health orders, pay-gap reporting rules, jobs reports) first; the sentences are our own,
with other numbers. Negative rows: what must stay exact, or another figure's bound. A bound
that defines the set counted ("employers with 250 staff or more", "les communes de 1 000
habitants et plus") is a rule's threshold and no claim: those rows are in
tests/test_thresholds_not_claims.py; here the bound is read where a figure states a count.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 3, 3)

POSITIVE = [
    row(
        "en",
        "The rally drew 800 people or more.",
        [{"value": 800, "approx": "at_least"}],
        id="noun-bound-en-people-or-more",
    ),
    row(
        "en",
        "The airline expects 150 staff or more to strike.",
        [{"value": 150, "approx": "at_least"}],
        id="noun-bound-en-staff-or-more",
    ),
    row(
        "en",
        "The fire destroyed 60 homes or more.",
        [{"value": 60, "approx": "at_least"}],
        id="noun-bound-en-homes-or-more",
    ),
    row(
        "fr",
        "La manifestation a réuni 600 personnes ou moins, selon la police.",
        [{"value": 600, "approx": "up_to"}],
        id="noun-bound-fr-personnes-ou-moins",
    ),
    row(
        "fr",
        "Le site emploiera 300 salariés ou plus.",
        [{"value": 300, "approx": "at_least"}],
        id="noun-bound-fr-salaries-ou-plus",
    ),
    row(
        "en",
        "The jobless rate stayed at or below 4.5% for three years.",
        [{"value": 4.5, "unit": "percent", "approx": "up_to"}],
        id="at-or-below-en",
    ),
    row(
        "en",
        "The index has closed at or above 7,200 points every day this month.",
        [{"value": 7200, "approx": "at_least"}],
        id="at-or-above-en",
    ),
    row(
        "fr",
        "Le parc accueille 1 000 visiteurs et plus chaque jour.",
        [{"value": 1000, "approx": "at_least"}],
        id="noun-bound-fr-visiteurs-et-plus",
    ),
    row(
        "fr",
        "Le préfet a infligé 300 euros ou plus d'amende.",
        [{"value": 300, "unit": "EUR", "approx": "at_least"}],
        id="bound-fr-an-amount-or-more",
    ),
    # what stays as it was
    row(
        "fr",
        "Le groupe a embauché 200 techniciens et plus de moyens.",
        [{"value": 200, "approx": "exact"}],
        id="noun-bound-fr-plus-de-compares",
    ),
    row(
        "fr",
        "Le site emploie 250 salariés et plus de 30 intérimaires.",
        [{"value": 250, "approx": "exact"}, {"value": 30, "approx": "more_than"}],
        id="noun-bound-fr-plus-de-a-figure",
    ),
    row(
        "en",
        "Firms with 80 employees or more than €20m in sales must comply.",
        [{"value": 80, "approx": "exact"}, {"value": 20e6, "approx": "more_than"}],
        id="noun-bound-en-leads-to-another-figure",
    ),
    row(
        "en",
        "The plant hired 40 engineers and more staff will follow.",
        [{"value": 40, "approx": "exact"}],
        id="noun-bound-en-and-more-opens-a-noun",
    ),
    row(
        "en",
        "Police issued $500 or more in fines to 12 drivers.",
        [{"value": 500, "unit": "USD", "approx": "at_least"}, {"value": 12, "approx": "exact"}],
        id="bound-en-right-after-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_bounds_of_news_copy(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)
