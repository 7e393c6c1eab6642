"""A stock counted on a day against its level as of that day (``reconcile.stock_day``): people
displaced, missing, homes without power have one level at a time, so "Lundi, l'agence a recensé
5 210 personnes déplacées" and "By Monday, the floods had displaced 5,120 people" give the
same day's level and can conflict; the finding says what it assumed. A day's events (deaths,
evacuations, votes) are the day's count, never its running total. Articles of our own in the
style of agency and wire copy on floods, storms and landslides."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile
from reconcile.stock_day import STOCK_ON_DAY

TUESDAY = date(2026, 3, 17)


def _findings(first: tuple[str, str], second: tuple[str, str]) -> list:
    claims = [
        *extract_text(first[1], lang=first[0], published=TUESDAY, article_id="a.md"),
        *extract_text(second[1], lang=second[0], published=TUESDAY, article_id="b.md"),
    ]
    return [f for f in reconcile(claims).findings
            if len({i.split("#")[0] for i in f.claim_ids}) == 2]


STOCKS = [
    # (« l'agence recensait lundi », the imperfect of counting, is already read as the level as
    # of Monday by extraction: tests/test_periods_fr_stocks_news.py; the passé composé here is
    # the count this module reads as that level.)
    (("en", "By Monday, the floods had displaced 5,120 people in the province, the agency "
            "said."),
     ("fr", "Lundi, l'agence a recensé 5 210 personnes déplacées dans la province.")),
    # ("1,420 people were missing on Monday" is read as the level as of Monday by extraction
    # too: tests/test_periods_levels_trading_en.py; a count of missing people is the count.)
    (("en", "By Monday, 1,240 people were still missing in the province, the agency said."),
     ("en", "On Monday, the agency counted 1,420 missing people in the province.")),
]


@pytest.mark.parametrize(("first", "second"), STOCKS)
def test_a_stock_on_a_day_is_its_level_as_of_that_day(first, second) -> None:
    conflicts = [f for f in _findings(first, second) if f.verdict is Verdict.conflict]
    assert len(conflicts) == 1, conflicts
    assert STOCK_ON_DAY in conflicts[0].assumptions
    assert conflicts[0].confidence < 1.0


NOT_STOCKS = [
    # deaths on Monday are the day's deaths, not the toll as of Monday
    (("en", "By Monday, the floods had killed 52 people in the province, the agency said."),
     ("fr", "Lundi, 25 personnes sont mortes dans la province, selon l'agence.")),
    # evacuations are counted per day as often as in total
    (("en", "By Monday, 9,800 people had been evacuated from the valley, the prefecture "
            "said."),
     ("fr", "Lundi, 3 400 personnes ont été évacuées de la vallée, selon la préfecture.")),
]


@pytest.mark.parametrize(("first", "second"), NOT_STOCKS)
def test_a_days_events_are_not_the_running_total(first, second) -> None:
    found = _findings(first, second)
    assert Verdict.conflict not in {f.verdict for f in found}, found


def test_a_stock_that_agrees_is_consistent() -> None:
    found = _findings(
        ("en", "By Monday, the floods had displaced 5,120 people in the province, the agency "
               "said."),
        ("fr", "Lundi, l'agence a recensé 5 120 personnes déplacées dans la province."))
    assert [f.verdict for f in found] == [Verdict.consistent], found
    assert STOCK_ON_DAY in found[0].assumptions
