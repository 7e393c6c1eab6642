"""A figure counting what goes to or comes from a place named right after it ("Exports to China
fell to $10.2 billion", "les exportations vers la Chine") is a part of the total that a figure
naming no place gives: a conflict between them is unsure (the frame reads no place there).
Sentences of our own in the style of trade news."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.evidence import WEAK_CAP
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 4, 14)


def _conflicts(lang: str, a: str, b: str) -> list:
    claims = [*extract_text(a, lang=lang, published=PUBLISHED, article_id="a.md"),
              *extract_text(b, lang=lang, published=PUBLISHED, article_id="b.md")]
    return [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict]


PART_AND_TOTAL = [
    ("en", "Exports to Vietnam fell 3.1 percent on-year in March to $5.2 billion, the ministry "
           "said.", "Exports totaled $51.8 billion in March, the ministry said."),
    ("en", "Shipments to the United Kingdom rose 4 percent to $2.4 billion in March.",
     "Shipments totaled $51.8 billion in March, the ministry said."),
    ("en", "Imports from Norway fell to $1.2 billion in March, customs data showed.",
     "Imports rose to $47.9 billion in March, customs data showed."),
    ("fr", "Les exportations vers l'Allemagne ont reculé de 3 % en mars, à 7,2 milliards "
           "d'euros, selon les Douanes.",
     "Les exportations ont atteint 49,8 milliards d'euros en mars, selon les Douanes."),
]


@pytest.mark.parametrize(("lang", "part", "total"), PART_AND_TOTAL)
def test_a_destination_on_one_side_makes_a_conflict_unsure(
    lang: str, part: str, total: str
) -> None:
    found = _conflicts(lang, part, total)
    assert found, "the two figures should still meet as one quantity"
    for finding in found:
        assert finding.confidence <= WEAK_CAP
        assert any("goes to or comes from" in s for s in finding.assumptions)


def test_one_destination_on_both_sides_stays_sure() -> None:
    (finding,) = _conflicts(
        "en", "Exports to Vietnam fell 3.1 percent on-year in March to $5.2 billion.",
        "Exports to Vietnam reached $6.9 billion in March, the trade ministry said.")
    assert not any("goes to or comes from" in s for s in finding.assumptions)


def test_a_change_to_a_figure_names_no_destination() -> None:
    (finding,) = _conflicts(
        "en", "Exports rose to $45.9 billion in March, the ministry said.",
        "Exports totaled $51.8 billion in March, the ministry said.")
    assert not any("goes to or comes from" in s for s in finding.assumptions)
