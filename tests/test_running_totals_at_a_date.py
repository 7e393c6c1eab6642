"""A count stated at a moment inside the running window an article counts over, that the words
before it in its clause name a running total ("The cumulative total passed 5,000 at the end of
April", "La barre des 5 000 demandes avait été franchie fin mars") or that goes on from one in
the same sentence ("celle des 10 000 le 14 juillet"), runs from the window's start: one rule and
one table key (``[periods] running_totals``) for every language. A day's own count in a sentence
that names the total later ("Le 17 août, 492 personnes ont traversé, portant le total ...") and a
stock at a date stay what they are. Sentences of our own in the style of wire copy on rescues,
asylum claims and crossings."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import PeriodKind

PUBLISHED = date(2024, 9, 20)
JAN_1 = date(2024, 1, 1)

EN_RESCUES = (
    "More than 9,800 people have been rescued at sea so far this year, the coastguard said. "
    "The cumulative total passed 5,000 at the end of April and stood at 8,120 on Aug. 12."
)
FR_ASYLUM = (
    "Depuis janvier, 12 480 demandes d'asile ont été déposées dans la région. La barre des 5 000 "
    "demandes avait été franchie fin mars, celle des 10 000 le 14 juillet, et le cumul atteignait "
    "11 900 au 31 août."
)

RUNNING = [
    ("en", EN_RESCUES, "5,000", date(2024, 4, 30)),
    ("en", EN_RESCUES, "8,120", date(2024, 8, 12)),
    ("fr", FR_ASYLUM, "5 000", date(2024, 3, 31)),
    ("fr", FR_ASYLUM, "10 000", date(2024, 7, 14)),  # goes on from "la barre des 5 000"
    ("fr", FR_ASYLUM, "11 900", date(2024, 8, 31)),
]


def _period(lang: str, text: str, surface: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    [claim] = [c for c in claims if c.surface == surface]
    return claim.period


@pytest.mark.parametrize(("lang", "text", "surface", "end"), RUNNING)
def test_a_total_at_a_date_runs_from_the_window_the_article_counts(lang, text, surface, end):
    period = _period(lang, text, surface)
    assert period is not None
    assert (period.kind, period.start, period.end) == (PeriodKind.to_date, JAN_1, end)


NOT_RUNNING = [
    # the day's own count; the total named after it in the sentence is another figure's
    ("en", "Some 21,300 people have crossed so far this year. On Aug. 17, 492 migrants crossed, "
           "taking the provisional total for the year so far to 19,066.", "492"),
    ("fr", "Plus de 21 300 personnes ont traversé depuis janvier. Le 17 août, 492 personnes ont "
           "traversé, portant le total depuis janvier à 19 066.", "492"),
    # a stock at a date: no running total is named
    ("en", "Some 21,300 people have crossed so far this year. The camp housed 8,120 people on "
           "Aug. 12.", "8,120"),
    ("fr", "Plus de 21 300 personnes ont traversé depuis janvier. Le camp accueillait 8 120 "
           "personnes le 12 août.", "8 120"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NOT_RUNNING)
def test_a_count_at_a_date_the_clause_names_no_total_of_keeps_its_moment(lang, text, surface):
    period = _period(lang, text, surface)
    assert period is not None
    assert period.kind is not PeriodKind.to_date and period.start in (None, period.end)
