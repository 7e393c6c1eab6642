"""The time the doers took, closing a passive clause ("all 23 were brought down by rescuers
over about four hours", "ses 23 occupants ont été évacués en un peu plus de quatre heures",
"92% of patients were seen in four hours"), is the scenery of what was done, like the time
elapsed before a rescue ("dug out alive after nine hours"): the count or the share done in it
is the figure. A record time ("the fastest crossing was completed in 11 hours") and an average
("were seen in an average of 52 minutes") are measured, and stay; so does an active clause's
time ("could download the file in five seconds"). Read in wire copy on cable-car rescues and
hospital waiting times; every sentence is our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

TAKEN = [
    row(
        "en",
        "All 31 skiers on board were lowered to the ground by rope over about three hours.",
        [{"surface": "31", "value": 31}],
        id="en-lowered-over-hours",
    ),
    row(
        "en",
        "In March, 71.8% of patients were seen in four hours, the lowest share this winter.",
        [{"surface": "71.8%", "value": 71.8, "unit": "percent"}],
        id="en-share-seen-in-hours",
    ),
    row(
        "en",
        "The 140 residents of the tower were rehoused by the council in less than two days.",
        [{"surface": "140", "value": 140}],
        id="en-rehoused-in-less-than-days",
    ),
    row(
        "fr",
        "Les 52 passagers ont été évacués par les secouristes en un peu moins de trois heures.",
        [{"surface": "52", "value": 52}],
        id="fr-evacues-en-heures",
    ),
    row(
        "fr",
        "Quelque 210 foyers ont été rebranchés par Enedis en moins de six heures.",
        [{"surface": "Quelque 210", "value": 210}],
        id="fr-rebranches-en-moins-de",
    ),
]

MEASURED = [
    row(
        "en",
        "The record crossing of the bay was completed in 9 hours.",
        [{"value": 9, "unit": "hour"}],
        id="en-record-time-stays",
    ),
    row(
        "en",
        "In the North East, patients were seen in an average of 47 minutes.",
        [{"value": 47, "unit": "minute"}],
        id="en-average-time-stays",
    ),
    row(
        "en",
        "The new train covers the route in 38 minutes.",
        [{"value": 38, "unit": "minute"}],
        id="en-active-time-stays",
    ),
    row(
        "fr",
        "Il a été élu en 2019 avec 54 % des voix.",
        [{"value": 54, "unit": "percent"}],
        id="fr-year-is-no-duration",
    ),
    row(
        "fr",
        "La plus longue traversée a été bouclée en 14 heures.",
        [{"value": 14, "unit": "hour"}],
        id="fr-record-time-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TAKEN)
def test_the_time_taken_in_a_passive_clause_is_no_claim(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURED)
def test_a_measured_time_stays(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
