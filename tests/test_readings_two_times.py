"""Two readings of one running count on one day, at two times of it, are two levels, never a
conflict (``reconcile.reading_times``): read on outage and spill copy (AFP's "220 000 foyers
toujours privés d'électricité mardi matin" before the evening's figure; Reuters' outage
factboxes "midday on Thursday" then "early Friday"). The same time named in two languages
("by Tuesday evening" / "mardi soir") is one reading, and a disagreement there stays a conflict.
Our own sentences, other names and numbers."""

from __future__ import annotations

from datetime import date

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 11)


def _verdicts(*articles: tuple[str, str]) -> list[Verdict]:
    claims = []
    for n, (lang, text) in enumerate(articles):
        claims += extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{n}.md")
    return [f.verdict for f in reconcile(claims).findings]


MORNING = ("fr", "Marée noire : le centre de soins déborde.\n\nMardi matin, le centre de soins "
                 "comptait 1 100 tortues mazoutées, selon le ministère.")
EVENING = ("fr", "Marée noire : les tortues affluent.\n\nMardi soir, le centre de soins comptait "
                 "1 240 tortues mazoutées, selon le ministère.")
EVENING_LOWER = ("fr", "Marée noire : les tortues affluent.\n\nMardi soir, le centre de soins "
                       "comptait 980 tortues mazoutées, selon le ministère.")


def test_readings_at_two_times_of_one_day_are_a_period_mismatch() -> None:
    assert _verdicts(MORNING, EVENING) == [Verdict.period_mismatch]


def test_a_stock_that_fell_between_two_times_is_no_conflict() -> None:
    assert Verdict.conflict not in _verdicts(MORNING, EVENING_LOWER)


def test_one_time_told_twice_still_compares() -> None:
    assert Verdict.conflict in _verdicts(EVENING, EVENING_LOWER)
