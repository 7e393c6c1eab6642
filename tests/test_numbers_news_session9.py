"""Figures of English and French news by the grammar of their class: a bare number word that is
the level of a count named before it ("the death toll rose to nine", "le bilan s'élève à
sept"); pence glued to a price ("512.4p"). And what is no claim: a clock time written with a dot
("at about 6.40 a.m."), the count a purpose requires ("needed 281 votes to pass", "avait besoin
de 281 voix pour passer", "the 290 votes needed"), a count's upper bound that defines a set
("les PME de moins de 50 salariés", "firms with fewer than 50 employees"), the ages a rule sets
("raises the retirement age from 62 to 64", "ramène l'âge légal de 64 à 63 ans") and the time
elapsed before an event ("pulled alive after more than seven hours"). Our own sentences in the
style of wire, business and political copy; other names, other figures."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

PUBLISHED = date(2026, 11, 20)


def _claims(text: str, lang: str) -> list[Claim]:
    return extract_text(text, lang=lang, published=PUBLISHED)


# (lang, sentence, surface, value, unit)
FIGURES = [
    # a bare number word, the level of a count named before it
    ("en", "Flood deaths: toll rises to eleven as rain eases", "eleven", 11, "count"),
    ("en", "The council had put the toll at five on Tuesday.", "five", 5, "count"),
    ("en", "The death toll from the landslide has risen to nine, officials said.", "nine", 9,
     "count"),
    ("en", "Officials said the tally of missing reached twelve by nightfall.", "twelve", 12,
     "count"),
    ("en", '"I can confirm that the death toll is at six," the governor said.', "six", 6,
     "count"),
    ("fr", "Le bilan s'élève désormais à sept, selon la préfecture.", "sept", 7, "count"),
    ("fr", "Le nombre de disparus est tombé à trois dimanche.", "trois", 3, "count"),
    ("fr", "Le total des victimes a été porté à onze.", "onze", 11, "count"),
    # pence glued to a price
    ("en", "Shares in the lender fell 1.8% to 287.6p in London.", "287.6p", 287.6, "GBX"),
    ("en", "The retailer's shares closed up 4p at 96p on Friday.", "96p", 96, "GBX"),
    ("en", "The firm raised its interim dividend to 12.3p.", "12.3p", 12.3, "GBX"),
    # the same shapes that stay claims: a need with no purpose, a measure's top, a plural noun
    # with a lower bound, an average age, a measured wait
    ("en", "Some 300 workers needed hospital treatment.", "Some 300", 300, "count"),
    ("en", "The hospital needed 40 extra beds last winter.", "40", 40, "count"),
    ("fr", "L'hôpital a eu besoin de 40 lits supplémentaires.", "40", 40, "count"),
    ("fr", "Le texte a obtenu 301 voix pour et 259 contre.", "301", 301, "count"),
    ("en", "The storm brought winds of up to 90mph to the coast.", "up to 90mph", 90,
     "mile/hour"),
    ("fr", "L'incendie a provoqué la mort de plus de 300 personnes.", "plus de 300", 300,
     "count"),
    ("en", "The average age of new farmers rose from 41 to 43.", "43", 43, "count"),
    ("fr", "L'âge moyen des salariés est passé de 41 à 43 ans.", "43 ans", 43, "year"),
    ("en", "The suspect was released after 48 hours in detention.", "48 hours", 48, "hour"),
    ("en", "Patients waited more than 12 hours in A&E.", "more than 12 hours", 12, "hour"),
    ("en", "The probe's battery failed after four days, ending the mission.", "four days", 4,
     "day"),
    ("en", "The polls close at 10.30pm and 2.5 million people voted.", "2.5 million", 2.5e6,
     "count"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit"), FIGURES)
def test_figures(lang: str, text: str, surface: str, value: float, unit: str) -> None:
    by = {c.surface: c for c in _claims(text, lang)}
    assert surface in by, sorted(by)
    assert by[surface].value == pytest.approx(value)
    assert by[surface].unit == unit


# (lang, sentence, a number that must not be read)
NOT_CLAIMS = [
    # a clock time with a dot
    ("en", "GRDF said it received a call at 9.15 p.m. on Friday.", "9.15"),
    ("en", "The blast, at about 6.40 a.m., woke residents.", "6.40"),
    ("en", "The train left at 7.05am with 300 passengers.", "7.05"),
    # a video format, not pence
    ("en", "The film streams in 1080p on most phones.", "1080"),
    # the count a purpose requires
    ("en", "The bill needed 281 votes to pass on Tuesday.", "281"),
    ("en", "The petition needs 100,000 signatures to force a debate in Parliament.", "100,000"),
    ("en", "The motion won 301 votes, above the 289 votes needed.", "289"),
    ("en", "The party needed 326 seats to form a majority.", "326"),
    ("fr", "Le texte avait besoin de 281 voix pour passer ce mardi.", "281"),
    ("fr", "Il faut 185 000 signatures pour déclencher un débat.", "185 000"),
    ("fr", "Le texte a recueilli 301 voix, soit plus que les 289 voix nécessaires.", "289"),
    # a count's upper bound that defines a set
    ("fr", "La CPME demande un geste sur les cotisations des PME de moins de 50 salariés.", "50"),
    ("fr", "La mesure vise les communes de moins de 3 500 habitants.", "3 500"),
    ("en", "The rule applies to firms with fewer than 50 employees.", "50"),
    # the ages a rule sets
    ("en", "The reform raises the retirement age from 62 to 64.", "64"),
    ("en", "The law lowers the voting age to 16 from 18.", "16"),
    ("en", "The government will raise the state pension age to 67 by 2028.", "67"),
    ("fr", "La réforme ramène l'âge légal de départ de 64 à 63 ans pour les carrières longues.",
     "63"),
    ("fr", "Le gouvernement veut porter l'âge minimum à 16 ans.", "16"),
    # the time elapsed before an event
    ("en", "A woman was pulled alive from the rubble after more than seven hours.", "seven"),
    ("en", "A man was rescued from the debris after 69 hours buried under a hotel.", "69"),
    ("fr", "Une femme a été dégagée vivante des décombres après plus de sept heures.", "sept"),
    ("fr", "Il a été secouru au bout de 17 heures.", "17"),
    # number words with no count named before them
    ("en", "The vote was delayed to nine in the evening.", "nine"),
]


@pytest.mark.parametrize(("lang", "text", "number"), NOT_CLAIMS)
def test_not_claims(lang: str, text: str, number: str) -> None:
    surfaces = [c.surface for c in _claims(text, lang)]
    assert not any(number in s for s in surfaces), surfaces
