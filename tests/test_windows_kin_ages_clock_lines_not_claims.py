"""Figures that are not claims, by grammar, each with negative rows of the same shape that keep
today's reading. Sentences our own.

* A window written with a determiner after a weak window word ("in the 24 hours to 8pm",
  "over the same ten months", "sur les 48 heures"): the span another figure of the sentence is
  counted in, like "in five days, 300 arrests". A count after the same words ("in the 3
  districts") is no window.
* A relative's age: a possessive and a kin noun, a copula or a comma, then a bare small number
  that ends its clause ("my brother is 31 and", "her son, 8, and"); and an age after "up to age",
  "at age".
* A span of opening hours that ends on a named time ("ouverte de 19 heures à minuit").
* A French phone line written with a leading zero and blanks ("le 0 800 117 117", "le 0 800
  14 20 20"): no quantity starts with a zero before a blank ("0,5 %" is a decimal).
"""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    # windows with a determiner
    row("en", "Police received 512 calls in the 24 hours to 8pm on Sunday.",
        [{"value": 512}], id="en-in-the-24-hours"),
    row("en", "Rescuers pulled 38 people from the water in the 12 hours after the ferry capsized.",
        [{"value": 38}], id="en-in-the-12-hours-after"),
    row("en", "Another 9,300 were deported by air over the same ten months.",
        [{"value": 9300}], id="en-over-the-same-ten-months"),
    row("en", "The station measured 96 millimeters of rain during the 36 hours before the flood.",
        [{"value": 96, "unit": "millimeter"}], id="en-during-the-36-hours"),
    row("fr", "Il est tombé 118 millimètres de pluie sur les 36 heures précédant la crue.",
        [{"value": 118}], id="fr-sur-les-36-heures"),
    # negative rows: a count after the same words is no window
    row("en", "Police made 40 arrests in the 3 districts on Saturday.",
        [{"value": 40}, {"value": 3}], id="en-in-the-3-districts-stays"),
    row("en", "A fund of $2 million was set up for the 12 families.",
        [{"value": 2_000_000}, {"value": 12}], id="en-for-the-12-families-stays"),
    # a relative's age
    row("en", "\"My brother is 31 and he never came home,\" said his sister.", [],
        id="en-my-brother-is-31"),
    row("en", "She fled with her son, 8, and her daughter, 12, as 40 homes burned.",
        [{"value": 40}], id="en-her-son-8"),
    row("en", "Her husband, who was 61, was among the 14 dead.", [{"value": 14}],
        id="en-husband-who-was-61"),
    row("en", "\"My daughter is 19. She was one of 30 students on the bus,\" he said.",
        [{"value": 30}], id="en-my-daughter-is-19"),
    row("en", "Among the cases, 110 are among children up to age 4.", [{"value": 110}],
        id="en-up-to-age-4"),
    row("en", "Children are screened at age 2, and 38 were referred last year.",
        [{"value": 38}], id="en-at-age-2"),
    # negative rows: no kin noun, no copula, or the clause goes on
    row("en", "The company is 24 and employs 300 people.", [{"value": 24}, {"value": 300}],
        id="en-company-is-24-stays"),
    row("en", "Her son scored 3 goals on Sunday.", [{"value": 3}], id="en-son-scored-3-stays"),
    row("en", "Their children were 12 of the 30 victims.", [{"value": 12}, {"value": 30}],
        id="en-children-were-12-of-stays"),
    # a span of opening hours ending on a named time
    row("fr", "La pharmacie de garde, ouverte de 19 heures à minuit, reçoit les urgences.", [],
        id="fr-de-19-heures-a-minuit"),
    row("fr", "La permanence, assurée de 9 heures à midi, compte 4 bénévoles.",
        [{"value": 4}], id="fr-de-9-heures-a-midi"),
    # negative row: a length of hours with no span of the day
    row("fr", "La panne a duré 20 heures.", [{"value": 20, "unit": "hour"}],
        id="fr-a-dure-20-heures-stays"),
    # phone lines
    row("fr", "Un numéro vert a été mis en place : le 0 800 14 20 20.", [],
        id="fr-phone-pairs"),
    row("fr", "Notez bien ce numéro : le 0 800 117 117, pour 12 départements.",
        [{"value": 12}], id="fr-phone-threes"),
    row("fr", "Les victimes ont eu droit à leur 0 806.", [], id="fr-phone-prefix"),
    # negative rows: a decimal and a zero count stay
    row("fr", "Le taux est de 0,5 % et 0 cas grave a été signalé.",
        [{"value": 0.5, "unit": "percent"}, {"value": 0}], id="fr-decimal-and-zero-stay"),
    row("fr", "Les patients ont attendu 11 heures aux urgences.",
        [{"value": 11, "unit": "hour"}], id="fr-attendu-11-heures-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_windows_kin_ages_and_opening_hours(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
