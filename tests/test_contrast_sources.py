"""Two sources' counts of one thing in one sentence, the second naming nothing it counts (Q7).

"In Lyon, the police counted 21,000 marchers, while the unions said 64,000 had taken part";
"12 500 manifestants selon la préfecture, 40 000 selon l'intersyndicale". The bare figure is
the second source's count of what the first counts (``reconcile.group.Contrasts``): the two
meet, and their disagreement is shown as a conflict whose detail says the sources differ. A
bare figure of the same source, or of another period, is not read so. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2025, 10, 3)

CONTRASTS = [
    ("en", "On Thursday in Lyon, the police counted 21,000 marchers, while the unions said "
           "64,000 had taken part.", "21,000", "64,000"),
    ("en", "On Thursday, the interior ministry counted 480,000 protesters nationwide, while "
           "the CGT said 1.2 million had marched.", "480,000", "1.2 million"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), CONTRASTS)
def test_two_sources_in_one_sentence_disagree(lang: str, text: str, a: str, b: str) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    ids = {c.surface: c.id for c in claims}
    found = [f for f in reconcile(claims).findings if {ids[a], ids[b]} <= set(f.claim_ids)]
    assert [(f.verdict, f.detail) for f in found] == [(Verdict.conflict, "sources_differ")]
    assert found[0].confidence >= 0.5, found[0].assumptions


def test_a_bare_figure_of_the_same_source_is_not_read_as_a_contrast() -> None:
    claims = extract_text("On Thursday in Lyon, the police counted 21,000 marchers and 64,000 "
                          "in all, the police said.", lang="en", published=PUBLISHED,
                          article_id="a.md")
    found = [f for f in reconcile(claims).findings if f.verdict is Verdict.conflict]
    assert not [f for f in found if f.confidence >= 0.5], found
