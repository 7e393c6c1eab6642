"""A share of the body's weight is a figure, not the extent of an injury: weight-loss trial
results as US news relays them (the New York Times via bioethics.com: an average of 28.7 percent
of their body weight; US Health Post on tirzepatide: up to 15.7% and an average of 13.4% of
their body weight; AP on the same drug: about 7% of their body weight, at least a quarter;
Biospace: 5% of total body weight). "of their body" was read as a burn's extent, and the share
was dropped. Burns keep their rule ("burns to 40% of their bodies" describes the patients).

Every sentence is our own, written in the style of what was read."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en",
        "Volunteers on the highest dose lost an average of 19.6 percent of their body weight.",
        [{"surface": "an average of 19.6 percent", "value": 19.6, "unit": "percent"}],
        id="en-average-share-of-body-weight",
    ),
    row(
        "en",
        "The injection helped patients lose up to 17.1% of their body weight in a year.",
        [{"surface": "up to 17.1%", "value": 17.1, "approx": "up_to"}],
        id="en-up-to-share-of-body-weight",
    ),
    row(
        "en",
        "Participants shed about 8% of their body mass during the diet phase.",
        [{"surface": "about 8%", "value": 8, "approx": "about"}],
        id="en-share-of-body-mass",
    ),
    row(
        "en",
        "Two welders suffered burns to 35% of their bodies.",
        [{"surface": "Two", "value": 2}],
        id="en-burns-still-no-figure",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_share_of_body_weight_is_a_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
