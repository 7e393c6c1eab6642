"""A forecast or a target is no count of what happened.

"We expect to exceed our initial forecast of 41.2 million passengers" beside "year-to-date
traffic reached 36.8 million passengers" read as two counts, the forecast dated by the
sentence's month, and the part-of-a-period check flagged "a count over part of a period
above its whole". A figure named as a forecast, a projection or a target is planned
(``[extraction.planned]``), and the part-of-a-period check reads plainly stated figures only.
Sentences of our own, in the style of airport and housing wire copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Modality
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2013, 11, 27)

TEXT = ("The airport handled 3.71 million passengers in October, the operator said.\n\n"
        "\"At this rate we expect to exceed our initial forecast of 41.2 million passengers,\" "
        "its chief executive said.\n\n"
        "Year-to-date traffic grew 9.8 percent from a year earlier to 36.8 million passengers.")


@pytest.mark.parametrize(("text", "surface"), [
    ("We expect to exceed our initial forecast of 41.2 million passengers.", "41.2 million"),
    ("The council kept its target of 12,000 new homes by 2030.", "12,000"),
    ("The operator said traffic should end the year at around 44 million passengers.",
     "around 44 million"),
])
def test_a_forecast_or_a_target_is_planned(text: str, surface: str) -> None:
    claims = extract_text(text, lang="en", published=PUBLISHED, article_id="a.md")
    [claim] = [c for c in claims if c.surface == surface]
    assert claim.modality is Modality.planned


def test_a_forecast_is_never_a_part_above_its_whole() -> None:
    claims = extract_text(TEXT, lang="en", published=PUBLISHED, article_id="a.md")
    found = reconcile(claims).findings
    assert not [f for f in found if f.verdict is Verdict.conflict], found
