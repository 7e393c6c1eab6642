"""Korean figures that open on a bare scale word, as broadcast and community-paper copy writes
them: "만 4천 117에이커" is 14,117 acres and "천 17채" 1,017 houses (the "one" before the scale
word is dropped). Before, the scale word was skipped and the figure read 4,117 or 17: a wrong
value, worse than a miss. A bare "만" before a plain number is the full-age or full-years word
("만 18세", "만 5년"), and a scale syllable inside a word ("인천 17곳") is no scale: both keep
today's reading. Our own sentences, other places, other figures."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 11, 20)

# (sentence, surface, value)
BARE_SCALES = [
    ("몬태나주 산불은 만 4천 117에이커를 태웠다.", "만 4천 117에이커", 14117),
    ("이번 불로 건물 천 17채가 모두 탔다.", "천 17채", 1017),
    ("주민 만 2천 명이 임시 대피소로 옮겼다.", "만 2천 명", 12000),
    ("피해 복구비는 만 2천500달러로 집계됐다.", "만 2천500달러", 12500),
    ("시위에는 주최 측 추산 만 5천 명이 모였다.", "만 5천 명", 15000),
    ("창고에 있던 상자 천 250개가 젖었다.", "천 250개", 1250),
]


@pytest.mark.parametrize(("text", "surface", "value"), BARE_SCALES)
def test_a_bare_scale_word_counts_one(text: str, surface: str, value: float) -> None:
    by = {c.surface: c for c in extract_text(text, lang="ko", published=PUBLISHED)}
    assert surface in by, sorted(by)
    assert by[surface].value == pytest.approx(value)


# (sentence, the surface read today, its value): full ages and years, scale syllables in words
NOT_SCALES = [
    ("만 18세 이상 주민 3명이 다쳤다.", "3명", 3),
    ("인천 17곳에서 불이 났다.", "17곳", 17),
    ("만 5년 만에 처음으로 관객 42명이 들었다.", "42명", 42),
]


@pytest.mark.parametrize(("text", "surface", "value"), NOT_SCALES)
def test_no_scale_before_an_age_or_inside_a_word(text: str, surface: str, value: float) -> None:
    claims = extract_text(text, lang="ko", published=PUBLISHED)
    by = {c.surface: c for c in claims}
    assert surface in by, sorted(by)
    assert by[surface].value == pytest.approx(value)
    read = [(c.surface, c.value) for c in claims]
    assert not any(v and v >= 1000 for _, v in read), read
