"""What a change is measured against says nothing of what is counted (Korean).

Korean price and trade releases put the comparison base between the subject and the figure:
"석유류 가격이 1년 전보다 12.5% 올랐다", "신선식품지수는 전년 동월 대비 6.6% 상승했다",
"국내공장 수출은 1년 전보다 6.3% 줄었다". Read back from the figure, the base stopped the
reader before the subject, and the figure counted nothing: it never met "석유류는 12.5% 올랐다"
nor the English "petroleum product prices rose 12.5 percent". The bases are the language table's
``[grouping.change_bases]`` (claims/counted_bases.py). Real news: Korean agency copy of monthly
consumer-price releases ("전년 동월 대비", "1년 전보다"), tax revenue and export releases. Our
own sentences, other figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.group import group_claims

PUBLISHED = date(2026, 6, 3)


def _counted(text: str, surface: str) -> str:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    return next(c.counted for c in claims if c.surface == surface)


@pytest.mark.parametrize(("text", "surface", "counted"), [
    ("석유류 가격이 1년 전보다 7.4% 올랐다.", "7.4%", "석유류 가격"),
    ("신선식품지수는 전년 동월 대비 5.2% 상승했다.", "5.2%", "신선식품지수"),
    ("생활물가지수는 작년 동월대비 2.8% 상승했다.", "2.8%", "생활물가지수"),
    ("국내공장 수출은 1년 전보다 6.3% 줄었다.", "6.3%", "국내공장 수출"),
    ("올해 고추 생산량이 지난해보다 12%가량 줄었다.", "12%가량", "고추 생산량"),
    ("농축수산물은 전년대비 4.1% 상승했다.", "4.1%", "농축수산물"),
])
def test_the_subject_before_a_base_is_counted(text: str, surface: str, counted: str) -> None:
    assert _counted(text, surface) == counted


@pytest.mark.parametrize(("text", "surface", "counted"), [
    # no subject before the base: nothing is counted, as before
    ("1년 전보다 7.4% 올랐다.", "7.4%", ""),
    # a base with no subject particle before it ("도"): not read as the subject, as before
    ("석유류 가격도 1년 전보다 7.4% 올랐다.", "7.4%", ""),
    # the subject right before the figure, no base: unchanged
    ("석유류는 7.4% 올랐다.", "7.4%", "석유류"),
])
def test_same_shapes_keep_their_reading(text: str, surface: str, counted: str) -> None:
    assert _counted(text, surface) == counted


def test_the_korean_part_meets_its_english_twin() -> None:
    en = extract_text("Petroleum product prices rose 7.4 percent from a year earlier.",
                      lang="en", published=PUBLISHED, article_id="a.md")
    ko = extract_text("석유류 가격이 1년 전보다 7.4% 올랐다.", lang="ko", published=PUBLISHED,
                      article_id="b.md")
    group = {m.claim_id: g.id for g in group_claims([*en, *ko]) for m in g.members}
    assert group[en[0].id] == group[ko[0].id]
