"""statcheck across sentences when the breakdown leans on a bound (issue 9): "Le préfet a
annoncé que 736 personnes avaient été interpellées depuis janvier. Le ministère fait état de
« plus de 730 interpellations » sur la même période. Parmi elles, 198 mineurs, soit 36 %": the
share is of the 736 the bound restates (198 / 736 = 26.9 %, not 36 %). Sentences of our own
in the style of regional papers and wire copy on police operations read through the news
corpus."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _shares(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=date(2026, 7, 10), article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "share_of_total"]


WRONG = [
    ("fr", "Le préfet a annoncé mercredi que 736 personnes avaient été interpellées depuis le "
           "début de l'année à Toulon. Le ministère fait état, de son côté, de « plus de 730 "
           "interpellations » sur la même période.\nParmi elles, 198 mineurs, soit 36 % des "
           "personnes interpellées."),
    ("fr", "Depuis janvier, 1 184 personnes ont été interpellées à Grenoble, selon le parquet. "
           "La police évoque « près de 1 200 interpellations » sur la même période.\nParmi "
           "elles, 301 mineurs, soit 31 % des personnes interpellées."),
]


@pytest.mark.parametrize(("lang", "text"), WRONG)
def test_a_share_of_the_count_a_bound_restates_is_checked(lang: str, text: str) -> None:
    [found] = _shares(lang, text)
    assert found.verdict is Verdict.conflict
    total = "736" if "736" in text else "1 184"
    assert f'of "{total}"' in found.explanation, found.explanation


def test_a_share_of_the_count_a_bound_restates_can_hold() -> None:
    text = ("Le préfet a annoncé mercredi que 736 personnes avaient été interpellées depuis le "
            "début de l'année à Toulon. Le ministère fait état, de son côté, de « plus de 730 "
            "interpellations » sur la même période.\nParmi elles, 198 mineurs, soit 26,9 % des "
            "personnes interpellées.")
    [found] = _shares("fr", text)
    assert found.verdict is Verdict.consistent


def test_a_bound_over_two_exact_counts_is_left_alone() -> None:
    """Two exact counts the bound allows: which one it restates is not known."""
    text = ("Le préfet a annoncé que 736 personnes avaient été interpellées depuis le début de "
            "l'année à Toulon, et 731 à Nice. Le ministère fait état de « plus de 730 "
            "interpellations » sur la même période.\nParmi elles, 198 mineurs, soit 36 % des "
            "personnes interpellées.")
    assert all(f.verdict is not Verdict.conflict for f in _shares("fr", text))
