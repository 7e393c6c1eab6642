"""Three kinds of numbers that are no figure of the story, read in real news (AFP, Euronews,
TV5 Monde, Le Soir, RTL, France Inter, People, Scripps, France 3, Ouest-France):

- a countdown to an event ("à quatre jours du scrutin", "à six mois de l'ouverture des Jeux",
  "two weeks ahead of the vote", "with 15 days to go"): when, not how much; a prison term after
  "à" ("condamné à six mois de prison") stays a figure;
- a phone line named right after its number ("Le 3919, le numéro d'écoute...", "the 988
  Suicide & Crisis Lifeline"): a name; the calls it received stay figures;
- the age of a person named by a noun with its complement ("une mère de famille de 36 ans",
  "un chef d'entreprise de 58 ans"): a description of that person.

Every sentence is our own, written in the style of what was read."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

COUNTDOWNS = [
    row(
        "fr",
        "Des milliers de manifestantes ont défilé samedi à Nantes, à trois jours de la Journée "
        "mondiale contre le sida.",
        [],
        id="fr-a-jours-de-la-journee",
    ),
    row(
        "fr",
        "À cinq semaines du scrutin, 38 % des électeurs se disent encore indécis.",
        [{"surface": "38 %", "value": 38, "unit": "percent"}],
        id="fr-a-semaines-du-scrutin",
    ),
    row(
        "fr",
        "À un an de l'ouverture des Jeux, le chantier du village emploie 2 300 ouvriers.",
        [{"surface": "2 300", "value": 2300}],
        id="fr-a-un-an-de-l-ouverture",
    ),
    row(
        "fr",
        "À moins de dix jours des municipales, la liste sortante a promis 450 logements.",
        [{"surface": "450", "value": 450}],
        id="fr-a-moins-de-jours-des",
    ),
    row(
        "fr",
        "À deux jours de Noël, les ventes de jouets ont reculé de 4 %.",
        [{"surface": "4 %", "value": 4, "unit": "percent"}],
        id="fr-a-jours-de-un-nom",
    ),
    row(
        "fr",
        "A quinze jours du second tour, le candidat sortant a réuni 6 000 partisans à Lille.",
        [{"surface": "6 000", "value": 6000}],
        id="fr-accentless-capital-a",
    ),
    row(
        "en",
        "Three weeks ahead of the referendum, 44% of voters backed the reform.",
        [{"surface": "44%", "value": 44, "unit": "percent"}],
        id="en-ahead-of",
    ),
    row(
        "en",
        "With 12 days to go before polling day, the two camps stepped up rallies.",
        [],
        id="en-days-to-go",
    ),
    row(
        "en",
        "Two weeks out from the vote, the governor led by 5 points.",
        [{"surface": "5", "value": 5}],
        id="en-out-from",
    ),
]

STILL_FIGURES = [
    row(
        "fr",
        "Le tribunal de Rennes l'a condamné à huit mois de prison avec sursis.",
        [{"surface": "huit mois", "value": 8}],
        id="fr-condamne-a-mois-de-prison",
    ),
    row(
        "fr",
        "Le délai moyen d'attente est passé à 52 jours en octobre.",
        [{"surface": "52 jours", "value": 52}],
        id="fr-passe-a-jours",
    ),
    row(
        "fr",
        "La plateforme a reçu 61 000 appels au numéro vert depuis janvier.",
        [{"surface": "61 000", "value": 61000}],
        id="fr-appels-au-numero-vert",
    ),
    row(
        "en",
        "The 5,300 calls to the hotline in March were a record.",
        [{"surface": "5,300", "value": 5300}],
        id="en-calls-to-the-hotline",
    ),
    # A count of a line's staff or calls written before the line's word (review probes in the
    # style of helpline copy: NIE Bengaluru's staff per shift, Polaris' calls answered, Punjab
    # helplines' calls received): no line's number, which has three digits or more, no separator.
    row(
        "en",
        "The 14 helpline operators walked out on Thursday, the union said.",
        [{"surface": "14", "value": 14}],
        id="en-helpline-operators",
    ),
    row(
        "en",
        "The service said the 2,300 hotline calls it received last week were a record.",
        [{"surface": "2,300", "value": 2300}],
        id="en-hotline-calls",
    ),
]

LINES = [
    row(
        "fr",
        "Le 3919, le numéro d'écoute national pour les victimes de violences, a reçu 81 200 "
        "appels en un an.",
        [{"surface": "81 200", "value": 81200}],
        id="fr-le-numero-d-ecoute",
    ),
    row(
        "fr",
        "Le 3114, ligne téléphonique de prévention du suicide, a traité 47 500 appels.",
        [{"surface": "47 500", "value": 47500}],
        id="fr-ligne-telephonique",
    ),
    row(
        "en",
        "The 988 Suicide & Crisis Lifeline received 512,000 calls and texts in August.",
        [{"surface": "512,000", "value": 512000}],
        id="en-named-lifeline",
    ),
    row(
        "en",
        "Residents were told to use the 101 non-emergency line.",
        [],
        id="en-non-emergency-line",
    ),
]

AGES = [
    row(
        "fr",
        "« On a eu très peur », raconte une mère de famille de 39 ans, devant la mairie.",
        [],
        id="fr-mere-de-famille-de-ans",
    ),
    row(
        "fr",
        "Un père de famille de 44 ans a été interpellé mardi à Lorient.",
        [],
        id="fr-pere-de-famille-de-ans",
    ),
    row(
        "fr",
        "Un chef d'entreprise de 61 ans a porté plainte pour escroquerie.",
        [],
        id="fr-chef-d-entreprise-de-ans",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTDOWNS)
def test_a_countdown_to_an_event_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), STILL_FIGURES)
def test_a_term_or_a_count_of_calls_stays(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), LINES)
def test_a_phone_line_named_after_its_number_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), AGES)
def test_the_age_of_a_person_named_with_a_complement_is_no_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
