"""A planned value ("will rise to ten years", "passera à 10 ans") is marked ``planned`` from the
language tables, and against the value that holds now it is a ``change``, never a conflict
(FIELD_NOTES Q8). Sentences of our own, in the style of real news."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Modality
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 11, 5)

MODALITY = [
    # (language, sentence, surface, expected modality)
    ("en", "Under the new law the maximum penalty will rise to 12 years in prison.", "12 years",
     Modality.planned),
    ("en", "The minimum wage is set to rise to $17.50 an hour in January.", "$17.50",
     Modality.planned),
    ("en", "The regional fleet is expected to reach 340 buses by 2027.", "340", Modality.planned),
    ("en", "Under the proposal, the weekly cap would be raised to 48 hours.", "48 hours",
     Modality.planned),
    ("en", "About 2,400 new beds are planned across the region.", "About 2,400",
     Modality.planned),
    ("en", "The hourly rate for apprentices is to increase to £8.45 from April next year.",
     "£8.45", Modality.planned),
    ("en", "Bus fares are set to rise above $3 in the spring.", "above $3", Modality.planned),
    ("en", "The fine could reach $8,000 for repeat offenders.", "$8,000", Modality.hedged),
    ("en", "The offence is punishable by up to seven years in prison.", "up to seven years",
     Modality.stated),
    ("en", "Police said 214 people were arrested and will be charged.", "214", Modality.stated),
    ("fr", "La durée du mandat passera à sept ans à partir de 2026.", "sept ans",
     Modality.planned),
    ("fr", "Le plafond sera porté à 1 800 euros par mois.", "1 800 euros", Modality.planned),
    ("fr", "Le nombre de lits devrait atteindre 4 300 en 2027.", "4 300", Modality.planned),
    ("fr", "Au total, 650 logements sociaux sont prévus dans le quartier.", "650",
     Modality.planned),
    ("fr", "Le nombre de bornes devrait grimper à 7 500 d'ici 2027.", "7 500", Modality.planned),
    ("fr", "L'enveloppe pourrait atteindre 90 millions d'euros.", "90 millions d'euros",
     Modality.hedged),
    ("fr", "Ce délit est aujourd'hui puni de cinq ans d'emprisonnement.", "cinq ans",
     Modality.stated),
    ("fr", "Les gendarmes ont interpellé 38 personnes, qui seront jugées en mars.", "38",
     Modality.stated),
    # a mark a toll is expected to pass (read on earthquake and flood copy): a projection, in
    # the three languages; the mark passed already is a count
    ("fr", "Le bilan pourrait dépasser les 1 500 morts, selon les secours.", "1 500",
     Modality.hedged),
    ("fr", "Le nombre de sinistrés risque de dépasser les 40 000.", "40 000", Modality.hedged),
    ("fr", "Le bilan devrait dépasser 600 morts d'ici la fin de la semaine.", "600",
     Modality.planned),
    ("fr", "Le bilan vient de dépasser les 600 morts.", "dépasser les 600", Modality.stated),
    ("en", "The number of dead is expected to exceed 2,500, officials said.", "2,500",
     Modality.hedged),
    ("en", "Deaths could surpass 8,000, the agency warned.", "8,000", Modality.hedged),
    ("en", "The toll exceeded 2,500 on Wednesday.", "exceeded 2,500", Modality.stated),
    ("ko", "사망자가 5천 명을 넘어설 가능성이 크다.", "5천 명을 넘어", Modality.planned),
    ("ko", "사망자가 5천 명 이상일 확률은 64%로 추정됐다.", "5천 명 이상", Modality.planned),
    ("ko", "사망자가 5천 명을 넘어섰다.", "5천 명을 넘어", Modality.stated),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "expected"), MODALITY)
def test_modality_is_read_from_the_language_tables(
    lang: str, sentence: str, surface: str, expected: Modality
) -> None:
    claims = extract_text(sentence, lang=lang, published=PUBLISHED)
    found = {c.surface: c.modality for c in claims}
    assert found.get(surface) == expected, found


PLANNED_AGAINST_CURRENT = [
    ("en", "Under the bill, the maximum prison sentence for fraud will rise to 12 years.",
     "The maximum prison sentence for fraud is eight years."),
    ("fr", "La peine maximale encourue passera à 10 ans l'an prochain.",
     "Aujourd'hui, la peine maximale encourue est de six ans."),
    ("fr", "Le nombre de places en crèche devrait atteindre 5 400 en 2026.",
     "Le nombre de places en crèche est de 3 900 en 2026, selon la mairie."),
]


@pytest.mark.parametrize(("lang", "planned", "current"), PLANNED_AGAINST_CURRENT)
def test_a_planned_value_never_conflicts_with_the_current_one(
    lang: str, planned: str, current: str
) -> None:
    claims = [
        *extract_text(planned, lang=lang, published=PUBLISHED, article_id="a.md"),
        *extract_text(current, lang=lang, published=PUBLISHED, article_id="b.md"),
    ]
    assert any(c.modality is Modality.planned for c in claims)
    findings = reconcile(claims).findings
    assert not [f for f in findings if f.verdict is Verdict.conflict], findings
    # compared as the same period, a change; with the planned value dated later, a timeline
    assert {f.verdict for f in findings} <= {Verdict.change, Verdict.period_mismatch}, findings
    assert all(f.detail == "planned" for f in findings if f.verdict is Verdict.change)


def test_two_current_values_still_conflict() -> None:
    """The planned rule must not hide a real disagreement between two current values."""
    claims = [
        *extract_text("The maximum sentence for the offence is 12 years.", lang="en",
                      published=PUBLISHED, article_id="a.md"),
        *extract_text("The maximum sentence for the offence is eight years.", lang="en",
                      published=PUBLISHED, article_id="b.md"),
    ]
    verdicts = {f.verdict for f in reconcile(claims).findings}
    assert Verdict.conflict in verdicts
