"""One running count of arrests told by several Korean outlets meets as one (issue 12).

The class, read in real Korean strike coverage (a truckers' union strike, six outlets over two
days): the same police count is told as "조합원 총 30명을 현장에서 연행했다" (taken into
custody), "30명이 현행범으로 체포됐다" (arrested, counted by the bare counter) and "불법행위를
한 조합원 30명을 체포했다". "연행" is an arrest, and a union's members ("조합원", "노조원") are
people as "members" are: the three readings were three groups, and the count's growth from 30
to 43 was never read as one timeline. Negative rows: a count of members on strike is not an
arrest, and arrests never meet the injured. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.lexicon import Lexicon
from tests.grouping_cases import meet


@pytest.mark.parametrize(("word", "concept"), [("연행", "arrest"), ("조합원", "person"),
                                               ("노조원", "person")])
def test_the_words_of_an_arrest_count(word: str, concept: str) -> None:
    assert Lexicon.shipped().normalise(word, "ko") == (f"#{concept}",)


def _meet(a: str, a_fig: str, b: str, b_fig: str) -> bool:
    return meet(("ko", a, a_fig), ("ko", b, b_fig), date(2026, 6, 10))


def test_one_arrest_count_told_three_ways_meets() -> None:
    a = "경찰은 파업이 시작된 뒤 지금까지 조합원 총 27명을 현장에서 연행했다."
    b = "경찰청에 따르면 파업이 시작된 뒤 지금까지 27명이 현행범으로 체포됐다."
    assert _meet(a, "27명", b, "27명")


@pytest.mark.parametrize("other", [
    "경찰청에 따르면 이날 오전 파업에 참여한 조합원은 27명이다.",
    "경찰청에 따르면 파업이 시작된 뒤 지금까지 27명이 다쳤다.",
])
def test_an_arrest_count_meets_no_other_count_of_people(other: str) -> None:
    a = "경찰은 파업이 시작된 뒤 지금까지 조합원 총 27명을 현장에서 연행했다."
    assert not _meet(a, "27명", other, "27명")
