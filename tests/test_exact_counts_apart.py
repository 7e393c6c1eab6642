"""Two exact counts to the unit of one toll at one time are as far apart as their difference, not
as their printed precision (reconcile/value_verdict.py): "27 deaths" and "25 deaths" by Tuesday
evening from one ministry are 7.4 % apart, a conflict, where reading each as a rounded figure
([26.5, 27.5) against [24.5, 25.5)) made the gap 3.8 % and the pair a minor discrepancy, while
two adjacent counts ("8 crew" / "9 crew") already conflicted.

Seen in real news: a police spokesman's 30 children killed in a school fire revised to 27; a
county official's 27 dead at a church shooting against 26 in other reports; a crash's toll of 27
children's school told as other figures the same morning. Sentences of our own; the traps are
counts made a little differently (118 and 121 dead, two agencies) and larger counts a few apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

WED, THU = date(2026, 10, 14), date(2026, 10, 15)

# (language, first sentence, second sentence, the verdict of their pair)
CASES = [
    ("en", "By Tuesday evening the health ministry had counted 27 deaths from the poisoning in "
     "Arvel.", "By Tuesday evening the health ministry had counted 25 deaths from the poisoning "
     "in Arvel.", Verdict.conflict),
    ("fr", "Mardi soir, le ministère de la Santé avait recensé 33 décès dans la région d'Arvel.",
     "Mardi soir, le ministère de la Santé avait recensé 31 décès dans la région d'Arvel.",
     Verdict.conflict),
    # counts made a little differently: 42 against 40 is 4.8 % apart, under the tolerance
    ("en", "By Tuesday evening the health ministry had counted 42 deaths from the poisoning in "
     "Arvel.", "By Tuesday evening the health ministry had counted 40 deaths from the poisoning "
     "in Arvel.", Verdict.minor_discrepancy),
    ("en", "By Tuesday evening the health ministry had counted 121 deaths from the poisoning in "
     "Arvel.", "By Tuesday evening the health ministry had counted 118 deaths from the poisoning "
     "in Arvel.", Verdict.minor_discrepancy),
]


@pytest.mark.parametrize(("lang", "text_a", "text_b", "verdict"), CASES)
def test_two_exact_counts_of_one_time(lang: str, text_a: str, text_b: str,
                                      verdict: Verdict) -> None:
    claims = [*extract_text(text_a, lang=lang, published=WED, article_id="a.md"),
              *extract_text(text_b, lang=lang, published=THU, article_id="b.md")]
    found = [f for f in reconcile(claims, published={"a.md": WED, "b.md": THU}).findings
             if {i.split("#")[0] for i in f.claim_ids} == {"a.md", "b.md"}]
    assert [f.verdict for f in found] == [verdict]
