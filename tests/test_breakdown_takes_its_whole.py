"""A breakdown told as shares with their counts, or as counts adding up, covers the period of the
whole it breaks down, not the day the sentence before dated (claims/share_pairs.py).

Seen in real news: the Korean heat-illness bulletins (a running total since the watch opened,
then the day's new cases, then "성별로 보면 남성이 78.1%(...)" and "연령대별로는 50대(...)가 전체의
21.3%"), read as of the day of the new cases; English outbreak situation reports ("76% (149) of
all admissions"), read with no period. Sentences of our own. Traps: a pair whose whole matches
no count the article gave, a share too rough to name its whole ("one (0.6%)"), a level held as
of a date ("이 중 ...(41.5%)의 복구가 끝났다"), small counts that add up by chance.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import PeriodKind

PUBLISHED = date(2025, 8, 12)

_KO_LEAD = ("12일 질병관리청에 따르면 5월 15일부터 전날까지 신고된 온열질환자는 누적 2천400명으로 "
            "집계됐다. 신규 환자 수는 지난 9일 12명으로 줄었다. ")

BREAKDOWNS = [
    # share (count), then the list goes on with the same total
    ("ko", _KO_LEAD + "환자를 성별로 보면 남성이 75.0%(1천800명), 여성이 25.0%(600명)였다. "
                      "연령별로는 60대가 20.5%(492명)로 가장 많았다.",
     "2천400명", ["1천800명", "600명", "492명"]),
    # count, then its share of the whole ("전체의")
    ("ko", _KO_LEAD + "연령대별로는 60대(492명)가 전체의 20.5%로 가장 많았다.",
     "2천400명", ["492명"]),
    # counts adding up to the total
    ("ko", _KO_LEAD + "남성 환자는 1천800명으로, 여성(600명)의 3배였다.",
     "2천400명", ["1천800명", "600명"]),
    ("en", "As of Aug. 10, the health ministry had recorded 2,400 cases of heat illness since "
           "May 15. Twelve new cases were reported on Saturday. Men made up 1,800 (75.0%) of "
           "the patients and women 600 (25.0%).",
     "2,400", ["1,800", "600"]),
    ("en", "The outbreak reached 520 cases as of Aug. 10. On Saturday, 14 new cases were "
           "confirmed. Of all cases, 78% (406) were in children under five.",
     "520", ["406"]),
    ("fr", "Au 10 août, l'agence régionale de santé recensait 2 400 cas depuis le 15 mai. "
           "Samedi, 12 nouveaux cas ont été signalés. Les hommes représentent 75,0 % (1 800 "
           "cas) des malades.",
     "2 400", ["1 800"]),
]


def _claims(lang: str, text: str):
    return extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")


def _period(claims, surface: str):
    [claim] = [c for c in claims if c.surface == surface]
    p = claim.period
    return (p.kind, p.start, p.end) if p is not None else None


@pytest.mark.parametrize(("lang", "text", "whole", "parts"), BREAKDOWNS)
def test_a_breakdown_covers_its_wholes_period(lang, text, whole, parts):
    claims = _claims(lang, text)
    expected = _period(claims, whole)
    assert expected is not None and expected[0] is not PeriodKind.day
    for part in parts:
        assert _period(claims, part) == expected, part


NOT_A_BREAKDOWN_OF_IT = [
    # the pair's whole (1,800 / 0.75 = 2,400) is no count the article gave: the day goes on
    ("ko", "12일 질병관리청에 따르면 5월 15일부터 전날까지 신고된 온열질환자는 누적 3천100명으로 "
           "집계됐다. 신규 환자 수는 지난 9일 12명으로 줄었다. "
           "이 가운데 남성이 75.0%(1천800명)였다.",
     "1천800명", (PeriodKind.day, date(2025, 8, 9), date(2025, 8, 9))),
    # a share of one is too rough to name a whole (1 / 0.6 % is anything from 154 to 182)
    ("en", "In July, police held 172 suspects in raids on call centers. On Saturday, officers "
           "arrested 12 more people. They included 98 people in their twenties, eight in their "
           "30s and one (0.6%) in their 40s.",
     "0.6%", (PeriodKind.day, date(2025, 8, 9), date(2025, 8, 9))),
    # the same in Korean, where the count of one is read ("one" in English is no figure, so the
    # row above holds whatever the looseness rule says; this one fails without it)
    ("ko", "지난달 경찰은 보이스피싱 조직원 172명을 검거했다. 지난 9일에는 12명을 추가로 체포했다. "
           "40대는 1명(0.6%)이었다.",
     "0.6%", (PeriodKind.day, date(2025, 8, 9), date(2025, 8, 9))),
    # small counts that add up to an earlier count by chance
    ("ko", "지난 9일 사고로 5명이 다쳤다. 지난 10일에는 3명이 숨지고 2명이 실종됐다.",
     "2명", (PeriodKind.day, date(2025, 8, 10), date(2025, 8, 10))),
]


@pytest.mark.parametrize(("lang", "text", "surface", "period"), NOT_A_BREAKDOWN_OF_IT)
def test_figures_that_break_down_no_earlier_count_keep_their_reading(lang, text, surface,
                                                                     period):
    assert _period(_claims(lang, text), surface) == period


def test_a_level_reached_among_the_whole_stays_a_level():
    """ "이 중 1천529건(40.0%)의 복구가 끝났다": repairs done by publication, not over the
    damage's window, though 1,529 / 40.0 % is the damage total."""
    text = ("지난 7일부터 11일까지 집계된 시설 피해는 모두 3천820건이다. 이 중 1천529건(40.0%)의 "
            "응급복구가 끝났다.")
    got = _period(_claims("ko", text), "1천529건")
    assert got is not None and got[0] is not PeriodKind.interval
