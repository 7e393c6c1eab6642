"""A figure that states no period is not read as about a figure of its own sentence (issues 9,
10): results coverage ("412 of 430 precincts"), seats ("300석 가운데 290석"), towns declared
disaster areas ("116 communes sur les 120"), read in election and disaster copy, give a part
and its whole, never one quantity told twice. Named sources side by side still are one
quantity ("12,000 according to the organisers, 4,500 according to police"). Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _verdicts(lang: str, text: str) -> list[Verdict]:
    claims = extract_text(text, lang=lang, published=date(2026, 11, 4), article_id="a.md")
    return [f.verdict for f in reconcile(claims).findings]


A_PART_AND_ITS_WHOLE = [
    pytest.param("en", "After 412 of 430 precincts had reported, Mayor Dana Ruiz led with 52.4% "
                 "of the vote.", id="en-precincts-reporting"),
    pytest.param("fr", "Sur les 402 bureaux de vote de la ville, 388 bureaux de vote avaient été "
                 "dépouillés à 21 heures.", id="fr-bureaux-depouilles"),
    pytest.param("fr", "Au total, 116 communes sur les 120 communes du département ont été "
                 "reconnues sinistrées.", id="fr-communes-sinistrees"),
    pytest.param("ko", "전체 의석 300석 가운데 290석의 의석이 확정됐다.", id="ko-seats-decided"),
]


@pytest.mark.parametrize(("lang", "text"), A_PART_AND_ITS_WHOLE)
def test_an_undated_figure_is_not_read_as_its_sentences_other(lang, text) -> None:
    assert _verdicts(lang, text) == []


SOURCES_SIDE_BY_SIDE = [
    pytest.param("en", "Some 12,000 people marched according to the organisers, 4,500 according "
                 "to police.", id="en-organisers-and-police"),
]


@pytest.mark.parametrize(("lang", "text"), SOURCES_SIDE_BY_SIDE)
def test_two_sources_in_one_sentence_still_disagree(lang, text) -> None:
    assert _verdicts(lang, text) == [Verdict.conflict]
