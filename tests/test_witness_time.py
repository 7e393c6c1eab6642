"""A duration quoted from a speaker talking of themselves is their own time, no figure the
article states (issue 11, Q10): vox-pop quotes in quake, strike and hospital copy ("We waited
eight hours", "J'ai mis deux heures"); the sentences are our own. An official's quoted
statistic and a duration outside quotes stay claims."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

DAY = date(2025, 11, 21)


def row(lang: str, text: str, absent: list[str], kept: list[str], *, id: str) -> object:
    return pytest.param(lang, text, absent, kept, id=id)


CASES = [
    row(
        "en",
        '"We waited six hours for the first ambulance," said a resident of the 40-home street.',
        ["six hours"],
        [],
        id="en-we-waited",
    ),
    row(
        "en",
        '"I\'ve been on the list for 22 months," said Ann Ford, one of 3,100 patients waiting.',
        ["22 months"],
        ["3,100"],
        id="en-i-have-been",
    ),
    row(
        "fr",
        "« J'ai mis trois heures pour faire Nantes-Rennes, d'habitude c'est 70 minutes », "
        "peste Paul.",
        ["trois heures", "70 minutes"],
        [],
        id="fr-j-ai-mis",
    ),
    row(
        "fr",
        '"On a attendu quatre heures sous la pluie", raconte un habitant.',
        ["quatre heures"],
        [],
        id="fr-on-a-attendu",
    ),
    # an official's statistic, even quoted, and a duration outside quotes stay
    row(
        "en",
        '"The average wait is now 14 weeks," the trust said.',
        [],
        ["14 weeks"],
        id="en-official-average-stays",
    ),
    row(
        "fr",
        "« Les secours ont mis 40 minutes à arriver », a indiqué le maire.",
        [],
        ["40 minutes"],
        id="fr-third-person-stays",
    ),
    row(
        "en",
        "Last week, 1,020 patients waited more than 12 hours in the emergency department.",
        [],
        ["more than 12 hours"],
        id="en-unquoted-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent", "kept"), CASES)
def test_witness_time(lang: str, text: str, absent: list[str], kept: list[str]) -> None:
    surfaces = [c.surface for c in extract_text(text, lang=lang, published=DAY)]
    for surface in absent:
        assert surface not in surfaces, surfaces
    for surface in kept:
        assert surface in surfaces, surfaces
