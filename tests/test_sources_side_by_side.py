"""Two sources' figures for one quantity set side by side in one article (FIELD_NOTES Q7):
"1,1 million de manifestants selon l'Intérieur, 2,5 millions selon la CGT". The article
reports a disagreement between the two sources, the one a fact-checker wants to see first:
the conflict (detail ``sources_differ``) is not made unsure because the two figures are worded
apart in the article, nor because the article's lead gives one of them "dans toute la France"
and the other no place. Figures of two places, or of two days, stay unsure or apart. Articles
of our own in the style of agency copy on national strike days and marches."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 10, 16)


def _conflicts(lang: str, text: str, a: str, b: str) -> list:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    by_id = {c.id: c.surface for c in claims}
    return [f for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and {by_id[i] for i in f.claim_ids} >= {a, b}]


SIDE_BY_SIDE = [
    ("fr", "Retraites : 910 000 manifestants selon l'Intérieur, 2,1 millions selon la CGT\n\n"
           "Jeudi 15 octobre, 910 000 personnes ont défilé dans toute la France contre la "
           "réforme des retraites, selon le ministère de l'Intérieur. La CGT a revendiqué de "
           "son côté 2,1 millions de manifestants.", "910 000", "2,1 millions"),
    ("en", "Pension strike: 910,000 march according to ministry, 2.1 million according to "
           "unions\n\nOn Thursday, 910,000 people marched across the country against the "
           "pension reform, according to the interior ministry. The unions said 2.1 million "
           "people took part.", "910,000", "2.1 million"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), SIDE_BY_SIDE)
def test_two_sources_side_by_side_are_a_sure_disagreement(lang, text, a, b) -> None:
    found = _conflicts(lang, text, a, b)
    assert found, "no conflict between the two sources"
    assert all(f.detail == "sources_differ" for f in found), found
    assert max(f.confidence for f in found) >= MIN_CONFIDENCE, found


APART = [
    # two places: the national count against a city's
    ("fr", "Grève : 910 000 manifestants selon l'Intérieur, 2,1 millions selon la CGT\n\n"
           "À Rennes, 6 400 personnes ont défilé selon la préfecture, 15 000 selon les "
           "syndicats.", "910 000", "15 000"),
    # two days: the march of 15 October against that of 1 October
    ("en", "On Thursday, 910,000 people marched across the country, according to the interior "
           "ministry, and 2.1 million according to the unions. On Oct. 1, the ministry had "
           "counted 1.2 million marchers.", "2.1 million", "1.2 million"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), APART)
def test_figures_of_two_places_or_days_stay_unsure(lang, text, a, b) -> None:
    found = _conflicts(lang, text, a, b)
    assert all(f.confidence < MIN_CONFIDENCE for f in found), found
