""""The national figure for the province" names the national authority's count for a region,
not a national figure set against the article's own place.

The ``national_contrast`` phrases ("the national rate held at 3.9%") mark a local article: its
figures that name no place are its own place's, and a conflict with another article's figure
is doubted. A national wire story that says a regional office counted "three more than the
national figure for the province" is no local article, and its nationwide toll stays comparable
with another outlet's. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2025, 3, 13)

WIRE = ("At least 2,140 people were injured in the earthquake, the civil defence institute said "
        "in its Wednesday report.")
BROADCAST = ("According to the institute's Wednesday report, 1,240 people were injured in the "
             "earthquake.\n\n"
             "In the worst-hit province, the regional health office put the death toll at 88 on "
             "Wednesday, two more than the national figure for the province.")
LOCAL = ("According to the county's Wednesday report, 1,240 people were injured in the "
         "earthquake, while the national total reached 9,800.")


def _conflicts(*texts: str) -> list:
    claims = []
    for n, text in enumerate(texts):
        claims += extract_text(text, lang="en", published=PUBLISHED, article_id=f"a{n}.md")
    return [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict
            and len({i.split("#")[0] for i in f.claim_ids}) == 2]


def test_a_national_story_naming_the_national_figure_for_a_region_stays_comparable() -> None:
    [found] = _conflicts(WIRE, BROADCAST)
    assert found.confidence >= 0.5, found.assumptions


def test_a_local_story_against_a_national_total_is_still_doubted() -> None:
    found = _conflicts(WIRE, LOCAL)
    assert all(f.confidence < 0.5 for f in found), found
