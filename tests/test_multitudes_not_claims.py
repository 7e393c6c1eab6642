"""A vague plural says a crowd is large, not how large: "thousands of fans", "tens of thousands
of people", "des milliers de supporters", "des dizaines de milliers de manifestants" are no
figure to check. A vague word that carries a value stays ("une vingtaine", about 20), and so do
the figures beside a multitude. Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("en", "Thousands of supporters queued outside the ground.", [], id="thousands"),
    row("en", "Tens of thousands of people marched in the capital.", [], id="tens-of-thousands"),
    row(
        "en",
        "At least 41 people, dozens of them children, were killed.",
        [{"value": 41, "approx": "at_least"}],
        id="dozens-beside-a-toll",
    ),
    row("en", "The repairs will cost millions of dollars.", [], id="millions-of-dollars"),
    row("fr", "Des milliers de supporters se pressaient devant les grilles.", [], id="fr-milliers"),
    row(
        "fr",
        "Des dizaines de milliers de manifestants ont défilé samedi.",
        [],
        id="fr-dizaines-de-milliers",
    ),
    row(
        "fr",
        "Une vingtaine de blessés ont été transportés à l'hôpital.",
        [{"value": 20, "unit": "count"}],
        id="fr-une-vingtaine-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_vague_multitude_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
