"""A baby's age in months after an age verb is no claim ("71 % des patients hospitalisés ont
moins de six mois"), read in French whooping-cough and bronchiolitis copy; the sentences are
our own. The clause must end after the unit: "ont six mois pour" is a deadline (no claim
either), and the shares and counts beside the age stay claims."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

DAY = date(2025, 11, 21)


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        pytest.param(
            "Selon l'ARS, 64 % des nourrissons hospitalisés ont moins de trois mois.",
            "moins de trois mois",
            ["64 %"],
            id="share-bound-months",
        ),
        pytest.param(
            "Parmi les 18 bébés admis en réanimation, 11 avaient moins de six semaines.",
            "moins de six semaines",
            ["18", "11"],
            id="count-bound-weeks",
        ),
        pytest.param(
            "La plupart des enfants touchés ont entre deux et cinq mois, selon l'hôpital.",
            "entre deux et cinq mois",
            [],
            id="range-months",
        ),
        # a deadline is not an age, nor a claim (a rule's window); a delay is a figure
        pytest.param(
            "Les communes ont six mois pour se mettre en conformité.",
            "six mois",
            [],
            id="deadline-no-claim",
        ),
        pytest.param(
            "Le chantier a quatre mois de retard, a reconnu le maire.",
            "",
            ["quatre mois"],
            id="delay-stays",
        ),
    ],
)
def test_age_in_months(text: str, absent: str, kept: list[str]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang="fr", published=DAY)]
    assert absent not in surfaces
    for surface in kept:
        assert surface in surfaces, surfaces
