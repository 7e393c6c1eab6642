"""A change told twice, in a headline and in the body, against the two levels the body states
(issue 9, "a stated change against its two levels"): "올해 보리 생산량 24만t…4.1% 줄어" over
a body saying "24만2천t으로 지난해(25만8천t)보다 1만6천t(6.2%) 감소했다" (-6.2 %) is a conflict
that names both rates.

The class, as read in statistics releases and their coverage (harvests, production, sales):
the headline gives the level rounded and the change; the body gives the level again with its base
and the change as an amount with its rate in parentheses ("1만6천t(6.2%) 감소", "down 16,000
tonnes (6.2%)", "un recul de 1,6 million de tonnes (6,2 %)"). That rate goes the amount's way.
Its traps: a headline rate the body restates with another base, a headline that agrees, and a
share after a count that is no change. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 11, 20)


def _changes(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "stated_change")


TOLD_APART = [
    ("ko", "올해 보리 생산량 24만t…4.1% 줄어\n\n통계청에 따르면 올해 보리 생산량은 24만2천t으로 "
           "지난해(25만8천t)보다 1만6천t(6.2%) 감소했다.",
     ["24만t", "25만8천t", "4.1%", "6.2%"]),
    ("fr", "Récolte de blé : 24,2 millions de tonnes, en baisse de 4,1 %\n\nLa récolte de blé a "
           "atteint 24,2 millions de tonnes cette année, contre 25,8 millions de tonnes l'an "
           "dernier, soit un recul de 1,6 million de tonnes (6,2 %).",
     ["24,2 millions de tonnes", "25,8 millions de tonnes", "4,1 %", "6,2 %"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), TOLD_APART)
def test_a_headline_change_the_body_tells_otherwise_is_a_conflict(lang, text, figures) -> None:
    assert (Verdict.conflict, figures) in _changes(lang, text)


AGREES = [
    # the headline agrees with the body: the body's own check holds, the headline adds nothing
    ("ko", "올해 보리 생산량 24만t…6.2% 줄어\n\n통계청에 따르면 올해 보리 생산량은 24만2천t으로 "
           "지난해(25만8천t)보다 1만6천t(6.2%) 감소했다."),
    # the headline rate is told again in the body over another base: not the year's change
    ("ko", "올해 보리 생산량 24만t…4.1% 줄어\n\n올해 보리 생산량은 24만2천t으로 지난달 "
           "예상치보다 4.1% 줄었다. 지난해(25만8천t)보다는 1만6천t(6.2%) 감소했다."),
]


@pytest.mark.parametrize(("lang", "text"), AGREES)
def test_a_headline_change_the_body_allows_is_no_conflict(lang, text) -> None:
    assert all(v is not Verdict.conflict for v, _ in _changes(lang, text))


RESTATED_WAY = [
    ("ko", "올해 보리 생산량은 24만2천t으로 지난해보다 1만6천t(6.2%) 감소했다.", "6.2%", "down"),
    ("ko", "취업자는 1년 전보다 19만3천명(0.7%) 늘었다.", "0.7%", "up"),
    ("en", "Production fell by 16,000 tonnes (6.2%) to 242,000 tonnes.", "6.2%", "down"),
    ("en", "Employment rose by 193,000 (0.7 percent) from a year earlier.", "0.7 percent", "up"),
    ("fr", "La production a reculé de 16 000 tonnes (6,2 %) sur un an.", "6,2 %", "down"),
]


@pytest.mark.parametrize(("lang", "text", "rate", "way"), RESTATED_WAY)
def test_a_rate_in_parentheses_after_a_change_goes_its_way(lang, text, rate, way) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    found = [c for c in claims if c.surface == rate]
    assert [c.direction.value if c.direction else None for c in found] == [way]


NO_WAY = [
    # a level, not a change, before the parenthesis: the share stays a share
    ("en", "Output reached 3.585 million tonnes (52%) this year.", "52%"),
    ("ko", "전남 생산량은 71만2천t(19.9%)으로 가장 많았다.", "19.9%"),
    ("fr", "Les ventes ont atteint 1 250 unités (33 %) au troisième trimestre.", "33 %"),
]


@pytest.mark.parametrize(("lang", "text", "share"), NO_WAY)
def test_a_share_in_parentheses_after_a_level_has_no_way(lang, text, share) -> None:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    assert [c.direction for c in claims if c.surface == share] == [None]
