"""Whether two figures, each read as an article of its own, fall in one group: the question of
the grouping tests (one story told in two languages, one count told by two outlets)."""

from __future__ import annotations

from datetime import date

from claims.extract import extract_text
from claims.models import Claim
from reconcile.group import group_claims

# (language, text, the figure's surface as printed)
Side = tuple[str, str, str]


def one(claims: list[Claim], surface: str) -> Claim:
    """The one claim printed ``surface``; a test fails if there is none or several."""
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, (surface, [c.surface for c in claims])
    return found[0]


def group_of(claims: list[Claim]) -> dict[str, str]:
    """Claim id -> group id."""
    return {m.claim_id: g.id for g in group_claims(claims) for m in g.members}


def meet(first: Side, second: Side, published: date) -> bool:
    """The two figures, read as articles "a.md" and "b.md", fall in one group."""
    (lang_a, text_a, fig_a), (lang_b, text_b, fig_b) = first, second
    a = extract_text(text_a, lang=lang_a, published=published, article_id="a.md")
    b = extract_text(text_b, lang=lang_b, published=published, article_id="b.md")
    group = group_of([*a, *b])
    return group[one(a, fig_a).id] == group[one(b, fig_b).id]
