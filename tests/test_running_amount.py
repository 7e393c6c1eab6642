"""A running amount of a measure falls between two bulletins (reconcile/structural/counter.py,
``_tallied``): "3 560 tonnes de coquilles débarquées depuis l'ouverture au 25 novembre", then
"3 480 tonnes au 30 novembre" for the same season. Tonnes landed, hectares burned and acres
scorched add up as a count does, and a later figure of the tally below an earlier one is a
``cumulative_decrease``; the counter check read plain counts only, and two readings five days
apart were a ``minor_discrepancy`` (2 %, "same period" within the slack of ``relate``).

Seen in real news: fishing committees' weekly landings since a season opened; fire agencies'
acres burned "as of" each morning; drought bulletins' hectares lost since 1 January. Sentences
of our own. Traps: an amount in a state that can end (land lying fallow) may shrink; a season
that grows is one ``growth`` finding.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 12, 1)


def _findings(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return reconcile(claims).findings


FALLS = [
    ("fr", "Au 25 novembre, 3 560 tonnes de coquilles avaient été débarquées depuis le 2 "
           "novembre. Au 30 novembre, 3 480 tonnes de coquilles avaient été débarquées depuis le "
           "2 novembre."),
    ("en", "Since the season opened on Nov. 2, 3,560 tonnes of scallops had been landed as of "
           "Nov. 25. As of Nov. 30, 3,480 tonnes of scallops had been landed since the season "
           "opened on Nov. 2."),
]


@pytest.mark.parametrize(("lang", "text"), FALLS)
def test_a_running_amount_that_falls_between_bulletins_is_a_conflict(lang: str, text: str):
    falls = [f for f in _findings(lang, text) if f.detail == "cumulative_decrease"]
    assert len(falls) == 1 and falls[0].verdict is Verdict.conflict, falls
    assert not [f for f in _findings(lang, text) if f.verdict is Verdict.minor_discrepancy]


def test_a_running_amount_that_grows_is_one_growth_finding():
    found = _findings("en", "Since the season opened on Nov. 2, 3,480 tonnes of scallops had "
                            "been landed as of Nov. 25. As of Nov. 30, 3,560 tonnes of scallops "
                            "had been landed since the season opened on Nov. 2.")
    assert [f.detail for f in found if f.verdict is Verdict.consistent] == ["growth"], found
    assert not [f for f in found if f.verdict is Verdict.conflict]


QUIET = [
    # land lying fallow is a state that can end: its amount may shrink
    ("fr", "Au 25 novembre, 1 240 hectares étaient en jachère dans le département depuis le 2 "
           "novembre. Au 30 novembre, 1 180 hectares étaient en jachère dans le département depuis "
           "le 2 novembre."),
]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_an_amount_of_a_state_may_shrink(lang: str, text: str):
    assert not [f for f in _findings(lang, text) if f.detail == "cumulative_decrease"]
