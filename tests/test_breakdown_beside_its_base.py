"""A total told beside the figure it is compared with ("En 2025, 84 200 personnes ..., contre 88
900 en 2024. Ce total se répartit entre ..."; "up from 3,900 a year earlier"; "전년(3천900명) 보다")
is the whole a split names: the base is last year's level, no candidate total
(reconcile/structural/breakdown.py, ``_the_whole``). Before, two figures larger than every part
stood before the split, and none was checked.

Seen in real news: the interior ministry's yearly naturalisation figures (a total against the
year before, then by decree, by marriage, by declaration); OFPRA's yearly asylum claims against
the year before; a Korean city budget against the year before, split into its general and
special accounts (money, which the check does not read yet: counts only here). Sentences of our
own. Traps: a split whose parts are partial ("dont", "including", "등"), two totals of this year
(which one is split is not known).
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2026, 3, 4)


def _breakdowns(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "breakdown")


CHECKED = [
    ("fr", "En 2025, 84 200 personnes ont acquis la nationalité française, contre 88 900 en "
           "2024, selon le ministère. Ce total se répartit entre 47 100 acquisitions par décret, "
           "15 600 déclarations à raison du mariage et 19 800 déclarations anticipées.",
     Verdict.conflict, ["84 200", "47 100", "15 600", "19 800"]),
    ("fr", "En 2025, 84 200 personnes ont acquis la nationalité française, contre 88 900 en "
           "2024, selon le ministère. Ce total se répartit entre 47 100 acquisitions par décret, "
           "15 600 déclarations à raison du mariage et 21 500 déclarations anticipées.",
     Verdict.consistent, ["84 200", "47 100", "15 600", "21 500"]),
    ("en", "The agency registered 6,420 asylum claims last year, up from 5,870 the year before. "
           "They were split into 4,310 first claims and 1,960 repeat claims.",
     Verdict.conflict, ["6,420", "4,310", "1,960"]),
    ("ko", "올해 입국한 외국인 근로자는 8천420명으로 지난해(7천950명)보다 늘었다. 입국자는 "
           "제조업 5천310명, 농축산업 2천40명으로 나뉜다.",
     Verdict.conflict, ["8천420명", "5천310명", "2천40명"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "cited"), CHECKED)
def test_a_total_beside_its_base_is_the_whole_of_the_split(lang, text, verdict, cited):
    assert _breakdowns(lang, text) == [(verdict, sorted(cited))]


NOT_CHECKED = [
    # "dont": the parts may be some of them only
    ("fr", "En 2025, 84 200 personnes ont acquis la nationalité française, contre 88 900 en "
           "2024. Ce total compte notamment 47 100 acquisitions par décret et 15 600 "
           "déclarations à raison du mariage."),
    # two totals of this year before the split: which one it splits is not known
    ("en", "The agency registered 6,420 asylum claims and 7,900 residence requests last year, up "
           "from 5,870 claims the year before. They were split into 4,310 first claims and 1,960 "
           "repeat claims."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_no_split_checked_without_one_whole(lang, text):
    assert _breakdowns(lang, text) == []
