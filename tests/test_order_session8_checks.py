"""Order independence (R5) of what the eighth session added to reconciling: the standing check
(one venue's capacity told twice), a share of a whole referred back to ("7,420 of those
starts, or 41 per cent"), and two kinds of one dimension kept apart across languages
("domestic" / "해외"). Their findings and groups depend on what the articles say, never on the
order the claims or the articles are read in. The articles are the ones those checks' own
tests read."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.pipeline import reconcile
from tests.test_cross_language_quantities import CARMAKER_EN, CARMAKER_KO
from tests.test_share_part_of_those import CHECKED
from tests.test_standing_capacity import EN, FR

PUBLISHED = date(2026, 7, 1)


def _articles(*texts: tuple[str, str]) -> list[list[Claim]]:
    return [extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{n}.md")
            for n, (lang, text) in enumerate(texts)]


def _in_any_order(articles: list[list[Claim]]) -> None:
    """Claims reversed, and articles reversed, give byte-identical groups and findings."""
    once = reconcile([c for claims in articles for c in claims]).model_dump_json()
    claims_reversed = [c for claims in articles for c in reversed(claims)]
    articles_reversed = [c for claims in reversed(articles) for c in claims]
    assert reconcile(claims_reversed).model_dump_json() == once
    assert reconcile(articles_reversed).model_dump_json() == once


def test_capacities_told_twice_in_any_order() -> None:
    articles = _articles(("en", EN), ("fr", FR))
    assert any("-internal-c" in f.id for f in reconcile(articles[0]).findings)
    _in_any_order(articles)


def test_shares_of_a_whole_referred_back_to_in_any_order() -> None:
    texts = [(lang, text.format(p=p)) for lang, text, right, wrong in CHECKED if lang != "ko"
             for p in (right, wrong)]
    _in_any_order(_articles(*texts))


def test_domestic_and_overseas_in_two_languages_in_any_order() -> None:
    pytest.importorskip("kiwipiepy")
    _in_any_order(_articles(("en", CARMAKER_EN), ("ko", CARMAKER_KO)))
