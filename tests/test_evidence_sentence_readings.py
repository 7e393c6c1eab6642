"""Two readings of a conflict's evidence taken from the rest of the text, with sentences of our
own in the style of wire copy on transport and trade:

* the place a sentence states before its figures governs them all, even when the frame read it
  for the first figure only ("passengers at Gimhae airport rose 4.2 percent ... to 1.31
  million": the level is that airport's too), unless a clause break stands between them;
* a figure that another article of the conflict gives, to the same uncommon value, for another
  period is the same figure with one period misread (a year to date read as its last month),
  so the conflict it makes with that article's figure for the month is unsure.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.evidence import WEAK_CAP, weak_points
from reconcile.evidence_articles import Corpus
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 4, 14)

# The title names no place, and the article names two airports: the first figure's place is
# read from its own sentence only, for the change ("rose 4.2 percent"), not for the level.
TWO_AIRPORTS = (
    "Airport traffic keeps climbing in March\n\n"
    "BUSAN, April 14 (Yonhap) -- The number of international passengers at Gimhae "
    "International Airport rose 4.2 percent on-year in March to 1.31 million, boosted by new "
    "routes to Japan, the airport operator said Tuesday.\n\n"
    "At Jeju International Airport, international passengers rose 2 percent to 180,000 in March."
)
SAME_AIRPORT = ("At Gimhae International Airport, international passengers numbered 1.13 million "
                "in March, the airport operator said Tuesday.")


def _claims(text: str, article: str, lang: str = "en") -> list:
    return list(extract_text(text, lang=lang, published=PUBLISHED, article_id=article))


def _conflicts(*articles: list) -> list:
    claims = [c for article in articles for c in article]
    return [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict]


def test_the_place_of_a_sentence_governs_its_later_figure() -> None:
    a, b = _claims(TWO_AIRPORTS, "a.md"), _claims(SAME_AIRPORT, "b.md")
    level = next(c for c in a if c.surface == "1.31 million")
    assert level.place is None  # what the frame reads: the change's place only
    assert Corpus({c.id: c for c in a + b}).sentence_place(level) is not None
    (finding,) = [f for f in _conflicts(a, b) if level.id in f.claim_ids]
    assert finding.confidence > WEAK_CAP, finding.assumptions
    assert not any("one side only" in s and "not a sure" in s for s in finding.assumptions)


@pytest.mark.parametrize("text", [
    # a clause link or a comma between the place and the figure: the place is its clause's
    "Passengers at Jeju International Airport fell 3 percent in March, while all the "
    "country's airports together handled 6.12 million.",
    "Passengers at Jeju International Airport fell 3 percent in March; the country's airports "
    "together handled 6.12 million.",
])
def test_a_place_in_another_clause_governs_nothing(text: str) -> None:
    claims = _claims("Airport traffic in March\n\n" + text, "a.md")
    total = next(c for c in claims if c.surface == "6.12 million")
    assert total.place is None
    assert Corpus({c.id: c for c in claims}).sentence_place(total) is None


def test_a_figure_with_its_own_place_takes_no_other() -> None:
    claims = _claims(TWO_AIRPORTS, "a.md")
    jeju = next(c for c in claims if c.surface == "180,000")
    assert Corpus({c.id: c for c in claims}).sentence_place(jeju) is None


# One article reads the year to date as the month (what a period misread looks like); the
# other gives both, the year to date to the same uncommon value.
MONTH_MISREAD = "Exports totaled $541.3 billion in October, the trade ministry said."
BOTH_PERIODS = ("Exports reached $54.2 billion in October, the trade ministry said.\n\n"
                "From January to October, exports totaled $541.3 billion.")


def test_a_figure_the_other_article_gives_for_another_period_is_unsure() -> None:
    a, b = _claims(MONTH_MISREAD, "a.md"), _claims(BOTH_PERIODS, "b.md")
    (finding,) = [f for f in _conflicts(a, b) if any(i.startswith("a.md") for i in f.claim_ids)]
    assert finding.confidence <= WEAK_CAP
    assert any("periods may be misread" in s for s in finding.assumptions), finding.assumptions


@pytest.mark.parametrize(("misread", "both"), [
    # a round figure given for two periods is no sign of a misread period
    ("Exports totaled $540 billion in October, the trade ministry said.",
     "Exports reached $54.2 billion in October, the trade ministry said.\n\n"
     "From January to October, exports totaled $540 billion."),
    # the same value for the same period is the same figure, not another period's
    ("Exports totaled $541.3 billion in October, the trade ministry said.",
     "Exports reached $54.2 billion in October, the trade ministry said.\n\n"
     "Imports totaled $541.3 billion in October."),
])
def test_no_misread_period_without_an_uncommon_figure_of_another_period(
    misread: str, both: str
) -> None:
    a, b = _claims(misread, "a.md"), _claims(both, "b.md")
    corpus = Corpus({c.id: c for c in a + b})
    first = next(c for c in a if c.unit == "USD")
    month = next(c for c in b if c.surface == "$54.2 billion")
    said = weak_points([first, month], "values", corpus)
    assert not any("periods may be misread" in s for s in said), said
