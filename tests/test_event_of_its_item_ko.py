"""A Korean figure's event is read from its own list item, never from the next one's
(claims/counted_frame.py, ``_in_its_item``).

The class, seen in real news: a disaster bulletin's "주택침수는 1천368건, 주택파손은 83건" read
the first figure as houses damaged ("파손"), the next item's word, and met a later bulletin's
damaged houses as a false conflict; a wire's "경찰과 헌병 1만 1천500명이 배치됐고, 파리에서만
57명이 체포됐다" read the deployed police as arrested. A noun after the figure names what
happened to it only inside its item ("5명 사망", "3명 사망."); past the comma it belongs to the
next figure. Negative rows of the same shape keep their event. Sentences of our own.

The same holds for the end of a clause (issue 12): a headline joins two clauses with "…"
("수출 물량 평시 71% 회복…경찰 \"14명 체포\"" read the share as arrests; "한파 시설 피해
164건으로…사망 1명" read the damage as deaths; "합계출산율 0.74명…사망자 6개월째 출생아 웃돌아"),
and a body sentence with a connective ending ("내수는 2.9% 늘었지만 해외 판매 부진" read domestic
demand as sales; "6.1% 줄었고 해외공장 판매는"). A connective that joins two verbs or makes a
postposition ("8천400건에 대해 삭제", "투입돼 수색") ends no clause: its figure keeps the
event after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _by_surface(text: str) -> dict:
    claims = extract_text(text, lang="ko", published=date(2026, 8, 3), article_id="k.md")
    return {c.surface: c for c in claims}


NOT_THE_NEXT_ITEMS = [
    ("주택침수는 912건, 주택파손은 47건이다.", "912건", "파손"),
    ("현장에는 경찰 8천200명이 배치됐고, 도심에서만 43명이 체포됐다.", "8천200명", "체포"),
]


@pytest.mark.parametrize(("text", "surface", "event"), NOT_THE_NEXT_ITEMS)
def test_a_figure_does_not_take_the_next_items_event(text, surface, event):
    claim = _by_surface(text)[surface]
    assert claim.event != event and claim.counted != event, (claim.counted, claim.event)


OWN_EVENT = [
    ("이번 사고로 5명 사망, 12명 부상의 피해가 났다.", "5명", "사망"),
    ("이번 사고로 5명 사망, 12명 부상의 피해가 났다.", "12명", "부상"),
    ("인명 피해는 사망 2명, 부상 31명으로 늘었다.", "31명", "부상"),
    ("화재로 3명 사망.", "3명", "사망"),
    ("현장에는 경찰 8천200명이 배치됐고, 도심에서만 43명이 체포됐다.", "43명", "체포"),
    ("주택침수는 912건, 주택파손은 47건이다.", "47건", "파손"),
]


@pytest.mark.parametrize(("text", "surface", "event"), OWN_EVENT)
def test_a_figure_keeps_the_event_of_its_own_item(text, surface, event):
    assert _by_surface(text)[surface].event == event


NOT_THE_NEXT_CLAUSES = [
    ('수출 물량 평시 71% 회복…경찰 "14명 체포"', "71%", "체포"),
    ("한파 시설 피해 164건으로…사망 1명·부상 9명", "164건", "사망"),
    ("2분기 합계출산율 0.74명…사망자 6개월째 출생아 웃돌아", "0.74명", "사망자"),
    ("내수는 2.9% 늘었지만 해외 판매 부진이 이어졌다.", "2.9%", "판매"),
    ("국내공장 수출은 6.1% 줄었고 해외공장 판매는 0.8% 늘었다.", "6.1%", "판매"),
]


@pytest.mark.parametrize(("text", "surface", "event"), NOT_THE_NEXT_CLAUSES)
def test_a_figure_does_not_take_the_next_clauses_event(text, surface, event):
    claim = _by_surface(text)[surface]
    assert claim.event != event, (claim.counted, claim.event)


OWN_CLAUSE_EVENT = [
    ('수출 물량 평시 71% 회복…경찰 "14명 체포"', "14명", "체포"),
    ("조합원 31명 체포…시멘트 출하 평소의 41%", "31명", "체포"),
    ("위원회는 불법 촬영물 8천400건에 대해 삭제 등 시정요구를 했다.", "8천400건", "삭제"),
    ("경찰은 이날 시위 참가자 26명을 체포했다.", "26명", "체포"),
]


@pytest.mark.parametrize(("text", "surface", "event"), OWN_CLAUSE_EVENT)
def test_a_figure_keeps_the_event_of_its_own_clause(text, surface, event):
    assert _by_surface(text)[surface].event == event
