"""An amount of stuff no phrase dates is read at publication, as a count is
(claims/figure_model.py ``read_at_publication``; DESIGN "Periods", "Verdicts").

Read on real news: garbage piling up in Paris streets during the 2023 binmen's strike, given in
tonnes by articles of different days (about 5 400, then 7 000, then over 10 000) with no time
word of their own; hectares burned in a wildfire's running total; cubic metres of water released
from a dam. Two articles of different days give two readings of an amount that grows, not one
figure twice: read as about the other's day, they made false conflicts. A share, a sum of money
and a duration are no such running amount and keep no period.

Our own sentences, other places and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 2, 13)

READ_AT_PUBLICATION = [
    ("fr", "Marseille croule sous ses 5 600 tonnes de déchets qui s'entassent sur les trottoirs.",
     "5 600 tonnes"),
    ("en", "Some 3,800 tonnes of rubbish lie uncollected in the streets of Lisbon.",
     "3,800 tonnes"),
    ("ko", "리스본 거리에는 수거되지 않은 쓰레기 약 3800톤이 쌓여 있다.", "3800톤"),
    ("fr", "Le feu a déjà parcouru 1 250 hectares de garrigue.", "1 250 hectares"),
]

NO_PERIOD = [
    ("fr", "La ville a débloqué une aide de 3 millions d'euros pour les commerçants.",
     "3 millions"),
    ("en", "About 42% of residents said they had stopped putting bins out.", "42%"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), READ_AT_PUBLICATION)
def test_an_undated_amount_is_read_at_publication(lang: str, text: str, surface: str) -> None:
    claim = next(c for c in extract_text(text, lang=lang, published=PUBLISHED)
                 if surface in c.surface)
    assert claim.period is not None
    assert claim.period.end == PUBLISHED
    assert claim.period.resolution == "publication"


@pytest.mark.parametrize(("lang", "text", "surface"), NO_PERIOD)
def test_money_and_shares_keep_no_period(lang: str, text: str, surface: str) -> None:
    claim = next(c for c in extract_text(text, lang=lang, published=PUBLISHED)
                 if surface in c.surface)
    assert claim.period is None


def test_two_days_readings_of_a_growing_amount_are_no_conflict() -> None:
    earlier = extract_text("Lundi, 3 100 tonnes de déchets s'entassaient dans les rues de "
                           "Marseille.", lang="fr", published=date(2026, 2, 10), article_id="a.md")
    later = extract_text("À Marseille, 5 600 tonnes de déchets s'entassent dans les rues.",
                         lang="fr", published=PUBLISHED, article_id="b.md")
    claims = earlier + later
    surface = {c.id: c.surface for c in claims}
    verdicts = [(f.verdict.value, sorted(surface[i] for i in f.claim_ids))
                for f in reconcile(claims).findings]
    both = [v for v, names in verdicts
            if any("3 100" in n for n in names) and any("5 600" in n for n in names)]
    assert both, verdicts  # they meet in one group ...
    assert both == ["period_mismatch"]  # ... as two readings of different days
