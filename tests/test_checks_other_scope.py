"""Structural checks that must stay silent when the figures' words point at another population
(the reviewer's probes of issue 9): a share "of the total" that names another scope ("soit 30 %
du total régional" beside a national count), a rest word that frames a population within the
rest ("of the remaining, 40 are in intensive care", "dans les autres, 12 routes", "나머지
지역에서는 학교 90곳"), opposite answers to two questions or two votes ("310 pour la motion et
290 contre le budget"), and a part broken down again inside the list ("120 were hospitalised,
including 40 in intensive care, and the remaining 180 went home"). The controls beside them
keep the checks' recall where the words do close the list. Sentences are our own, in the style
of casualty updates, regional health counts and parliamentary votes."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 11, 20)

SILENT = [
    ("share_of_total", "fr", "La France a recensé 9 000 cas de rougeole cette année. Marseille "
                             "en compte à elle seule 1 200, soit 30 % du total régional."),
    ("share_of_total", "fr", "La région a compté 9 000 demandes en 2025. Le Nord en a enregistré "
                             "2 100, soit 38 % du total national."),
    ("share_of_total", "en", "Unemployment claims in Ohio totalled 12,000 last week. Cleveland "
                             "accounted for 1,800 claims, or 25% of the total in Cuyahoga "
                             "County."),
    ("breakdown", "en", "Of the 300 patients admitted, 120 were discharged on Monday and of the "
                        "remaining, 40 are in intensive care."),
    ("breakdown", "en", "Of the 300 injured, 120 were hospitalised and in the other hospitals, "
                        "40 were treated as outpatients."),
    ("breakdown", "fr", "Sur les 300 blessés, 120 ont été hospitalisés à Lyon; parmi les autres, "
                        "40 ont été soignés sur place."),
    ("breakdown", "fr", "Les crues ont touché 96 communes, dont 40 dans le Gard et dans les "
                        "autres départements 12 communes seulement."),
    ("breakdown", "ko", "피해 주택은 1천200채로, 이 가운데 북부가 700채, 동부가 300채였고 나머지 "
                        "지역에서는 학교 90곳이 피해를 입었다."),
    ("breakdown", "en", "Of the 1,000 respondents, 620 said yes to the first question and 540 "
                        "said no to the second."),
    ("breakdown", "fr", "Sur les 577 députés, 310 ont voté pour la motion et 290 contre le "
                        "budget."),
    ("breakdown", "en", "Of the 300 injured, 120 were hospitalised, including 40 in intensive "
                        "care, and the remaining 180 went home."),
]


@pytest.mark.parametrize(("detail", "lang", "text"), SILENT)
def test_figures_of_another_population_are_not_checked(detail, lang, text) -> None:
    assert findings_of(text, lang, PUBLISHED, detail) == []


CHECKED = [
    ("share_of_total", "fr", "Les ventes ont atteint 1 250 unités, dont 410, soit 38 % du "
                             "total, selon le constructeur.", Verdict.conflict,
     ["1 250", "38 %", "410"]),
    ("breakdown", "en", "Of the 300 injured, 120 were hospitalised and the remaining 150 went "
                        "home.", Verdict.conflict, ["120", "150", "300"]),
    ("breakdown", "fr", "Sur les 577 députés, 310 ont voté pour la motion et 290 contre la "
                        "motion.", Verdict.conflict, ["290", "310", "577"]),
    ("breakdown", "en", "Of the 1,000 delegates, 620 voted for the motion and 440 against it.",
     Verdict.conflict, ["1,000", "440", "620"]),
]


@pytest.mark.parametrize(("detail", "lang", "text", "verdict", "figures"), CHECKED)
def test_figures_of_one_population_are_still_checked(detail, lang, text, verdict,
                                                      figures) -> None:
    assert findings_of(text, lang, PUBLISHED, detail) == [(verdict, figures)]
