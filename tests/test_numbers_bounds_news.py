"""Bounds of real news copy: "at or below" and a bound written after the counted noun.

Rules and policy copy writes "gatherings of 10 people or fewer", "employers with 250 staff or
more"; economy copy "the jobless rate stayed at or below 5%". Each was read in several outlets
(public-health orders, pay-gap reporting rules, jobs reports) first; the sentences are our own,
with other numbers. Negative rows: what must stay exact, or another figure's bound.
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
        "Indoor gatherings of 8 people or fewer will be allowed from Monday.",
        [{"value": 8, "approx": "up_to"}],
        id="noun-bound-en-people-or-fewer",
    ),
    row(
        "en",
        "Employers with 150 staff or more must publish the data.",
        [{"value": 150, "approx": "at_least"}],
        id="noun-bound-en-staff-or-more",
    ),
    row(
        "en",
        "Households of six members or more get the larger grant.",
        [{"value": 6, "approx": "at_least"}],
        id="noun-bound-en-members-or-more",
    ),
    row(
        "fr",
        "Les rassemblements de 6 personnes ou moins restent autorisés.",
        [{"value": 6, "approx": "up_to"}],
        id="noun-bound-fr-personnes-ou-moins",
    ),
    row(
        "fr",
        "Les entreprises de 300 salariés ou plus devront publier l'index.",
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
        "Les communes de 1 000 habitants et plus votent au scrutin de liste.",
        [{"value": 1000, "approx": "at_least"}],
        id="noun-bound-fr-habitants-et-plus",
    ),
    row(
        "fr",
        "Les amendes de 300 euros ou plus seront doublées.",
        [{"value": 300, "unit": "EUR", "approx": "at_least"}],
        id="bound-fr-a-verb-after-is-no-figure",
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
        "Fines of $500 or more were issued to 12 drivers.",
        [{"value": 500, "unit": "USD", "approx": "at_least"}, {"value": 12, "approx": "exact"}],
        id="bound-en-right-after-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_bounds_of_news_copy(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)
