"""A headline that counts two kinds at once over a body that tells them apart ("10,000 troops
and police" over "5,000 soldiers and 5,000 police officers", "une vingtaine de morts et
disparus" over "16 morts et 4 disparus", "사상자 16명" over "2명이 숨지고 14명이 다쳤다"): the
headline's figure is the sum of the body's parts, not a contradiction of the one part that
counts what its first word counts. Our own sentences, in the style of wire copy on
deployments after a flood, of regional dailies on storms and of Korean fire reports."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _headline_conflicts(lang: str, text: str, published: date) -> list[str]:
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    return [f.id for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE
            and "-headline-" in f.id]


SUMS = [
    ("en", "Government sends 8,000 more troops, police to flooded north\n\nThe interior "
           "ministry said it would send 4,500 more soldiers and 3,500 more police officers to "
           "the northern provinces to help with rescue and cleanup work.", date(2026, 3, 2)),
    ("en", "Storm leaves 14 dead and missing in the valley\n\nRescuers said 11 people were "
           "killed and three others were missing after the river burst its banks.",
     date(2026, 3, 2)),
    ("fr", "Intempéries dans le Gard : 12 morts et disparus\n\nSelon la préfecture, neuf "
           "personnes ont été tuées et trois sont portées disparues après les crues.",
     date(2026, 10, 12)),
    ("ko", "물류창고 화재로 사상자 9명 발생\n\n소방당국에 따르면 이 불로 작업자 2명이 숨지고 7명이 "
           "다쳐 병원으로 옮겨졌다.", date(2026, 5, 14)),
]


@pytest.mark.parametrize(("lang", "text", "published"), SUMS)
def test_a_headline_summing_two_kinds_of_the_body_is_no_conflict(
    lang: str, text: str, published: date
) -> None:
    assert _headline_conflicts(lang, text, published) == []


def test_a_headline_above_the_sum_of_the_parts_still_conflicts() -> None:
    text = ("Government sends 12,000 more troops, police to flooded north\n\nThe interior "
            "ministry said it would send 4,500 more soldiers and 3,500 more police officers to "
            "the northern provinces to help with rescue and cleanup work.")
    assert len(_headline_conflicts("en", text, date(2026, 3, 2))) == 1
