"""A length of time is a claim only when it is itself what the story measures: a wait, a
delay, a prison term, a working week, an average duration. The length of an activity the story
mentions ("three days of national mourning", "trois jours de deuil national"), of a noun it
qualifies ("la campagne de 28 jours", "un deuil national de trois jours", as English writes "a
28-day campaign"), a state's run ("in power for eight years", "fermée depuis 14 mois") and a
deadline ("within 10 days") are the scenery of the story, not figures it states. Read in wire
copy on stampedes, elections, strikes, health and justice; every sentence is our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

SCENERY = [
    row("en", "The president declared four days of national mourning.", [], id="days-of-mourning"),
    row(
        "en",
        "Two days of heavy rain flooded 340 homes in the valley.",
        [{"surface": "340", "value": 340}],
        id="days-of-rain-keeps-the-count",
    ),
    row(
        "en",
        "The bank will offer three years of free credit monitoring to 52,000 customers.",
        [{"surface": "52,000", "value": 52000}],
        id="years-of-a-service",
    ),
    row(
        "en",
        "After six weeks of talks, the union accepted a 4.2% raise.",
        [{"surface": "4.2%", "value": 4.2, "unit": "percent"}],
        id="weeks-of-talks",
    ),
    row("en", "The regulator said it would publish its findings within 30 days.", [],
        id="within-a-deadline"),
    row(
        "en",
        "The league said matches would stay suspended for three weeks.",
        [],
        id="for-a-suspension",
    ),
    row(
        "en",
        "The Liberals, in power for 11 years, won only 14 seats.",
        [{"surface": "14", "value": 14}],
        id="in-power-for",
    ),
    row(
        "en",
        "The maternity ward has been closed at night for nine months.",
        [],
        id="closed-for",
    ),
    row(
        "fr",
        "Le gouvernement a décrété deux jours de deuil national.",
        [],
        id="fr-jours-de-deuil",
    ),
    row(
        "fr",
        "Après trois semaines de grève, 61 % des agents ont repris le travail.",
        [{"surface": "61 %", "value": 61, "unit": "percent"}],
        id="fr-semaines-de-greve",
    ),
    row(
        "fr",
        "Pendant la campagne de 35 jours, le parti a promis 800 logements.",
        [{"surface": "800", "value": 800}],
        id="fr-campagne-de-jours",
    ),
    row(
        "fr",
        "Le préfet a annoncé un deuil national de deux jours.",
        [],
        id="fr-un-deuil-de-jours",
    ),
    row(
        "fr",
        "Les libéraux, au pouvoir depuis douze ans, n'obtiennent que 9 sièges.",
        [{"surface": "9", "value": 9}],
        id="fr-au-pouvoir-depuis",
    ),
    row(
        "fr",
        "La maternité de Vire est fermée le week-end depuis 16 mois.",
        [],
        id="fr-fermee-depuis",
    ),
]

MEASURED = [
    row(
        "en",
        "Patients waited for more than three hours in the emergency room.",
        [{"value": 3, "unit": "hour", "approx": "more_than"}],
        id="waited-for",
    ),
    row(
        "en",
        "The former mayor was jailed for nine years.",
        [{"value": 9, "unit": "year"}],
        id="jailed-for",
    ),
    row(
        "en",
        "Evacuated residents may be away for 8 to 12 days.",
        [{"lower": 8, "upper": 12, "unit": "day"}],
        id="a-range-of-length",
    ),
    row(
        "en",
        "He faces up to seven years of imprisonment.",
        [{"value": 7, "unit": "year", "approx": "up_to"}],
        id="years-of-imprisonment",
    ),
    row(
        "en",
        "Flights left with four hours of delay on average.",
        [{"value": 4, "unit": "hour"}],
        id="hours-of-delay",
    ),
    row(
        "en",
        "The heatwave lasted 12 days.",
        [{"value": 12, "unit": "day"}],
        id="lasted",
    ),
    row(
        "en",
        "It rained on 41 days of the year.",
        [{"value": 41, "unit": "day"}],
        id="days-of-the-year-are-counted",
    ),
    row(
        "fr",
        "L'ancien maire a été condamné à six ans de prison.",
        [{"value": 6, "unit": "year"}],
        id="fr-ans-de-prison",
    ),
    row(
        "fr",
        "Le TGV est arrivé avec trois heures de retard.",
        [{"value": 3, "unit": "hour"}],
        id="fr-heures-de-retard",
    ),
    row(
        "fr",
        "Une patiente attend depuis 22 mois une prothèse de hanche.",
        [{"value": 22, "unit": "month"}],
        id="fr-attend-depuis",
    ),
    row(
        "fr",
        "Le délai d'attente pour un rendez-vous est de 12 jours.",
        [{"value": 12, "unit": "day"}],
        id="fr-delai-est-de",
    ),
    row(
        "fr",
        "Les usagers subissent une attente de 40 minutes aux guichets.",
        [{"value": 40, "unit": "minute"}],
        id="fr-une-attente-de",
    ),
    row(
        "fr",
        "La grève a duré 19 jours.",
        [{"value": 19, "unit": "day"}],
        id="fr-a-dure",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SCENERY)
def test_a_length_of_scenery_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURED)
def test_a_measured_length_stays(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
