"""A headline figure that states no period tells the article's story, whenever the body dates
it (reconcile/headline.py, ``_undated``, ``_the_storys_time``): "연쇄 추돌…차량 31대 뒤엉켜
2명 숨져" over "어제(5일) ... 차량 36대가 잇따라 추돌했습니다" is one pile-up given two values.
Read as a figure of the publication day, the headline's was only a ``period_mismatch`` with the
body's day. Two headline figures that count different things (vehicles, dead) each answer their
own body figure; several body answers make the first (the lead's) the one restated, unless
the headline is their sum.

Seen in real news: broadcasters' and agencies' pile-up, fire and storm headlines whose figure
("차량 수십 대", "24 véhicules impliqués", "15 homes destroyed") the body dates to the day
before; a headline summing a morning's and an evening's figure. Sentences of our own; the traps
keep a sum, a rounding, a past event's figure and a vague body figure quiet.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 12, 6)


def _headline_conflicts(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and "-headline-" in f.id]


CONTRADICTED = [
    ("ko", "중앙고속도로 연쇄 추돌…차량 31대 뒤엉켜 2명 숨져\n\n어제(5일) 오전 중앙고속도로 춘천 "
           "방향에서 차량 36대가 잇따라 추돌했습니다."),
    ("en", "Fog pile-up involves 28 vehicles\n\nOn Thursday morning, 33 vehicles collided on the "
           "motorway in thick fog, police said."),
    ("fr", "Carambolage dans le brouillard : 24 véhicules impliqués\n\nJeudi matin, 29 véhicules "
           "se sont percutés sur l'autoroute dans un épais brouillard, selon les gendarmes."),
    # the lead's figure, and a side event's told after it
    ("en", "Fog pile-up involves 28 vehicles\n\nOn Thursday morning, 33 vehicles collided on the "
           "motorway in thick fog, police said.\n\nAn hour later, 4 vehicles collided on the other "
           "carriageway."),
]


@pytest.mark.parametrize(("lang", "text"), CONTRADICTED)
def test_an_undated_headline_figure_the_storys_body_contradicts(lang: str, text: str):
    [found] = _headline_conflicts(lang, text)
    assert found.detail == "internal" and found.confidence >= MIN_CONFIDENCE


QUIET = [
    # the headline sums the body's two figures
    ("en", "Storm destroys 15 homes\n\nOn Thursday morning, 9 homes were destroyed by the storm."
           "\n\nOn Thursday evening, 6 homes were destroyed by the storm."),
    # a headline that rounds
    ("en", "Fog pile-up involves 30 vehicles\n\nOn Thursday morning, 31 vehicles collided on the "
           "motorway in thick fog, police said."),
    # the body's only answer is a past event's
    ("en", "Fog pile-up involves 28 vehicles\n\nIn 2019, 35 vehicles collided on the same "
           "motorway in thick fog."),
    # a round mark the story passes, whatever verb says so
    ("en", "Flu cases in the county pass 300\n\nOn Thursday, 326 flu cases had been confirmed "
           "in the county, officials said."),
    # the body's only answer is vague
    ("ko", "중앙고속도로 연쇄 추돌…차량 31대 뒤엉켜\n\n어제(5일) 오전 중앙고속도로 춘천 방향에서 "
           "차량 수십 대가 잇따라 추돌했습니다."),
]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_a_sum_a_rounding_or_another_time_is_no_headline_conflict(lang: str, text: str):
    assert not _headline_conflicts(lang, text)
