"""A Korean count or amount given as a level ("1만1천 명 수준", "148만 원 수준") is a round
figure, read `about`, as "가량" or "정도" are; a share or a multiple so given ("평소의 40% 수준",
"두 배 수준") is the ratio worked out and stays as stated, and a level named before a figure
("평년 수준인 7만5천 명") leaves the figure alone. Our own sentences in the style of Korean
strike, benefits and transport copy (other figures)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

DEC_2 = date(2026, 12, 2)

CASES = [
    ("2019년 파업 때는 첫날 참여 인원이 8천 명 수준이었다.", "8천 명 수준", 8000, "about"),
    ("지난달 1인당 평균 구직급여는 148만 원 수준으로 집계됐다.", "148만 원 수준", 1480000, "about"),
    ("철도노조는 대체 인력을 하루 3천 명 수준으로 보고 있다.", "3천 명 수준", 3000, "about"),
    ("외래 진료는 평소의 60% 수준에 그쳤다.", "60%", 60, "exact"),
    ("화물 물량은 평소의 두 배 수준이다.", "두 배", 2, "exact"),
    ("이용객은 평년 수준인 7만5천 명을 유지했다.", "7만5천 명", 75000, "exact"),
    ("집회 참가자는 1만 명 이상 수준으로 추산됐다.", "1만 명 이상", 10000, "at_least"),
]


@pytest.mark.parametrize(("text", "surface", "value", "approx"), CASES)
def test_a_level_word_rounds_a_count_or_an_amount_not_a_share(
    text: str, surface: str, value: float, approx: str
) -> None:
    claim = next(c for c in extract_text(text, lang="ko", published=DEC_2)
                 if c.value == value)
    assert (claim.surface, claim.approx.value) == (surface, approx)
