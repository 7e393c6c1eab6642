"""The report's checks read only relations the text states: near misses of the list, share and
announcement checks (``breakdown``, ``share_part_whole``, ``share_precision``) that must stay
silent.

Found by probing the checks with sentences in the style of real copy (review, session 21):
- a colon list that goes on past the total's parts ("the quake killed 120 people: 80 in one
  province and 40 in another, and injured 95 others") or names some months of a year's total
  ("310 wildfires this year: 150 in July and 130 in August"), as AFP and AP tolls and
  year-to-date fire counts are written;
- a share restated over another whole ("8.2% of the vote, or 12 of the 150 seats"; "41,3 % des
  suffrages, soit 18 412 voix sur 47 930 inscrits": the registered, not the votes cast);
- one commission's turnout on polling night and its revision the next day, printed by two
  outlets with no word of revision (Indian commission turnouts, 2019-2024: 72.09 % then 69.46 %,
  58.8 % then 65.30 %, 78.14 % then 79.88 %).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile


def _details(texts: list[tuple[str, str, date]]) -> list[tuple[str, str]]:
    """(verdict, detail) of every finding of the articles (language, text, publication)."""
    claims = []
    for i, (lang, text, published) in enumerate(texts):
        claims += extract_text(text, lang=lang, published=published, article_id=f"a{i}.md")
    return [(f.verdict.value, f.detail) for f in reconcile(claims).findings]


DAY = date(2026, 9, 10)

LISTS_PAST_THEIR_TOTAL = [
    ("en", "The quake on Friday killed 120 people: 80 in Azilal province and 40 in Tinghir, "
           "and injured 95 others."),
    ("fr", "Le séisme de vendredi a fait 120 morts : 80 dans la province d'Azilal et 40 dans "
           "celle de Tinghir, et 95 blessés graves ont été hospitalisés."),
    ("en", "The county has counted 310 wildfires this year: 150 in July and 130 in August."),
    ("fr", "Depuis le début du mouvement, la police a procédé à 1 200 interpellations : 800 la "
           "première semaine et 300 samedi dernier."),
]


@pytest.mark.parametrize(("lang", "text"), LISTS_PAST_THEIR_TOTAL)
def test_a_list_of_another_event_or_period_is_no_breakdown(lang: str, text: str) -> None:
    assert [d for d in _details([(lang, text, DAY)]) if d[1] == "breakdown"] == []


def test_a_closed_list_of_the_totals_parts_is_still_checked() -> None:
    text = "La préfecture a recensé 2 140 pharmacies : 1 310 ouvertes et 790 fermées."
    assert ("conflict", "breakdown") in _details([("fr", text, DAY)])


SHARES_OF_ANOTHER_WHOLE = [
    ("en", "The Greens won 8.2% of the vote, or 12 of the 150 seats in the new chamber."),
    ("fr", "La liste écologiste obtient 8,2 % des voix, soit 12 des 150 sièges."),
    ("fr", "Le maire sortant recueille 41,3 % des suffrages, soit 18 412 voix sur 47 930 "
           "inscrits."),
]


@pytest.mark.parametrize(("lang", "text"), SHARES_OF_ANOTHER_WHOLE)
def test_a_share_restated_over_another_whole_is_not_checked(lang: str, text: str) -> None:
    assert [d for d in _details([(lang, text, DAY)]) if d[1] == "share_of_total"] == []


def test_a_share_restated_over_its_own_whole_is_still_checked() -> None:
    text = "Mendez took 38.6% of the vote, or 341,900 of the 829,500 valid votes counted."
    assert ("conflict", "share_of_total") in _details([("en", text, DAY)])


REVISED_TURNOUTS = [
    [("en", "Turnout stood at 72.09 percent, the state election commission said.",
      date(2026, 4, 10)),
     ("en", "The assembly election drew a turnout of 69.46 percent, the state election "
            "commission said, after officials finished tallying forms overnight.",
      date(2026, 4, 11))],
    [("fr", "Le taux de participation s'établit à 61,8 %, selon la commission électorale.",
      date(2026, 4, 10)),
     ("fr", "Le taux de participation atteint 63,1 %, selon la commission électorale.",
      date(2026, 4, 12))],
]


@pytest.mark.parametrize("texts", REVISED_TURNOUTS)
def test_a_turnout_not_called_final_may_be_revised(texts) -> None:
    assert ("conflict", "values") not in _details(texts)
