"""Numbers that name something in news copy, no quantity: a label glued to its number sign
("le risque n°4", "No.3"), a radio station ("selon Europe 1"), a protest's act ("l'acte 18 des
gilets jaunes"), lot numbers and their spans ("les lots 4471", "les numéros 3310 à 3372"), a
fuel grade ("sans-plomb 95"), an emergency number ("a survivor dialled 999") and an airport's
or a port's places ("runway 19", "Pier 39", "la piste 19", "voie 4"). The same words before a
count stay counts. Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("fr", "Le risque n°4 est qualifié de fort.", [], id="fr-n-degree-glued"),
    row("en", "The No.3 seed withdrew on Monday.", [], id="en-no-dot-glued"),
    row("fr", "Comme le rappelait Europe 1, la réforme divise.", [], id="fr-europe-1"),
    row("fr", "L'acte 23 des gilets jaunes a rassemblé 9 000 personnes à Paris.",
        [{"value": 9000}], id="fr-acte"),
    row("fr", "Le rappel concerne les lots 4471.", [], id="fr-lots"),
    row("fr", "Les lots concernés portent les numéros 3310 à 3372.", [], id="fr-numeros-span"),
    row("en", "Articles 12 to 14 set the new rules.", [], id="en-articles-span"),
    row("fr", "Le sans-plomb 95 coûtait 1,72 euro le litre.",
        [{"value": 1.72, "unit": ("EUR/liter", "EUR")}], id="fr-sans-plomb"),
    row("en", "One of the survivors dialled 999 shortly after 2 a.m.", [], id="en-dialled-999"),
    row("en", "Police called 300 reservists to the border.", [{"value": 300}],
        id="en-called-a-count-stays"),
    # an airport's or a port's places (crash copy: "attempted an emergency landing on runway No.
    # 19", "la piste 01"): names, while runways and gates counted stay
    row("en", "The jet overshot runway 19 and hit a concrete wall.", [], id="en-runway"),
    row("en", "The fire started near Pier 39 late on Friday.", [], id="en-pier"),
    row("fr", "L'avion a dévié de la piste 19 avant de percuter un mur.", [], id="fr-piste"),
    row("fr", "Le TGV est resté bloqué voie 4 pendant la nuit.", [], id="fr-voie"),
    row("en", "The airport has two runways and 40 gates.", [{"value": 2}, {"value": 40}],
        id="en-runways-counted-stay"),
    row("fr", "Les 3 pistes de l'aéroport ont été fermées.", [{"value": 3}],
        id="fr-pistes-counted-stay"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_number_that_names_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
