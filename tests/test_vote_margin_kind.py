"""A vote's margin is not one side's tally: "à 34 voix près", "avec 12 voix d'écart" (how far
the two sides stand apart) and "par 297 voix contre 263" (how many voted for) are two
quantities, which grouping keeps apart (``[grouping.kinds.tally]``), while two tallies of one
vote still meet and conflict. Read on real news: bills passed "à N voix près", a Senate vote "à
181 voix", tallies "par 331 voix pour et 225 contre". Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 25)


def _verdicts(a: str, b: str) -> list[Verdict]:
    claims = [*extract_text(a, lang="fr", published=PUBLISHED, article_id="a.md"),
              *extract_text(b, lang="fr", published=PUBLISHED, article_id="b.md")]
    return [f.verdict for f in reconcile(claims).findings]


TALLY = "Le projet de loi a été adopté mardi à l'Assemblée par 297 voix contre 263."

MARGINS = [
    "Assurance chômage : les députés votent la réforme à 34 voix près",
    "Le texte est passé mardi avec 34 voix d'écart.",
    "La majorité l'a emporté mardi avec 34 voix d'avance.",
]


@pytest.mark.parametrize("margin", MARGINS)
def test_a_margin_never_conflicts_with_a_tally(margin: str) -> None:
    assert Verdict.conflict not in _verdicts(margin, TALLY)


def test_two_tallies_of_one_vote_still_conflict() -> None:
    other = "Le projet de loi a été adopté mardi à l'Assemblée par 351 voix contre 263."
    assert Verdict.conflict in _verdicts(other, TALLY)
