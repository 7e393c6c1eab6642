"""A sentence that names a day of its own is not in the time of the sentence before, and a
sentence whose numbers are no figures may name the day of the next ones (issue 10, classes
"frame into a sentence with its own day" and "scene with vague numbers").

1. "On Friday, the prefecture had put the toll at five. Searches resumed at dawn on Saturday
   and the bodies were found about 150 metres below ... Six people survived with injuries.":
   the Saturday sentence's figure took no day, so it took Friday's frame, and the next
   paragraphs chained on it. A sentence naming a day that none of its figures took is about
   that day: the frame of another day stops there. Met in avalanche, flood and shipwreck
   follow-ups (search resumed / bodies recovered on the next day) of wire and broadcaster copy.
   Negative rows: a day a compared figure took ("against 3,980 in the first round on March
   16") does not stop the frame, nor does the frame's own day named again.
2. "A protest march that attracted thousands to downtown Oakland brought arrests again
   Saturday", "Tens of thousands of protesters joined forces on a warm spring Saturday",
   "Hundreds of thousands ... assembled in Washington on Saturday": a lead whose only numbers
   are vague counts (no figure) names the day of the figures after it, as a sentence with no
   number does. Negative rows: a date in digits further in (a march called for March 25) is
   no scene, and a sentence in the present keeps publication ("Two children are among the
   dead").
"""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

_TOLL_MONDAY = "On Monday, the coastguard had put the toll at 31, with two people still missing."
_SEARCH_TUESDAY = ("Searches resumed on Tuesday and divers located the hull about 40 metres below "
                   "where the wreck had first been spotted, a navy spokesman said.")

OWN_DAY_EN = [
    case(_TOLL_MONDAY + "\n\n" + _SEARCH_TUESDAY + "\n\nNine passengers survived with injuries. "
         "Two of them remain in hospital.", "2026-03-17",
         E("about 40 metres", None, None, "none"), E("Nine", None, "2026-03-17", "none"),
         E("Two", None, "2026-03-17", "none"), id="next-paragraph-after-own-day"),
    case(_TOLL_MONDAY + " " + _SEARCH_TUESDAY + " Nine passengers survived with injuries.",
         "2026-03-17", E("Nine", None, "2026-03-17", "none"), id="same-paragraph-after-own-day"),
]

FRAME_KEPT_EN = [
    case(_TOLL_MONDAY + "\n\nDivers located the hull about 40 metres below where the wreck "
         "had first been spotted.", "2026-03-17",
         E("about 40 metres", None, "2026-03-16", "as_of"), id="no-day-of-its-own"),
    case("Turnout reached 48.7% on Sunday.\n\nThe mayor won 4,210 votes, against 3,980 in the "
         "first round on March 1.", "2026-03-16",
         E("4,210", "2026-03-15", "2026-03-15", "day"), id="day-of-a-compared-figure"),
    case("On Tuesday, crews rescued 40 people.\n\nAbout 300 residents were evacuated.",
         "2026-03-12", E("About 300", "2026-03-10", "2026-03-10", "day"), id="no-day-named"),
]

SCENE_IN_WORDS_EN = [
    case("Tens of thousands of people marched through Lisbon on Saturday against rising rents."
         "\n\nPolice arrested 23 people.", "2026-03-15",
         E("23", "2026-03-14", "2026-03-14", "day"), id="tens-of-thousands-marched"),
    case("A march that drew thousands to the city centre turned violent again on Saturday, "
         "police said.\n\nAt least 45 people were arrested.", "2026-03-15",
         E("At least 45", "2026-03-14", "2026-03-14", "day"), id="drew-thousands"),
    case("Hundreds of farmers blocked motorways around Madrid on Tuesday.\n\nAbout 40 tractors "
         "reached the city centre.", "2026-03-11",
         E("About 40", "2026-03-10", "2026-03-10", "day"), id="hundreds-blocked"),
]

NO_SCENE_EN = [
    case("Thousands are expected to march on March 25, organisers said.\n\nPolice arrested 23 "
         "people.", "2026-03-15", E("23", None, "2026-03-15", "none"), id="date-in-digits"),
    case("Crews ended their search on Monday morning after the last missing tenant, a "
         "68-year-old woman, was found dead. Three children are among the dead.", "2026-03-17",
         E("Three", None, "2026-03-17", "as_of"), id="present-state-after-the-day"),
]


@pytest.mark.parametrize("c", OWN_DAY_EN + FRAME_KEPT_EN)
def test_own_day_en(c: PeriodCase) -> None:
    check(c, "en")


@pytest.mark.parametrize("c", SCENE_IN_WORDS_EN + NO_SCENE_EN)
def test_scene_in_words_en(c: PeriodCase) -> None:
    check(c, "en")
