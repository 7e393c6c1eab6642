"""A bound on an income after a defining relative or participle says who qualifies, no income
measured: "single filers who made less than $80,000", "individuals earning $80,000 or less",
"couples taking in less than $160,000", "individuals with adjusted gross incomes up to $80,000",
"les ménages gagnant moins de 1 800 euros", "les foyers dont les revenus sont inférieurs à
25 000 euros"; and a tax band's bounds where a rate applies ("the top rate of 45% applies to
income above £125,140", "la tranche à 30 % s'applique aux revenus entre ... euros").
Relief-payment copy writes them (Business Insider and Accounting Today on the 2020 and 2021
stimulus checks, The Washington Post on who qualifies); the payments stay claims, and so does
an income stated ("the average household earned $68,000", a progressive "are earning less
than $3 a day"). Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 3, 4)

ROWS = [
    row("en", "Payments will go to single filers who made less than $80,000 a year and to "
        "couples taking in less than $160,000.", [], id="en-who-made-taking-in"),
    row("en", "The bill sends $1,500 payments to individuals earning $80,000 or less.",
        [{"value": 1500, "unit": "USD"}], id="en-earning-or-less"),
    row("en", "Individuals with adjusted gross incomes up to $80,000 would receive the full "
        "payment.", [], id="en-with-incomes-up-to"),
    row("fr", "Les ménages gagnant moins de 1 800 euros par mois recevront une aide de 120 "
        "euros.", [{"value": 120, "unit": "EUR"}], id="fr-gagnant-moins-de"),
    row("fr", "Le chèque est versé aux foyers dont les revenus sont inférieurs à 25 000 euros "
        "par an.", [], id="fr-dont-les-revenus-sont"),
    # a tax band's bounds, where a rate applies (the rate stays)
    row("en", "The top rate of 45% applies to income above £125,140.",
        [{"value": 45, "unit": "percent"}], id="en-tax-band-above"),
    row("en", "A 20% rate applies to incomes between £12,571 and £50,270.",
        [{"value": 20, "unit": "percent"}], id="en-tax-band-between"),
    row("fr", "La tranche à 30 % s'applique aux revenus entre 28 798 et 82 341 euros.",
        [{"value": 30, "unit": "percent"}], id="fr-tranche-entre"),
    # an income stated stays
    row("en", "The average household earned $68,000 last year, the bureau said.",
        [{"value": 68000, "unit": "USD"}], id="en-an-income-stated-stays"),
    row("en", "Many workers are earning less than $3 a day, the report found.",
        [{"value": 3, "unit": "USD", "approx": "less_than"}], id="en-progressive-stays"),
    row("en", "Median household income rose above $81,000 for the first time.",
        [{"value": 81000, "approx": "more_than"}], id="en-median-income-bounded-stays"),
    row("fr", "Le revenu médian a atteint 23 000 euros en 2024.",
        [{"value": 23000, "unit": "EUR"}], id="fr-median-income-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_income_bounds(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
