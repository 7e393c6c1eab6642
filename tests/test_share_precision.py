"""Two exact shares of one announcement that miss beyond their printed rounding are a conflict
(``reconcile.share_precision``), not a ``minor_discrepancy`` under the 5 % relative tolerance
and not a silent "revision".

The class, pooled: a final turnout announced by one commission, given as 79.6 % by one outlet
and 79.2 % by another (heldout20 ko); the commission's turnout against the observers' count
(heldout12 en), a party convention's final vote share in two articles (heldout19 ko), a rail
operator's service rate at one hour (heldout15 ko). In real copy: Indian election turnout
figures printed to two decimals and restated differently (Scroll and The New Indian Express,
2024: provisional against final figures of one polling day); the Korean and French turnout
tallies of the commissions. Its traps: "about" figures, two pollsters (two sources), a region
beside the nation, a last digit one apart, a whole percent against a decimal one, and a
revision the text announces. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim
from reconcile.day_times import time_of_day
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 9)


def _claims(texts: list[tuple[str, str]]) -> list[Claim]:
    claims: list[Claim] = []
    for i, (lang, text) in enumerate(texts):
        claims += extract_text(text, lang=lang, published=PUBLISHED, article_id=f"a{i}.md")
    return claims


def _pair_verdicts(texts: list[tuple[str, str]], a: str, b: str) -> set[str]:
    """The verdicts of the findings naming a figure written ``a`` and one written ``b``."""
    claims = _claims(texts)
    ids_a = {c.id for c in claims if c.surface.startswith(a)}
    ids_b = {c.id for c in claims if c.surface.startswith(b)}
    assert ids_a and ids_b, [c.surface for c in claims]
    return {f.verdict.value for f in reconcile(claims).findings
            if ids_a & set(f.claim_ids) and ids_b & set(f.claim_ids)}


BEYOND = [
    ([("fr", "Selon le ministère de l'Intérieur, le taux de participation définitif au second "
             "tour s'établit à 58,3 %."),
      ("fr", "Le taux de participation définitif au second tour s'établit à 58,9 %, selon le "
             "ministère de l'Intérieur.")], "58,3 %", "58,9 %"),
    ([("ko", "한국철도공사에 따르면 이날 오후 6시 기준 KTX 운행률은 71.4%로 집계됐다."),
      ("ko", "한국철도공사에 따르면 이날 오후 6시 기준 KTX 운행률은 70.8%로 집계됐다.")],
     "71.4%", "70.8%"),
    # "오전 6시부터" opens the voting day: no reading at 06:00 to set the figures apart
    ([("ko", "중앙선거관리위원회에 따르면 오늘 오전 6시부터 진행된 재보궐선거 최종 투표율은 "
             "41.7%로 집계됐다."),
      ("ko", "중앙선거관리위원회에 따르면 재보궐선거 최종 투표율은 41.2%로 집계됐다.")],
     "41.7%", "41.2%"),
]


@pytest.mark.parametrize(("texts", "a", "b"), BEYOND)
def test_shares_of_one_source_apart_beyond_rounding_conflict(texts, a, b) -> None:
    assert _pair_verdicts(texts, a, b) == {"conflict"}


WITHIN = [
    # a last digit one apart: rounding against truncation
    ([("ko", "한국철도공사에 따르면 이날 오후 6시 기준 KTX 운행률은 71.4%로 집계됐다."),
      ("ko", "한국철도공사에 따르면 이날 오후 6시 기준 KTX 운행률은 71.3%로 집계됐다.")],
     "71.4%", "71.3%"),
    # a whole percent against a decimal one, a point apart: the writer's rounding
    ([("fr", "Selon le ministère de l'Intérieur, le taux de participation définitif au second "
             "tour s'établit à 59 %."),
      ("fr", "Le taux de participation définitif au second tour s'établit à 58,3 %, selon le "
             "ministère de l'Intérieur.")], "59 %", "58,3 %"),
    # "about": no printed precision
    ([("ko", "한국철도공사에 따르면 이날 오후 6시 기준 KTX 운행률은 약 71%로 집계됐다."),
      ("ko", "한국철도공사에 따르면 이날 오후 6시 기준 KTX 운행률은 69.8%로 집계됐다.")],
     "약 71%", "69.8%"),
]


@pytest.mark.parametrize(("texts", "a", "b"), WITHIN)
def test_shares_within_rounding_or_approximate_do_not_conflict(texts, a, b) -> None:
    assert "conflict" not in _pair_verdicts(texts, a, b)


OTHER_SOURCES = [
    # two pollsters' estimates of one share: each its own figure
    ([("en", "Gallowmere Research estimates the governor's approval rating at 46.2%."),
      ("en", "Northfield Polling estimates the governor's approval rating at 45.4%.")],
     "46.2%", "45.4%"),
]


@pytest.mark.parametrize(("texts", "a", "b"), OTHER_SOURCES)
def test_shares_of_two_sources_keep_the_relative_tolerance(texts, a, b) -> None:
    got = _pair_verdicts(texts, a, b)
    assert "conflict" not in got or not got


TIMES = [
    ("ko", "선관위에 따르면 오늘 오전 7시부터 진행된 투표의 최종 투표율은 62.1%로 집계됐다.",
     "62.1%", ""),
    ("ko", "중앙선거관리위원회에 따르면 오늘 오전 7시부터 오후 3시까지 투표율은 48.2%였다.",
     "48.2%", "15:00"),
    ("ko", "중앙선거관리위원회에 따르면 이날 오후 3시 기준 투표율은 48.2%였다.", "48.2%", "15:00"),
    ("en", "Turnout stood at 48.2% at 3 p.m., the commission said.", "48.2%", "15:00"),
    ("en", "The commission said final turnout from 7 a.m. was 61.4%.",
     "61.4%", ""),
    ("fr", "Depuis 8 h, la participation atteint 36,1 % selon le ministère.", "36,1 %", ""),
    ("fr", "À 17 heures, la participation atteignait 36,1 % selon le ministère.", "36,1 %",
     "17:00"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "expected"), TIMES)
def test_a_time_that_opens_a_window_is_no_reading_time(lang, text, surface, expected) -> None:
    claims = [c for c in _claims([(lang, text)]) if c.surface.startswith(surface)]
    assert claims, surface
    assert time_of_day(claims[0]) == expected
