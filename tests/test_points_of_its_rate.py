"""A change in points told right after the rate it changes measures that rate
(claims/frame_points.py; issues 9 and 12).

The class, read in real coverage of statistics releases (Korean jobless and industrial activity
releases in English wire and newspaper copy: "The unemployment rate stood at 2.9 percent in
September, down 0.1 percentage point from a month earlier", "The average factory operation rate
stood at 74 percent, up 0.2 percentage point"; French copy: "le taux de chômage s'établit à
7,4 %, en baisse de 0,2 point"): the change names nothing counted, was "unclear what it
measures", and never met the Korean copy's "실업률은 3.1%로 0.2%포인트 하락했다". Negative rows:
a change that names its own counted keeps it; a change after a count, or first in its
sentence, takes nothing. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim

PUBLISHED = date(2026, 6, 10)


def _claim(text: str, lang: str, surface: str) -> Claim:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0]


THE_RATES = [
    ("The unemployment rate stood at 3.4 percent in May, down 0.2 percentage point from a "
     "month earlier.", "en", "0.2 percentage point", "unemployment rate"),
    ("The average factory operation rate came to 71.9 percent in May, up 1.3 percentage "
     "points from April.", "en", "1.3 percentage points", "average factory operation rate"),
    ("The employment rate reached 62.8 percent in May, up 0.4 percentage point from a year "
     "earlier.", "en", "0.4 percentage point", "employment rate"),
    ("En mai, le taux de chômage s'établit à 7,6 %, en baisse de 0,3 point sur un an.", "fr",
     "0,3 point", "taux de chômage"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), THE_RATES)
def test_a_change_in_points_measures_the_rate_before_it(text: str, lang: str, surface: str,
                                                        counted: str) -> None:
    assert _claim(text, lang, surface).counted == counted


OWN_OR_NONE = [
    # its own counted
    ("The yes side won 53.2 percent, and turnout rose 1.8 points.", "en", "1.8 points",
     "turnout"),
    # first in its sentence: nothing before it to measure
    ("Turnout rose 2.3 points to 41.2 percent.", "en", "2.3 points", "Turnout"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "counted"), OWN_OR_NONE)
def test_a_change_in_points_with_its_own_counted_keeps_it(text: str, lang: str, surface: str,
                                                          counted: str) -> None:
    assert _claim(text, lang, surface).counted == counted


@pytest.mark.parametrize(("text", "lang", "surface", "other"), [
    ("Some 4,200 people were polled, up 0.5 point on the last survey.", "en", "0.5 point",
     "people"),
    # another clause, whose subject the reader misses: no rate to take
    ("Le candidat a obtenu 48,2 % et l'écart s'est réduit à 1,5 point.", "fr", "1,5 point",
     "candidat"),
    ("Dans la ville, la participation atteint 61,2 %, et la gauche gagne 3,5 points.", "fr",
     "3,5 points", "participation"),
])
def test_a_change_in_points_after_a_count_or_another_clause_takes_nothing(
        text: str, lang: str, surface: str, other: str) -> None:
    assert _claim(text, lang, surface).counted != other
