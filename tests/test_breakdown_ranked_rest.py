"""A breakdown ranked by size and closed by its rest names every part (issue 9, checks):
"업종별로는 건설업이 218명으로 가장 많았고, 제조업 121명, 기타 업종 96명이었다" splits the
447 deaths told before it, and 218 + 121 + 96 = 435 is a planted error no check saw
(heldout19 ko03): "가장" made the list partial, and the total stood in a sentence that also
held last year's deaths and both years' accidents ("447명(421건) ... 478명(452건)").

Now a last part that names the rest ("기타", like "나머지") leaves a ranked list whole, and a
total is the one count of the parts' counter and period before them. A ranking with no rest
("...54명 순이었다") stays partial. Real instances read (pages): 안전신문 2025 (Q2 toll 287:
construction 138, manufacturing 67, other sectors 82, which hold); 동아일보 2023 (Q3 toll
459 with people and cases per sector, "기타는 96명(93건)"); iMBC 2025 (the same Q2 release,
ranked); 청주 news 2025 on the yearly toll, ranked "뒤를 이었다" with no rest: 328 + 187 +
145 + 138 is not the 827 total, and no check must be made. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 8, 20)
TOTAL = "올해 1~6월 산재 사고사망자는 287명으로 집계됐다. "
TWO_MEASURES = ("올해 1~6월 사고사망자는 287명(270건)으로, 지난해 같은 기간 301명(288건)보다 "
                "14명(4.7%) 줄었다. ")


def _breakdowns(text: str) -> list[tuple[Verdict, list[str]]]:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, [surface[i] for i in f.claim_ids])
            for f in reconcile(claims).findings if f.detail == "breakdown"]


ROWS = [
    (TOTAL + "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 기타 업종 74명이었다.",
     [(Verdict.conflict, ["287명", "131명", "70명", "74명"])]),
    (TOTAL + "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 기타 업종 86명이었다.",
     [(Verdict.consistent, ["287명", "131명", "70명", "86명"])]),
    (TWO_MEASURES + "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 기타 업종 74명이었다.",
     [(Verdict.conflict, ["287명", "131명", "70명", "74명"])]),
    (TWO_MEASURES + "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 기타 업종 86명이었다.",
     [(Verdict.consistent, ["287명", "131명", "70명", "86명"])]),
    # ranked with no rest: some parts only
    (TOTAL + "업종별로는 건설업이 131명으로 가장 많았고, 제조업 70명, 서비스업 54명 순이었다.", []),
    (TOTAL + "업종별로 보면 건설업이 131명으로 가장 많았고, 제조업 70명이 뒤를 이었다.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_ranked_breakdown_closed_by_its_rest(text, expected) -> None:
    assert _breakdowns(text) == expected
