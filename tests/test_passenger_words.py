"""French copy names passengers "voyageurs" as often as "passagers"; English wires write
"passengers". One line's daily riders or one train's passengers told in both languages must meet
as one quantity (heldout23: one line's daily passengers, told in English and in French with the
same figure, never met). Real instances read (search, corpus pages): BFM TV (a train that
hit a lorry, those aboard counted as voyageurs), TF1 Info and France TV Info (both words for the
same people of one train), Tendance Ouest / AFP (passagers of a regional train). Sentences of our
own, other numbers and places.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.evidence import WEAK_CAP
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 4, 2)


def _verdicts(en: str, fr: str) -> set[str]:
    """The verdicts of the findings between the two articles a reader is shown (a weak
    conflict stays under the report's default confidence)."""
    a = extract_text(en, lang="en", published=PUBLISHED, article_id="en")
    b = extract_text(fr, lang="fr", published=PUBLISHED, article_id="fr")
    return {f.verdict.value for f in reconcile(a + b).findings
            if f.confidence > WEAK_CAP and any(i.startswith("en#") for i in f.claim_ids)
            and any(i.startswith("fr#") for i in f.claim_ids)}


@pytest.mark.parametrize(("en", "fr", "verdict"), [
    ("The line carries about 3,900 passengers a day, the operator said.",
     "La ligne est empruntée par environ 3 900 voyageurs par jour, selon l'opérateur.",
     "consistent"),
    ("The night train to Kosice was carrying 212 passengers when it derailed on Sunday.",
     "Le train de nuit pour Kosice, qui a déraillé dimanche, transportait 221 voyageurs.",
     "conflict"),
])
def test_voyageurs_and_passengers_are_one_quantity(en: str, fr: str, verdict: str) -> None:
    assert verdict in _verdicts(en, fr)


@pytest.mark.parametrize(("en", "fr"), [
    # one word for passengers does not make two places one
    ("In Marseille, the metro carried 14,000 passengers on Tuesday during the strike.",
     "À Lyon, le métro a transporté 15 000 voyageurs mardi pendant la grève."),
    # nor two lines one
    ("Line 2 carries about 3,900 passengers a day.",
     "La ligne 5 est empruntée par environ 5 100 voyageurs par jour."),
])
def test_passengers_of_two_places_or_lines_stay_apart(en: str, fr: str) -> None:
    assert "conflict" not in _verdicts(en, fr)
