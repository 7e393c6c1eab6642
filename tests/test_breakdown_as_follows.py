"""A whole followed by its distribution, "as follows" (reconcile/structural/breakdown.py): seats
of a parliament shared between parties, a council's seats "répartis ainsi", the items after the
first in words ("25 for A, 19 for B, seven for C and four for D").

Seen in real news: election results with a seat distribution (a wire's "would be shared as
follows", a French daily's "350 sièges (308 pour ... et 42 pour ...)", Korean copy's
proportional seats "18석, 14석, 12석, 2석"); victims by nationality. Sentences of our own.
Traps: one figure for several parts ("two seats each", "chacun", "각 1석"), which a sum cannot
read, and a count inside a part's own item ("four for two parties": the parties are no part).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 12, 2)


def _breakdowns(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "breakdown"]


DO_NOT_ADD_UP = [
    pytest.param(
        "en", "Under the provisional count, the 65 seats of the assembly would be shared as "
              "follows: 24 for the Union, 19 for the Greens, 11 for the Liberals, seven for the "
              "Farmers' League and two for the Coast List.", id="en-as-follows-63"),
    # the nested "two regional lists" would make the sum 70 if it were read as a part
    pytest.param(
        "en", "On Sunday's results, the 70 seats would be distributed as follows: 28 for the "
              "Union, 20 for the Greens, 12 for the Liberals, six for the Farmers and two for "
              "two regional lists.", id="en-nested-count-not-a-part"),
    pytest.param(
        "fr", "Les 90 sièges du conseil régional se répartissent ainsi : 38 pour la liste "
              "d'union, 27 pour la gauche, 14 pour les écologistes et neuf pour les "
              "régionalistes.", id="fr-repartis-ainsi-88"),
]


@pytest.mark.parametrize(("lang", "text"), DO_NOT_ADD_UP)
def test_a_distribution_that_misses_its_whole_is_a_conflict(lang: str, text: str):
    [found] = _breakdowns(lang, text)
    assert found.verdict is Verdict.conflict and found.confidence >= MIN_CONFIDENCE


ADD_UP = [
    pytest.param(
        "en", "The 46 seats were distributed as follows: 18 for the Union, 14 for the Greens, 12 "
              "for the Liberals and two for the Reform Party.", id="en-46"),
    pytest.param(
        "en", "Under the provisional count, the 67 seats would be shared as follows: 25 for the "
              "Union, 19 for the Greens, 12 for the Liberals, seven for the Farmers and four for "
              "two minority parties.", id="en-words-after-digits"),
    pytest.param(
        "fr", "Les 90 sièges se répartissent comme suit : 38 pour la liste d'union, 29 pour la "
              "gauche, 14 pour les écologistes et neuf pour les régionalistes.", id="fr-90"),
]


@pytest.mark.parametrize(("lang", "text"), ADD_UP)
def test_a_distribution_that_adds_up_is_consistent(lang: str, text: str):
    [found] = _breakdowns(lang, text)
    assert found.verdict is Verdict.consistent


ONE_FIGURE_FOR_SEVERAL = [
    pytest.param(
        "en", "The 30 seats are divided as follows: 12 for the Union, 10 for the Greens and four "
              "each for the Liberals and the Farmers.", id="en-each"),
    pytest.param(
        "fr", "Les 30 sièges se répartissent ainsi : 12 pour l'union, 10 pour la gauche et quatre "
              "chacun pour les écologistes et les régionalistes.", id="fr-chacun"),
    pytest.param(
        "ko", "잔여 의석 17석은 가나당 7석, 다라당 6석, 마바당 2석, 사아당과 자차당 각 1석으로 "
              "나뉘었다.", id="ko-each"),
]


@pytest.mark.parametrize(("lang", "text"), ONE_FIGURE_FOR_SEVERAL)
def test_no_sum_of_parts_one_figure_gives_for_several(lang: str, text: str):
    assert not _breakdowns(lang, text)


LIST_ITEMS_IN_WORDS = [
    pytest.param("en", "The 60 seats would be shared as follows: 25 for the Greens, 20 for Labour, "
                       "nine for the Liberals and six for the Farmers.", ("nine", "six"),
                 id="en-for"),
    pytest.param("en", "Of the 40 dead, 22 were from Oakvale, eleven from Redmoor and seven from "
                       "Dunley.", ("eleven", "seven"), id="en-from"),
    pytest.param("fr", "Les 60 sièges se répartissent ainsi : 25 pour les Verts, 20 pour la "
                       "gauche, neuf pour le centre et six pour les régionalistes.",
                 ("neuf", "six"), id="fr-pour"),
]


@pytest.mark.parametrize(("lang", "text", "words"), LIST_ITEMS_IN_WORDS)
def test_later_items_of_a_list_in_words_are_claims(lang: str, text: str, words: tuple[str, ...]):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surfaces = [c.surface for c in claims]
    assert all(w in surfaces for w in words), surfaces
    first = next(c for c in claims if c.surface == words[0])
    assert all(c.counted != words[0] for c in claims), [c.counted for c in claims]
    assert first.counted


NOT_LIST_ITEMS = [
    # a number word after a figure with no list before it is no item of a breakdown
    pytest.param("en", "The minister said the two parties would meet for talks.", ("two",),
                 id="en-bare"),
    pytest.param("en", "The 60 seats would be shared as follows: 25 for the Greens, and one day "
                       "three for the rest.", ("one",), id="en-one-day"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_LIST_ITEMS)
def test_number_words_outside_a_list_stay_out(lang: str, text: str, absent: tuple[str, ...]):
    surfaces = [c.surface for c in extract_text(text, lang=lang, published=PUBLISHED)]
    assert all(a not in surfaces for a in absent), surfaces


BRACKETED_ADD_UP = [
    pytest.param("fr", "La coalition obtient 212 sièges (164 pour le Rassemblement et 48 pour ses "
                       "alliés), selon les résultats définitifs.", id="fr-sieges"),
    pytest.param("ko", "가나당은 정당 득표율 31.2%로 21석(지역구 14석과 비례대표 7석)을 얻었다.",
                 id="ko-seok"),
    pytest.param("en", "The alliance won 96 seats (71 for the Union and 25 for its partners).",
                 id="en-seats"),
]


@pytest.mark.parametrize(("lang", "text"), BRACKETED_ADD_UP)
def test_parts_in_brackets_that_make_their_total_are_consistent(lang: str, text: str):
    [found] = _breakdowns(lang, text)
    assert found.verdict is Verdict.consistent


def test_parts_in_brackets_above_their_total_are_a_conflict():
    [found] = _breakdowns("en", "The alliance won 96 seats (74 for the Union and 25 for its "
                                "partners).")
    assert found.verdict is Verdict.conflict and found.confidence >= MIN_CONFIDENCE


BRACKETS_SAY_NOTHING = [
    # a list in brackets may name only some parts: a sum below the total says nothing
    pytest.param("en", "Some 2,400 people (600 children and 350 elderly residents) were "
                       "evacuated on Sunday.", id="en-some-parts"),
    pytest.param("en", "The alliance won 96 seats (including 71 for the Union and 30 for the "
                       "Greens).", id="en-including"),
    pytest.param("fr", "Les secours ont évacué 1 200 personnes (dont 300 enfants et 200 "
                       "personnes âgées).", id="fr-dont"),
]


@pytest.mark.parametrize(("lang", "text"), BRACKETS_SAY_NOTHING)
def test_no_check_of_brackets_that_may_list_some_parts(lang: str, text: str):
    assert not _breakdowns(lang, text)
