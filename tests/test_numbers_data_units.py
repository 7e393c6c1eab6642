"""Data sizes in breach and network copy: bytes and bits with their multiples, both languages
("stole 700 bytes", "400 gigabits of traffic", "900 octets"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en", "The worm fits in 380 bytes of code.", [{"value": 380, "unit": "byte"}], id="en-bytes"
    ),
    row(
        "en",
        "The cable carries 250 gigabits of traffic a second.",
        [{"value": 250, "unit": "gigabit"}],
        id="en-gigabits",
    ),
    row(
        "fr",
        "Les pirates ont copié 3 pétaoctets de fichiers.",
        [{"value": 3, "unit": "petabyte"}],
        id="fr-petaoctets",
    ),
    row("fr", "Le virus pèse 640 octets.", [{"value": 640, "unit": "byte"}], id="fr-octets"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_data_sizes(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected, exact_count=False)
