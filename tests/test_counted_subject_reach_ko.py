"""A Korean change's subject is read across its level's figure however many parts the figure is
written in, and past "~의 경우" (claims/counted_change_subject.py, ``MAX_REACH``; ko context
``not_counted``; issues 9 and 12).

The class, read in real Korean jobs and loan release copy (two outlets of one annual jobs
release, a monthly loan release): "취업자는 2천382만9천명으로 전년 대비 32만3천명 늘었다",
"잔액은 1068조1000억원으로 6월 대비 6조원 증가했다". A level written in many parts ("2천382만
9천명" is seven morphemes) used up the reach across the base, so the change counted nothing and
met neither outlet's other copy; "12월 고용동향의 경우 취업자는" counted "경우 취업자" ("in the
case of"). Negative rows: anything else between (a comma, a verb) still parts the subject from
the change, and a short level reads as before. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text


def _counted(text: str, surface: str) -> str | None:
    claims = extract_text(text, lang="ko", published=date(2026, 1, 14), article_id="k.md")
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0].counted


ACROSS_A_LONG_LEVEL = [
    ("지난해 취업자는 2천412만3천명으로 전년 대비 28만7천명 늘었다.", "28만7천명", "취업자"),
    ("예금은행의 가계대출 잔액은 1071조4000억원으로 전월 대비 3조3000억원 증가했다.",
     "3조3000억원", "가계대출 잔액"),
    ("12월 고용동향의 경우 취업자는 2천296만1천명으로 집계됐다.", "2천296만1천명", "취업자"),
    # a short level, as before
    ("실업자는 87만명으로 전년 대비 2만1천명 증가했다.", "2만1천명", "실업자"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), ACROSS_A_LONG_LEVEL)
def test_a_change_counts_its_subject_across_a_long_level(text: str, surface: str,
                                                         counted: str) -> None:
    assert _counted(text, surface) == counted


NOT_ACROSS = [
    # a comma and another clause between: the change is the second clause's
    ("취업자는 2천412만3천명이었고, 고용률은 전년 대비 0.3%포인트 올랐다.", "0.3%포인트",
     "고용률"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), NOT_ACROSS)
def test_a_subject_across_a_clause_is_not_the_change(text: str, surface: str,
                                                     counted: str) -> None:
    assert _counted(text, surface) == counted
