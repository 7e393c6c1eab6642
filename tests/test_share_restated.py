"""A share that restates a part of a whole stated in an earlier sentence (issue 9, Q3 across
sentences): "Parmi elles, 166 étaient mineures, soit 38 %" after "518 personnes interpellées"
is 166 of 518, which is 32 %, not 38 %. The share leans on the whole (its antecedent) and
restates the count just before it ("soit", ", or", "("); the check recomputes it to the
precision printed, statcheck-style. Sentences of our own in the style of police and court
reporting read through the news corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 6, 10)


def _share_findings(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "share_of_total"]


CASES = [
    ("fr", "Depuis le 1er janvier, les enquêteurs ont interpellé 518 personnes dans "
           "l'agglomération de Toulon, selon le parquet. Parmi elles, 166 étaient mineures, "
           "soit 38 % des personnes interpellées.", Verdict.conflict),
    ("fr", "Depuis le 1er janvier, les enquêteurs ont interpellé 518 personnes dans "
           "l'agglomération de Toulon, selon le parquet. Parmi elles, 166 étaient mineures, "
           "soit 32 % des personnes interpellées.", Verdict.consistent),
    ("en", "Police in Dunmore County have arrested 430 people since the start of the year, "
           "officials said. Of those, 118 were women, or 37.4 percent.", Verdict.conflict),
    ("en", "Police in Dunmore County have arrested 430 people since the start of the year, "
           "officials said. Of those, 118 were women, or 27.4 percent.", Verdict.consistent),
    ("fr", "Au total, 1 250 candidats se sont présentés à l'examen cette année dans "
           "l'académie. Parmi eux, 980 ont été admis, soit 87,4 %.", Verdict.conflict),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_share_restating_a_part_is_checked_against_the_whole(lang, text, verdict) -> None:
    [found] = _share_findings(lang, text)
    assert found.verdict is verdict, found
    if verdict is Verdict.conflict:
        assert found.confidence >= MIN_CONFIDENCE, found.assumptions


NOT_RESTATED = [
    # a share of last year, not a restatement of the count
    ("fr", "Depuis le 1er janvier, les enquêteurs ont interpellé 518 personnes dans "
           "l'agglomération de Toulon. Parmi elles, 166 étaient mineures, contre 38 % l'an "
           "dernier."),
    ("en", "Police in Dunmore County have arrested 430 people since the start of the year. "
           "Of those, 118 were women, up from 21 percent last year."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RESTATED)
def test_a_share_that_restates_nothing_is_not_checked(lang: str, text: str) -> None:
    assert not [f for f in _share_findings(lang, text) if f.verdict is Verdict.conflict]
