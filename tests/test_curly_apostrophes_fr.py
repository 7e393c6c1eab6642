"""French copy writes the apostrophe straight or curled ("s'élève", "s’élève"; "qu'en", "qu’en"):
a sentence reads the same either way. The tables write the straight one; the word sets a
sentence's tokens are looked up in (subject verbs, stop words, determiners, the capacity words)
and the year comparison hold both. Sentences our own, each read in both spellings."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

PUBLISHED = date(2026, 12, 3)

SENTENCES = [
    pytest.param("Le nombre de blessés s'élève à 46 selon les pompiers.", id="subject-verb-seleve"),
    pytest.param("La dette s'établit à 3,2 milliards d'euros fin septembre.",
                 id="subject-verb-setablit"),
    pytest.param(
        "Depuis janvier, 2 300 cas ont été signalés, soit plus qu'en 2025 où 1 700 cas avaient "
        "été signalés.",
        id="year-compared-quen",
    ),
    pytest.param("Le gymnase, d'une capacité d'accueil de 300 places, héberge 540 sinistrés.",
                 id="capacity-daccueil"),
    pytest.param("Le stade, d'une capacité de 18 000 places, a accueilli 21 000 supporters.",
                 id="capacity-dune"),
    pytest.param("Parmi les 60 blessés, 9 d'entre eux sont dans un état grave.",
                 id="breakdown-dentre-eux"),
]


def _reading(text: str) -> list[tuple]:
    """What each claim says, its surface written with a straight apostrophe."""
    return [
        (
            c.surface.replace("\u2019", "'"),
            c.value,
            c.unit,
            c.modality,
            c.period.kind if c.period else None,
            c.period.start if c.period else None,
            c.period.end if c.period else None,
            c.frame.counted.text.replace("\u2019", "'") if c.frame and c.frame.counted else None,
        )
        for c in extract_text(text, lang="fr", published=PUBLISHED)
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_curled_apostrophe_reads_as_a_straight_one(text):
    assert _reading(text.replace("'", "\u2019")) == _reading(text)


def test_the_capacity_is_a_limit_in_both_spellings():
    text = "Le centre, d’une capacité d’accueil de 250 places, héberge 610 migrants."
    modalities = {c.value: c.modality.value for c in extract_text(text, lang="fr",
                                                                   published=PUBLISHED)}
    assert modalities == {250: "limit", 610: "stated"}


def test_the_past_year_compared_covers_the_same_part_of_it():
    text = ("Depuis janvier, 2 300 cas ont été signalés, soit plus qu’en 2025 où 1 700 cas "
            "avaient été signalés.")
    claims = extract_text(text, lang="fr", published=PUBLISHED)
    past = next(c for c in claims if c.value == 1700)
    assert (past.period.start, past.period.end) == (date(2025, 1, 1), date(2025, 12, 3))
