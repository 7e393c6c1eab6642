"""A time written in two units is one figure: "2 hours 5 minutes" is 125 minutes, not 5 minutes
beside 2 hours (a wrong value that would conflict with "125 minutes" elsewhere); "8 minutes 12
seconds" is 8.2 minutes. Hours and minutes are read in minutes, as waits, delays and response
times are compared in the press and in the statistics they quote; "an hour and 40 minutes",
"une heure et 12 minutes" write the hour in words, and are 100 and 72 minutes. Read in health
copy on ambulance response times and A&E waits (English), emergency response delays (French)
and train delays and waiting times (Korean); every sentence is our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

COMPOUND = [
    row(
        "en",
        "In the North West, the average response was 1 hour 13 minutes in December.",
        [{"surface": "1 hour 13 minutes", "value": 73, "unit": "minute"}],
        id="en-hour-minutes",
    ),
    row(
        "en",
        "Patients waited an average of 3 hours and 25 minutes for a bed.",
        [{"value": 205, "unit": "minute"}],
        id="en-hours-and-minutes",
    ),
    row(
        "en",
        "Crews took an average of 9 minutes 36 seconds to reach cardiac arrests.",
        [{"value": 9.6, "unit": "minute"}],
        id="en-minutes-seconds",
    ),
    row(
        "fr",
        "Le délai moyen d'arrivée des secours a atteint 1 heure 8 minutes en janvier.",
        [{"surface": "1 heure 8 minutes", "value": 68, "unit": "minute"}],
        id="fr-heure-minutes",
    ),
    row(
        "fr",
        "Les patients ont attendu en moyenne 4 heures et 10 minutes aux urgences.",
        [{"value": 250, "unit": "minute"}],
        id="fr-heures-et-minutes",
    ),
    row(
        "en",
        "Nearly 30,000 callers waited more than an hour and 25 minutes for a crew in January.",
        [{"value": 30000, "approx": "about"},
         {"surface": "more than an hour and 25 minutes", "value": 85, "unit": "minute",
          "approx": "more_than"}],
        id="en-an-hour-and-minutes",
    ),
    row(
        "en",
        "In the East, the average was one hour and 4 minutes.",
        [{"surface": "one hour and 4 minutes", "value": 64, "unit": "minute"}],
        id="en-one-hour-and-minutes",
    ),
    row(
        "fr",
        "Le délai moyen d'arrivée a atteint une heure et 9 minutes en février.",
        [{"surface": "une heure et 9 minutes", "value": 69, "unit": "minute"}],
        id="fr-une-heure-et-minutes",
    ),
    row(
        "fr",
        "En 2024, le délai moyen entre l'appel et l'arrivée des secours était de 15 min et 36 s.",
        [{"surface": "15 min et 36 s", "value": 15.6, "unit": "minute"}],
        id="fr-min-et-s",
    ),
    row(
        "ko",
        "응급실 평균 대기 시간은 3시간 15분으로 집계됐다.",
        [{"surface": "3시간 15분", "value": 195, "unit": "minute"}],
        id="ko-hours-minutes",
    ),
    row(
        "ko",
        "구급차 평균 현장 도착 시간은 7분 48초였다.",
        [{"surface": "7분 48초", "value": 7.8, "unit": "minute"}],
        id="ko-minutes-seconds",
    ),
]

APART = [
    row(
        "en",
        "An hour later, 12 survivors were found.",
        [{"value": 12}],
        id="en-an-hour-later",
    ),
    row(
        "fr",
        "Une heure plus tard, 14 personnes avaient été secourues.",
        [{"value": 14}],
        id="fr-une-heure-plus-tard",
    ),
    row(
        "en",
        "The average wait rose to 47 minutes, up 5 minutes on the month.",
        [{"value": 47, "unit": "minute"}, {"value": 5, "unit": "minute"}],
        id="en-two-times-stay-two",
    ),
    row(
        "en",
        "He is 6 feet 2 inches tall and weighs 90 kg.",
        [{"unit": "foot"}, {"value": 90}],
        id="en-feet-inches-unchanged",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPOUND)
def test_a_time_in_two_units_is_one_figure(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), APART)
def test_other_figures_are_not_joined(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
