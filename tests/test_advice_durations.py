"""How long one is told to do something is advice, no measurement: carbon-monoxide advice as
French health agencies and the press relay it every winter (LCI 2019 and CNews 2019 relaying
the health ministry: air the home at least ten minutes a day, "il est impératif d'aérer";
the Hauts-de-France union of health professionals: "il est recommandé de ... aérer au moins
10 minutes par jour"; a town's bulletin quoting Santé publique France), and boil-water notices
on US utility and local news pages (boil for one minute; residents "are advised to boil all
water"). The counter-cases keep what is measured or estimated: "il faut compter trois heures
d'attente", "il faut 45 minutes pour", "residents waited more than three hours".

Every sentence is our own, written in the style of what was read."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ADVICE = [
    row(
        "fr",
        "La préfecture rappelle qu'il faut aérer son logement au moins quinze minutes par jour, "
        "même par grand froid.",
        [],
        id="fr-il-faut-aerer",
    ),
    row(
        "fr",
        "Il est impératif d'aérer les pièces chauffées au moins dix minutes chaque jour.",
        [],
        id="fr-il-est-imperatif-d",
    ),
    row(
        "fr",
        "Les pédiatres conseillent de limiter les écrans à deux heures par jour.",
        [],
        id="fr-conseillent-de",
    ),
    row(
        "fr",
        "Selon l'ARS, 38 personnes ont été intoxiquées, et il est recommandé de laisser couler "
        "l'eau cinq minutes avant de la boire.",
        [{"surface": "38", "value": 38}],
        id="fr-count-kept-advice-dropped",
    ),
    row(
        "en",
        "Customers in Millbrook are advised to boil all tap water for at least two minutes.",
        [],
        id="en-advised-to-boil",
    ),
    row(
        "en",
        "Commuters were urged to allow an extra 40 minutes for their journeys on Monday.",
        [],
        id="en-urged-to-allow",
    ),
]

MEASURED = [
    row(
        "fr",
        "Aux urgences de Valence, il faut compter au moins quatre heures d'attente.",
        [{"surface": "au moins quatre heures", "value": 4}],
        id="fr-il-faut-compter-attente",
    ),
    row(
        "fr",
        "Depuis la fermeture du pont, il faut 50 minutes pour rejoindre le centre-ville.",
        [{"surface": "50 minutes", "value": 50}],
        id="fr-il-faut-une-duree",
    ),
    row(
        "en",
        "Stranded passengers waited more than five hours for replacement buses.",
        [{"surface": "more than five hours", "value": 5}],
        id="en-a-measured-wait",
    ),
    row(
        "en",
        "Travellers are advised to expect delays of up to three hours at the border.",
        [{"surface": "up to three hours", "value": 3}],
        id="en-advised-to-expect-a-forecast",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADVICE)
def test_advised_durations_are_no_figures(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURED)
def test_measured_or_estimated_durations_stay(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
