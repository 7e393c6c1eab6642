"""A share of a whole stated in an earlier sentence and named again (issue 9, "N, or P %" against
its stated total): the part, the whole and the share sit in two or three sentences. The class,
as read in traffic, tax and election releases: "Of the passengers carried last month, 1.86
million, or 35%, ..." after "carried 6.24 million passengers in November"; "원유 관세는 전체
관세 수입의 29.6%" after "관세 수입은 84조2천억 원" and "원유 관세가 21조3천억 원"; "Sur les
électeurs inscrits, 41 200, soit 38 %, ..." after the count of registered voters. Its traps: a
whole named with words its total does not have ("who complained"), a whole of another period,
two totals the phrase may name, and shares that hold. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 12, 4)


def _share_checks(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids))
            for f in reconcile(claims).findings if f.detail == "share_of_total"]


WRONG = [
    ("en", "Northline Rail carried 6.24 million passengers in November, the operator said.\n\n"
           "Of the passengers carried last month, 1.86 million, or 35%, travelled on its "
           "intercity routes.", ["1.86 million", "35%", "6.24 million"]),
    ("ko", "1∼10월 관세 수입은 84조2천억 원으로 집계됐다.\n\n품목별로는 원유 관세가 "
           "21조3천억 원으로 가장 많았다. 원유 관세는 전체 관세 수입의 29.6%를 차지했다.",
     ["21조3천억 원", "29.6%", "84조2천억 원"]),
    ("fr", "La compagnie a transporté 6,24 millions de passagers en novembre.\n\nSur les "
           "passagers transportés le mois dernier, 1,86 million, soit 35 %, ont voyagé sur ses "
           "lignes intérieures.", ["1,86 million", "35 %", "6,24 millions"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), WRONG)
def test_a_share_of_a_whole_named_again_is_checked(lang, text, figures) -> None:
    found = _share_checks(lang, text)
    assert found == [(Verdict.conflict, figures)]


HOLDS = [
    ("en", "Northline Rail carried 6.24 million passengers in November, the operator said.\n\n"
           "Of the passengers carried last month, 1.86 million, or 29.8%, travelled on its "
           "intercity routes."),
    ("ko", "1∼10월 관세 수입은 84조2천억 원으로 집계됐다.\n\n품목별로는 원유 관세가 "
           "21조3천억 원으로 가장 많았다. 원유 관세는 전체 관세 수입의 25.3%를 차지했다."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_a_share_of_a_whole_named_again_holds(lang, text) -> None:
    assert [v for v, _ in _share_checks(lang, text)] == [Verdict.consistent]


NOT_CHECKED = [
    # the whole named with words its total does not have: another population
    ("en", "Northline Rail carried 6.24 million passengers in November, the operator said.\n\n"
           "Of the passengers who complained last month, 1,860, or 35%, cited delays."),
    # a whole of another period
    ("en", "Northline Rail carried 6.24 million passengers in November, the operator said.\n\n"
           "Of the passengers carried in October, 1.86 million, or 35%, travelled on its "
           "intercity routes."),
    # two totals the phrase may name, with two values
    ("en", "Northline Rail carried 6.24 million passengers in November. Its bus arm carried "
           "2.1 million passengers in November.\n\nOf the passengers carried last month, 1.86 "
           "million, or 35%, travelled on intercity routes."),
    # a share with no whole named again: left to the other readings
    ("en", "Northline Rail carried 6.24 million passengers in November.\n\nIntercity routes "
           "accounted for 1.86 million, or 35%."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_share_whose_whole_is_not_named_again_is_not_checked(lang, text) -> None:
    assert _share_checks(lang, text) == []
