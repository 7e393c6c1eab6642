"""A change of a duration whose verb has its object between ("portera la durée hebdomadaire
de travail des agents de 35 à 37 heures", "a porté la durée du congé paternité de 11 à 25
jours"): two figures of a change, not one range of hours (issue 11, N8). Read in French
civil-service, pension and family-leave copy; the sentences are our own. Opening hours after
another figure of the clause stay a range."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from claims.models import Direction

DAY = date(2025, 11, 21)


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        pytest.param(
            "fr",
            "Le projet portera la durée hebdomadaire de travail des agents de 35 à 37 heures.",
            ("35", 35.0),
            ("37 heures", 37.0),
            id="fr-working-week",
        ),
        pytest.param(
            "fr",
            "La réforme a porté la durée du congé de paternité de 11 à 25 jours.",
            ("11", 11.0),
            ("25 jours", 25.0),
            id="fr-paternity-leave",
        ),
        pytest.param(
            "en",
            "The bill would raise the working week for public employees from 35 to 37 hours.",
            ("35", 35.0),
            ("37 hours", 37.0),
            id="en-working-week",
        ),
    ],
)
def test_change_of_a_duration(
    lang: str, text: str, first: tuple[str, float], second: tuple[str, float]
) -> None:
    claims = {c.surface: c for c in extract_text(text, lang=lang, published=DAY)}
    for surface, value in (first, second):
        assert surface in claims, sorted(claims)
        assert claims[surface].value == value
        assert claims[surface].direction == Direction.up


def test_opening_hours_after_another_figure_stay_a_range() -> None:
    text = "Les ventes ont augmenté de 4 % et le magasin ouvre désormais de 9 à 20 heures."
    surfaces = [c.surface for c in extract_text(text, lang="fr", published=DAY)]
    assert "9" not in surfaces
    assert "4 %" in surfaces
