"""An event's toll against the year's count of such events (reconcile/structural/counter.py,
``_started_later``).

A crash's, an avalanche's or a drowning's toll states no start: it counts from the event. The
year's statistic beside it ("From January to November, 19 people died in crashes on icy roads")
counts from 1 January. Read as counted from 1 January too, the later, lower toll "fell" below
the year's count: a false ``cumulative_decrease``. A start after 1 January (the event's)
explains a later, lower figure with no start; an earlier figure with no start above a later
one counted from 1 January still falls whatever its start after that day, and stays a conflict.

Seen in real news: a regional broadcaster giving one drowning's two dead beside "44 dead since
the start of the year"; a wire story on six skiers killed over a weekend beside the season's
count of avalanche deaths; "fourteen drowned between Friday and Sunday" beside "91 since early
July". Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2024, 12, 4)


def _decreases(lang: str, text: str) -> list:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "cumulative_decrease"]


EVENT_TOLL_AFTER_YEAR_COUNT = [
    ("en", "Four people died in Tuesday's pile-up on the motorway. From January to November, "
           "19 people died in crashes on icy roads."),
    ("fr", "Trois personnes sont mortes dans l'accident de mardi sur l'autoroute, selon les "
           "gendarmes. De janvier à novembre, 41 personnes sont mortes sur les routes "
           "verglacées du département."),
    ("ko", "어제(3일) 발생한 연쇄 추돌 사고로 5명이 숨졌습니다. 올해 들어 11월까지 결빙 사고로 "
           "22명이 숨졌습니다."),
    ("ko", "지난 2일 산불로 2명이 숨졌습니다. 올해 1월부터 11월까지 산불로 17명이 숨졌습니다."),
]


@pytest.mark.parametrize(("lang", "text"), EVENT_TOLL_AFTER_YEAR_COUNT)
def test_an_event_toll_is_not_read_as_counted_from_1_january(lang: str, text: str):
    assert not _decreases(lang, text)


STILL_FALLS = [
    # an earlier figure with no start above a later one counted from 1 January
    ("en", "By the end of May, 212 people had died in crashes on the region's roads, the agency "
           "said. From January to November, 190 people died in crashes on the region's roads, "
           "the agency said."),
    ("fr", "Fin mai, 212 noyades avaient été recensées sur le littoral. De janvier à novembre, "
           "198 noyades ont été recensées sur le littoral."),
    ("ko", "5월 31일 기준 교통사고 사망자는 212명으로 집계됐다. 올해 1월부터 11월까지 교통사고 "
           "사망자는 190명으로 집계됐다."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_FALLS)
def test_an_earlier_figure_with_no_start_above_the_years_count_still_falls(lang: str, text: str):
    [fall] = _decreases(lang, text)
    assert fall.verdict is Verdict.conflict
