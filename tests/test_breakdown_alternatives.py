"""Parts that are the alternatives their total names (issue 9, "parts against their total"): "118
femmes ont été tuées par leur conjoint ou leur ex-conjoint, dont 79 par leur conjoint et 33 par
un ex-conjoint" adds up to 112: every one of the 118 is one or the other, so the parts cannot
hold less. The class, as read in femicide counts ("tuées par leur conjoint ou ex-conjoint",
"killed by a partner or former partner"), casualty tolls ("morts ou blessés", "dead or missing",
"사망·실종") and school-trip tolls ("교사·학생 사망자"). The alternatives may overlap, so a sum
above the total says nothing; a "dont" list whose parts are not the total's alternatives ("80
morts, dont 12 enfants et 9 femmes"; "tuées par leur mari ou leur compagnon, dont huit à coups
de couteau et deux par balles") names only some parts, and is not read. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 11, 20)

_FR = ("Depuis le 1er janvier, 124 femmes ont été tuées par leur conjoint ou leur ex-conjoint, "
       "selon le collectif, dont 81 par leur conjoint et {n} par un ex-conjoint.")
_EN = ("Since January, 124 women have been killed by a partner or former partner, according to "
       "the group, of whom 81 by a partner and {n} by a former partner.")

CHECKED = [
    ("fr", _FR.format(n=36), Verdict.conflict, ["124", "36", "81"]),
    ("fr", _FR.format(n=43), Verdict.consistent, ["124", "43", "81"]),
    ("en", _EN.format(n=36), Verdict.conflict, ["124", "36", "81"]),
    ("en", _EN.format(n=43), Verdict.consistent, ["124", "43", "81"]),
    ("en", "Police said 124 women were killed by a partner or former partner last year.\n\n"
           "Of those, 81 were killed by a partner and 36 by a former partner.",
     Verdict.conflict, ["124", "36", "81"]),
    ("fr", "L'explosion a fait 57 morts ou blessés, dont 11 morts et 38 blessés.",
     Verdict.conflict, ["11", "38", "57"]),
    ("fr", "L'explosion a fait 57 morts ou blessés, dont 11 morts et 46 blessés.",
     Verdict.consistent, ["11", "46", "57"]),
    ("ko", "산사태로 인한 사망·실종자는 71명으로 집계됐다. 이 가운데 사망자는 13명, 실종자는 "
           "52명이다.", Verdict.conflict, ["13명", "52명", "71명"]),
    ("ko", "산사태로 인한 사망·실종자는 71명으로 집계됐다. 이 가운데 사망자는 19명, 실종자는 "
           "52명이다.", Verdict.consistent, ["19명", "52명", "71명"]),
    ("ko", "교사·학생 사망자는 83명으로, 이 가운데 학생 70명, 교사 4명이다.",
     Verdict.conflict, ["4명", "70명", "83명"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), CHECKED)
def test_parts_that_are_the_totals_alternatives_are_checked(lang, text, verdict, figures) -> None:
    assert findings_of(text, lang, PUBLISHED, "breakdown") == [(verdict, figures)]


NOT_CHECKED = [
    # parts that are no alternative of the total: only some parts
    ("fr", "Le bilan fait état de 80 morts, dont 12 enfants et 9 femmes."),
    ("fr", "Treize femmes ont été tuées par leur mari ou leur compagnon en mars, dont huit à "
           "coups de couteau et deux par balles."),
    # alternatives that may overlap: a sum above the total says nothing
    ("fr", "L'explosion a fait 57 morts ou blessés, dont 21 morts et 46 blessés."),
    # an approximate total: a shortfall is not read
    ("en", "Some 230 people were hospitalised or treated in intensive care, of whom 150 were "
           "hospitalised and 60 treated in intensive care."),
    # a 가운데 list whose parts are no alternatives of the total: only some parts
    ("ko", "희생자 164명 가운데 71명은 발인을 마쳤고, 58명은 발인 예정이다."),
    ("ko", "승선자는 392명이며 이 가운데 151명이 구조됐으나 203명은 생사가 확인되지 않았다."),
    ("ko", "사망·실종자는 71명으로 집계됐다. 이 가운데 강원 13명, 경북 52명이다."),
    # one join of a longer list: a part left out may make the rest
    ("ko", "서울·경기·인천 확진자는 640명으로, 이 가운데 서울 310명, 경기 170명이다."),
    ("fr", "Au moins 76 femmes ont été tuées par leur mari, compagnon ou ex, dont 41 par leur "
           "compagnon et 22 par un ex."),
    # the join names sources, not the parts
    ("fr", "Au moins 124 femmes ont été tuées, selon le collectif ou l'État, dont 81 par leur "
           "conjoint et 36 par un ex-conjoint."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_parts_that_are_not_the_totals_alternatives_are_not_checked(lang, text) -> None:
    assert findings_of(text, lang, PUBLISHED, "breakdown") == []
