"""Figures of real news that are no claim, by class, with rows of the same shape that stay:

- a rough plural written with a vague word before a bare scale word ("several hundred
  residents", "a few thousand marchers") states no value, as "hundreds" does (never 100);
- a span between two times of day ("ouverts de 8 heures à 19 heures") is opening hours;
- the ages of people said by the grammar around them: a list after one age word ("aged 4 and
  9"), the youngest and the oldest of a group, an age in apposition to a first name ("confie
  Nadia, 47 ans.") or after a trade in apposition to a person ("Élodie, fleuriste de 41 ans"),
  the age bracket of a count in a breakdown ("52 de 15 à 64 ans");
- what a rule requires: the votes or signatures needed ("with 60 votes needed to end debate",
  "au-delà des 480 000 nécessaires"), a quorum;
- a notice given before an event ("se déclarer 48 heures à l'avance");
- a window whose phrase ends in the duration's qualifier ("in under 60 days", "en moins de 60
  jours");
- a confidence interval's level and bounds ("IC 95% [19 ; 43]"), a rate's base after a slash.

And a number word that is the subject of its verb counts ("trois se trouvent encore en soins
intensifs"). Sentences our own, in the style of wire, regional and national copy."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROUGH_PLURALS = [
    row("en", "Several hundred residents gathered outside the town hall on Saturday.", [],
        id="en-several-hundred"),
    row("en", "A few thousand marchers crossed the bridge in the rain.", [],
        id="en-a-few-thousand"),
    row("en", "The raft drifted for several hundred yards before it sank.", [],
        id="en-several-hundred-yards"),
    row("en", "About 300 residents gathered outside the town hall.", [{"value": 300}],
        id="en-about-300-stays"),
    row("en", "A hundred officers were deployed near the stadium.", [{"value": 100}],
        id="en-a-hundred-stays"),
    row("en", "Several of the 400 workers walked out on Monday.", [{"value": 400}],
        id="en-several-of-a-count-stays"),
]

OPENING_HOURS = [
    row("fr", "Les bureaux de vote étaient ouverts de 8 heures à 19 heures dimanche.", [],
        id="fr-ouverts-de-8-a-19-heures"),
    row("fr", "La médiathèque restera accessible de 9 heures à 22 heures pendant les fêtes.", [],
        id="fr-accessible-de-9-a-22-heures"),
    row("fr", "Le temps de travail passera de 6 heures à 8 heures par jour.",
        [{"value": 6, "unit": "hour"}, {"value": 8, "unit": "hour"}],
        id="fr-a-change-of-hours-stays"),
    row("fr", "La traversée dure entre 10 et 14 heures selon la météo.",
        [{"lower": 10, "upper": 14, "unit": "hour"}], id="fr-a-range-of-a-length-stays"),
]

AGES = [
    row("en", "Kara Osei, 29, arrived with her sons, aged 4 and 9, on Friday.", [],
        id="en-ages-listed-after-aged"),
    row("fr", "Ses enfants, âgés de 7 et 12 ans, sont sortis indemnes.", [],
        id="fr-ages-listes-apres-ages-de"),
    row("en", "Children aged 5 and 40 adults were evacuated from the school.", [{"value": 40}],
        id="en-a-count-after-an-age-stays"),
    row("en", "The youngest victim was 16 and the oldest 81, police said.", [],
        id="en-youngest-and-oldest"),
    row("en", "The oldest school in the district had 12 classrooms.", [{"value": 12}],
        id="en-oldest-thing-with-a-count-stays"),
    row("fr", "« On a tout perdu », confie Nadia, 47 ans.", [], id="fr-prenom-age-fin"),
    row("fr", "Au marché, Bruno, 63 ans dont 41 ans de métier, s'inquiète.", [],
        id="fr-prenom-age-dont"),
    row("fr", "Selon Marc, 40 % des salariés sont en grève.", [{"value": 40, "unit": "percent"}],
        id="fr-prenom-puis-une-part-reste"),
    row("fr", "Élodie, fleuriste de 41 ans, raconte la nuit de l'incendie.", [],
        id="fr-metier-appose-a-un-prenom"),
    row("fr", "Son oncle, charpentier de marine de 66 ans, a été évacué mardi.", [],
        id="fr-metier-appose-a-un-parent"),
    row("fr", "Sa sœur, condamnée à une peine de 8 ans, a fait appel.",
        [{"value": 8, "unit": "year"}], id="fr-une-peine-apposee-reste"),
    row("fr", "Sur les 210 décès, 52 de 15 à 64 ans et 155 de 65 ans et plus.",
        [{"value": 210}, {"value": 52}, {"value": 155}], id="fr-tranches-d-age-d-un-compte"),
    row("fr", "La peine maximale est passée de 5 à 8 ans.",
        [{"value": 5}, {"value": 8, "unit": "year"}], id="fr-un-changement-de-duree-reste"),
]

RULES = [
    row("en", "The measure got 55 votes, short of the 60 votes needed to advance.",
        [{"value": 55}], id="en-votes-needed"),
    row("en", "The motion got 58 votes, with 60 votes needed to end debate.",
        [{"value": 58}], id="en-with-votes-needed"),
    row("en", "Turnout reached 41%, well short of a quorum of 50% of registered voters.",
        [{"value": 41, "unit": "percent"}], id="en-quorum-of"),
    row("fr", "Le collectif a déposé 530 000 signatures, bien au-delà des 480 000 nécessaires.",
        [{"value": 530000}], id="fr-au-dela-des-signatures-necessaires"),
    row("fr", "La participation, 38 %, est restée loin du quorum de 50 % des inscrits.",
        [{"value": 38, "unit": "percent"}], id="fr-quorum-de"),
    row("fr", "Les grévistes doivent se déclarer 48 heures à l'avance auprès de la direction.", [],
        id="fr-heures-a-l-avance"),
    row("en", "Staff must file their requests 72 hours in advance.", [], id="en-hours-in-advance"),
    row("fr", "Le train est arrivé avec 40 minutes de retard.",
        [{"value": 40, "unit": "minute"}], id="fr-un-retard-reste"),
]

# A window phrase whose last words are the duration's qualifier ("in under", "en moins de"):
# the qualifier is part of the figure, and the window is still a window (Q10); a bound on a
# measured wait or a level stays.
QUALIFIED_WINDOWS = [
    row("en", "The ministry promised a temporary crossing in under 60 days.", [],
        id="en-in-under-days"),
    row("en", "Crews restored power to the valley in less than four hours.", [],
        id="en-in-less-than-hours"),
    row("fr", "La préfète a promis une passerelle provisoire en moins de 60 jours.", [],
        id="fr-en-moins-de-jours"),
    row("fr", "Le réseau sera rétabli en moins d'une semaine, selon l'opérateur.", [],
        id="fr-en-moins-d-une-semaine"),
    row("en", "Patients waited less than 35 minutes on average in October.",
        [{"value": 35, "unit": "minute", "approx": "less_than"}], id="en-a-bounded-wait-stays"),
    row("fr", "L'attente moyenne est passée à moins de 35 minutes.",
        [{"value": 35, "unit": "minute", "approx": "less_than"}], id="fr-une-attente-bornee-reste"),
]

# The precision of a health figure: a confidence interval's level and bounds, and the base of
# a rate written after a slash ("12,5/100 000"); the figure itself stays.
PRECISIONS = [
    row("fr", "L'incidence a été estimée à 31 cas pour 100 000 habitants (IC 95% [19 ; 43]).",
        [{"value": 31}], id="fr-ic-95"),
    row("fr", "Le vaccin réduit le risque de 58 % (intervalle de confiance à 95 % : 41 % à 70 %).",
        [{"value": 58, "unit": "percent"}], id="fr-intervalle-de-confiance"),
    row("en", "The drug cut admissions by 44% (95% CI 30-55%) in the trial.",
        [{"value": 44, "unit": "percent"}], id="en-95-ci"),
    row("fr", "L'incidence atteint 14,2/100 000 habitants dans le département.",
        [{"value": 14.2}], id="fr-base-apres-une-barre"),
    row("en", "About 95% of the cases were mild.", [{"value": 95, "unit": "percent"}],
        id="en-a-share-of-95-stays"),
]

SUBJECT_COUNTS = [
    row("fr", "Douze blessés ont été évacués ; trois se trouvent encore en soins intensifs.",
        [{"value": 12}, {"value": 3}], id="fr-nombre-sujet-se-trouvent"),
    row("fr", "Parmi les blessés, deux restent hospitalisés à Rennes.", [{"value": 2}],
        id="fr-nombre-sujet-restent"),
    row("fr", "Les deux se sont retrouvés au tribunal mardi.", [],
        id="fr-les-deux-reste-sans-chiffre"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    ROUGH_PLURALS + OPENING_HOURS + AGES + RULES + QUALIFIED_WINDOWS + PRECISIONS
    + SUBJECT_COUNTS,
)
def test_figures_of_people_and_rules(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
