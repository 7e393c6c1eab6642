"""Two readings of a figure's precision. A share said in a fraction word is round, about its
value when it is a share of something: "half of the residents", "half the passengers", "un
tiers des victimes", "la moitié des habitants", "절반이 노인이었다" (the development sets' gold
reads them about; a qualifier still bounds them: "more than half", "절반 이상"; a share in
digits, "3분의 1", and a fraction alone, "exactly one sixth", stay as written). And a reference a
Korean noun names right before a figure passed or missed ("전망치인 X를 웃돌 가능성", "시장 예상치
X를 밑돌았다"), as economy copy writes forecasts and consensus figures (Yonhap-style wires on US
payrolls against the WSJ consensus, Bank of Korea current-account forecasts): the figure is the
forecast's own value, exact; "사망자는 100명을 웃돌았다" is more than 100. Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 9, 14)

ROWS = [
    row("en", "Half of the 240 residents were evacuated.",
        [{"value": 50, "approx": "about"}, {"value": 240, "approx": "exact"}], id="en-half"),
    row("en", "A third of the victims were children.", [{"value": 33.33, "approx": "about"}],
        id="en-a-third"),
    row("en", "Half the 90 passengers were foreigners.",
        [{"value": 50, "approx": "about"}, {"value": 90, "approx": "exact"}], id="en-half-the"),
    row("en", "The chance of a win is exactly one sixth.", [{"value": 16.67, "approx": "exact"}],
        id="en-a-fraction-alone-stays-exact"),
    row("en", "More than half of the injured were children.",
        [{"value": 50, "approx": "more_than"}], id="en-more-than-half-stays-bounded"),
    row("fr", "La moitié des 240 habitants ont été évacués.",
        [{"value": 50, "approx": "about"}, {"value": 240, "approx": "exact"}], id="fr-la-moitie"),
    row("fr", "Plus de la moitié des blessés sont des enfants.",
        [{"value": 50, "approx": "more_than"}], id="fr-plus-de-la-moitie-stays-bounded"),
    row("ko", "피해 주민 240명 가운데 절반이 노인이었다.",
        [{"value": 240, "approx": "exact"}, {"value": 50, "approx": "about"}], id="ko-jeolban"),
    row("ko", "응답자의 절반 이상이 반대했다.", [{"value": 50, "approx": "at_least"}],
        id="ko-jeolban-isang-stays-bounded"),
    row("ko", "피해 주민의 3분의 1이 노인이었다.", [{"value": 33.33, "approx": "exact"}],
        id="ko-digits-fraction-stays-exact"),
    row("ko", "그는 \"연간 흑자는 지난 5월 전망치인 1천30억달러를 웃돌 가능성이 있다\"고 말했다.",
        [{"value": 1.03e11, "approx": "exact"}], id="ko-forecast-in-apposition"),
    row("ko", "이번 고용 지표는 시장 예상치 19만8천명을 밑돌았다.",
        [{"value": 198000, "approx": "exact"}], id="ko-consensus-before"),
    row("ko", "사망자는 120명을 웃돌았다.", [{"value": 120, "approx": "more_than"}],
        id="ko-a-toll-passed-stays-more-than"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_round_words_and_references(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
