"""One change word over a list of rates (issue 9, structural checks read a change only when it
has a way): "rose 0.4% on the month and 2.9% on the year", "en hausse de 0,3 % sur un mois et
de 1,4 % sur un an", "전월 대비 3.1%(4만명), 전년 동월 대비 9.8%(11만명) 증가한 수치다".

The class, as read in statistics releases and their coverage in the three languages (prices,
wages, entries of foreigners): the change word stands once, before the first rate (English,
French) or after the last (Korean), and every rate of the list goes its way; the rate without a
word of its own was read as a level. Negative rows: a rate joined by "and" that opens a clause
of its own ("and 20% remained unsold") or names a whole ("12% of them"), and Korean shares by
place before a change of another figure. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

PUBLISHED = date(2026, 11, 20)


def _ways(lang: str, text: str) -> dict[str, str | None]:
    return {c.surface: (c.direction.value if c.direction else None)
            for c in extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")}


SHARED = [
    ("en", "Average weekly pay rose 0.4% in October and 2.9% from a year earlier.", "2.9%", "up"),
    ("en", "Exports fell 3.2% in September and 1.8% in October.", "1.8%", "down"),
    ("fr", "Les prix à la consommation ont augmenté de 0,3 % sur un mois et de 1,4 % sur un an.",
     "1,4 %", "up"),
    ("ko", "지난달 체류외국인은 210만명으로 전월 206만명 대비 1.9%(4만명), 전년 동월 192만명 대비 "
           "9.4%(18만명) 증가한 수치다.", "1.9%", "up"),
    ("ko", "이는 9월에 대비해 2.7%, 전년 동기 대비 6.2% 각각 늘어난 수치다.", "2.7%", "up"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "way"), SHARED)
def test_every_rate_of_the_list_goes_the_change_words_way(lang, text, surface, way) -> None:
    assert _ways(lang, text)[surface] == way


KEPT = [
    ("en", "Sales rose 5% in the quarter and 20% remained unsold at the end of it.", "20%"),
    ("en", "Prices rose 4% and 12% of them were set by the state.", "12%"),
    ("fr", "Les ventes progressent de 2 % et 30 % des clients se disent satisfaits.", "30 %"),
    ("ko", "투표율은 서울 58.2%, 부산 55.1%로 지난 선거보다 3.2% 높았다.", "55.1%"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), KEPT)
def test_a_rate_that_is_no_item_of_the_list_keeps_no_way(lang, text, surface) -> None:
    assert _ways(lang, text)[surface] is None
