"""Two classes of figures that are no measurement, read in real election and labour copy.

The bar a rule sets, named after its figure ("none of the smaller lists reached the 4%
threshold", "failed to clear the 5% hurdle", "winning three seats lifts the 5% threshold"): the
vote shares around it stay, and so does a benchmark a figure passes ("the 5% mark"), a quota or
a cap (planned amounts, claims). So is the share a purpose requires ("needed 4% of the vote to
win seats", "must receive at least 5% of votes to enter").

An age bracket in brackets after a group of people in French labour releases ("le chômage des
jeunes (15-24 ans)", "les seniors (+50 ans)", "(50 ans et plus)"): the rates of the bracket
stay. Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en",
        "The Liberals won 4.6%, just short of the 5% threshold for seats in the assembly.",
        [{"value": 4.6, "unit": "percent"}],
        id="threshold-after-short-of",
    ),
    row(
        "en",
        "None of the smaller lists reached the 4% threshold needed to enter the council.",
        [],
        id="threshold-after-needed",
    ),
    row(
        "en",
        "The Greens cleared the 5% hurdle with 7.9% of the vote.",
        [{"value": 7.9, "unit": "percent"}],
        id="hurdle-after",
    ),
    row(
        "en",
        "Winning two district seats lifts the 3% threshold for a party.",
        [{"value": 2}],
        id="threshold-after-lifted",
    ),
    # Negative rows of the same shape: a figure before a word that is no bar stays.
    row(
        "en",
        "Unemployment rose above the 5% mark in March.",
        [{"value": 5, "unit": "percent"}],
        id="a-benchmark-stays",
    ),
    row(
        "en",
        "The ministry set a 4,000 quota for seasonal visas this year.",
        [{"value": 4000}],
        id="a-quota-stays",
    ),
    row(
        "en",
        "The 7% rise in fares takes effect in January.",
        [{"value": 7, "unit": "percent"}],
        id="a-rise-stays",
    ),
    # A share a purpose requires is a target: "needed 4% of the vote to win seats".
    row(
        "en",
        "Lists needed 4% of the vote to win seats; the Farmers' List took 6.2%.",
        [{"value": 6.2, "unit": "percent"}],
        id="share-needed-to-enter",
    ),
    row(
        "en",
        "A candidate must receive more than 50% of the ballots to avoid a runoff.",
        [],
        id="share-must-receive-to-avoid",
    ),
    row(
        "en",
        "The Greens needed 12% of the vote and got 14%.",
        [{"value": 12, "unit": "percent"}, {"value": 14, "unit": "percent"}],
        id="a-share-needed-with-no-purpose-stays",
    ),
    row(
        "en",
        "The Liberals won 9% of the vote to become the third party.",
        [{"value": 9, "unit": "percent"}],
        id="a-share-won-stays",
    ),
    row(
        "fr",
        "Le chômage des jeunes (15-24 ans) a reculé de 0,4 point, à 17,8 %.",
        [{"value": 0.4, "unit": "percentage_point"}, {"value": 17.8, "unit": "percent"}],
        id="fr-bracket-jeunes",
    ),
    row(
        "fr",
        "Les seniors (+50 ans) restent les moins touchés, avec un taux de 5,9 %.",
        [{"value": 5.9, "unit": "percent"}],
        id="fr-bracket-plus-seniors",
    ),
    row(
        "fr",
        "Le taux des seniors (50 ans et plus) a augmenté de 0,2 point, à 6,1 %.",
        [{"value": 0.2, "unit": "percentage_point"}, {"value": 6.1, "unit": "percent"}],
        id="fr-bracket-et-plus",
    ),
    # An age told without brackets ("âgés de 65 ans ou plus") was no claim before the brackets
    # were read, and stays none.
    row(
        "fr",
        "Les patients âgés de 65 ans ou plus représentent 40 % des hospitalisations.",
        [{"value": 40, "unit": "percent"}],
        id="fr-an-age-without-brackets-stays",
    ),
    # Negative rows of the same shape: a length in brackets after no group of people stays.
    row(
        "fr",
        "La peine de prison (12 ans) a été confirmée en appel, et 3 000 euros d'amende.",
        [{"value": 3000, "unit": "EUR"}],
        id="fr-a-sentence-in-brackets-is-no-bracket",
    ),
    row(
        "fr",
        "Les locataires ont attendu longtemps (18 mois) avant le relogement.",
        [{"value": 18, "unit": "month"}],
        id="fr-a-wait-in-brackets-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_bar_or_an_age_bracket_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
