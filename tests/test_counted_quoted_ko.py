"""Korean: a count quoted with the copula's quoting ending ('"... 피의자는 1천240명"이라고',
'"... 건수는 14건"이라며') numbers the noun before the topic particle, as "피의자는 387명으로
집계됐다" does. Sentences of our own in the style of agency copy."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 11, 20)

QUOTED = [
    ('경찰은 "올해 적발된 보이스피싱 피의자는 1천240명"이라고 설명했다.', "1천240명", "피의자"),
    ('방역당국은 "20일 0시 기준 가금농장 누적 발생 건수는 14건"이라며 "추가 발생 위험이 높다"고 '
     "밝혔다.", "14건", "건수"),
    ("농식품부는 지난 10월 1일부터 이달 19일까지 가금농장에서 확인된 고병원성 AI가 모두 "
     "12건이라고 20일 밝혔다.", "12건", "AI"),
]


@pytest.mark.parametrize(("sentence", "surface", "noun"), QUOTED)
def test_a_quoted_count_numbers_its_topic(sentence: str, surface: str, noun: str) -> None:
    claims = extract_text(sentence, lang="ko", published=PUBLISHED, article_id="a.md")
    (claim,) = [c for c in claims if c.surface == surface]
    assert noun in (claim.counted or "")
