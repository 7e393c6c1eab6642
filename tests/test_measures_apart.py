"""A measure of one thing is not a count of things (``[measures]`` in claims/data/concepts.toml):
a quake story gives the quake's magnitude, its aftershocks' and past quakes' ("with a
magnitude of 7.4", "the strongest measuring in at 6.1 magnitude", "une réplique de magnitude 5,8").
Grouped by the word "magnitude" alone, an aftershock's figure and the quake's, read for one day,
gave a false "cannot both be right" on real earthquake copy. With no entity naming which quake, a
magnitude is never compared; the tolls beside it still are.

Sentences of our own in the style of agency earthquake copy."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.lexicon import Lexicon
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 2, 7)

STORIES = [
    ("en",
     "The death toll from the earthquake rose to 312 on Saturday, officials said. Aftershocks "
     "followed, more than 40, with the strongest measuring in at 6.1 magnitude.",
     "The earthquake, with a magnitude of 7.4, struck on Friday near Karsu. The death toll rose "
     "to 312 on Saturday, officials said."),
]


@pytest.mark.parametrize(("lang", "first", "second"), STORIES, ids=[s[0] for s in STORIES])
def test_an_aftershock_s_magnitude_never_conflicts_with_the_quake_s(
    lang: str, first: str, second: str
) -> None:
    claims = [*extract_text(first, lang=lang, published=PUBLISHED, article_id="a.md"),
              *extract_text(second, lang=lang, published=PUBLISHED, article_id="b.md")]
    result = reconcile(claims)
    magnitudes = {c.id for c in claims if c.value in (7.4, 6.1)}
    assert len(magnitudes) == 2
    assert not [f for f in result.findings if f.verdict is Verdict.conflict]
    assert not [f for f in result.findings if magnitudes & set(f.claim_ids)]
    tolls = {c.id for c in claims if c.value == 312}
    assert [f for f in result.findings if tolls <= set(f.claim_ids)], "the tolls still meet"


def test_a_user_lexicon_may_add_a_measure() -> None:
    text = '[concepts]\nreading = ["reading"]\n\n[measures]\nconcepts = ["reading"]\n'
    lexicon = Lexicon.default().merged(Lexicon.from_toml(text, source="mine.toml"))
    assert {"magnitude", "reading"} <= lexicon.measures
