"""A casualty toll of the story's event holds as of when it is stated (``claims.tolls``).

Tolls grow: bulletins of the same explosion, shipwreck or collapse give "at least four dead" on
Saturday and "nine dead" on Monday, and both name Saturday's event. Dated by the event's day they
would be two counts of the same period, and a conflict; dated as of their statement they are
two bulletins. Met in wire, broadcaster and agency copy on gas explosions, mine collapses,
shipwrecks, fires and derailments, in the three languages; sentences of our own. The negative
rows keep their period: a past disaster's year, a day older than the story, a count of the
day's events that is no casualty ("Rescuers pulled 27 people from the rubble on Tuesday"), and
an event of its own after a toll ("firefighters were deployed").
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

TOLLS_EN = [
    case("Seven people are now known to have died in Friday's fire at a care home in Leeds, "
         "police say.", "2026-03-09",
         E("Seven", None, "2026-03-09", "as_of"), id="now-known-to-have-died"),
    case("A total of 42 people were injured in the derailment, which happened early on "
         "Thursday.", "2026-05-16",
         E("42", None, "2026-05-16", "as_of"), id="injured-in-the-event-early-thursday"),
    case("At least three people were killed and 19 injured when a gas explosion tore through "
         "a house in Bristol on Wednesday, police said.", "2026-01-22",
         E("19", None, "2026-01-22", "as_of"), id="killed-and-injured-same-day-article"),
    case("Nine miners died when a tunnel collapsed on Monday. Two teenagers were among the dead.",
         "2026-10-14",
         E("Nine", None, "2026-10-14", "as_of"), E("Two", None, "2026-10-14", "as_of"),
         id="part-of-a-toll-follows"),
]

NOT_TOLLS_EN = [
    case("Rescuers pulled 27 people from the rubble on Tuesday.", "2025-11-21",
         E("27", "2025-11-18", "2025-11-18", "day"), id="count-of-the-day"),
    case("In 2019, a smaller blast in the same town killed four people.", "2026-03-09",
         E("four", "2019-01-01", "2019-12-31", "interval"), id="past-disaster-year"),
    case("A fire at the same plant on Feb. 2 killed six workers.", "2026-03-09",
         E("six", "2026-02-02", "2026-02-02", "day"), id="older-day-another-event"),
    case("Nine people died in Saturday's explosion. About 200 firefighters were deployed.",
         "2026-11-30",
         E("About 200", "2026-11-28", "2026-11-28", "day"), id="event-of-its-own-after"),
]

TOLLS_FR = [
    case("Samedi, l'explosion a fait sept morts et 23 blessés, selon la préfecture.",
         "2026-11-30",
         E("sept", None, "2026-11-30", "as_of"), E("23", None, "2026-11-30", "as_of"),
         id="samedi-morts-blesses"),
]

NOT_TOLLS_FR = [
    case("En 2019, une explosion dans la même ville avait fait quatre morts.", "2026-11-30",
         E("quatre", "2019-01-01", "2019-12-31", "interval"), id="annee-passee"),
]

TOLLS_KO = [
    case("어제 오후 충북 음성의 공장에서 불이 나 근로자 4명이 숨지고 11명이 다쳤다.",
         "2026-12-03",
         E("4명", None, "2026-12-03", "as_of"), E("11명", None, "2026-12-03", "as_of"),
         id="eoje-sumjigo-dachyeotda"),
]


@pytest.mark.parametrize("c", TOLLS_EN + NOT_TOLLS_EN)
def test_tolls_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", TOLLS_FR + NOT_TOLLS_FR)
def test_tolls_fr(c: PeriodCase) -> None:
    check(c, "fr")


@pytest.mark.parametrize("c", TOLLS_KO)
def test_tolls_ko(c: PeriodCase) -> None:
    check(c, "ko")


NOT_TOLLS_KO = [
    # The whole a casualty count is taken from: on board that day, no toll.
    case("어젯밤 열차가 탈선해 승객 215명 가운데 19명이 다쳤고, 이 중 2명은 중상을 입었다.",
         "2026-11-24",
         E("215명", "2026-11-23", "2026-11-23", "day"), E("19명", None, "2026-11-24", "as_of"),
         id="whole-on-board"),
    # One more death on a later day: a count of that day.
    case("지난 25일 공장에서 불이 나 2명이 숨졌다. 이튿날 부상자 1명이 더 숨졌다.", "2026-09-28",
         E("2명", None, "2026-09-28", "as_of"), E("1명", "2026-09-26", "2026-09-26", "day"),
         id="one-more-the-next-day"),
]


@pytest.mark.parametrize("c", NOT_TOLLS_KO)
def test_not_tolls_ko(c: PeriodCase) -> None:
    check(c, "ko")
