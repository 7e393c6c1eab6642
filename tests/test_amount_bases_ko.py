"""The basis of a Korean amount or rate, a word of its own right before the figure ("시간당 1만원",
"월 223만원", "연 2.50%"), says per what the amount runs, not what is counted: the counted reader
steps past it to the noun the figure is the value of, so the same wage or rate meets across two
articles, and no figure counts a bare '월' (claims/counted_skips.py, ``amount_bases``). Our own
sentences in the style of Korean wire and TV copy on wages, rates and pay (other names and
numbers); negative rows: a basis glued into a longer word ("격월") is that word."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

JULY_11 = date(2026, 7, 11)


def _counted(text: str, surface: str) -> str | None:
    claim = next(c for c in extract_text(text, lang="ko", published=JULY_11)
                 if c.surface == surface)
    return claim.counted


# (text, surface, counted): the noun before the basis, across a subject or object particle
# when the figure is what it numbers
BASES = [
    ("내년도 최저임금이 시간당 1만1천20원으로 결정됐다.", "1만1천20원", "최저임금"),
    ("한국은행은 기준금리를 연 2.75%로 동결했다.", "2.75%", "기준금리"),
    ("이 회사 직원의 평균 연봉은 연 8천200만원이다.", "8천200만원", "연봉"),
    ("신규 주택담보대출 금리는 연 4.13%로 한 달 전보다 0.06%포인트 올랐다.", "4.13%",
     "주택담보대출 금리"),
    ("노조는 기본급 월 9만8천원 인상을 요구했다.", "9만8천원", "기본급"),
]

# (text, surface, counted): no noun before the basis: nothing counted, not the basis itself
NOTHING_BEFORE = [
    ("내년 최저임금을 월 단위로 환산하면 월 231만4천원이다.", "231만4천원", ""),
]

# (text, surface, counted): the basis word glued into a longer one is that word
GLUED = [
    ("회원들은 격월 12만원을 회비로 낸다.", "12만원", "격월"),
]


@pytest.mark.parametrize(("text", "surface", "counted"), BASES)
def test_a_basis_is_skipped_to_what_the_figure_is_the_value_of(
    text: str, surface: str, counted: str
) -> None:
    assert _counted(text, surface) == counted


@pytest.mark.parametrize(("text", "surface", "counted"), NOTHING_BEFORE)
def test_a_basis_alone_is_not_counted(text: str, surface: str, counted: str) -> None:
    assert _counted(text, surface) in (counted, None)


@pytest.mark.parametrize(("text", "surface", "counted"), GLUED)
def test_a_basis_glued_into_a_word_is_no_basis(text: str, surface: str, counted: str) -> None:
    assert _counted(text, surface) == counted
