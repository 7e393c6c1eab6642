"""A headline contradicting its own article (issue 9: "one article contradicting itself"), in
the style of agency and broadcaster copy on tourism and health statistics read through the
news corpus: the headline restates one body figure, and a digit swapped or mistyped there
("143만 명" over "134만 2천 명") is a real error a fact-checker wants to see. Headlines that
round, sum a list of parts, or name a place the body's figure does not, are not errors."""

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
    ("ko", "11월 방한 관광객 143만 명…역대 최대\n\n한국관광공사는 11월 한 달 동안 한국을 방문한 "
           "외래관광객이 134만 2천 명으로 집계됐다고 밝혔습니다.", date(2026, 12, 4)),
    ("ko", "10월 외국인 관광객 98만 명 방문\n\n한국관광공사는 10월 한 달 동안 한국을 찾은 외국인 "
           "관광객이 89만 명으로 집계됐다고 밝혔습니다.", date(2026, 11, 4)),
    ("fr", "Canicule : 1 930 passages aux urgences en juillet\n\nEn juillet, 1 390 passages aux "
           "urgences ont été liés à la chaleur, selon Santé publique France.", date(2026, 8, 5)),
]


@pytest.mark.parametrize(("lang", "text", "published"), CONTRADICTED)
def test_a_headline_the_body_contradicts_is_a_conflict(lang, text, published) -> None:
    [found] = _conflicts(lang, text, published)
    assert found.detail == "internal"
    assert found.id.endswith("-headline-h1")


NOT_CONTRADICTED = [
    # the body states the headline's figure, more precisely
    ("ko", "11월 방한 관광객 134만 명\n\n한국관광공사는 11월 한 달 동안 한국을 방문한 외래관광객이 "
           "134만 2천 명으로 집계됐다고 밝혔습니다.", date(2026, 12, 4)),
    # the body gives parts in a list: the headline may be their sum
    ("ko", "11월 방한 관광객 143만 명\n\n11월 한 달 동안 중국인 관광객은 41만 명, 일본인 관광객은 "
           "27만 명으로 집계됐다.", date(2026, 12, 4)),
    # a headline that rounds
    ("en", "Nearly 1,000 flu admissions in November\n\nIn November, 968 patients were admitted "
           "to hospital with flu, the health board said.", date(2026, 12, 3)),
    # a headline about one place, a body figure for a wider area
    ("en", "Kent: 7,000 homes without power on Tuesday\n\nOn Tuesday, about 41,000 homes lost "
           "power across the south-east, the network operator said.", date(2026, 12, 3)),
]


@pytest.mark.parametrize(("lang", "text", "published"), NOT_CONTRADICTED)
def test_a_headline_the_body_does_not_contradict_is_no_conflict(lang, text, published) -> None:
    assert _conflicts(lang, text, published) == []
