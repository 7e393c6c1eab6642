"""A Korean subject that passes a figure is what the figure counts.

Korean copy tells a running count by the verb of passing it: "누적 관람객이 ... 136만명을
넘어섰다", "지연 운항한 항공편은 97편에
이릅니다". The bound ("을 넘어": more than) is read into the figure, and the predicate after it
was no predicate of numbering, so the subject was left out and the figure counted nothing: it never
met the same count told with "으로 집계됐다". A value a genitive names ("지난해의 1만 명을 넘어")
is passed by another figure and keeps counting nothing; a chance ("넘어설 가능성") stays a
projection. Sentences of our own in the style of agency and broadcaster copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Modality
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 10, 12)


def _claim(text: str, digits: str):
    claims = extract_text(text, lang="ko", published=PUBLISHED)
    return next(c for c in claims if c.surface.startswith(digits))


@pytest.mark.parametrize(("text", "digits", "counted"), [
    ("누적 관람객이 지난 3일까지 총 142만명을 넘어섰다.", "142만", "관람객"),
    ("국제영화제 관람객이 20만 명을 넘었다.", "20만", "관람객"),
    ("이번 폭설로 결항한 항공편이 164편에 이릅니다.", "164편", "항공편"),
    ("이재민이 3천200명을 웃돌았다.", "3천200명", "이재민"),
])
def test_the_subject_that_passes_a_figure_is_counted(text: str, digits: str, counted: str) -> None:
    assert _claim(text, digits).counted.endswith(counted)


def test_a_value_another_figure_passes_counts_nothing() -> None:
    assert _claim("참가자는 2만3천 명으로 지난해의 1만 명을 넘어 역대 최대다.", "1만").counted == ""


def test_a_clause_going_on_after_the_passing_counts_nothing() -> None:
    text = "올해 연간 수출은 6천800억 달러를 넘어 역대 최대 실적을 달성할 것이라고 말했다."
    assert _claim(text, "6천800억").counted == ""


def test_a_chance_of_passing_stays_a_projection() -> None:
    claim = _claim("사망자는 6천 명을 넘어설 가능성이 크다.", "6천")
    assert claim.modality is not Modality.stated


def test_a_count_passed_meets_the_same_count_numbered() -> None:
    claims = [
        *extract_text("국제영화제 관람객이 20만 명을 넘어섰다.", lang="ko",
                      published=PUBLISHED, article_id="a.md"),
        *extract_text("국제영화제 관람객은 20만3천 명으로 집계됐다.", lang="ko",
                      published=PUBLISHED, article_id="b.md"),
    ]
    groups = reconcile(claims).groups
    assert any(len({i.split("#")[0] for i in g.claim_ids}) == 2 for g in groups), groups
