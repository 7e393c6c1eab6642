"""A protest or disaster day's casualty toll told again in a later article is an update, not a
conflict (reconcile/toll_days.py, applied in reconcile/pipeline.py).

Seen in real news: a wire's "killed during Tuesday's protests" and the next day's paper with one
more death of the same day (injured protesters who died in hospital); a national daily's toll of
one day of clashes that grew by sixteen deaths reported overnight; a hospital fire's dead of one
night told as 38, 39, then 43 and 45 over ten days as patients died; the injured of one
protest day told as a larger figure each evening by the interior ministry. Same-day figures,
a later lower figure, a toll told at a stated time and counts that are no casualties keep their
verdicts. Sentences of our own, other places and figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

WED, THU, FRI = date(2026, 10, 14), date(2026, 10, 15), date(2026, 10, 16)

# (language, first article's day, its sentence, second article's day, its sentence,
#  the verdict of the pair, its detail)
CASES = [
    # the later, larger toll of one day: an update
    ("en", WED, "Eleven people were killed during Tuesday's protests in Morvana, a rights group "
     "said.", FRI, "Twelve people were killed during Tuesday's protests in Morvana, a rights "
     "group said.", Verdict.consistent, "growth"),
    ("en", WED, "Police said 41 people were injured in Tuesday's clashes in Morvana.", THU,
     "Police said 47 people were injured in Tuesday's clashes in Morvana.",
     Verdict.consistent, "growth"),
    ("fr", WED, "Onze personnes ont été tuées mardi lors des manifestations à Morvana, selon une "
     "ONG.", FRI, "Douze personnes ont été tuées mardi lors des manifestations à Morvana, selon "
     "une ONG.", Verdict.consistent, "growth"),
    ("fr", WED, "Les heurts de mardi à Morvana ont fait 11 morts, selon une ONG.", THU,
     "Les heurts de mardi à Morvana ont fait 13 morts, selon une ONG.",
     Verdict.consistent, "growth"),
    # told the same day: two readings of one moment disagree
    ("en", WED, "Eleven people were killed during Tuesday's protests in Morvana, a rights group "
     "said.", WED, "Twelve people were killed during Tuesday's protests in Morvana, a rights "
     "group said.", Verdict.conflict, "values"),
    # told later, but lower: a day's toll does not shrink
    ("en", WED, "Twelve people were killed during Tuesday's protests in Morvana, a rights group "
     "said.", FRI, "Eleven people were killed during Tuesday's protests in Morvana, a rights "
     "group said.", Verdict.conflict, "values"),
    # arrests are no casualties: the rule does not read them
    ("en", WED, "Eleven protesters were arrested during Tuesday's protests in Morvana, police "
     "said.", FRI, "Twelve protesters were arrested during Tuesday's protests in Morvana, police "
     "said.", Verdict.conflict, "values"),
]


def _pair(lang: str, day_a: date, text_a: str, day_b: date, text_b: str):
    claims = [*extract_text(text_a, lang=lang, published=day_a, article_id="a.md"),
              *extract_text(text_b, lang=lang, published=day_b, article_id="b.md")]
    found = reconcile(claims, published={"a.md": day_a, "b.md": day_b}).findings
    return [f for f in found if {i.split("#")[0] for i in f.claim_ids} == {"a.md", "b.md"}]


@pytest.mark.parametrize(("lang", "day_a", "text_a", "day_b", "text_b", "verdict", "detail"),
                         CASES)
def test_a_days_toll_told_later(lang: str, day_a: date, text_a: str, day_b: date, text_b: str,
                                verdict: Verdict, detail: str) -> None:
    found = _pair(lang, day_a, text_a, day_b, text_b)
    assert [(f.verdict, f.detail) for f in found] == [(verdict, detail)]


def test_the_update_names_the_days_told() -> None:
    found = _pair(*CASES[0][:5])
    assert "told on 14 Oct 2026" in found[0].explanation
    assert "told on 16 Oct 2026" in found[0].explanation
    assert "13 Oct 2026" in found[0].explanation  # the day the toll counts


def test_without_publication_days_a_day_toll_keeps_its_conflict() -> None:
    """Nothing tells which article is later: the two figures stay compared as one moment's."""
    lang, day_a, text_a, day_b, text_b = CASES[0][:5]
    claims = [*extract_text(text_a, lang=lang, published=day_a, article_id="a.md"),
              *extract_text(text_b, lang=lang, published=day_b, article_id="b.md")]
    found = [f for f in reconcile(claims).findings if len(f.claim_ids) == 2]
    assert [f.verdict for f in found] == [Verdict.conflict]
