"""A running total given with a day's count ("412 people crossed on Tuesday, bringing the total
for the year to 14,306"; "trois personnes sont mortes lundi, portant le bilan depuis janvier à
48") counts what the day's figure counts, up to that day, so a later total below it is a
``cumulative_decrease``. Sentences of our own in the style of wire copy on Channel crossings and
road deaths read through the news corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 8, 28)

READS = [
    ("en", "On Tuesday, 412 people crossed the Channel in small boats, bringing the total for "
           "the year to 14,306.", "14,306", "cross", date(2024, 8, 27)),
    ("en", "Some 317 migrants arrived on Monday, taking the total since January to 21,720.",
     "21,720", "arrive", date(2024, 8, 26)),
    ("fr", "Le 20 août, 388 personnes ont traversé la Manche, portant le total depuis janvier "
           "à 13 894.", "13 894", "cross", date(2024, 8, 20)),
    ("fr", "Trois personnes sont mortes lundi sur les routes du département, portant le bilan "
           "depuis janvier à 48.", "48", "die", date(2024, 8, 26)),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event", "end"), READS)
def test_a_running_total_counts_what_the_days_figure_counts(lang, text, surface, event, end):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    [total] = [c for c in claims if c.surface == surface]
    assert total.frame is not None and total.frame.event is not None, total
    assert total.frame.event.concepts == (event,)
    assert total.frame.counted is not None and total.frame.counted.inherited == "list"
    assert total.period is not None and total.period.end == end, total.period


def _found(*articles: tuple[str, str]):
    claims = []
    for n, (lang, text) in enumerate(articles):
        claims += extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{n}.md")
    return reconcile(claims).findings


def test_a_running_total_below_an_earlier_one_is_a_conflict() -> None:
    found = _found((
        "en",
        "On Aug. 20, 388 people crossed the Channel in eight boats, bringing the total for the "
        "year to 13,894, according to the Home Office.\n\nOn Tuesday, 412 people crossed the "
        "Channel in nine small boats, bringing the total for the year to 13,706, the Home "
        "Office said.",
    ))
    falls = [f for f in found if f.detail == "cumulative_decrease"]
    assert len(falls) == 1 and falls[0].verdict is Verdict.conflict, found
    assert falls[0].confidence >= MIN_CONFIDENCE, falls[0].assumptions


def test_a_growing_running_total_is_no_conflict() -> None:
    found = _found((
        "en",
        "On Aug. 20, 388 people crossed the Channel in eight boats, bringing the total for the "
        "year to 13,894, according to the Home Office.\n\nOn Tuesday, 412 people crossed the "
        "Channel in nine small boats, bringing the total for the year to 14,306, the Home "
        "Office said.",
    ))
    assert not [f for f in found if f.verdict is Verdict.conflict], found


def test_a_total_after_a_figure_that_names_no_event_inherits_nothing() -> None:
    claims = extract_text(
        "The agency counted 212 boats, bringing the total to 1,450.", lang="en",
        published=PUBLISHED, article_id="a.md",
    )
    [total] = [c for c in claims if c.surface == "1,450"]
    assert total.frame is None or total.frame.counted is None or (
        total.frame.counted.inherited is None
    )
