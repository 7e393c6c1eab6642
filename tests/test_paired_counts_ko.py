"""Korean counts of one group in two counters, side by side ("102세대 157명", "1408세대,
2336명"): both figures take what the words before the first say is counted, and a predicate
after the last ("으로 늘었다", "이다", "이며") says both are what the subject numbers
(claims/counted_morphemes.py, ``_paired``).

The class, seen in real news: disaster bulletins giving evacuees and the displaced by household
and by person ("이재민은 16세대 41명으로", "1천14세대, 1천501명이며", "1372가구 1944명이
대피했다", "이 중 455세대 682명은 아직 미귀가"). Read one figure at a time, the second took the
first's counter for what it counts, or nothing, and the two bulletins' evacuees never met.
Negative rows of the same shape keep today's reading: figures of one counter side by side,
figures with a noun between them ("47개 항로 63척"), a list of parts each with its own noun.
Sentences of our own, with other names and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _by_surface(text: str) -> dict:
    claims = extract_text(text, lang="ko", published=date(2026, 8, 3), article_id="k.md")
    return {c.surface: c for c in claims}


PAIRS = [
    ("미리 대피한 주민은 64세대 97명으로 늘었다.", ("64세대", "97명"), "주민", "대피"),
    ("일시 대피한 주민은 212가구 355명으로 집계됐다.", ("212가구", "355명"), "주민", "대피"),
    ("이재민은 1203세대, 2118명이며 대부분 마을회관에 머물고 있다.", ("1203세대", "2118명"),
     "이재민", None),
    ("대피한 주민은 모두 38세대 59명이다.", ("38세대", "59명"), "주민", "대피"),
    ("주민 27세대 44명이 경로당으로 미리 대피했다.", ("27세대", "44명"), "주민", "대피"),
]


@pytest.mark.parametrize(("text", "surfaces", "counted", "event"), PAIRS)
def test_both_counts_of_a_pair_take_what_the_subject_counts(text, surfaces, counted, event):
    by = _by_surface(text)
    for surface in surfaces:
        claim = by[surface]
        assert claim.counted == counted, (surface, claim.counted)
        if event is not None:
            assert claim.event is not None and event in claim.event, (surface, claim.event)


def test_the_two_bulletins_evacuees_count_the_same_thing():
    earlier = _by_surface("주민 27세대 44명이 경로당으로 미리 대피했다.")
    later = _by_surface("미리 대피한 주민은 35세대 58명으로 늘었다.")
    assert earlier["44명"].counted == later["58명"].counted == "주민"
    assert earlier["27세대"].counted == later["35세대"].counted == "주민"


APART = [
    # one counter side by side: a list, no pair
    ("비닐하우스 120건, 축사 41건이다.", "41건", "축사"),
    # a noun between the figures: the pair rule does not reach across it (today's reading)
    ("여객선도 31개 항로 44척이 발이 묶였다.", "44척", "항로"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), APART)
def test_figures_that_are_no_pair_keep_their_own_reading(text, surface, counted):
    assert _by_surface(text)[surface].counted == counted
