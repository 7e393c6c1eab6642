"""A vote's threshold is no side of its tally: "It needed 200 votes", "an absolute majority of
289", "la majorité absolue de 289 voix", "재적 3분의 2인 200표 이상이 필요했다", "의결정족수 200명"
state what the vote had to reach, not what it got. Read as counts they met the sides ("needed
200" against "192 voted", "289" against "271 voix") and, once dated by the vote's day, read as
the same quantity. Held as limits (``[standing] capacity_before`` / ``capacity_after``,
``claims.limits``), they meet only limits.

Read on real news (pages): datan.fr and linternaute (censure motions: "il en fallait 289", "au
moins 289 votes"); cerfia ("les 289 votes nécessaires"); andina.pe ("the qualified majority ...
87 votes in favor"); news1, newsis and nkeconomy (impeachment: "재적 의원 3분의 2 이상인 200명이
찬성해야", "의결 정족수 200명"). A need that is no vote ("The hospital needed 12 more nurses") is
held as a limit too: a need is no count of what happened. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Modality

PUBLISHED = date(2026, 3, 11)

# (language, sentence, figure, held as a limit)
ROWS = [
    ("en", "The motion needed 200 votes, or two-thirds of the chamber, to pass.", "200", True),
    ("en", "The motion needed an absolute majority of 289 votes and won only 146.", "289", True),
    ("en", "The motion needed an absolute majority of 289 votes and won only 146.", "146", False),
    ("en", "The motion passed on Tuesday with 204 votes.", "204", False),
    ("fr", "La motion a obtenu 146 voix, alors que la majorité absolue de 289 voix était requise.",
     "146", False),
    ("fr", "Son adoption nécessitait au moins 287 suffrages.", "au moins 287", True),
    ("ko", "탄핵안 가결에는 재적 3분의 2인 200표 이상이 필요했다.", "200표 이상", True),
    ("ko", "투표 성립에 필요한 의결정족수 200명을 넘기지 못했다.", "200명", True),
    ("ko", "탄핵안은 재석 300명 중 찬성 204표로 가결됐다.", "204표", False),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "limit"), ROWS)
def test_a_threshold_is_a_limit(lang: str, sentence: str, figure: str, limit: bool) -> None:
    found = {c.surface: c.modality for c in extract_text(sentence, lang=lang,
                                                         published=PUBLISHED)}
    assert (found[figure] is Modality.limit) is limit
