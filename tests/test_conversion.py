"""N9: a figure restated in another unit in one sentence ("30,000 acres, or 12,100 hectares",
"12 miles (19 km)") is checked with the precision printed (reconcile/structural/conversion.py,
``conversion_checks``). Writers round conversions, so a round figure is read as rounded; a gap
that no rounding explains (a wrong unit, a wrong factor) is a conflict. Money is never
converted. Sentences of our own, in the style of the news each class was seen in.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 8, 20)


def conversions(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    found = reconcile(claims).findings
    return [f for f in found if f.detail == "conversion"], found


HOLDS = [
    ("en", "The Ridgeline fire has scorched more than 30,000 acres, or 12,100 hectares."),
    ("en", "The new cycle path runs 12 miles (19 km) along the old railway."),
    ("en", "Volunteers replanted 50 hectares (120 acres) of burnt pine forest."),
    ("en", "A second blaze destroyed 10,000 acres (4,000 hectares) of scrub near the coast."),
    ("en", "Each year fires clear about 9 million acres (3.6 million hectares) of land."),
    ("fr", "L'incendie a parcouru 30 000 acres, soit 12 100 hectares, en trois jours."),
    ("fr", "La digue mesure 4,5 kilomètres, soit près de 2,8 miles."),
    ("fr", "Les flammes ont détruit 2 600 hectares, soit 26 km², selon les pompiers."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_a_conversion_that_holds_is_consistent(lang: str, text: str) -> None:
    checks, found = conversions(lang, text)
    assert [f.verdict for f in checks] == [Verdict.consistent], found
    assert not [f for f in found if f.verdict is Verdict.conflict], found


WRONG = [
    # hectares and acres swapped, miles taken for kilometres, km² for hectares
    ("en", "The fire grew to 12,000 acres, or 12,000 hectares, by Tuesday night."),
    ("en", "The evacuation zone stretches 20 miles (20 km) east of the plant."),
    ("fr", "Le feu a brûlé 4 000 hectares, soit 400 km², selon la préfecture."),
    ("fr", "Le tracé de la course fait 42 kilomètres, soit 42 miles."),
]


@pytest.mark.parametrize(("lang", "text"), WRONG)
def test_a_conversion_no_rounding_explains_is_a_conflict(lang: str, text: str) -> None:
    checks, found = conversions(lang, text)
    assert [f.verdict for f in checks] == [Verdict.conflict], found
    assert "no rounding explains" in checks[0].explanation
    # the pair is judged once, by the conversion check
    conflicts = [f for f in found if f.verdict is Verdict.conflict]
    assert conflicts == checks


NOT_A_CONVERSION = [
    ("en", "The group reported revenue of $1.2 billion (€1.1 billion) last year."),
    ("en", "Temperatures reached 104F (40C) in the valley on Monday."),
    ("en", "Crews burned 3,000 acres and 200 hectares of grassland in two separate fires."),
    ("fr", "Le premier feu a détruit 800 hectares et le second 300 acres."),
    ("fr", "La route fait 12 kilomètres, et le sentier 3 kilomètres."),
    # alternatives, not a restatement
    ("en", "Runners can pick the 3 miles or 10 km course on Sunday."),
    ("fr", "Les coureurs choisiront entre 5 miles ou 21 kilomètres."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_CONVERSION)
def test_figures_that_are_not_a_restatement_are_not_checked(lang: str, text: str) -> None:
    checks, found = conversions(lang, text)
    assert checks == [], found
