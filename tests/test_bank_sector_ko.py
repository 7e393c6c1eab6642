"""Banks named as "은행" or as the banking sector "은행권" are one thing counted
(claims/data/concepts.toml, ``bank``; issues 9 and 12).

The class, read in real Korean loan copy (one monthly household-loan release told by an agency,
a broadcaster and three papers): one outlet writes "은행 가계대출", the next "은행권 가계대출"
for the same figure; as words the two never met. Negative rows: the whole financial sector
("금융권", "2금융권") is another lender, and the Bank of Korea ("한국은행") is a name, not the
sector. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.lexicon import Lexicon
from tests.grouping_cases import meet

PUBLISHED = date(2026, 4, 9)


def test_a_bank_figure_meets_the_banking_sector_s() -> None:
    assert meet(("ko", "지난달 은행 가계대출은 한 달 사이 3조9천억 원 늘었다.", "3조9천억 원"),
                ("ko", "지난달 은행권 가계대출이 3조9천억 원 증가했다.", "3조9천억 원"), PUBLISHED)


@pytest.mark.parametrize(("phrase", "other"), [
    ("은행 가계대출", "은행권 가계대출"),
    ("bank loans", "은행 대출"),
])
def test_one_lender_named_two_ways(phrase: str, other: str) -> None:
    lexicon = Lexicon.default()
    assert "#bank" in lexicon.normalise(phrase, "ko") and "#bank" in lexicon.normalise(other, "ko")


@pytest.mark.parametrize("phrase", ["금융권 가계대출", "2금융권 가계대출", "한국은행"])
def test_other_lenders_and_the_central_bank_are_not_the_banks(phrase: str) -> None:
    assert "#bank" not in Lexicon.default().normalise(phrase, "ko")
