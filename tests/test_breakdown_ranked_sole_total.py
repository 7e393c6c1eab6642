"""A ranked breakdown closed by its rest ("건설업이 131명으로 가장 많았고, 제조업 70명, 기타
업종 86명이었다") splits the one toll told before it. When the article states before the list
another count of the same measure and period, larger than every part, with another value, which
of them the list splits is not known, and no check is made: a labour release's digest gives the
accident deaths and then all deaths with illnesses ("사고 사망자 590명", "질병 사망 포함 전체
사망자 1,028명": laborhealth digest of a MOEL release); a release tells a breakdown by size
("50인 미만 사업장 176명": iMBC 2025, Yonhap TV 2024 "50인 미만 사업장에서 354명" right before
"업종별로는 건설업이 303명으로") next to the one by sector. Read as the total, either made a
false conflict of certainty 1.00. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 8, 20)
TOTAL = "올해 1~6월 산재 사고사망자는 287명으로 집계됐다. "
RANKED_OK = "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 기타 업종 86명이었다."
RANKED_OFF = "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 기타 업종 74명이었다."


def _breakdowns(text: str) -> list[tuple[Verdict, list[str]]]:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, [surface[i] for i in f.claim_ids])
            for f in reconcile(claims).findings if f.detail == "breakdown"]


ROWS = [
    # another total of the same measure and period right before the list
    (TOTAL + "질병 사망을 포함한 전체 사망자는 512명이었다. " + RANKED_OK, []),
    (TOTAL + "질병 사망을 포함한 전체 사망자는 512명이었다. " + RANKED_OFF, []),
    # a figure of a breakdown by another key right before the list
    (TOTAL + "규모별로는 50인 미만 사업장에서 176명이 숨졌다. " + RANKED_OK, []),
    # the total alone, told twice with one value: still checked
    (TOTAL + "상반기 사고사망자 287명 가운데 절반 가까이가 건설 현장에서 나왔다. " + RANKED_OFF,
     [(Verdict.conflict, ["287명", "131명", "70명", "74명"])]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_ranked_breakdown_splits_the_one_total_told_before_it(text, expected) -> None:
    assert _breakdowns(text) == expected
