"""R1: a running count read over time (reconcile/structural/counter.py, ``counter_checks``).

A series of one counter (140 to end of May, 305 to 20 Aug, 466 to 31 Oct) is ONE ``consistent``
finding with detail ``growth``, not a period mismatch; a later figure of the same counter below
an earlier one is a ``conflict`` with detail ``cumulative_decrease``. Stocks (people in hospital,
people held or displaced) may shrink and are never flagged. Sentences of our own, written in the
style of the real news each class was seen in.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 11, 5)


def findings(lang: str, *articles: str):
    claims = []
    for n, text in enumerate(articles):
        claims += extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{n}.md")
    return reconcile(claims).findings


GROWTH = [
    ("en", ["By the end of May, 212 drownings had been recorded along the coast. By Aug. 15 "
            "the coast had recorded 498 drownings. As of Sept. 30, 611 drownings had been "
            "recorded along the coast."], 3),
    ("fr", ["Fin mai, 212 noyades avaient été recensées sur le littoral. Au 15 août, 498 "
            "noyades avaient été recensées sur le littoral. Au 30 septembre, 611 noyades "
            "avaient été recensées sur le littoral."], 3),
    ("en", ["As of June 30, 1,150 people had died in the epidemic, officials said.",
            "As of Aug. 31, 1,930 people had died in the epidemic, officials said."], 2),
    ("fr", ["Au 30 juin, 1 420 traversées de la Manche avaient été recensées par la préfecture.",
            "Au 31 juillet, 2 060 traversées de la Manche avaient été recensées par la "
            "préfecture."], 2),
]


@pytest.mark.parametrize(("lang", "articles", "size"), GROWTH)
def test_a_growing_counter_is_one_growth_finding(lang: str, articles: list[str], size: int):
    found = findings(lang, *articles)
    growth = [f for f in found if f.detail == "growth"]
    assert len(growth) == 1, found
    assert growth[0].verdict is Verdict.consistent and len(growth[0].claim_ids) == size
    assert not [f for f in found if f.verdict is Verdict.period_mismatch], found
    assert not [f for f in found if f.verdict is Verdict.conflict], found


DECREASE = [
    # an "as of" figure below an earlier one of the same counter, across articles
    ("en", ["As of June 30, 2,150 people had died in the epidemic, officials said.",
            "As of Aug. 31, 2,090 people had died in the epidemic, officials said."]),
    ("fr", ["Au 30 juin, 1 420 traversées de la Manche avaient été recensées par la préfecture.",
            "Au 31 juillet, 1 380 traversées de la Manche avaient été recensées par la "
            "préfecture."]),
    # to the end of May (no start stated) against "since January" to 20 Aug
    ("en", ["The health agency said 140 measles cases had been recorded in the county by the "
            "end of May.",
            "Since January, 128 measles cases have been recorded in the county, as of Aug. 20."]),
    ("fr", ["Fin mai, 212 noyades avaient été recensées sur le littoral. Au 15 août, 198 "
            "noyades avaient été recensées sur le littoral."]),
]


@pytest.mark.parametrize(("lang", "articles"), DECREASE)
def test_a_later_figure_below_an_earlier_one_is_a_conflict(lang: str, articles: list[str]):
    found = findings(lang, *articles)
    falls = [f for f in found if f.detail == "cumulative_decrease"]
    assert len(falls) == 1 and falls[0].verdict is Verdict.conflict, found
    assert "a running count cannot fall" in falls[0].explanation
    assert not [f for f in found if f.detail == "growth"]


NEVER = [
    # stocks: people in hospital, held, displaced may be fewer later
    ("en", ["As of May 31, 320 people were in hospital with the virus.",
            "As of Aug. 20, 180 people were in hospital with the virus."]),
    ("en", ["As of June 1, 412 protesters were being held by police.",
            "As of July 1, 380 protesters were being held by police."]),
    ("fr", ["Au 31 mai, 320 patients étaient hospitalisés pour la grippe.",
            "Au 20 août, 180 patients étaient hospitalisés pour la grippe."]),
    ("fr", ["Au 10 octobre, 2 300 personnes étaient toujours déplacées après les inondations.",
            "Au 20 octobre, 1 100 personnes étaient toujours déplacées après les inondations."]),
    # a place on one side only: not known to be the same counter
    ("en", ["By the end of May, 140 measles cases had been recorded in Harlan County.",
            "Since January, 128 measles cases have been recorded, as of Aug. 20, the agency "
            "said."]),
    # two named sources keep two counters
    ("en", ["As of June 30, 2,150 people had died in the epidemic, according to the ministry.",
            "As of Aug. 31, 2,090 people had died in the epidemic, according to Doctors "
            "Without Borders."]),
    # a hedged later figure
    ("fr", ["Au 30 juin, 1 420 traversées de la Manche avaient été recensées par la préfecture.",
            "Au 31 juillet, les traversées de la Manche pourraient atteindre 1 380."]),
]


@pytest.mark.parametrize(("lang", "articles"), NEVER)
def test_no_decrease_conflict_where_the_counter_is_not_known(lang: str, articles: list[str]):
    found = findings(lang, *articles)
    assert not [f for f in found if f.detail == "cumulative_decrease"], found


def test_two_windows_from_one_start_stay_the_sub_period_checks():
    """Counts from January to May and from January to August: the sub_period check already
    says whether the part fits; the counter check adds no second conflict."""
    found = findings(
        "en",
        "From January to May, 140 measles cases were recorded in the county.",
        "From January to August, 128 measles cases were recorded in the county.",
    )
    assert not [f for f in found if f.detail == "cumulative_decrease"], found
    assert [f for f in found if f.detail == "sub_period" and f.verdict is Verdict.conflict]


def test_growth_does_not_depend_on_the_order_of_the_articles():
    texts = GROWTH[2][1]
    claims_ab = [*extract_text(texts[0], lang="en", published=PUBLISHED, article_id="a.md"),
                 *extract_text(texts[1], lang="en", published=PUBLISHED, article_id="b.md")]
    one = reconcile(claims_ab).findings
    two = reconcile(list(reversed(claims_ab))).findings
    assert [f.model_dump() for f in one] == [f.model_dump() for f in two]


def test_a_start_read_from_the_others_is_an_assumption_that_costs_confidence():
    found = findings("en", *DECREASE[2][1])
    [fall] = [f for f in found if f.detail == "cumulative_decrease"]
    assert any("states no start" in a for a in fall.assumptions)
    assert fall.confidence < 1.0
