"""A bare number word is the level of a count named before it in the same clause, however long
the subject ("The number of climbers rescued from the north face since Friday has risen to eight",
"le nombre de personnes tuées dans les inondations des trois provinces du nord est passé à
neuf"); disaster copy writes such subjects. A number word after another clause's noun stays no
figure. Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("en", "The number of people killed in the floods across the three northern provinces "
        "has risen to nine, officials said.", [{"value": 9}], id="en-number-long-subject"),
    row("fr", "Le nombre de personnes tuées dans les inondations des provinces du nord-est "
        "du pays est passé à neuf.", [{"value": 9}], id="fr-nombre-long-subject"),
    row("en", "The number of visitors fell sharply, and the museum closed its doors at nine.",
        [], id="en-another-clause-no-figure"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_level_after_a_long_subject(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
