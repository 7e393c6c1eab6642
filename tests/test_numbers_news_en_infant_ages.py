"""Ages counted in days, weeks and months ("just 40 days old", "six weeks old", "up to 28 days
old"): an infant's or an animal's age is no claim, as "four years old" is none. The same lengths
of time with no "old" after them stay what they were (the length of a strike is a claim; a
window of the past is none). Sentences of our own, in the style of disaster, health and crime
copy."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text

DAY = date(2025, 4, 10)

AGES = [
    pytest.param("The baby was just 40 days old when she died at sea.", "40 days",
                 id="days-old-when"),
    pytest.param("A girl, six weeks old, was among the dead.", "six weeks",
                 id="weeks-old-apposition"),
    pytest.param("The foal was 10 days old.", "10 days", id="days-old-predicate"),
    pytest.param("Neonatal deaths cover infants up to 28 days old.", "up to 28 days",
                 id="days-old-threshold"),
    pytest.param("Rescuers pulled out a boy barely three months old.", "three months",
                 id="months-old-barely"),
]

# The same lengths with no age after them: today's reading.
KEPT = [
    pytest.param("The strike has lasted six weeks.", "six weeks", id="length-of-a-strike"),
    pytest.param("The trial lasted 40 days.", "40 days", id="length-of-a-trial"),
    pytest.param("The siege lasted three months.", "three months", id="length-of-a-siege"),
]


@pytest.mark.parametrize(("text", "surface"), AGES)
def test_ages_in_days_weeks_months_are_no_claims(text: str, surface: str) -> None:
    claims = extract_text(text, lang="en", published=DAY)
    assert surface not in {c.surface for c in claims}, [c.surface for c in claims]


@pytest.mark.parametrize(("text", "surface"), KEPT)
def test_lengths_without_old_are_kept(text: str, surface: str) -> None:
    claims = extract_text(text, lang="en", published=DAY)
    assert surface in {c.surface for c in claims}, [c.surface for c in claims]
