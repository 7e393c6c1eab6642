"""A headline's count of a day against the body's reading of that day at a moment (storm copy
read on US news sites: "grounds N flights on Sunday" over "By 6 p.m. ET, airlines had canceled
M flights ... on Sunday, according to FlightAware"): the body's figure is as of that day
(``claims.moment_readings``), the headline's is the day's; one tally, told twice. A running
count only grows, so a headline below the reading contradicts it; one at or above it says the
count went on after the reading, and is no error. Two readings of one day at two hours ("At
9 a.m. ... 1,170", "By 5 p.m. ... 2,740") are two levels, never a conflict.

Our own sentences, other numbers; published the day they tell."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 9)
BODY = ("A spring snowstorm snarled air travel across the Northeast on Monday.\n\n"
        "By 5 p.m. ET, airlines had canceled 2,740 flights within, into or out of the United "
        "States on Monday, according to FlightAware.\n\n"
        "At 8 a.m. ET, FlightAware showed 1,170 cancellations for Monday.\n\n"
        "Among carriers, JetBlue canceled 390 flights on Monday, FlightAware data showed.")


def _conflicts(text: str) -> list[list[str]]:
    claims = extract_text(text, lang="en", published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [sorted(surface[i] for i in f.claim_ids) for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]


def test_a_headline_below_the_days_reading_is_a_conflict() -> None:
    found = _conflicts("Snowstorm grounds 2,470 US flights on Monday\n\n" + BODY)
    assert ["2,470", "2,740"] in found


@pytest.mark.parametrize("headline", [
    "Snowstorm grounds 2,740 US flights on Monday",  # the reading itself
    "Snowstorm grounds 3,100 US flights on Monday",  # the day went on after the reading
])
def test_a_headline_at_or_above_the_reading_is_no_conflict(headline: str) -> None:
    assert _conflicts(f"{headline}\n\n{BODY}") == []


def test_two_readings_of_one_day_are_no_conflict() -> None:
    assert _conflicts(BODY) == []
