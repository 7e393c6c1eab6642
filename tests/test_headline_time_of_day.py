"""A headline's running count against the body's reading of it, told with the time of day of
the event that moved it ("Texas executed a man on Wednesday evening, bringing the number ... to
44"): the headline has no time of its own, it restates the body's reading, so no "count may
have moved between two times of the day" weakens the conflict. Our own sentences, in the style
of US wire copy on executions and of regional tolls."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

# a headline's running count over the body's, told with the time of day of the event that
# moved it: the headline has no time of its own, it restates the body's reading
TIMED = [
    ("en", "U.S. executions climb to 19 this year, highest since 2012\n\nGeorgia executed a "
           "man on Thursday evening, bringing the number of executions carried out in the "
           "United States so far this year to 17, the most in a calendar year since 2012.",
     date(2026, 9, 17)),
]


@pytest.mark.parametrize(("lang", "text", "published"), TIMED)
def test_a_headline_is_read_at_the_time_of_the_bodys_reading(
    lang: str, text: str, published: date
) -> None:
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    conflicts = [f for f in reconcile(claims).findings
                 if f.verdict is Verdict.conflict and "-headline-" in f.id]
    assert len(conflicts) == 1
    assert conflicts[0].confidence >= MIN_CONFIDENCE
