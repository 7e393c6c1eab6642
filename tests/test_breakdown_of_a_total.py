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
