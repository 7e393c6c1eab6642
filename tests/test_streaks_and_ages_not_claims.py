"""How long a streak has run is the story's scenery, no figure ("after six straight years of
deficits", "five consecutive quarters", "trois ans d'affilée", "huit années consécutives"), as is
the length that names a window ("la moyenne des cinq dernières années") and the span of a
group's ages ("Their ages ranged from 19 to 58", "leurs âges allaient de 19
à 58 ans"). Business and disaster copy write both. The negative rows keep a count of games or
years said otherwise ("won eight straight games", "lost money in eight of the past ten years")
and a change stated in a streak ("rose 3% for the third straight month"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

STREAKS = [
    row("en", "The carmaker returned to profit after seven straight years of losses.", [],
        id="en-straight-years"),
    row("en", "Exports have now shrunk for five consecutive quarters.", [],
        id="en-consecutive-quarters"),
    row("en", "Sales fell for four years in a row.", [], id="en-years-in-a-row"),
    row("fr", "Le groupe a enregistré six années consécutives de pertes.", [],
        id="fr-annees-consecutives"),
    row("fr", "Les ventes ont reculé trois ans d'affilée.", [], id="fr-ans-d-affilee"),
    row(
        "en",
        "The club won eight straight games before the break.",
        [{"value": 8}],
        id="en-straight-games-stay",
    ),
    row(
        "en",
        "Prices rose 3% for the third straight month.",
        [{"value": 3, "unit": "percent"}],
        id="en-a-change-in-a-streak-stays",
    ),
    row(
        "en",
        "The firm lost money in eight of the past ten years.",
        [{"value": 8}],
        id="en-years-counted-otherwise-stay",
    ),
]

WINDOWS = [
    row(
        "fr",
        "La moyenne des cinq dernières années est de 9 400 tonnes.",
        [{"value": 9400, "unit": "metric_ton"}],
        id="fr-cinq-dernieres-annees",
    ),
    row(
        "fr",
        "Les trois prochains mois, 200 postes seront créés.",
        [{"value": 200}],
        id="fr-trois-prochains-mois",
    ),
    row(
        "fr",
        "Les 5 derniers blessés ont quitté l'hôpital.",
        [{"value": 5}],
        id="fr-cinq-derniers-blesses-stay",
    ),
]

AGES = [
    row("en", "Their ages ranged from 19 to 58, the club said.", [], id="en-ages-ranged-from"),
    row("en", "The victims, ranging in age from 3 to 71, were all local.", [],
        id="en-ranging-in-age"),
    row("fr", "Leurs âges allaient de 19 à 58 ans.", [], id="fr-ages-allaient"),
    row(
        "en",
        "The average age of new farmers rose to 43.",
        [{"value": 43}],
        id="en-an-average-age-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STREAKS + WINDOWS + AGES)
def test_a_streak_or_an_age_span_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
