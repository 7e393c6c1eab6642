"""A figure printed twice in its sentence is read where it stands: the binding rules (tolls,
running totals, asides, moving averages) look at the words before a claim's figure, and used to
find the surface's first place in the sentence, so the second "12" of "12 ... 12" was read with
the words of the first. ``Claim.at_in_sentence`` takes the claim's own offsets. Sentences our
own, in the three languages (Korean claims are built by their own reader)."""

from __future__ import annotations

import pytest

from claims import extract_text
from claims.models import Claim

ROWS = [
    pytest.param("en", "Of the 12 passengers, 3 died and 12 more crew members were hurt.", "12",
                 id="en"),
    pytest.param("fr", "Sur les 40 blessés, 7 sont graves et 40 autres ont été soignés sur place.",
                 "40", id="fr"),
    pytest.param("ko", "승객 15명 가운데 2명이 숨졌고 승무원 15명이 다쳤다.", "15명", id="ko"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ROWS)
def test_a_figure_printed_twice_is_read_where_it_stands(lang, text, surface):
    claims = [c for c in extract_text(text, lang=lang) if c.surface == surface]
    assert len(claims) == 2, [c.surface for c in extract_text(text, lang=lang)]
    first, second = claims
    assert first.at_in_sentence() == text.find(surface)
    assert second.at_in_sentence() == text.rfind(surface)


def test_a_claim_read_back_without_offsets_falls_back_to_the_first_place():
    claim = extract_text("Of the 12 passengers, 12 were hurt.", lang="en")[-1]
    again = Claim.model_validate(claim.model_dump())
    assert again.sentence_start is None
    assert again.at_in_sentence() == claim.sentence.find(claim.surface)
