"""An age after a speaker's full name that ends the sentence ("said Sgt. Maya Collins, 41.")
is no claim, as "Maria Delgado, 41, a nurse" is not: read in wire quotes from police, storm
and election copy; the sentences are our own. A police or military title ("Sgt.", "Capt.")
no longer ends the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

DAY = date(2025, 11, 21)


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        pytest.param(
            '"Most of the calls come from abroad," said Sgt. Lena Ortiz, 44.',
            "44",
            [],
            id="title-name-age",
        ),
        pytest.param(
            '"We lost 30 head of cattle," said Tom Becker, 67. "The water came at night."',
            "67",
            ["30"],
            id="name-age-then-quote",
        ),
        pytest.param(
            '"Nobody warned us," said Capt. Joe Rinaldi, 52.',
            "52",
            [],
            id="captain",
        ),
        # an elliptical figure after a place stays
        pytest.param(
            "Cases rose to 12 in Texas and, in New York, 41.",
            "",
            ["12", "41"],
            id="place-ellipsis-stays",
        ),
    ],
)
def test_age_said_by(text: str, absent: str, kept: list[str]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang="en", published=DAY)]
    assert absent not in surfaces
    for surface in kept:
        assert surface in surfaces, surfaces
