"""Three classes of numbers that are no figure, each with its negative rows. Sentences our own.

The number of a French department right after an organisation's acronym names its local
branch ("la FDSEA 29", "les JA 22", "le SNES-FSU 72", "la CGT 974"), as "dans le 93" names a
department: regional copy writes these names in every farm, school and union story. A unit
after it, a comma before a count, or a number no department has keeps the figure."""

from __future__ import annotations

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

ROWS = [
    row("fr", "La FDSEA 29 et les JA 29 revendiquent 1 500 manifestants.",
        [{"value": 1500}], id="fdsea-and-ja"),
    row("fr", "« Les prix ne suivent pas », regrette Claire Jaouen, présidente des JA 22.", [],
        id="presidente-des-ja"),
    row("fr", "Le SNES-FSU 72 avance un chiffre plus élevé : 48 % de grévistes.",
        [{"value": 48, "unit": "percent"}], id="snes-fsu"),
    row("fr", "La CGT 974 appelle à une nouvelle journée de grève jeudi.", [],
        id="cgt-outre-mer"),
    # negative rows: a unit after, a comma before the count, a number no department has
    row("fr", "Selon la CGT 38 % des agents ont cessé le travail.",
        [{"value": 38, "unit": "percent"}], id="cgt-percent-stays"),
    row("fr", "Selon la CGT, 80 manifestants ont défilé à Laval.", [{"value": 80}],
        id="comma-count-stays"),
    row("fr", "Selon la CFDT 1 200 grévistes ont été recensés.", [{"value": 1200}],
        id="out-of-range-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_a_branch_number_is_a_name(lang, text, expected):
    assert_claims(extract_text(text, lang=lang), expected)


HALF_MAST = [
    row("en", "Flags were lowered to half mast outside the town hall on Tuesday.", [],
        id="half-mast"),
    row("en", "Flags will stay at half staff at the 12 state offices until Friday.",
        [{"value": 12}], id="half-staff"),
    # negative row: a share stays
    row("en", "Half of the 40 passengers were children.",
        [{"value": 50, "unit": "percent"}, {"value": 40}], id="half-of-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HALF_MAST)
def test_half_mast_is_no_share(lang, text, expected):
    """ "at half mast", "at half staff": flags of mourning (real disaster and funeral copy),
    not half of anything."""
    assert_claims(extract_text(text, lang=lang), expected)


INDEX_BASES = [
    row("en", "The services index stood at 108.7 in June, with 2021 as the base year of 100.",
        [{"value": 108.7}], id="base-year-of-100"),
    row("en", "The producer price index (2015=100) rose to 121.6 in May.",
        [{"value": 121.6}], id="year-equals-100"),
    row("fr", "L'emploi intérimaire (indice base 100 au 1er trimestre 2019) atteint 96,4.",
        [{"value": 96.4}], id="fr-indice-base-100"),
    # negative rows: a count of 100 after the same words stays
    row("en", "The depot kept a base of 100 workers through the winter.",
        [{"value": 100, "counted_contains": "workers"}], id="base-of-100-workers-stays"),
    row("fr", "La base compte 100 militaires.", [{"value": 100}], id="fr-base-compte-100-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INDEX_BASES)
def test_an_index_base_is_no_figure(lang, text, expected):
    """ "base year of 100", "(2015=100)", "indice base 100": the value an index is set to in its
    base period (statistics releases in every language), not a figure of its own."""
    assert_claims(extract_text(text, lang=lang), expected)
