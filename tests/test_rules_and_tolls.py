"""Figures of health orders, outbreak rules and working-time rules that are no measurement, and
small tolls and headcounts that are.

- A set a ban covers ("banned gatherings of more than 50 people", "interdit les rassemblements
  de plus de 100 personnes", "gatherings with more than 50 people are not allowed"): the bound
  defines what the order covers; "crowds of more than 50,000 people" is a headcount and stays.
- The length of an absence ("declared the outbreak over after 42 days without a new case",
  "après deux mois sans nouveau cas"): how long nothing happened, no measurement.
- "one dead and 112 arrested", "un mort et deux blessés": the article is the number one of a
  toll ("One deadline was missed" is no toll).
- Korean bodies counted with 구 ("시신 80여 구"), and a rally's headcount in 만 whose 명 the copy
  leaves out ("참가 인원을 15만 안팎으로", "주최 측은 30만 추산"); "강남 3구" names districts,
  "100만이라고" stays a bare number.
- A Korean flight's number after its airline or code ("대한항공 801편", "7C 2216편"): a name;
  "국내선 42편" counts flights.
Sentences our own."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row(
        "en",
        "The city government on Tuesday banned gatherings of more than 20 people until April 15.",
        [],
        id="ban-gatherings-of-more-than",
    ),
    row(
        "en",
        "Ministers will ban public events of more than 1,000 people from Friday.",
        [],
        id="ban-events-of-more-than",
    ),
    row(
        "en",
        "Indoor gatherings with more than 30 people are not allowed, the minister said.",
        [],
        id="not-allowed-after",
    ),
    row(
        "en",
        "The rally drew crowds of more than 40,000 people on Sunday.",
        [{"value": 40000, "approx": "more_than"}],
        id="a-crowd-stays",
    ),
    row(
        "en",
        "Police banned the march, which drew more than 6,000 people.",
        [{"value": 6000, "approx": "more_than"}],
        id="a-banned-march-headcount-stays",
    ),
    row(
        "fr",
        "Le préfet a interdit les rassemblements de plus de 50 personnes jusqu'à dimanche.",
        [],
        id="fr-interdit-rassemblements",
    ),
    row(
        "fr",
        "La manifestation a réuni plus de 12 000 personnes samedi.",
        [{"value": 12000, "approx": "more_than"}],
        id="fr-a-crowd-stays",
    ),
    row(
        "en",
        "Health officials declared the outbreak over after 42 days without a new infection.",
        [],
        id="absence-after-days-without",
    ),
    row(
        "en",
        "The region ended its alert after three weeks with no new case, officials said.",
        [],
        id="absence-with-no",
    ),
    row(
        "fr",
        "L'épidémie a été déclarée terminée après deux mois sans nouveau cas.",
        [],
        id="fr-absence-sans",
    ),
    row(
        "en",
        "Rescuers reached the village after 11 hours, and 14 people were evacuated.",
        [{"value": 11, "unit": "hour"}, {"value": 14}],
        id="a-time-taken-with-no-absence-stays",
    ),
    row(
        "en",
        "Fuel protests: one dead and 48 arrested as prices rise",
        [{"value": 1}, {"value": 48}],
        id="one-dead-headline",
    ),
    row(
        "en",
        "Three people were killed and one injured when the roof collapsed.",
        [{"value": 3}, {"value": 1}],
        id="one-injured",
    ),
    row("en", "One deadline was missed again.", [], id="one-deadline-is-no-toll"),
    row(
        "fr",
        "Un mort et trois blessés dans une collision près de Rennes.",
        [{"value": 1}, {"value": 3}],
        id="fr-un-mort",
    ),
    row(
        "ko",
        "수색 당국은 시신 60여 구를 수습했다고 밝혔다.",
        [{"value": 60, "approx": "more_than"}],
        id="ko-bodies-gu",
    ),
    row(
        "ko",
        "형태가 온전한 시신은 7구에 불과했다.",
        [{"value": 7}],
        id="ko-bodies-gu-particle",
    ),
    row("ko", "강남 3구 아파트값이 0.2% 올랐다.", [{"value": 0.2, "unit": "percent"}],
        id="ko-gangnam-districts-stay-names"),
    row(
        "ko",
        "경찰은 집회 참가 인원을 12만 안팎으로 보고 있다.",
        [{"value": 120000, "approx": "about"}],
        id="ko-bare-headcount-about",
    ),
    row(
        "ko",
        "주최 측은 25만 추산, 경찰은 4만 명으로 집계했다.",
        [{"value": 250000}, {"value": 40000}],
        id="ko-bare-headcount-estimate",
    ),
    row("ko", "사회자는 100만이라고 말했다.", [], id="ko-a-bare-number-stays-bare"),
    row(
        "ko",
        "방콕발 한빛항공 512편 여객기에는 승객 140명이 타고 있었다.",
        [{"value": 140}],
        id="ko-flight-number-after-airline",
    ),
    row(
        "ko",
        "사고기는 제주항공 7C 3105편으로, 승무원 6명이 탑승했다.",
        [{"value": 6}],
        id="ko-flight-number-after-code",
    ),
    row(
        "ko",
        "한빛항공은 이날 국내선 42편을 결항했다.",
        [{"value": 42}],
        id="ko-a-count-of-flights-stays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_rules_tolls_and_headcounts(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)
