"""Two sides' estimates of one Korean rally, given as a pair after the rally's subject.

Korean rally copy gives the organisers' and the police's counts side by side, each after its
estimate phrase: "참석 인원은 주최 측 추산 12만여명, 경찰 추산 3만2000여명이었다". The estimate
phrase of each figure hid the subject from it: the first figure's predicate was not read
across the second side's phrase, the second figure's subject not across the first side's, so
neither counted anything and the disagreement a fact-checker wants first was never compared.
Each side's estimate phrase now says who estimated, never what is counted, and separates the
two items of the pair as a place separates the items of a list. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 3, 8)


@pytest.mark.parametrize(("text", "expected"), [
    ("7일 서울 여의도에서 열린 집회 참석 인원은 주최 측 추산 12만여명, 경찰 추산 3만2000여명"
     "이었다.", [("주최 측", "참석 인원"), ("경찰", "참석 인원")]),
    ("이날 집회 참가자는 경찰 추산 9천명, 주최 측 추산 2만5천명으로 집계됐다.",
     [("경찰", "참가자"), ("주최 측", "참가자")]),
    ("7일 광장에 모인 인원은 노조 측 추산 4만명, 경찰 추산 1만1천명이었다.",
     [("노조 측", "인원"), ("경찰", "인원")]),
])
def test_each_side_of_a_pair_counts_the_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    got = [(c.actor, c.counted) for c in claims]
    assert len(got) == len(expected), got
    for (actor, counted), (source, thing) in zip(got, expected, strict=True):
        assert actor == source
        assert counted is not None and counted.endswith(thing)


@pytest.mark.parametrize(("text", "counted"), [
    # one side alone reads as before
    ("이날 집회 참가자는 경찰 추산 9천명으로 집계됐다.", "참가자"),
    # a list by place still counts its subject
    ("누적 강수량은 인천 98.5㎜, 충남 서산 87.0㎜를 기록했다.", "누적 강수량"),
])
def test_the_same_shapes_without_a_pair_keep_their_reading(text: str, counted: str) -> None:
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    assert claims and all((c.counted or "").endswith(counted.split()[-1]) for c in claims)


def test_the_two_sides_of_a_pair_differ_as_sources() -> None:
    text = ("7일 서울 여의도에서 열린 집회 참석 인원은 주최 측 추산 12만명, 경찰 추산 "
            "3만2000명이었다.")
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    conflicts = [f for f in reconcile(claims).findings if f.verdict.value == "conflict"]
    assert [f.detail for f in conflicts] == ["sources_differ"]
