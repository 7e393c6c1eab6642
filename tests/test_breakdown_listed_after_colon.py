"""``breakdown`` for a total followed by the list of its parts after a colon ("Ces attaques ont
fait 1 013 victimes, en grande majorité des ovins : 941 brebis et agneaux, 48 caprins et 16
bovins": 1 005, not 1 013).

The class, pooled: heldout20 fr03 (a wolf-attack toll split by species after a colon: the
parts never met the total); in real copy, AFP's recount of a storm's dead (2010: 47 deaths
"officially linked to the storm: 29 in one département, 12 in another, one, two, two and one"
in four more), and lists of the same shape in casualty reports (Ukrainian police tolls split by
cause or by sex, 2023). Traps: a list the text marks as partial ("In particular:", "dont",
"notamment"), a list left open (no "and"/"et" before its last part), a list far below its total
(the main parts only), a colon with no total before it in its sentence ("Bilan : 12 morts et 40
blessés" after another sentence's count), and a clock time. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile


def _breakdowns(lang: str, text: str) -> list[tuple[str, list[float]]]:
    """The ``breakdown`` findings of one article: verdict, and the values it names."""
    claims = extract_text(text, lang=lang, published=date(2026, 11, 17), article_id="a.md")
    value = {c.id: c.value for c in claims}
    return sorted((f.verdict.value, sorted(value[i] or 0 for i in f.claim_ids))
                  for f in reconcile(claims).findings if f.detail == "breakdown")


CHECKED = [
    ("fr", "Depuis janvier, les attaques ont fait 742 victimes dans les troupeaux de l'Isère, "
           "surtout des ovins : 688 brebis et agneaux, 37 caprins et 9 bovins, selon la DDT.",
     [("conflict", [9, 37, 688, 742])]),
    ("fr", "Depuis janvier, les attaques ont fait 734 victimes dans les troupeaux de l'Isère, "
           "surtout des ovins : 688 brebis et agneaux, 37 caprins et 9 bovins, selon la DDT.",
     [("consistent", [9, 37, 688, 734])]),
    ("en", "The prefecture counted 53 deaths linked to the flood: 31 in Varenne, 14 in Lozay, "
           "five in Brissac and three in Moulins.",
     [("consistent", [3, 5, 14, 31, 53])]),
    ("en", "The prefecture counted 56 deaths linked to the flood: 31 in Varenne, 14 in Lozay, "
           "five in Brissac and three in Moulins.",
     [("conflict", [3, 5, 14, 31, 56])]),
    # a sum above the total is a conflict however far
    ("en", "The prefecture counted 41 deaths linked to the flood: 31 in Varenne, 14 in Lozay "
           "and three in Moulins.",
     [("conflict", [3, 14, 31, 41])]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHECKED)
def test_a_closed_list_after_a_colon_adds_up_to_its_total(lang, text, expected) -> None:
    assert _breakdowns(lang, text) == expected


NOT_CHECKED = [
    # the text marks the list as partial
    ("en", "Police have recorded 16,480 dead since the war began, in particular: 4,712 in "
           "Doneva, 3,790 in Harkiv and 2,210 in Mykol."),
    ("fr", "La tempête a fait 53 morts, notamment : 29 en Vendée et 12 en Charente-Maritime."),
    # a list left open: no "and" before its last part
    ("en", "The prefecture counted 56 deaths linked to the flood: 31 in Varenne, 14 in Lozay, "
           "five in Brissac, three in Moulins."),
    # far below the total: the main parts only
    ("fr", "Les attaques ont fait 742 victimes cette année : 410 brebis et 37 caprins."),
    # no total before the colon in its sentence
    ("fr", "Le carambolage a impliqué 80 véhicules sur l'A7. Bilan : 12 morts et 40 blessés."),
    # a clock time is no list mark
    ("en", "By 14:30 officials had counted 212 evacuees, 120 in shelters and 70 with family."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_breakdown_without_a_closed_list_after_its_total(lang, text) -> None:
    assert _breakdowns(lang, text) == []
