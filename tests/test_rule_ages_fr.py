"""Ages French pension and labour copy gives as rules, no measurement: the age at which people
may leave ("pourront partir à 55 ans", "l'âge de départ, aujourd'hui fixé à 60 ans"), how far a
reform moves it ("repousser de deux ans l'âge de départ"), and the age of a person who died
("mort à 86 ans"). A statistic of ages stays ("l'âge moyen de départ a atteint 62,8 ans"), and
so do a prison term and a change of a length that is no age. Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("fr", "Les agents des services actifs pourront partir à 57 ans.", [],
        id="partir-a"),
    row(
        "fr",
        "L'âge de départ des marins, aujourd'hui fixé à 55 ans, concerne 14 000 personnes.",
        [{"value": 14000}],
        id="fixe-a-in-an-apposition",
    ),
    row("fr", "Le texte prévoit de relever de trois ans l'âge de départ des policiers.", [],
        id="moved-by-years-before-the-age"),
    row("fr", "L'écrivain est mort à 91 ans, a annoncé sa famille.", [], id="mort-a"),
    row(
        "fr",
        "L'âge moyen de départ a atteint 62,9 ans en 2025.",
        [{"value": 62.9, "unit": "year"}],
        id="an-average-age-stays",
    ),
    row(
        "fr",
        "Il a été condamné à 6 ans de prison ferme.",
        [{"value": 6, "unit": "year"}],
        id="a-prison-term-stays",
    ),
    row(
        "fr",
        "La durée de cotisation a été relevée de deux ans.",
        [{"value": 2, "unit": "year"}],
        id="a-change-of-no-age-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_an_age_a_rule_sets_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
