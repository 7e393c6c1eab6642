"""The span of a record is no figure, for weather and other superlatives too: "its driest
winter in 20 years", "the coldest night in 30 years", "the longest strike in 40 years", "la
grève la plus longue en 25 ans" (as "the highest in 40 years" already was). The figure the
record is about stays; a duration that is itself stated stays ("the drought lasted 20 years").
Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("en", "Tasmania had its wettest spring in 25 years.", [], id="wettest-span"),
    row("en", "Lyon recorded its hottest June day in 70 years.", [], id="hottest-span"),
    row(
        "en",
        "The town had its coldest night in 35 years, at -21C.",
        [{"value": -21, "unit": "degC"}],
        id="coldest-span-keeps-the-reading",
    ),
    row("en", "The walkout is the longest in 45 years.", [], id="longest-span"),
    row("fr", "C'est la grève la plus longue en 25 ans.", [], id="fr-plus-longue-span"),
    row("fr", "Le gazole est au plus cher depuis 12 ans.", [], id="fr-plus-cher-span"),
    row(
        "fr",
        "La grève a duré 25 jours.",
        [{"value": 25, "unit": "day"}],
        id="fr-a-stated-duration-stays",
    ),
    row(
        "en",
        "The dry spell lasted 14 years.",
        [{"value": 14, "unit": "year"}],
        id="a-stated-duration-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_the_span_of_a_record(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
