"""Durations that place an event in time, halves of a dozen, and bounds that lead on.

Classes read in real disaster, transport and police copy before a rule was written ("two days
after the quake struck", "three days after the ferry capsized", "about 40 minutes after
leaving port", "deux jours après le séisme"; "half a dozen people were arrested", "une
demi-douzaine de blessés"); the sentences are our own, with other numbers and places.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2025, 6, 3)

CASES = [
    # --- a duration before "after", "later", "après": when something happened, no figure ---
    row(
        "en",
        "Two days after a landslide buried the village, crews had found 38 bodies.",
        [{"value": 38}],
        id="en-days-after-event",
    ),
    row(
        "en",
        "The bus left the road about 25 minutes after leaving the depot, killing 9.",
        [{"value": 9}],
        id="en-minutes-after-leaving",
    ),
    row(
        "en",
        "Rescuers found 14 more survivors, and a second boat sank an hour later.",
        [{"value": 14}],
        id="en-an-hour-later",
    ),
    row(
        "fr",
        "Trois jours après le passage du cyclone, 4 200 foyers restaient sans courant.",
        [{"value": 4200}],
        id="fr-jours-apres",
    ),
    row(
        "fr",
        "Le ferry a chaviré dix minutes plus tard avec 57 passagers à bord.",
        [{"value": 57}],
        id="fr-minutes-plus-tard",
    ),
    # a length of time stays a figure ("in five seconds after paying" is how long it takes)
    row(
        "en",
        "Users could make a fake image in ten seconds after paying.",
        [{"surface": "ten seconds", "value": 10, "unit": "second"}],
        id="en-in-seconds-after-stays",
    ),
    row(
        "fr",
        "Le logiciel produit une image truquée dans les 8 secondes après l'envoi.",
        [{"surface": "8 secondes", "value": 8, "unit": "second"}],
        id="fr-dans-les-secondes-apres-stays",
    ),
    row(
        "fr",
        "La grève a duré 12 jours.",
        [{"surface": "12 jours", "value": 12, "unit": "day"}],
        id="fr-duration-stays",
    ),
    # --- half a dozen is six, never a half and a dozen ---
    row(
        "en",
        "Half a dozen protesters were detained outside the ministry.",
        [{"surface": "Half a dozen", "value": 6, "unit": "count"}],
        id="en-half-a-dozen",
    ),
    row(
        "fr",
        "Une demi-douzaine de blessés ont été transportés à l'hôpital.",
        [{"surface": "Une demi-douzaine", "value": 6, "unit": "count"}],
        id="fr-demi-douzaine",
    ),
    # --- a bound word that leads to another figure is no bound of the first ---
    row(
        "en",
        "Support was above one quarter and below a half in every poll.",
        [{"lower": 25, "upper": 50, "approx": "range"}],
        id="en-above-and-below-words",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_anchors_dozens_and_bounds(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)


# --- a vessel's name ends in its number: "MV Lady Mary Joy 3" is no count of 3 ---
VESSELS = [
    row(
        "en",
        "The KM Sinar Laut 3 was carrying 88 passengers when it capsized.",
        [{"value": 88}],
        id="en-km-vessel-number",
    ),
    row(
        "en",
        "Coast guard crews on the MV Ocean Star 7 pulled 12 people from the water.",
        [{"value": 12}],
        id="en-mv-vessel-number",
    ),
    row(
        "fr",
        "Le KM Bintang Laut 5 transportait 120 passagers.",
        [{"value": 120}],
        id="fr-km-vessel-number",
    ),
    # a count after a plain noun stays a count
    row(
        "en",
        "The ferry carried 3 trucks and 40 cars.",
        [{"value": 3}, {"value": 40}],
        id="en-count-after-noun-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VESSELS)
def test_vessel_numbers_are_names(lang, text, expected):
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
