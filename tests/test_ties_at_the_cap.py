"""Ties at the similarity cap: two pairs that both reach the cap are not equally close when
one has more evidence (the same figure, the same slots, the same verb). Before, the first pair
in reading order merged first, and one article's figures, which never share a group, then
barred the right pairs: an adopted bill's "297 voix" and "263" in one article, "297" and "263"
in the next day's story, and the margin and the majority needed ("à 34 voix près", "avait
besoin de 281 voix") all read "voix", all at the cap. The figure told twice meets its own
(two days' reports of one vote, "263" / "263"). Our own sentences, in the style of
parliamentary reports read through the news corpus (votes on pensions, budgets and
immigration bills).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.group import group_claims

FIRST = date(2026, 5, 12)
LATER = date(2026, 5, 14)

# (language, first article, the next story): the figures of the vote told twice
VOTES = [
    ("fr", "Retraites : le texte adopté à 34 voix près\n\nLe projet de loi a été adopté mardi 12 "
           "mai en première lecture à l'Assemblée nationale, par 297 voix contre 263, après deux "
           "semaines de débats.\n\nLe texte avait besoin de 281 voix pour passer.",
           "Deux jours après l'adoption du projet de loi par l'Assemblée nationale, par 297 voix "
           "contre 263 mardi, le gouvernement doit convaincre le Sénat."),
    ("fr", "Immigration : la loi votée à 21 voix près\n\nLe projet de loi sur l'immigration a "
           "été adopté mardi 12 mai à l'Assemblée nationale, par 288 voix contre 267, au terme "
           "d'une nuit de débats.\n\nLe texte avait besoin de 245 voix pour passer.",
           "Deux jours après le vote du projet de loi sur l'immigration par l'Assemblée "
           "nationale, par 288 voix contre 267 mardi, la droite sénatoriale promet de le durcir."),
]


def _groups(lang: str, first: str, later: str) -> tuple[dict[str, str], list]:
    claims = (extract_text(first, lang=lang, published=FIRST, article_id="a.md")
              + extract_text(later, lang=lang, published=LATER, article_id="b.md"))
    return {m.claim_id: g.id for g in group_claims(claims) for m in g.members}, claims


@pytest.mark.parametrize(("lang", "first", "later"), VOTES, ids=[v[0] + str(n) for n, v in
                                                                  enumerate(VOTES)])
def test_the_figure_told_twice_meets_its_own(lang: str, first: str, later: str) -> None:
    groups, claims = _groups(lang, first, later)
    for value in {c.value for c in claims if c.article == "b.md"}:
        a = next(c for c in claims if c.article == "a.md" and c.value == value)
        b = next(c for c in claims if c.article == "b.md" and c.value == value)
        assert groups[a.id] == groups[b.id], (a.surface, a.counted, b.counted)


@pytest.mark.parametrize(("lang", "first", "later"), VOTES, ids=[v[0] + str(n) for n, v in
                                                                  enumerate(VOTES)])
def test_votes_for_and_against_stay_apart(lang: str, first: str, later: str) -> None:
    """Negative: the votes for and against of one article never share a group, nor the
    margin and the majority needed with the next story's figures."""
    groups, claims = _groups(lang, first, later)
    first_figures = [c for c in claims if c.article == "a.md"]
    for n, a in enumerate(first_figures):
        for b in first_figures[n + 1:]:
            if a.value != b.value and a.period == b.period:
                assert groups[a.id] != groups[b.id], (a.surface, b.surface)
    later_values = {c.value for c in claims if c.article == "b.md"}
    for c in first_figures:
        if c.value not in later_values:
            assert all(groups[c.id] != groups[o.id] for o in claims if o.article == "b.md")
