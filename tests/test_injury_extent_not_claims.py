"""The extent of an injury describes the patients, no quantity the story counts: "burns to 90% of
their bodies", "burns over more than half of their bodies", "brûlés à plus de 50 %", "brûlé sur
40 % du corps", "전신의 40%에 화상". Explosion, fire and crash copy writes them (bdnews24 on a gas
cylinder blast, a Mexican pipeline fire, French copy on a bar fire's victims "brûlées à 20 %",
Korean fire reports); the development sets' gold reads them optional at most, never as claims.
The patients counted beside them stay ("Three workers", "2명"), and a share of bodies counted
stays ("70% of the bodies have been identified"). Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims import extract_text
from tests.claim_asserts import assert_claims, row

DAY = date(2026, 6, 3)

INJURIES = [
    row("en", "Three workers suffered burns to 90% of their bodies and were flown to the capital.",
        [{"value": 3, "unit": "count"}], id="en-burns-to-of-their-bodies"),
    row("en", "Many of the 27 patients have burns over more than half of their bodies.",
        [{"value": 27, "unit": "count"}], id="en-more-than-half-of-their-bodies"),
    row("en", "The boy, who has burns covering 45 percent of his body, is stable.", [],
        id="en-covering-of-his-body"),
    row("en", "Of the patients, 11 have suffered burns on at least 70 percent of their bodies.",
        [{"value": 11, "unit": "count"}], id="en-at-least-of-their-bodies"),
    row("fr", "Quatre ouvriers sont brûlés à plus de 60 %, selon les pompiers.",
        [{"value": 4, "unit": "count"}], id="fr-brules-a-plus-de"),
    row("fr", "Le blessé, brûlé sur 35 % du corps, a été héliporté vers Lyon.", [],
        id="fr-brule-sur-du-corps"),
    row("ko", "부상자 3명은 전신의 45%에 화상을 입어 위독한 상태다.",
        [{"value": 3, "unit": "count"}], id="ko-jeonsin-ui"),
    row("ko", "작업자 1명이 전신 70%에 2~3도 화상을 입었다.", [{"value": 1, "unit": "count"}],
        id="ko-jeonsin"),
    # shares of things counted, and bodies counted, stay
    row("en", "Officials said 70% of the bodies recovered had been identified.",
        [{"value": 70, "unit": "percent"}], id="en-share-of-bodies-counted-stays"),
    row("en", "The fire destroyed 40% of the forest, the agency said.",
        [{"value": 40, "unit": "percent"}], id="en-share-of-a-forest-stays"),
    row("fr", "Le feu a brûlé 35 % de la forêt domaniale.", [{"value": 35, "unit": "percent"}],
        id="fr-share-of-a-forest-stays"),
    row("ko", "산불로 국립공원 면적의 40%가 불에 탔다.", [{"value": 40, "unit": "percent"}],
        id="ko-share-of-a-park-stays"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INJURIES)
def test_injury_extent(lang: str, text: str, expected: list[dict]) -> None:
    assert_claims(extract_text(text, lang=lang, published=DAY), expected)
