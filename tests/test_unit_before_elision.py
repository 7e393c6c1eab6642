"""A unit is never the first letter of an elided word.

French copy names who pays right after an amount: "une aide de 7 millions d'euros par l'ARS",
"un chèque de 3 M€ par l'Ademe", "40 000 euros par l'intermédiaire d'un cabinet". The price
pattern ("1,87 €/l", "1,74 euro le litre") read the "l" of "l'ARS" as litres and made the
amount a price per litre, so it never met the same amount told without its payer. An
apostrophe right after a unit's letters opens an elided word, not a unit. Real instances read
before the rule: an ARS grant "allouée par l'agence régionale de santé" (APMnews), subsidies
"versées par l'État" to towns (Banque des territoires), the State "débloque, par l'intermédiaire
du ministre" an amount (Clubic). Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from reconcile.pipeline import reconcile
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 6, 10)

ROWS = [
    row("fr", "Le centre reçoit une aide de 4,2 millions d'euros par l'ARS Normandie.",
        [{"surface": "4,2 millions d'euros", "unit": "EUR"}], id="fr-par-l-ars"),
    row("fr", "Un chèque de 3 M€ par l'Ademe a été signé mardi.",
        [{"surface": "3 M€", "unit": "EUR"}], id="fr-m-euro-par-l-ademe"),
    row("fr", "Une rallonge de 1,6 million de dollars par l’ONU est attendue.",
        [{"surface": "1,6 million de dollars", "unit": "USD"}], id="fr-curly-apostrophe"),
    row("fr", "Un contrat de 38 000 euros par l'intermédiaire d'un cabinet.",
        [{"surface": "38 000 euros", "unit": "EUR"}], id="fr-par-l-intermediaire"),
    # a price per litre stays one
    row("fr", "Le gazole s'affichait à 1,83 €/l dans le Var.",
        [{"surface": "1,83 €/l", "unit": "EUR/liter"}], id="fr-slash-l-kept"),
    row("fr", "Le sans-plomb coûtait 1,96 euro par litre lundi.",
        [{"surface": "1,96 euro par litre", "unit": "EUR/liter"}], id="fr-par-litre-kept"),
    row("fr", "L'or valait 2 410 dollars l'once vendredi.",
        [{"unit": "USD/troy_ounce"}], id="fr-l-once-kept"),
    row("fr", "Le prix a atteint 2,05 euros le litre, par l'effet des taxes.",
        [{"surface": "2,05 euros le litre", "unit": "EUR/liter"}], id="fr-le-litre-kept"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_an_elided_article_is_no_unit(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected, exact_count=False)


def test_an_amount_with_its_payer_meets_the_same_amount_told_without() -> None:
    """The same grant told twice, once with its payer: one quantity, consistent."""
    first = extract_text(
        "La région obtient une enveloppe de 2,7 millions d'euros par l'État.",
        lang="fr", published=DAY, article_id="a.md",
    )
    second = extract_text(
        "La région obtient une enveloppe de 2,7 millions d'euros.",
        lang="fr", published=DAY, article_id="b.md",
    )
    report = reconcile(first + second)
    assert any(len(g.claim_ids) == 2 for g in report.groups), report.groups
    assert not [f for f in report.findings if f.verdict == "conflict"]
