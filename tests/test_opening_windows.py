"""The opening hours or days of an event are a window the story talks about, no figure it
states: "the chances of finding survivors drop after the first 72 hours", "les 72 premières
heures", "les premières 48 heures". The figures counted in such a window stay, and so does a
count of the first people or things ("the first 30 people were evacuated"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("en", "Hopes of finding survivors fade quickly after the first 48 hours.", [],
        id="after-the-first-hours"),
    row("en", "The first 72 hours are decisive for trapped survivors.", [],
        id="the-first-hours-are"),
    row(
        "en",
        "In the first 10 days, rescuers pulled 57 people from the rubble.",
        [{"value": 57}],
        id="a-count-in-the-window-stays",
    ),
    row(
        "en",
        "The first 25 residents were allowed home on Sunday.",
        [{"value": 25}],
        id="a-count-of-the-first-people-stays",
    ),
    row("fr", "Les chances de survie chutent après les 72 premières heures.", [],
        id="fr-les-n-premieres-heures"),
    row("fr", "Les premières 48 heures sont décisives pour les secours.", [],
        id="fr-les-premieres-n-heures"),
    row(
        "fr",
        "Les 40 premiers évacués ont regagné leur domicile dimanche.",
        [{"value": 40}],
        id="fr-a-count-of-the-first-people-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_an_opening_window_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
