"""A share of "the total" whose total was told in an earlier sentence (issue 9, "a share against
its part and whole in other sentences"): "Hospitals admitted 536 children ... in the week to
Nov. 29." then "Those aged 7 to 12 accounted for 247, or 42.1% of the total" (247 of 536 is
46.1 %) is a conflict.

The class, as read in weekly health bulletins (admissions by age group, "전체의 N%를 차지했다"),
agency releases ("soit 46,1 % du total") and casualty counts: the share restates the count just
before it and names the total as its whole, and the total is a count of an earlier sentence for
the same period. Its traps: a total over another period (a season's patients against a week's
admissions), two earlier counts either of which may be the total, and a period not read. The
sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.models import Verdict
from tests.article_conflicts import findings_of

PUBLISHED = date(2025, 12, 5)


def _shares(lang: str, text: str) -> list[tuple[Verdict, list[str]]]:
    return findings_of(text, lang, PUBLISHED, "share_of_total")


TOLD_BEFORE = [
    ("en", "Hospitals admitted 536 children with mycoplasma pneumonia in the week to Nov. 29, the "
           "agency said.\n\nThose aged 7 to 12 accounted for 247, or 42.1% of the total.",
     Verdict.conflict, ["247", "42.1%", "536"]),
    ("en", "Hospitals admitted 536 children with mycoplasma pneumonia in the week to Nov. 29, the "
           "agency said.\n\nThose aged 7 to 12 accounted for 247, or 46.1% of the total.",
     Verdict.consistent, ["247", "46.1%", "536"]),
    ("fr", "Les hôpitaux ont admis 536 enfants atteints de pneumonie la semaine dernière, selon "
           "l'agence.\n\nLes 7-12 ans en représentent 247, soit 42,1 % du total.",
     Verdict.conflict, ["247", "42,1 %", "536"]),
    ("ko", "질병관리청에 따르면 지난주(11월 23∼29일) 마이코플라스마 폐렴균 감염증 "
           "입원환자는 536명으로 집계됐다.\n\n"
           "연령별로는 7∼12세가 247명으로 전체의 42.1%를 차지했다.",
     Verdict.conflict, ["247명", "42.1%", "536명"]),
    ("ko", "질병관리청에 따르면 지난주(11월 23∼29일) 마이코플라스마 폐렴균 감염증 "
           "입원환자는 536명으로 집계됐다.\n\n"
           "연령별로는 7∼12세가 247명으로 전체의 46.1%를 차지했다.",
     Verdict.consistent, ["247명", "46.1%", "536명"]),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "figures"), TOLD_BEFORE)
def test_a_share_of_the_total_is_read_against_the_total_told_before(
    lang, text, verdict, figures
) -> None:
    assert _shares(lang, text) == [(verdict, figures)]


NOT_READ = [
    # the share's own sentence is over another period
    ("en", "Hospitals admitted 536 children with mycoplasma pneumonia in the week to Nov. 29, the "
           "agency said.\n\nSince September, those aged 7 to 12 accounted for 247, or 42.1% of "
           "the total."),
    # two earlier counts of the period: which one is the total is not known
    ("en", "Hospitals admitted 536 children in the week to Nov. 29 and 610 adults in the same "
           "week, the agency said.\n\nThose aged 7 to 12 accounted for 247, or 42.1% of the "
           "total."),
    # no period read for either figure
    ("ko", "마이코플라스마 폐렴균 감염증 입원환자는 536명으로 집계됐다.\n\n"
           "연령별로는 7∼12세가 247명으로 전체의 42.1%를 차지했다."),
    # a share of the national total after two sector counts: the larger count beside it is
    # no total of it
    ("fr", "Les défaillances ont atteint 58 300 sur douze mois.\n\nLa construction en compte "
           "14 200 sur douze mois. Le commerce en compte 11 900 et l'industrie 7 300, soit "
           "12,5 % du total."),
    # a total below the part is no total of it
    ("en", "Hospitals admitted 236 children with pneumonia in the week to Nov. 29.\n\nThose aged "
           "7 to 12 accounted for 247, or 42.1% of the total."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_READ)
def test_a_share_of_the_total_without_one_total_told_for_its_period_is_not_read(
    lang, text
) -> None:
    assert _shares(lang, text) == []
