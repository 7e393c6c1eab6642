"""A French source named as the subject of a reporting verb in the present tense.

Wire copy of a protest day gives each side's count with a verb in the present as often as in
the passé composé: "Le ministère de l'Intérieur indique que 98 000 personnes ont défilé",
"..., annonce la CGT", "La CGT a elle dénombré 1,9 million de manifestants". The table knew
"a indiqué" but not "indique", nor a bare emphatic pronoun or an adverb between the auxiliary
and the participle ("a elle dénombré", "a notamment compté"), so the figure was read with no
source; against the other side's figure in the same
article it became an article contradicting itself (a false ``internal`` conflict) instead of
two named sources disagreeing. Sentences of our own, in the style of French reports.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 6)


@pytest.mark.parametrize(("text", "surface", "source"), [
    ("Le ministère de l'Intérieur indique qu'un total de 98 000 personnes ont manifesté "
     "jeudi en France.", "98 000", "ministère"),
    ("Près de 240 000 manifestants ont défilé jeudi, indique la CGT, alors que le "
     "gouvernement donne une estimation bien plus basse.", "240 000", "CGT"),
    ("La CGT a elle dénombré 1,9 million de manifestants dans tout le pays.", "1,9 million",
     "CGT"),
    ("La préfecture annonce 4 100 manifestants à Rennes.", "4 100", "préfecture"),
    ("Quelque 16 000 personnes ont défilé à Grenoble, annonce l'intersyndicale.", "16 000",
     "intersyndicale"),
    ("Les organisateurs précisent que 7 500 personnes ont rejoint le cortège.", "7 500",
     "organisateurs"),
    ("La police signale 23 interpellations à Nantes.", "23", "police"),
    # an adverb between the auxiliary and the participle
    ("La police a notamment compté 6 100 manifestants à Brest.", "6 100", "police"),
    ("La préfecture a également recensé 2 400 manifestants à Tours.", "2 400", "préfecture"),
])
def test_the_subject_of_a_present_reporting_verb_is_the_source(
    text: str, surface: str, source: str
) -> None:
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface.endswith(surface)]
    assert found, [c.surface for c in claims]
    assert found[0].actor is not None and source.lower() in found[0].actor.lower()


@pytest.mark.parametrize(("text", "surface"), [
    # an adjective or a noun spelled like a verb names no one
    ("Une estimation précise de 42 000 participants a circulé jeudi.", "42 000"),
    ("L'annonce de 310 suppressions de postes a surpris les salariés.", "310"),
    ("Il faut une déclaration claire sur les 2 000 postes menacés.", "2 000"),
])
def test_a_homograph_of_a_reporting_verb_names_no_source(text: str, surface: str) -> None:
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface.endswith(surface)]
    assert found, [c.surface for c in claims]
    assert found[0].actor is None


def test_who_performs_the_counted_work_is_no_source() -> None:
    """ "assurer des gardes" is to work them: the source is the one that says so after."""
    text = ("En 2025, les infirmiers de l'hôpital ont assuré 28 400 gardes, soit 4 % de plus "
            "qu'en 2024, indique la direction.")
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    assert [c.actor for c in claims] == ["direction", "direction"]


@pytest.mark.parametrize("text", [
    "Le ministère de l'Intérieur indique qu'un total de 98 000 personnes ont manifesté jeudi "
    "en France. Selon la CGT, près de 240 000 personnes ont manifesté jeudi en France.",
    "Près de 240 000 personnes ont manifesté jeudi en France, indique la CGT. Le ministère de "
    "l'Intérieur a compté 98 000 personnes ayant manifesté jeudi en France.",
])
def test_two_sides_told_with_present_verbs_differ_as_sources(text: str) -> None:
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    findings = reconcile(claims).findings
    conflicts = [(f.verdict.value, f.detail) for f in findings if f.verdict.value == "conflict"]
    assert conflicts == [("conflict", "sources_differ")]
