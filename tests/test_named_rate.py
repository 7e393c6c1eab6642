"""A rate named by its noun against the two counts the article states for it (issue 9,
"structural checks"): "has recorded 8,240 cholera cases and 196 deaths" then "put the case
fatality rate at 3.4 percent" (196 / 8,240 is 2.4 %) is a conflict.

The class, as read in outbreak bulletins, wire copy on epidemics and election returns, in the three
languages: a case fatality rate ("taux de létalité", "치명률"), a turnout ("taux de participation",
"투표율") or a positivity rate, with its part and whole in its own sentence ("172 000 cas, dont
1 300 décès, soit un taux de létalité de 0,8 %"; "확진자 4천812명 중 사망자는 28명으로 0.6%의
치명률") or in an earlier one ("국내 확진자는 8,162명, 사망 75명이다. 따라서 국내 치명률은
0.92%"). Its traps: the rate of an earlier bulletin, the counts of one day beside the outbreak's,
a rate of another place, a rate named by no table word, a change of a rate. Sentences are our
own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 20)


def _rate_checks(lang: str, text: str) -> list[tuple[Verdict, list[str], float]]:
    claims = extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")
    surface = {c.id: c.surface for c in claims}
    return [(f.verdict, sorted(surface[i] for i in f.claim_ids), f.confidence)
            for f in reconcile(claims).findings
            if f.detail == "share_of_total"]


WRONG = [
    ("en", "Zambia has recorded 8,240 cholera cases and 196 deaths since the outbreak began on "
           "Aug. 3, the health ministry said on Friday.\n\nThe ministry put the case fatality "
           "rate at 3.4 percent, far above the 1 percent the WHO regards as acceptable.",
     ["196", "3.4 percent", "8,240"]),
    ("en", "Of the 2,480,000 registered voters, 1,210,000 cast ballots on Sunday, the electoral "
           "commission said, putting turnout at 53.8 percent.",
     ["1,210,000", "2,480,000", "53.8 percent"]),
    ("fr", "L'épidémie de choléra déclarée en septembre a fait 87 morts sur un total de 3 410 cas "
           "enregistrés, a annoncé vendredi le ministère de la Santé.\n\nLe taux de létalité "
           "atteint 3,6 %, selon le ministère.", ["3 410", "3,6 %", "87"]),
    ("ko", "질병관리청에 따르면 지난달 확진자 4천120명 가운데 사망자는 37명으로 치명률은 "
           "1.2%였다.", ["1.2%", "37명", "4천120명"]),
    ("ko", "국내 확진자는 6,240명, 사망 71명이다. 따라서 국내 치명률은 0.62%로 높아졌다.",
     ["0.62%", "6,240명", "71명"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), WRONG)
def test_a_rate_its_counts_do_not_make_is_a_sure_conflict(lang, text, figures) -> None:
    found = _rate_checks(lang, text)
    assert [(v, f) for v, f, _ in found] == [(Verdict.conflict, figures)]
    assert found[0][2] >= 0.5  # shown by default: the check read the pair the rate names


HOLDS = [
    ("en", "Ghana has confirmed 5,130 cholera cases, including 61 deaths, since Oct. 1, a case "
           "fatality rate of 1.2 percent, the Ghana Health Service said on Friday."),
    ("en", "The cumulative number of cholera cases reported from January to October is 41 230, "
           "including 702 deaths, with a case fatality rate of 1.70 %."),
    ("fr", "Depuis le 1er septembre, 2 940 cas ont été notifiés, dont 58 décès, soit un taux de "
           "létalité de 2 %, selon le ministère de la Santé."),
    ("fr", "Dimanche, 6 989 électeurs ont voté sur 14 380 inscrits, soit un taux de "
           "participation de 48,6 %."),
    ("ko", "이날 기준 전세계 확진자는 21만4천명, 사망자는 8,990명으로 치명률은 4.2%다."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDS)
def test_a_rate_its_counts_make_holds(lang, text) -> None:
    assert [v for v, _, _ in _rate_checks(lang, text)] == [Verdict.consistent]


NOT_CHECKED = [
    # the rate of an earlier bulletin, dated apart from today's counts
    ("fr", "L'épidémie a fait à ce jour 22 morts sur un total de 1 302 cas enregistrés, selon "
           "le ministère.\n\nLe précédent rapport du 5 août faisait état d'un taux de létalité "
           "de 1,4 %."),
    # a rate of another place than its counts
    ("en", "Zambia has recorded 8,240 cholera cases and 196 deaths since Aug. 3.\n\nIn Lusaka, "
           "the case fatality rate is 3.4 percent."),
    # the counts of one day beside the outbreak's: which pair the rate divides is not known
    ("en", "Malawi has recorded 9,870 cases and 212 deaths since the outbreak began.\n\nIn the "
           "24 hours to Monday, 286 new cases and nine deaths were reported.\n\nThe case "
           "fatality rate stands at 3.6 percent."),
    # a rate no table names: a mortality rate is per population, not per case
    ("en", "Zambia has recorded 8,240 cholera cases and 196 deaths since Aug. 3, and the "
           "mortality rate is 3.4 percent."),
    # a change of the rate, not the rate
    ("en", "Of the 2,480,000 registered voters, 1,210,000 cast ballots on Sunday, and turnout "
           "fell 3.8 percent."),
    # the part and whole two sentences before a rate of no period
    ("ko", "국내 확진자는 6,240명, 사망 71명이다. 완치자도 늘었다. 국내 치명률은 0.62%다."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHECKED)
def test_a_rate_its_counts_may_not_divide_is_not_checked(lang, text) -> None:
    assert _rate_checks(lang, text) == []


# A pair told as a part of its whole ("X of the Y registered voters", "유권자 Y명 중 X명이"),
# after the rate in its sentence or in the sentence next to it: the join word says which count
# is the part, where the counts' nouns do not ("registered voters casting a ballot").
JOINED_WRONG = [
    ("en", "Turnout was 58.4%, with 187,300 of the 341,900 registered voters casting a ballot, "
           "the county election office said.", ["187,300", "341,900", "58.4%"]),
    ("ko", "제9회 지방선거 투표율이 오후 3시 현재 49.2%로 잠정 집계됐다. 전체 유권자 4천412만명 "
           "가운데 2천014만명이 투표를 마쳤다.", ["2천014만명", "49.2%", "4천412만명"]),
]


@pytest.mark.parametrize(("lang", "text", "figures"), JOINED_WRONG)
def test_a_rate_against_a_pair_told_after_it(lang, text, figures) -> None:
    assert [(v, f) for v, f, _ in _rate_checks(lang, text)] == [(Verdict.conflict, figures)]


JOINED_HOLDS = [
    ("en", "Turnout was 54.8%, with 187,300 of the 341,900 registered voters casting a ballot."),
    ("ko", "투표율이 오후 2시 현재 45.6%로 집계됐다. 이날 오후 2시 현재 전체 유권자 4천412만명 중 "
           "2천012만명이 투표를 마쳤다."),
]


@pytest.mark.parametrize(("lang", "text"), JOINED_HOLDS)
def test_a_rate_a_pair_told_after_it_makes_holds(lang, text) -> None:
    assert [v for v, _, _ in _rate_checks(lang, text)] == [Verdict.consistent]


JOINED_SILENT = [
    # the part is no voter who voted: a part of the electorate by age
    ("en", "Turnout was 58.4%. Of the 341,900 registered voters, 52,100 of them are under 25."),
    ("en", "Turnout was 58.4%, and 52,100 of the 341,900 registered voters are under 25."),
    # a sentence stands between the rate and the pair
    ("ko", "투표율이 오후 3시 현재 49.2%로 잠정 집계됐다. 지역별로는 전남이 가장 높았다. 전체 "
           "유권자 4천412만명 가운데 2천014만명이 투표를 마쳤다."),
]


@pytest.mark.parametrize(("lang", "text"), JOINED_SILENT)
def test_a_pair_that_is_not_the_rates_is_not_read(lang, text) -> None:
    assert _rate_checks(lang, text) == []
