"""A share whose count would stand above its whole is no share of that whole (issue 9,
"N, or P %" against its stated total): the link was misread, so nothing is checked. The class,
as read in WHO-style epidemic round-ups: "dans 14 pays des deux Régions de l'OMS et 390 décès,
soit des diminutions respectives de 7 % et 5 %" read the deaths as a part of "deux Régions",
and 390 of 2 made a sure conflict of 19 500 %. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 20)

ABOVE = [
    ("fr", "En octobre 2026, 18 400 nouveaux cas de choléra ont été signalés dans 14 pays des "
           "deux Régions de l'OMS et 390 décès, soit des diminutions globales respectives de 7 % "
           "et 5 % par rapport à septembre."),
    ("fr", "En octobre 2026, 9 120 nouveaux cas de dengue ont été signalés dans 11 pays des "
           "quatre Régions et 212 décès, soit des hausses respectives de 12 % et 4 % par rapport "
           "à septembre."),
]


@pytest.mark.parametrize(("lang", "text"), ABOVE)
def test_a_count_above_its_whole_is_not_checked_as_its_share(lang, text) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    assert [f for f in reconcile(claims).findings if f.detail == "share_of_total"] == []


def test_a_count_below_its_whole_is_still_checked() -> None:
    text = ("Parmi les 412 personnes interpellées, 166 étaient mineures, soit 52 %.")
    claims = extract_text(text, lang="fr", published=PUBLISHED, article_id="a.md")
    found = [f.verdict.value for f in reconcile(claims).findings if f.detail == "share_of_total"]
    assert found == ["conflict"]  # 166 / 412 is 40.3 %
