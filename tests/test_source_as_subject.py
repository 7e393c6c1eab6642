"""A side of a disputed count named as the subject of the verb it claims the count with.

Protest and strike reports give one count per side, and the second side is often the subject
of a claiming verb rather than introduced by "selon" / "according to": "La CGT revendique
1,6 million de manifestants", "l'intersyndicale a fait état de ...", "The union claimed ...",
"Organisers put the turnout at ...". Read with no source, that figure looked like a second
figure of the article for the same day, which an article does not contradict, so it was kept
apart from the official count and the disagreement a fact-checker wants first was never shown.
Sentences of our own, in the style of French and English wire reports.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 6)


@pytest.mark.parametrize(("lang", "text", "surface", "source"), [
    ("fr", "La CGT revendique de son côté 1,6 million de manifestants.", "1,6 million", "CGT"),
    ("fr", "L'intersyndicale a fait état de 910 000 manifestants dans tout le pays.",
     "910 000", "intersyndicale"),
    ("fr", "Le syndicat a revendiqué 45 000 participants à Marseille.", "45 000", "syndicat"),
    ("fr", "La préfecture recense 3 200 manifestants à Nantes.", "3 200", "préfecture"),
    ("en", "The teachers' union claimed 48,000 marchers in the capital.", "48,000",
     "teachers' union"),
    ("en", "Organisers put the turnout at 120,000.", "120,000", "Organisers"),
])
def test_the_subject_of_a_claiming_verb_is_the_source(
    lang: str, text: str, surface: str, source: str
) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface == surface]
    assert found, [c.surface for c in claims]
    assert found[0].actor is not None and source.lower() in found[0].actor.lower()


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Jeudi 5 mars, 640 000 personnes ont manifesté dans toute la France, selon le "
           "ministère de l'Intérieur. La CGT revendique de son côté 1,6 million de "
           "manifestants."),
    ("fr", "Jeudi 5 mars, 640 000 personnes ont défilé en France selon le ministère de "
           "l'Intérieur. L'intersyndicale a fait état de 1,6 million de manifestants."),
    ("en", "On Thursday, 640,000 people marched across France, the interior ministry said. "
           "The CGT union claimed 1.6 million marchers."),
])
def test_two_sides_of_one_count_in_one_article_conflict(lang: str, text: str) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    findings = reconcile(claims).findings
    both = [f for f in findings if {"a.md#1", "a.md#2"} <= set(f.claim_ids)]
    assert [(f.verdict.value, f.detail) for f in both] == [("conflict", "sources_differ")]


@pytest.mark.parametrize(("lang", "text"), [
    # two cities' counts claimed by one union: a list, not a disagreement
    ("fr", "Jeudi 5 mars, la CGT revendique 45 000 manifestants à Marseille et 30 000 à "
           "Lyon."),
    # one side's counts of two things
    ("fr", "Jeudi 5 mars, la préfecture recense 3 200 manifestants et 14 interpellations."),
    ("en", "On Thursday the union claimed 48,000 marchers in Paris and 21,000 in Lyon."),
])
def test_one_side_giving_two_figures_is_no_conflict(lang: str, text: str) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    assert len(claims) >= 2
    assert all(f.verdict.value != "conflict" for f in reconcile(claims).findings)


@pytest.mark.parametrize(("lang", "text", "sources"), [
    # the source named after the second figure is the second figure's
    ("fr", "À Marseille, la préfecture a compté 18.000 manifestants, contre 95.000 selon la "
           "CGT.", {"18.000": "préfecture", "95.000": "CGT"}),
    ("fr", "La police a dénombré 4.200 manifestants à Rennes, contre 9.000 d'après "
           "l'intersyndicale.", {"4.200": "police", "9.000": "intersyndicale"}),
    # with no verb of its own, a list takes the source named at its end
    ("fr", "Jeudi, 3 000 personnes ont défilé à Lyon et 2 000 à Grenoble, selon la police.",
     {"3 000": "police", "2 000": "police"}),
    ("en", "About 21,000 people marched in Lyon and 18,500 in Nantes, according to the "
           "ministry.", {"About 21,000": "ministry", "18,500": "ministry"}),
])
def test_a_source_named_after_another_figure_is_that_figures(
    lang: str, text: str, sources: dict[str, str]
) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    got = {c.surface: c.actor for c in claims}
    assert {s: got.get(s) for s in sources} == sources


def test_the_official_count_and_the_unions_in_one_sentence_conflict() -> None:
    text = ("Jeudi 5 mars, à Marseille, la préfecture a compté 18.000 manifestants, contre "
            "95.000 selon la CGT.")
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    findings = [f for f in reconcile(claims).findings if len(set(f.claim_ids)) > 1]
    assert [(f.verdict.value, f.detail) for f in findings] == [("conflict", "sources_differ")]
