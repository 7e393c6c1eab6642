"""A length of time between a Korean subject and its figure is no thing counted
(claims/counted_skips.py, ``_past_a_time_span``; issues 9 and 12).

The class, read in real Korean release copy (bank loans, cash in circulation, financial
assets, jobs): "잔액은 …원으로 한 달 사이 …원 늘었다", "5만원권은 … 한 달 새 …원 늘었다",
"최근 1년 새", "지난해 같은 달 …원이 늘었던". The figure counted the span's last noun ("사이",
"새", "달"), so two outlets' figures of one release never met. Read past the span, the figure
counts its subject, or nothing when none stands before it. Negative rows: a unit no number,
count or adnominal sizes ("달 탐사": the moon) and nouns that are no span keep today's reading.
Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _counted(text: str, surface: str) -> str | None:
    claims = extract_text(text, lang="ko", published=date(2026, 5, 29), article_id="k.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].counted


ACROSS_A_SPAN = [
    ("지난달 저축은행 신용대출은 한 달 사이 4조 3천억 원 늘었습니다.", "4조 3천억 원",
     "저축은행 신용대출"),
    ("기타대출 잔액은 241조6000억 원으로 한 달 새 1조2000억 원 늘었다.", "1조2000억 원",
     "기타대출 잔액"),
    ("수출은 1년 새 12.4% 늘었다.", "12.4%", "수출"),
    ("카드 승인액은 두 달 동안 3조1천억 원 증가했다.", "3조1천억 원", "카드 승인액"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), ACROSS_A_SPAN)
def test_a_span_between_subject_and_figure_is_read_past(text: str, surface: str,
                                                        counted: str) -> None:
    assert _counted(text, surface) == counted


NO_SPAN_COUNTED = [
    # the span is all that stands before the figure: it counts nothing rather than "달"
    ("그래도 1년 전 같은 달 7조 1천억 원이 불었던 데 비하면 작은 폭입니다.",
     "7조 1천억 원"),
    ("지난해 12월 한 달 사이 5조3000억 원이 늘어난 바 있다.", "5조3000억 원"),
]


@pytest.mark.parametrize(("text", "surface"), NO_SPAN_COUNTED)
def test_a_span_is_never_what_is_counted(text: str, surface: str) -> None:
    assert _counted(text, surface) not in {"달", "사이", "새", "같은 달", "한 달 사이"}


KEPT = [
    # a unit nothing sizes is another noun: the moon probe's budget
    ("달 탐사 예산은 6천억 원이다.", "6천억 원", "달 탐사 예산"),
    # nouns that are no span: what is counted, as before
    ("주택담보대출 잔액은 512조 원이다.", "512조 원", "주택담보대출 잔액"),
    ("피의자 총 387명이 검거됐다.", "387명", "피의자"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), KEPT)
def test_no_span_keeps_todays_reading(text: str, surface: str, counted: str) -> None:
    assert _counted(text, surface) == counted
