"""A running count read twice in one article (issue 9), in the style of regional papers and
wire copy on road deaths, drownings and overdoses read through the news corpus.

* A count named by a kind of place and its name ("dans l'agglomération de Lorient", "in the
  city of Leeds", "dans celle de Vannes") has that place: a part of the article's count by
  place, not by period, so it never "exceeds" the article's own figure.
* The same running count named in two words that read as one concept ("48 tués depuis le
  début de l'année" and "44 morts depuis janvier": dying) is one counter: a later figure
  below an earlier one is a conflict, within one article too.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PLACES = [
    ("fr", "Sur la même période, 11 personnes ont été tuées dans l'agglomération de Quimper.",
     "11", "Quimper"),
    ("fr", "Dans la métropole de Rouen, 238 logements ont été inondés.", "238", "Rouen"),
    ("fr", "Au total, 27 cas ont été recensés dans le département du Gard.", "27", "Gard"),
    ("fr", "On compte 14 noyades dans l'agglomération de Brest, contre 6 dans celle de Lannion.",
     "6", "Lannion"),
    ("en", "Police made 37 arrests in the city of Bradford on Saturday.", "37", "Bradford"),
    ("en", "In the county of Dorset, 2,300 homes lost power overnight.", "2,300", "Dorset"),
    ("en", "Nine people drowned in the province of Batangas this month.", "Nine", "Batangas"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "place"), PLACES)
def test_a_kind_of_place_and_its_name_is_a_place(lang, text, surface, place) -> None:
    claims = extract_text(text, lang=lang, published=date(2026, 11, 18))
    [claim] = [c for c in claims if c.surface == surface]
    assert claim.place == place, claim


def _conflicts(lang: str, published: date, text: str):
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    found = reconcile(claims).findings
    return [f for f in found if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]


PART_BY_PLACE = [
    ("fr", date(2026, 11, 18),
     "Au 31 octobre, 52 personnes ont perdu la vie sur les routes du Finistère depuis le 1er "
     "janvier, selon la préfecture.\n\nSur la même période, 11 personnes ont été tuées dans "
     "l'agglomération de Quimper, contre 4 dans celle de Morlaix."),
    ("fr", date(2026, 8, 20),
     "Depuis le 1er juin, 31 personnes se sont noyées sur le littoral du Var, selon la "
     "préfecture maritime.\n\nSur la même période, 7 personnes se sont noyées dans la commune "
     "de Hyères."),
    ("en", date(2026, 10, 2),
     "As of Sept. 30, 64 people had died of overdoses in the county since January, the "
     "coroner said.\n\nOver the same period, 19 people died of overdoses in the city of "
     "Dayton, the coroner said."),
]


@pytest.mark.parametrize(("lang", "published", "text"), PART_BY_PLACE)
def test_a_part_by_place_is_not_a_period_above_its_whole(lang, published, text) -> None:
    assert _conflicts(lang, published, text) == []


FALLS = [
    ("fr", date(2026, 11, 18),
     "Au 31 octobre, le département comptait 61 morts sur ses routes depuis le début de "
     "l'année, selon la préfecture.\n\nFin septembre, la préfecture recensait pourtant 66 tués "
     "depuis le début de l'année."),
    ("fr", date(2026, 9, 12),
     "Fin juillet, 23 décès avaient été enregistrés sur les plages du département depuis le 1er "
     "juin.\n\nAu 31 août, on dénombrait 19 morts depuis le 1er juin, selon la préfecture."),
]


@pytest.mark.parametrize(("lang", "published", "text"), FALLS)
def test_a_running_count_that_falls_in_two_words_is_a_conflict(lang, published, text) -> None:
    found = _conflicts(lang, published, text)
    assert len(found) == 1, found
