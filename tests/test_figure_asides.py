"""The other side's count set in a parenthesis after each city's figure.

Protest-day copy (French and English wire reports alike) lists one side's counts city by city
and puts the other side's count of each city in parentheses, naming that side only in the
first: "La police a compté 12 400 manifestants à Brest (31 000 selon la CGT), 6 900 à Quimper
(14 000)". The source in the first parenthesis was read as the source of every later figure
of the sentence, police counts included, and a figure alone in its parenthesis took the place
of the first city of the list: the CGT's Quimper count became a CGT count for Brest, in
conflict with the CGT's real Brest count of another article. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 6)


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [(c.surface, c.actor, c.place) for c in claims]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Jeudi, la police a compté 12 400 manifestants à Brest (31 000 selon la CGT), "
           "6 900 manifestants à Quimper (14 000) et 5 200 à Lorient (9 000).",
     [("12 400", "police", "Brest"), ("31 000", "CGT", "Brest"),
      ("6 900", "police", "Quimper"), ("14 000", "CGT", "Quimper"),
      ("5 200", "police", "Lorient"), ("9 000", "CGT", "Lorient")]),
    ("en", "According to police, 9,400 people marched in Nantes (21,000 according to the "
           "unions), 6,100 in Angers (11,000) and 4,800 in Tours (8,500).",
     [("9,400", "police", "Nantes"), ("21,000", "unions", "Nantes"),
      ("6,100", "police", "Angers"), ("11,000", "unions", "Angers"),
      ("4,800", "police", "Tours"), ("8,500", "unions", "Tours")]),
])
def test_each_side_keeps_its_source_and_each_city_its_figures(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    read = _read(text, lang)
    got = [(s, (a or "").split()[-1], (p or "").split()[-1]) for s, a, p in read]
    assert got == expected


@pytest.mark.parametrize(("text", "sources"), [
    # a parenthesis with no figure after a figure names that figure's source
    ("Entre 540 000 (selon l'Intérieur) et 1,6 million de manifestants (selon la CGT) ont "
     "défilé jeudi dans toute la France.", ["Intérieur", "CGT"]),
    ("Jeudi, 4 200 personnes ont défilé à Caen (selon la police).", ["police"]),
    # a figure alone in its parenthesis, and no earlier one names a source: the verb's
    ("Lors de la journée précédente, la CGT avait dénombré davantage de participants "
     "(210 000).", ["CGT"]),
    # the parenthesis holds the other side's count with its own source named
    ("À Rouen, 11 000 manifestants selon la CGT (4 800 selon la police) ont défilé jeudi.",
     ["CGT", "police"]),
])
def test_a_parenthesis_names_its_own_figures_source(
    text: str, sources: list[str | None]
) -> None:
    read = _read(text, "fr")
    assert [(a or "").split()[-1] if a else None for _, a, _ in read] == sources


@pytest.mark.parametrize(("lang", "text", "surface", "source"), [
    # a figure in a parenthesis with a word of its own is no other side's count
    ("fr", "Selon l'Insee, 2,3 millions de personnes étaient au chômage (2,2 millions un an "
           "plus tôt).", "2,2 millions", "Insee"),
    ("en", "The fire has burned 12,100 hectares (30,000 acres), the forest service said.",
     "30,000", "forest service"),
])
def test_a_parenthesis_that_is_no_bare_figure_keeps_the_sentence_source(
    lang: str, text: str, surface: str, source: str
) -> None:
    read = _read(text, lang)
    found = [a for s, a, _ in read if surface in s]
    assert found and found[0] is not None and source in found[0]


def test_each_city_shows_its_two_sides_and_no_city_meets_another() -> None:
    listed = ("Jeudi 5 mars, la police a compté 12 400 manifestants à Brest (31 000 selon la "
              "CGT), 6 900 manifestants à Quimper (14 000) et 5 200 à Lorient (9 000).")
    other = "Jeudi 5 mars, la CGT a compté 31 000 manifestants à Brest."
    claims = [
        *extract_text(listed, lang="fr", published=PUBLISHED, article_id="a.md"),
        *extract_text(other, lang="fr", published=PUBLISHED, article_id="b.md"),
    ]
    by_id = {c.id: c for c in claims}
    conflicts = [f for f in reconcile(claims).findings if f.verdict.value == "conflict"]
    # each city's two sides disagree; no city's figure is held against another city's
    assert [f.detail for f in conflicts] == ["sources_differ"] * 3
    assert sorted(by_id[f.claim_ids[0]].place for f in conflicts) == ["Brest", "Lorient", "Quimper"]
    assert all(len({by_id[i].place for i in f.claim_ids}) == 1 for f in conflicts)
