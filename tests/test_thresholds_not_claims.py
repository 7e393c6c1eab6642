"""A rule's threshold or a set's definition is no measurement. Election law ("a recount only
when the margin is under 0.5%", "lorsque l'écart est inférieur à 25 voix"), statistics releases
("starts in centres with 10,000 or more people"), health orders ("gatherings of 8 people or
fewer", "dans un rayon de 150 mètres autour de chaque cas") and grants ("within 100 feet of its
home") and waiting lists ("41.3% had been waiting more than 18 weeks") write them; the figures
counted inside such a set stay, and so does a bound that
estimates one thing ("a crowd of 10,000 or more") or a narrated condition in the past ("when
winds were over 60 mph"). Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en",
        "Starts in centres with 10,000 or more people totalled 17,240 in May.",
        [{"value": 17240}],
        id="set-centres-with-or-more",
    ),
    row(
        "en",
        "So far this year, starts in centres of 10,000 or more stand at 96,310.",
        [{"value": 96310}],
        id="set-centres-of-or-more",
    ),
    row("en", "Indoor gatherings of 8 people or fewer will be allowed from Monday.", [],
        id="set-gatherings-or-fewer"),
    row("en", "Employers with 150 staff or more must publish the data.", [],
        id="set-employers-or-more"),
    row(
        "en",
        "Fines of $500 or more were issued to 12 drivers.",
        [{"value": 12, "approx": "exact"}],
        id="set-fines-the-count-stays",
    ),
    row(
        "en",
        "A crowd of 10,000 or more gathered outside the court.",
        [{"value": 10000, "approx": "at_least"}],
        id="one-crowd-is-an-estimate",
    ),
    row("en", "State law requires a recount only when the margin is under 0.5%.", [],
        id="condition-recount"),
    row("en", "If turnout is above 40%, the referendum is binding.", [], id="condition-if"),
    row(
        "en",
        "The fire jumped the river when winds were over 60 mph.",
        [{"value": 60, "approx": "more_than"}],
        id="a-narrated-condition-stays",
    ),
    row("en", "Owners who clear brush within 200 feet of a home get a $1,500 grant.",
        [{"value": 1500, "unit": "USD"}], id="zone-within-feet"),
    row(
        "en",
        "She hit her approach shot to within four feet of the pin.",
        [{"value": 4, "unit": "foot"}],
        id="a-distance-reached-stays",
    ),
    row(
        "fr",
        "Son score est de 300 ou plus selon les juges.",
        [{"value": 300, "approx": "at_least"}],
        id="fr-est-de-is-no-set",
    ),
    row(
        "en",
        "Of those on the list, 38.2% had been waiting more than 18 weeks.",
        [{"value": 38.2, "unit": "percent"}],
        id="waiting-list-share",
    ),
    row(
        "en",
        "The charity said 2,870 patients had been waiting more than nine months for a scan.",
        [{"value": 2870}],
        id="waiting-list-count",
    ),
    row(
        "en",
        "Some 51,200 patients had been waiting longer than 18 weeks in March.",
        [{"value": 51200}],
        id="waiting-list-longer-than",
    ),
    row(
        "en",
        "Last week, 1,480 patients waited more than 10 hours in the emergency department.",
        [{"value": 1480}, {"value": 10, "unit": "hour", "approx": "more_than"}],
        id="what-patients-went-through-stays",
    ),
    row(
        "en",
        "Urban centres with a population of 10,000 or greater saw 18,940 actual starts.",
        [{"value": 18940}],
        id="set-with-a-population-of",
    ),
    row(
        "en",
        "Voters waited in line for more than three hours at two schools.",
        [{"value": 3, "unit": "hour", "approx": "more_than"}, {"value": 2}],
        id="a-wait-stated-stays",
    ),
    row(
        "en",
        "Seismologists counted 318 aftershocks of magnitude 4 or more by Friday.",
        [{"value": 318}],
        id="set-aftershocks-of-magnitude",
    ),
    row(
        "fr",
        "Un recomptage est exigé par la loi lorsque l'écart est inférieur à 20 voix.",
        [],
        id="fr-condition-lorsque",
    ),
    row("fr", "Si le taux d'incidence dépasse 50 %, le plan blanc est activé.", [],
        id="fr-condition-si"),
    row(
        "fr",
        "Même si 58 % des électeurs ont voté, le quorum n'est pas atteint.",
        [{"value": 58, "unit": "percent"}],
        id="fr-meme-si-passe-compose-stays",
    ),
    row("fr", "Les communes de 1 000 habitants et plus votent au scrutin de liste.", [],
        id="fr-set-communes-et-plus"),
    row("fr", "Les entreprises de 300 salariés ou plus devront publier l'index.", [],
        id="fr-set-entreprises-ou-plus"),
    row(
        "fr",
        "Les agents interviennent dans un rayon de 200 mètres autour de chaque cas signalé.",
        [],
        id="fr-zone-rayon",
    ),
    row(
        "fr",
        "Le feu a parcouru 200 mètres en dix minutes.",
        [{"value": 200, "unit": "meter"}],
        id="fr-a-distance-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_threshold_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
