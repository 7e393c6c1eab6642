"""One running count read at two ends: a count from a stated start, told at an earlier end,
cannot exceed the same count told over a longer window from that start, event named or not
(reconcile/structural/spans.py, ``_one_running_count``).

The class, read in real copy: Korean labour-ministry wage-arrears releases repeat the year's
running count at each month's end ("7월 말 기준 누적" beside "1∼8월"; News1, MBN, KTV,
Sisafocus), Italian interior-ministry arrival counts "since 1 January" at two dates
(marine-oceans.com, Kapitalis), US Census year-to-date spending beside a month's figure
(Mortgage News Daily); a toll since January told as "personnes ont perdu la vie" and as
"tués" is one count of deaths (``evidence._one_concept``). A count with no event the concept
table knows ("체불 피해 근로자", "방한 외국인 관광객") met its shorter window in one group and
only made a period mismatch.
Negative rows, as in the same copy: a count that grows; a stock told "as of" a day (asylum
seekers housed on 30 June, no start); two bodies' counts; windows from two starts. Sentences
of our own, other names and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.pipeline import reconcile
from tests.article_conflicts import claims_of

PUBLISHED = date(2026, 10, 13)


def _sub_period(text: str, lang: str) -> list[str]:
    claims = claims_of([(text, lang, "a.md")], PUBLISHED)
    return sorted(f.verdict.value for f in reconcile(claims).findings
                  if f.detail == "sub_period")


@pytest.mark.parametrize(("conflict", "lang", "text"), [
    # the reading at the earlier end above the longer window's: found
    (True, "ko",
     "올해 1∼9월 방한 외국인 관광객은 1천210만 명이었다. 앞서 공사가 집계한 8월 말 기준 누적 "
     "방한 외국인 관광객은 1천260만 명이었다."),
    (True, "ko",
     "올해 1∼9월 임금체불 신고 사업장은 8만1천240곳이었다. 노동부가 지난달 발표한 8월 말 기준 "
     "누적 임금체불 신고 사업장은 8만4천510곳이었다."),
    (True, "fr",
     "De janvier à septembre, 38 420 demandeurs d'asile ont été enregistrés, selon l'Ofpra. "
     "Fin août, l'Ofpra comptait déjà 39 870 demandeurs d'asile depuis le 1er janvier."),
    # people named by what happened to them and a toll's noun: one count of deaths
    (True, "fr",
     "Au 30 septembre, 52 personnes ont perdu la vie sur les routes de la Manche depuis le 1er "
     "janvier, selon la préfecture. Fin août, la préfecture recensait 57 tués depuis le "
     "début de l'année."),
    # a count that grows: the part fits its whole
    (False, "ko",
     "올해 1∼9월 방한 외국인 관광객은 1천310만 명이었다. 앞서 공사가 집계한 8월 말 기준 누적 "
     "방한 외국인 관광객은 1천260만 명이었다."),
    # two bodies, each naming itself, keep two counters
    (False, "ko",
     "법무부에 따르면 올해 1∼9월 방한 외국인 관광객은 1천210만 명이었다. 관광공사가 집계한 8월 말 "
     "기준 누적 방한 외국인 관광객은 1천260만 명이었다."),
])
def test_one_running_count_read_at_two_ends(conflict: bool, lang: str, text: str) -> None:
    assert ("conflict" in _sub_period(text, lang)) is conflict


@pytest.mark.parametrize(("lang", "text"), [
    # a stock told as of a day states no start: no running count
    ("fr", "De janvier à septembre, 38 420 demandeurs d'asile ont été enregistrés, selon "
           "l'Ofpra. Au 31 août, 41 200 demandeurs d'asile étaient hébergés dans les centres "
           "d'accueil."),
    # windows from two starts: a month against the year so far
    ("ko", "올해 1∼9월 방한 외국인 관광객은 1천210만 명이었다. 8월 한 달 방한 외국인 관광객은 "
           "1천260만 명이었다."),
])
def test_no_running_count_no_conflict(lang: str, text: str) -> None:
    assert "conflict" not in _sub_period(text, lang)
