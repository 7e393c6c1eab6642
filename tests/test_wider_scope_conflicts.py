"""A national article's figure for a wider area (the EU, the world) is not the country's.

Wire copy on asylum, migration or health sets the country's figure beside the European or
world one ("À l'échelle européenne, l'agence a recensé 684 000 demandes au premier semestre";
"Across the EU, 512,000 applications were lodged in the first half"). Read with no place, the
wider figure met the national one in a group, and a half-year European total above the
national nine-month total read as "a part of a period above its whole". The scope phrase is
the figure's place (``wider_scope`` in the language's context table), so the two are never one
counter. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2025, 10, 22)

ARTICLES = [
    ("fr", "L'Office a enregistré 74 300 premières demandes d'asile entre janvier et septembre, "
           "selon ses chiffres provisoires. À l'échelle européenne, l'agence de l'Union a "
           "recensé 512 000 demandes au premier semestre, selon un rapport publié en "
           "septembre."),
    ("fr", "L'Office a enregistré 74 300 premières demandes d'asile entre janvier et septembre. "
           "Dans l'Union européenne, 512 000 demandes ont été déposées au premier semestre."),
    ("en", "The Home Office received 74,300 asylum applications between January and September, "
           "its provisional figures show. Across the EU, 512,000 applications were lodged in "
           "the first half of the year, the bloc's agency said."),
]


@pytest.mark.parametrize(("lang", "text"), ARTICLES)
def test_a_wider_area_figure_is_no_part_of_the_national_one(lang: str, text: str) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    wide = [c for c in claims if c.value == 512_000]
    assert wide and all(c.place for c in wide)
    found = reconcile(claims).findings
    assert not [f for f in found if f.verdict is Verdict.conflict and f.confidence >= 0.5], found
