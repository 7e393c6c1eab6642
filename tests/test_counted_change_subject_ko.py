"""A Korean change's subject stands before its base, its time or its level: it is what changed
(claims/counted_change_subject.py, ``subject_across_adverbials``; issues 9 and 12).

The class, read in real Korean release copy (industrial activity, jobless benefits, tax
revenue, births, share prices): "소매판매는 전월보다 1.1% 감소했다", "제조업 재고는 한 달 전보다
2.3% 늘었다", "반도체 생산은 3월에 8.7% 급증한 뒤", "소득세는 71조4천억 원으로 1조8천억 원
증가했다", "합계출산율은 0.74명으로 1년 전보다 0.02명 올랐다". The figure was read as counting
nothing, so it met no English "retail sales fell 0.6 percent". Negative rows: a subject
before a role ("예산으로": who budgets is not what changed), before an object, a verb or a
comma, and a figure that is no change keep today's reading. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _counted(text: str, surface: str) -> str:
    claims = extract_text(text, lang="ko", published=date(2026, 5, 29), article_id="k.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].counted


WHAT_CHANGED = [
    ("소매판매는 전월보다 1.1% 감소했다.", "1.1%", "소매판매"),
    ("제조업 재고는 한 달 전보다 2.3% 늘었다.", "2.3%", "제조업 재고"),
    ("반도체 생산은 3월에 8.7% 급증한 뒤 지난달 감소로 돌아섰다.", "8.7%", "반도체 생산"),
    ("건설기성은 1년 전보다 4.4% 줄어 5개월 연속 감소세를 이어갔다.", "4.4%", "건설기성"),
    ("수출은 작년 같은 달보다 7.2% 감소했다.", "7.2%", "수출"),
    ("소득세는 71조4천억 원으로 1조8천억 원 증가했다.", "1조8천억 원", "소득세"),
    ("신규 신청자는 7만6천 명으로 지난해 같은 달보다 2천300명 증가했다.", "2천300명",
     "신규 신청자"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), WHAT_CHANGED)
def test_a_change_counts_its_subject_across_its_base(text: str, surface: str,
                                                     counted: str) -> None:
    assert _counted(text, surface) == counted


NOT_THE_SUBJECT = [
    # a role: who budgets is not what grew
    ("노동부는 내년 실업급여 예산으로 올해보다 3.1% 많은 10조2천억 원을 편성했다.", "3.1%",
     "노동부"),
    # a verb between, with a figure of its own: the subject is another clause's
    ("광공업 생산은 반도체(-6.1%) 등에서 줄어 전월보다 1.9% 감소했다.", "1.9%", "광공업 생산"),
    # no change: a level across a time phrase is not read this way
    ("경찰청은 지난달 30일부터 이날 오전까지 운송 방해 혐의로 모두 17명을 체포했다.", "17명",
     "경찰청"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), NOT_THE_SUBJECT)
def test_a_subject_across_anything_else_is_not_what_changed(text: str, surface: str,
                                                            subject: str) -> None:
    assert _counted(text, surface) != subject
