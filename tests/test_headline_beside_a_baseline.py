"""A headline against a body figure that stands beside its own baseline of another period
("... 5천640명으로, 지난해 같은 기간(5천36명)보다 12.0% 증가", "1,610 ... up from 1,120 in
October", "1 610 ..., contre 1 120 en juin"): the baseline is no part of a list the headline
might sum, so the headline check still reads the one body figure it restates (our own
sentences in the style of health bulletins and agency copy). Parts of one list, for one
period, still keep the headline from being read as any one of them."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.assess import MIN_CONFIDENCE
from reconcile.models import Verdict
from reconcile.pipeline import reconcile


def _conflicts(lang: str, text: str, published: date):
    claims = extract_text(text, lang=lang, published=published, article_id="a.md")
    return [f for f in reconcile(claims).findings
            if f.verdict is Verdict.conflict and f.confidence >= MIN_CONFIDENCE]


CONTRADICTED = [
    ("ko", "올해 A형간염 환자 5천170명…작년보다 12% 늘어\n\n질병관리청은 올해 1월 1일부터 지난달 "
           "30일까지 신고된 A형간염 환자가 5천640명으로, 지난해 같은 기간(5천36명)보다 12.0% "
           "증가했다고 밝혔다.", date(2026, 12, 3)),
    ("en", "1,930 flu patients admitted in November\n\nIn November, 1,610 flu patients were "
           "admitted to hospital, up from 1,120 in October, the health board said.",
     date(2026, 12, 3)),
    ("fr", "Canicule : 1 930 passages aux urgences en juillet\n\nEn juillet, 1 610 passages aux "
           "urgences ont été liés à la chaleur, contre 1 120 en juin, selon Santé publique "
           "France.", date(2026, 8, 5)),
]


@pytest.mark.parametrize(("lang", "text", "published"), CONTRADICTED)
def test_a_headline_against_a_figure_beside_its_baseline_is_a_conflict(
    lang: str, text: str, published: date
) -> None:
    [found] = _conflicts(lang, text, published)
    assert found.detail == "internal"


NOT_CONTRADICTED = [
    # the headline restates the body's figure; the baseline beside it is another period's
    ("ko", "올해 A형간염 환자 4천381명\n\n질병관리청은 올해 1월 1일부터 지난달 30일까지 신고된 "
           "A형간염 환자가 4천381명으로, 지난해 같은 기간(3천902명)보다 12.3% 증가했다고 "
           "밝혔다.", date(2026, 12, 3)),
    # two parts of one list, for one period: the headline may be their sum
    ("en", "Flu admissions hit 1,930 in November\n\nIn November, 1,390 adults and 540 children "
           "were admitted to hospital with flu, the health board said.", date(2026, 12, 3)),
]


@pytest.mark.parametrize(("lang", "text", "published"), NOT_CONTRADICTED)
def test_a_headline_the_body_restates_or_sums_is_no_conflict(
    lang: str, text: str, published: date
) -> None:
    assert _conflicts(lang, text, published) == []
