"""An article that states one unit of measure after a qualifier is a figure: weather and
disaster copy writes "more than a metre of snow", "nearly a foot of rain", "plus d'un mètre de
neige", "près d'un kilomètre de bouchons", and a fact-checker compares them with "1.2 metres"
elsewhere. Without a qualifier the article stays an article ("he walked a mile", "un mètre
ruban"), and a duration stays a window ("more than an hour"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("en", "More than a metre of snow has fallen on the pass since Friday.",
        [{"value": 1, "unit": "meter", "approx": "more_than"}], id="en-more-than-a-metre"),
    row("en", "Nearly a foot of rain fell on the county overnight.",
        [{"value": 1, "unit": "foot"}], id="en-nearly-a-foot"),
    row("fr", "Plus d'un mètre de neige est tombé sur le col depuis vendredi.",
        [{"value": 1, "unit": "meter", "approx": "more_than"}], id="fr-plus-d-un-metre"),
    row("fr", "La Loire a monté de près d'un mètre en une nuit.",
        [{"value": 1, "unit": "meter"}], id="fr-pres-d-un-metre"),
    row("en", "He walked a mile to the nearest shelter.", [], id="en-no-qualifier-no-figure"),
    row("fr", "Il a marché un kilomètre jusqu'à l'abri.", [], id="fr-no-qualifier-no-figure"),
    row("en", "Over a million people fled the coast.",
        [{"value": 1_000_000, "approx": "more_than"}], id="en-a-million-stays-a-count"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_an_article_that_states_one_unit(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
