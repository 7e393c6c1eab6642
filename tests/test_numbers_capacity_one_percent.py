"""Two readings real news needs that the number reader missed. A capacity or a crowd's size
glued to its noun by a hyphen is a count ("the 42,000-capacity stadium", "a 60,000-seat arena",
"a 500-bed hospital", "a 1,500-strong crowd"), where other hyphenated modifiers stay none ("a
300-page report", "a 12-year-old"). And "one" before a percent word is the number one ("starts
were up one per cent", "de un pour cent"), while a lone "one" or "un pourcentage" stays an
article. Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en",
        "Thousands of fans tried to enter the 38,000-capacity Stade Lumière.",
        [{"value": 38000, "unit": "count"}],
        id="capacity",
    ),
    row("en", "The final will be played at a 65,000-seat arena.", [{"value": 65000}], id="seat"),
    row(
        "en",
        "Patients were moved out of the 450-bed hospital overnight.",
        [{"value": 450}],
        id="bed",
    ),
    row(
        "en",
        "A 3,000-strong crowd marched on the governor's office.",
        [{"value": 3000}],
        id="strong",
    ),
    row("en", "The inquiry published a 240-page report.", [], id="page-is-no-count"),
    row("en", "A 9-year-old girl was rescued.", [], id="age-is-no-count"),
    row("en", "They rented a two-bedroom flat.", [], id="bedroom-is-no-count"),
    row(
        "en",
        "Single-detached starts were up one per cent in March.",
        [{"surface": "one per cent", "value": 1, "unit": "percent"}],
        id="one-per-cent",
    ),
    row(
        "en",
        "Retail sales fell one percent from a month earlier.",
        [{"surface": "one percent", "value": 1, "unit": "percent"}],
        id="one-percent",
    ),
    row("en", "One official said the gates were closed.", [], id="one-alone-is-an-article"),
    row(
        "fr",
        "Les mises en chantier ont reculé de un pour cent en mars.",
        [{"surface": "un pour cent", "value": 1, "unit": "percent"}],
        id="fr-un-pour-cent",
    ),
    row("fr", "Un pourcentage élevé des électeurs s'est abstenu.", [], id="fr-un-pourcentage"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_capacities_and_one_percent(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
