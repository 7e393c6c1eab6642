"""Where a figure counts when the place is its clause's subject, its owner or a word of what it
counts, with no "in" before it.

Read on US wire and local pages (executions by state "so far this year", measles cases by state
in an outbreak, electoral votes by state) and French regional copy (pharmacies of a
department): "Florida has carried out nine executions in 2026, Alabama six", "New Mexico has
confirmed 30 cases", "Alabama has 167 inmates on death row", "Pennsylvania's 19 electoral
votes", "US executions climb to 47" over a body that counts "executions carried out in the
United States", "31 officines finistériennes". The place was lost, so a state's count and the
country's met in one group, and a headline's national count "conflicted" with one state's
count of its body. A place that is the source ("Texas officials said"), a doer ("Russia has
launched"), a destination ("flights to Florida"), someone's origin ("a Texas man") or part of
a name ("Bank of America") is not where the figure counts. All sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

DAY = date(2026, 12, 2)

# (language, sentence, figure, place expected, what is counted expected or None: not checked)
ROWS = [
    pytest.param("en", "Georgia has now carried out 7 executions this year, Missouri 4 and "
                 "Arizona 2, the group said.", "7", "Georgia", "executions", id="en-subject-verb"),
    pytest.param("en", "Georgia has now carried out 7 executions this year, Missouri 4 and "
                 "Arizona 2, the group said.", "4", "Missouri", None, id="en-list-item"),
    pytest.param("en", "Georgia has now carried out 7 executions this year, Missouri 4 and "
                 "Arizona 2, the group said.", "2", "Arizona", None, id="en-list-item-after-and"),
    pytest.param("en", "Ohio has confirmed 64 measles cases since January.", "64", "Ohio",
                 "measles cases", id="en-confirmed"),
    pytest.param("en", "Louisiana has 58 inmates on death row.", "58", "Louisiana", "inmates",
                 id="en-has-alone-owns"),
    pytest.param("en", "Kansas and Colorado have reported 143 cases linked to the outbreak.",
                 "143", "Kansas and Colorado", None, id="en-two-places-one-subject"),
    pytest.param("en", "Biden won Michigan's 15 electoral votes on Wednesday.", "15", "Michigan",
                 "electoral votes", id="en-owner"),
    pytest.param("en", "The US has 38 bases in Japan.", "38", "Japan", None,
                 id="en-an-in-place-wins-over-the-subject-after-it"),
    pytest.param("en", "US measles cases climb to 1,210 this year", "1,210", "United States",
                 "US measles cases", id="en-headline-adjective"),
    pytest.param("en", "Missouri has carried out 6 executions in 2026, compared with 3 in 2025.",
                 "3", "Missouri", None, id="en-the-figure-compared-takes-the-place"),
    pytest.param("en", "Statewide, Idaho has recorded 57 measles cases so far this year, compared "
                 "with 9 a year earlier.", "57", "Statewide", None,
                 id="en-a-phrase-framing-the-sentence-wins"),
    pytest.param("en", "Texas officials said 14 people died.", "14", None, None,
                 id="en-source-is-no-place"),
    pytest.param("en", "Flights to Florida have risen to 40.", "40", None, None,
                 id="en-destination-is-no-place"),
    pytest.param("en", "Russia has launched 96 drones since Sunday.", "96", None, None,
                 id="en-a-doer-before-a-participle"),
    pytest.param("en", "A Texas man was among 5 people arrested.", "5", None, None,
                 id="en-origin-is-no-place"),
    pytest.param("en", "Bank of America has cut 300 jobs.", "300", None, None,
                 id="en-part-of-a-name"),
    pytest.param("fr", "L'ARS a réquisitionné 27 officines finistériennes samedi.", "27",
                 "Finistère", None, id="fr-adjectif-de-lieu"),
    pytest.param("fr", "Depuis janvier, trois pharmacies bretonnes ont fermé.", "trois",
                 "Bretagne", None, id="fr-adjectif-de-region"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "place", "counted"), ROWS)
def test_the_place_a_figure_counts_in(lang, text, surface, place, counted):
    claims = {c.surface: c for c in extract_text(text, lang=lang, published=DAY)}
    assert surface in claims, sorted(claims)
    claim = claims[surface]
    assert claim.place == place
    if counted is not None:
        assert claim.counted == counted


def _conflicts(text: str) -> list[list[str]]:
    claims = extract_text(text, lang="en", published=DAY, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [sorted(surface[i] for i in f.claim_ids) for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]


def test_a_national_headline_never_conflicts_with_one_state_of_its_body():
    text = ("US executions climb to 38 this year\n\nMissouri has carried out 8 executions in "
            "2026, Georgia 5 and Arizona 4, according to the group.")
    assert _conflicts(text) == []


def test_a_national_headline_meets_the_national_count_of_its_body():
    text = ("US executions climb to 38 this year\n\nMissouri executed a man on Wednesday, bringing "
            "the number of executions carried out in the United States so far this year to 35. "
            "Missouri has carried out 8 executions in 2026.")
    assert ["35", "38"] in _conflicts(text)
