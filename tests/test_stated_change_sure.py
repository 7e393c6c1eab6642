"""A stated change its two levels do not make is a conflict a reader is shown (issue 9): what
the change figure is read as a share of says nothing of the levels it compares.

The class, as read in migration, asylum and trade bulletins: "fait état de 5 310 arrivées au 15
novembre, contre 4 020 sur la même période de 2025, soit une hausse de 38 %" (+32.1 %): the
change, said after its two levels, is read with the level's counted words as its whole, and
that whole, named on the change alone, made the conflict unsure (confidence 0.4, hidden by
default). The two levels must still measure one quantity: levels of two places stay unsure.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 20)
SHOWN = 0.5  # the report's default --min-confidence


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str], float]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids), f.confidence)
            for f in reconcile(claims).findings if f.detail == "stated_change"]


SURE = [
    ("fr", "Selon le bilan publié mercredi par le ministère, qui fait état de 5 310 arrivées de "
           "mineurs au 15 novembre, contre 4 020 sur la même période de 2025, soit une hausse "
           "de 38 %.", ["38 %", "4 020", "5 310"]),
    ("fr", "La préfecture fait état de 2 740 demandes d'asile au 31 octobre, contre 2 150 un an "
           "plus tôt, soit une hausse de 35 %.", ["2 150", "2 740", "35 %"]),
    ("en", "The ministry reported 8,240 arrivals of migrants as of Nov. 15, against 6,120 in the "
           "same period of 2025, an increase of 42 percent.", ["42 percent", "6,120", "8,240"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), SURE)
def test_a_change_read_with_a_whole_is_still_a_sure_conflict(lang, text, figures) -> None:
    found = _changes(lang, text)
    assert [(v, f) for v, f, _ in found] == [(Verdict.conflict, figures)]
    assert found[0][2] >= SHOWN


UNSURE = [
    # the two levels name two places: not one quantity at two times
    ("fr", "Le ministère fait état de 8 240 arrivées aux Canaries au 15 novembre, contre 6 120 à "
           "Ceuta sur la même période de 2025, soit une hausse de 42 %."),
]


@pytest.mark.parametrize("text", [t for _, t in UNSURE])
def test_a_change_between_levels_of_two_places_stays_unsure(text) -> None:
    found = _changes("fr", text)
    assert [v for v, _, _ in found] == [Verdict.conflict]
    assert found[0][2] < SHOWN
