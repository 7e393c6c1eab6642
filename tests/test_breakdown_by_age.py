"""A breakdown by age whose brackets cover every age names all its parts, ranking words or not:
the parts must add up to the total (``reconcile/structural/age_breakdown.py``). Epidemic and
hospital bulletins give their cases by age ("0~6세 ..., 7~18세 ..., 65세 이상 ..."; "under 5,
5 to 17, 18 and over"; "moins de 15 ans, de 15 à 64 ans, 65 ans et plus"); a group left out or
mistyped shows as a sum that misses the total. Sentences of our own in that style."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 12, 2)


def _breakdowns(lang: str, text: str) -> list:
    if lang == "ko":
        pytest.importorskip("kiwipiepy")
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    return [f for f in reconcile(claims).findings if f.detail == "breakdown"]


# (language, text with {x} for the last part, the part that makes the sum, one that does not)
CHECKED = [
    ("ko", "질병청은 지난주(11월 22~28일) 수족구병 환자가 512명으로 집계됐다고 밝혔다. 연령별로는 "
           "0~6세가 301명으로 가장 많았고 7~12세 120명, 13~18세 51명, 19세 이상 {x}명 "
           "순이었다.", 40, 32),
    ("ko", "지난주 식중독 환자는 모두 640명이었다. 연령별로 보면 9세 미만 102명, 10대 188명, 20대 "
           "131명, 30대 77명, 40대 64명, 50대 38명, 60대 25명, 70세 이상 {x}명이다.", 15, 23),
    ("en", "The health agency recorded 436 measles cases in the week to Nov. 28. Of these, 104 "
           "were aged under 5, 190 were aged 5 to 17 and {x} were 18 and over.", 142, 150),
    ("en", "Last week 530 people were treated for heat stroke: 61 aged under 18, 244 aged 18 to "
           "64 and {x} aged 65 and over.", 225, 215),
    ("fr", "Santé publique France a recensé 640 cas de rougeole la semaine dernière. Parmi eux, "
           "210 avaient moins de 5 ans, 300 de 5 à 19 ans et {x} 20 ans et plus.", 130, 140),
    ("fr", "La semaine dernière, 436 personnes ont été hospitalisées pour la grippe : 104 de "
           "moins de 15 ans, 190 de 15 à 64 ans et {x} de 65 ans et plus.", 142, 132),
]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CHECKED)
def test_a_breakdown_by_age_that_covers_every_age_must_add_up(
    lang: str, text: str, right: int, wrong: int
) -> None:
    (ok,) = _breakdowns(lang, text.format(x=right))
    assert ok.verdict is Verdict.consistent, ok.explanation
    (bad,) = _breakdowns(lang, text.format(x=wrong))
    assert bad.verdict is Verdict.conflict, bad.explanation


NOT_CHECKED = [
    # a ranking of the largest groups only: the brackets do not reach the oldest
    ("ko", "지난주 수족구병 환자는 512명이었다. 연령별로는 0~6세가 301명으로 가장 많았고 7~12세 "
           "120명 순이었다."),
    # deaths by age after a count of cases: the sum is far from it, another quantity
    ("en", "The agency recorded 436 measles cases last week. Deaths by age: 2 under 5, 1 aged 5 "
           "to 17 and 4 aged 18 and over."),
    # a bound among the parts leaves a bracket unread
    ("en", "Last week 530 people were treated for heat stroke: 61 aged under 18, 244 aged 18 to "
           "64 and more than 200 aged 65 and over."),
    # by age and by sex in one sentence: the counts after the brackets are no age group
    ("en", "Of the 436 cases, 104 were aged under 5, 190 aged 5 to 17 and 142 aged 18 and over; "
           "230 were women and 206 men."),
    # the groups of this week against last week's total
    ("ko", "지난주(11월 22~28일) 환자는 640명이었다. 이번 주(11월 29일~12월 5일) 연령별 환자는 "
           "9세 미만 102명, 10~59세 400명, 60세 이상 100명이다."),
    # two brackets that leave the middle out
    ("fr", "La semaine dernière, 436 personnes ont été hospitalisées : 104 de moins de 15 ans "
           "et 260 de 65 ans et plus."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_conflict_from_a_list_that_is_no_whole_breakdown_by_age(lang: str, text: str) -> None:
    assert not [f for f in _breakdowns(lang, text) if f.verdict is Verdict.conflict]
