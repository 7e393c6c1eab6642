"""A rate that refers back to a level with no span ("As of November 30 the shelters housed
1,430 families. The figure was 18% higher than in October, when they housed 1,150") must not
stop the report. The level is a stock at a day (or has no period at all), so there is no span
"just before" it to name: the step-back check reads nothing, and the rest of the report goes
on. Before the fix, ``names_the_step_before`` asserted a bounded level and ``reconcile
report`` died with a traceback on real text of this shape (a stock "as of" a day, then "the
figure was N% higher than in <month>"). Every level phrasing is crossed with every rate
phrasing, in English and French; sentences are our own."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2025, 12, 4)

LEVELS = {
    "en": [
        "As of November 30, the city's shelters housed 1,430 families.",
        "The city's shelters now house 1,430 families.",
        "The city's shelters housed 1,430 families, officials said on Wednesday.",
        "So far this year the city's shelters have housed 1,430 families.",
    ],
    "fr": [
        "Au 30 novembre, les centres d'hébergement de la ville accueillaient 1 430 familles.",
        "Les centres d'hébergement de la ville accueillent désormais 1 430 familles.",
        "Depuis le début de l'année, les centres d'hébergement ont accueilli 1 430 familles.",
    ],
}
RATES = {
    "en": [
        "The figure was 18% higher than in October, when the shelters housed 1,150 families.",
        "The figure was 18% higher than in October.",
        "That is 18% more than the previous month.",
    ],
    "fr": [
        "C'est 18 % de plus qu'en octobre, quand les centres accueillaient 1 150 familles.",
        "C'est 18 % de plus que le mois précédent.",
    ],
}
CASES = [(lang, level, rate)
         for lang in LEVELS for level, rate in product(LEVELS[lang], RATES[lang])]


@pytest.mark.parametrize(("lang", "level", "rate"), CASES)
def test_a_step_back_from_a_level_with_no_span_reads_nothing_and_does_not_stop(
    lang, level, rate
) -> None:
    findings = findings_of(f"{level}\n\n{rate}", lang, PUBLISHED, "stated_change")
    assert Verdict.conflict not in [verdict for verdict, _ in findings]
