"""A total split into parts the text states all of must add up (reconcile/structural/
breakdown.py): "to cut 2,400 jobs ... the losses will fall on 1,300 store roles and 900 office
roles" makes 2,200.

Seen in real news: retailers' job cuts split between stores and head office; a French plan
social whose cuts are given site by site ("370 ... quant aux 39 autres"); Korean restructuring
copy ("감원 인원은 ... 으로 나뉜다"). Sentences of our own. Traps: lists the text says are
partial ("including", "notamment", "dont", "이 가운데", "등"), a split whose whole is not known
(two larger figures before it), and parts that add up.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 12, 2)


def _breakdowns(lang: str, text: str):
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "breakdown"]


DO_NOT_ADD_UP = [
    ("en", "The bakery chain is to cut 1,800 jobs and close 24 shops. The losses will fall on "
           "1,100 shop roles and 500 roles at its head office."),
    ("en", "The carmaker will cut 3,200 jobs, split into 2,100 factory roles and 900 office "
           "roles."),
    ("fr", "L'équipementier va supprimer 1 800 postes. Ces suppressions se répartissent entre "
           "1 100 postes en usine et 500 postes au siège."),
    ("ko", "회사는 1천800명을 감원한다. 감원 인원은 공장 직원 1천100명, 본사 직원 500명으로 "
           "나뉜다."),
]


@pytest.mark.parametrize(("lang", "text"), DO_NOT_ADD_UP)
def test_parts_of_a_split_that_miss_the_total_are_a_conflict(lang: str, text: str):
    [found] = _breakdowns(lang, text)
    assert found.verdict is Verdict.conflict and found.confidence >= MIN_CONFIDENCE


ADD_UP = [
    ("en", "The carmaker will cut 3,200 jobs, split into 2,300 factory roles and 900 office "
           "roles."),
    ("fr", "L'équipementier va supprimer 1 800 postes. Ces suppressions se répartissent entre "
           "1 300 postes en usine et 500 postes au siège."),
    ("ko", "회사는 직원을 감원한다. 감원 인원 1천800명은 공장 직원 1천300명, 본사 직원 500명으로 "
           "나뉜다."),
]


@pytest.mark.parametrize(("lang", "text"), ADD_UP)
def test_parts_of_a_split_that_add_up_are_consistent(lang: str, text: str):
    [found] = _breakdowns(lang, text)
    assert found.verdict is Verdict.consistent


PARTIAL_OR_UNKNOWN = [
    ("en", "The carmaker will cut 3,200 jobs, including 2,100 factory roles and 900 office "
           "roles."),
    ("fr", "L'équipementier va supprimer 1 800 postes, dont 1 100 en usine et 500 au siège."),
    ("fr", "L'équipementier va supprimer 1 800 postes, notamment 1 100 en usine et 500 au "
           "siège."),
    ("ko", "회사는 1천800명을 감원한다. 이 가운데 공장 직원이 1천100명, 본사 직원이 500명이다."),
    ("ko", "회사는 1천800명을 감원한다. 감원 인원은 공장 직원 1천100명, 본사 직원 500명 등으로 "
           "나뉜다."),
    # two figures before the split could each be its whole
    ("en", "The carmaker employs 41,000 people and will cut 3,200 jobs. The losses will fall on "
           "2,100 factory roles and 900 office roles."),
]


@pytest.mark.parametrize(("lang", "text"), PARTIAL_OR_UNKNOWN)
def test_no_check_of_a_partial_list_or_an_unknown_whole(lang: str, text: str):
    assert not _breakdowns(lang, text)


# A total in one sentence, then a sentence that opens on the dimension it is divided by
# ("분야별로는", "직종별로 보면", "Dans le détail"), listing a part per category: a split stated
# whole with no "split into" word. Seen in Korean strike and disaster tolls and French protest
# tolls. A ranking ("가장 많았고", "... 순이었다") or the main ones ("주요 사업장별로는") names only
# some parts.
BY_CATEGORY_MISSES = [
    ("ko", "철도공사 집계로 오늘 파업에 참여한 조합원은 모두 3천260명입니다. 직종별로는 기관사 "
           "1천480명, 역무 1천10명, 정비 690명입니다."),
    ("ko", "이번 산불로 숨진 사람은 모두 31명이다. 지역별로 보면 의성 19명, 안동 6명, "
           "청송 3명이다."),
]
BY_CATEGORY_ADDS_UP = [
    ("ko", "철도공사 집계로 오늘 파업에 참여한 조합원은 모두 3천260명입니다. 직종별로는 기관사 "
           "1천560명, 역무 1천10명, 정비 690명입니다."),
    ("fr", "À Lyon, 64 personnes ont été interpellées samedi. Dans le détail, 51 personnes ont été "
           "placées en garde à vue et 13 ont été relâchées après un contrôle."),
]
BY_CATEGORY_PARTIAL = [
    ("ko", "고용노동부에 따르면 총파업에 참여한 조합원은 3천400명으로 집계됐다. 주요 사업장별로는 "
           "현대차 700명, 기아 520명, 한화오션 410명이다."),
    ("ko", "이번 산불로 숨진 사람은 모두 31명이다. 지역별로는 의성이 19명으로 가장 많았고, 안동 "
           "6명이 뒤를 이었다."),
    ("ko", "올해 온열질환자는 모두 3천120명이다. 지역별로는 경기 810명, 서울 420명, 경남 390명 "
           "순이었다."),
    # no word of a division: places after a national total are often only some of them
    ("ko", "공공운수노조 파업에는 노조원 2만4천명이 참여했다. 서울지하철은 1천600명, "
           "부산교통공사는 1천300명이 파업에 참여했다."),
]


@pytest.mark.parametrize(("lang", "text"), BY_CATEGORY_MISSES)
def test_parts_by_category_that_miss_the_total_are_a_conflict(lang: str, text: str):
    [found] = _breakdowns(lang, text)
    assert found.verdict is Verdict.conflict and found.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(("lang", "text"), BY_CATEGORY_ADDS_UP)
def test_parts_by_category_that_add_up_are_consistent(lang: str, text: str):
    assert [f.verdict for f in _breakdowns(lang, text)] == [Verdict.consistent]


@pytest.mark.parametrize(("lang", "text"), BY_CATEGORY_PARTIAL)
def test_a_ranking_or_the_main_parts_by_category_are_not_summed(lang: str, text: str):
    assert _breakdowns(lang, text) == []
