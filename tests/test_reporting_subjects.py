"""A side that gives its own figure with a reporting verb in the present ("while Ostravia
reports 88 dead soldiers, Belmark declares 122"): the subject is the figure's source, and the
subject with its verb is nothing the figure counts. Read as the counted thing ("Belmark
declares"), the second side's figure dropped out of the sentence, and the headline's total of
both sides ("210 soldiers killed") met the first side's part alone as "the body's answer": a
sure internal conflict. Also the second voice of a contrast ("the union said 21,000 had taken
part"): its figure counts what the first voice's does.

Sentences of our own in the style of border-clash and strike-day copy; negative rows of the same
shape keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 9, 15)

READINGS = [
    # (sentence, figure, its source, what it counts)
    ("While the health ministry reports 41 deaths, the regional governor declares 57 since "
     "Monday.", "41", "health ministry", "deaths"),
    ("While the health ministry reports 41 deaths, the regional governor declares 57 since "
     "Monday.", "57", "regional governor", "deaths"),
    ("The coastguard confirms 12 rescued migrants.", "12", "coastguard", "rescued migrants"),
    ("Police counted 8,000 marchers in Lyon, while the union said 21,000 had taken part.",
     "21,000", "union", "marchers"),
    # the same verbs, and what they do not make a source
    ("The agency reports 1,200 new cases this week.", "1,200", "agency", "new cases"),
    ("A breach at a shoe retailer exposed the records of 215,000 people.", "215,000", None,
     "people"),
    ("The island, which has 900 villages, records dozens of floods every year.", "900", None,
     "villages"),
]


@pytest.mark.parametrize(("sentence", "surface", "source", "counted"), READINGS)
def test_a_side_and_its_reporting_verb(sentence: str, surface: str, source: str | None,
                                       counted: str) -> None:
    claims = extract_text(sentence, lang="en", published=PUBLISHED, article_id="a.md")
    claim = next(c for c in claims if c.surface == surface)
    assert (claim.source, claim.counted) == (source, counted)


CLASHES = ("210 soldiers killed in border clashes between Ostravia and Belmark\n\n"
           "The two defence ministries gave updated lists of the dead on Thursday.\n\n"
           "While Ostravia reports 88 dead soldiers, Belmark declares 122, the ministries said.")


def test_two_sides_parts_are_no_answer_to_the_headlines_total() -> None:
    claims = extract_text(CLASHES, lang="en", published=PUBLISHED, article_id="a.md")
    internal = [f for f in reconcile(claims).findings
                if f.verdict is Verdict.conflict and f.detail == "internal"]
    assert internal == []
