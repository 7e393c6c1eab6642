"""Figures given in a list of several things, and a figure after the list that names none
("2 300 manifestants et 640 tracteurs selon la préfecture, « plus de 9 000 » selon les syndicats").

* The second figure's event is never the first figure's noun: "manifestants" is what the first
  figure counts, not something that happened to the tractors (``frame_slots``). Read as one
  event, the tractor counts of two articles took a slot the marchers' figures fill, and the
  report lost their disagreement.
* A bare figure after a list of several things counts no one of them for sure: its counted
  thing is left unread (not compared), never the last noun of the list; after a list of one
  thing ("3 000 manifestants selon la préfecture, 12 000 selon les organisateurs") it still
  counts that thing. Read as the tractors, the unions' marchers "conflicted" with the
  ministry's tractors.
* A figure quoted alone takes the noun after the quote ("revendiquent « plus de 40 000 »
  participants"); a quote that holds a sentence does not.

Sentences of our own in the style of farm-protest and strike-day copy."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 12, 3)


def _claim(lang: str, sentence: str, surface: str):
    claims = extract_text(sentence, lang=lang, published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface == surface]
    assert found, [c.surface for c in claims]
    return found[0]


EVENTS = [
    # (language, sentence, figure, its event: None, or the event it keeps)
    ("fr", "La préfecture a recensé 2 300 manifestants et 640 tracteurs jeudi.", "640", None),
    ("fr", "Le ministère a compté jeudi 7 200 grévistes et 310 tracteurs sur les routes.", "310",
     None),
    ("en", "Police counted 3,100 marchers and 420 tractors on Thursday.", "420", None),
    ("en", "Police counted 3,100 protesters and 420 tractors on Thursday.", "420", None),
    # the first figure's own event stays, and an event word of the second figure's own
    ("fr", "La préfecture a recensé 2 300 manifestants et 640 tracteurs jeudi.", "2 300",
     "manifestants"),
    ("en", "Police counted 3,100 marchers and 420 tractors on Thursday.", "3,100", "marchers"),
    ("en", "Police arrested 40 people and charged 12 on Friday.", "12", "charged"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "event"), EVENTS)
def test_a_listed_figure_takes_no_event_from_the_figure_before(
    lang: str, sentence: str, surface: str, event: str | None
) -> None:
    assert _claim(lang, sentence, surface).event == event


COUNTED = [
    # (language, sentence, figure, what it counts: "" when the text leaves it unsaid)
    ("fr", "Mobilisation : 2 300 manifestants et 640 tracteurs selon la préfecture, « au moins "
           "5 000 » selon les syndicats", "au moins 5 000", ""),
    ("en", "Farm protest: 3,100 marchers and 420 tractors according to police, 9,000 according "
           "to organisers", "9,000", ""),
    ("fr", "Grève : 700 000 manifestants et 2 300 rassemblements selon l'Intérieur, 1,6 million "
           "selon la CGT", "1,6 million", ""),
    # after a list of one thing, the bare figure counts it
    ("fr", "3 000 manifestants selon la préfecture, 12 000 selon les organisateurs.", "12 000",
     "manifestants"),
    ("en", "Some 3,100 marchers according to police, 9,000 according to organisers.", "9,000",
     "marchers"),
    # a figure quoted alone, then its noun
    ("fr", "Les syndicats revendiquent « plus de 40 000 » participants.", "plus de 40 000",
     "participants"),
    ("en", "Organisers claimed “more than 40,000” participants on Thursday.", "more than 40,000",
     "participants"),
    ("en", 'Organisers claimed "more than 40,000" participants on Thursday.', "more than 40,000",
     "participants"),
    # a quote that holds a sentence: what follows is no noun of the figure
    ("fr", "« On était 3 000 », a dit un responsable syndical.", "3 000", ""),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "counted"), COUNTED)
def test_what_a_figure_after_a_list_counts(lang: str, sentence: str, surface: str,
                                           counted: str) -> None:
    assert _claim(lang, sentence, surface).counted == counted


NATIONAL = ("Colère paysanne : 2 300 manifestants et 640 tracteurs selon l'Intérieur, « au moins "
            "9 000 » selon les syndicats\n\n"
            "Le ministère de l'Intérieur a recensé jeudi 2 300 manifestants et 640 tracteurs sur "
            "48 points de blocage.\n\n"
            "Les syndicats revendiquent pour leur part « au moins 9 000 » participants.")
REGIONAL = ("Au niveau national, le ministère de l'Intérieur a recensé jeudi 2 300 manifestants et "
            "910 tracteurs.")


def test_the_tractors_of_two_articles_meet_and_the_unions_figure_stays_out_of_them() -> None:
    a = extract_text(NATIONAL, lang="fr", published=PUBLISHED, article_id="a.md")
    b = extract_text(REGIONAL, lang="fr", published=date(2026, 12, 4), article_id="b.md")
    claims = [*a, *b]
    surface = {c.id: c.surface for c in claims}
    result = reconcile(claims)
    tractors = {c.id for c in claims if c.surface in ("640", "910")}
    assert any(tractors <= {m.claim_id for m in g.members} for g in result.groups)
    for finding in result.findings:
        figures = {surface[i] for i in finding.claim_ids}
        if finding.verdict is Verdict.conflict and figures & {"640", "910"}:
            assert figures <= {"640", "910"}, finding.explanation
