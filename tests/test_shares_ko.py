"""A share in parentheses after a Korean count ("N명(P%)") restates that count as a part of
its total, so the statcheck-style share check reads it (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.structural.shares import stated_share_checks

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2024, 10, 2)

# (text, the verdict of the share check, or None when no share is checked)
CASES = [
    # "N 가운데 M(P%)": the part of the figure "가운데" follows
    ("유출된 9만 6천 명 가운데 2만 4천 명(25.0%)은 계좌번호까지 빠져나갔다.", "consistent"),
    ("유출된 9만 6천 명 가운데 2만 4천 명(31.5%)은 계좌번호까지 빠져나갔다.", "conflict"),
    # a breakdown ("유형별로는") of the release's total
    ("올해 1월부터 8월까지 접수된 사기 신고는 640건으로 집계됐다. 유형별로는 투자사기가 "
     "160건(25.0%)으로 가장 많았다.", "consistent"),
    ("올해 1월부터 8월까지 접수된 사기 신고는 640건으로 집계됐다. 유형별로는 투자사기가 "
     "160건(40.0%)으로 가장 많았다.", "conflict"),
    # no total the share can be of: nothing is checked
    ("투자사기가 160건(40.0%)으로 가장 많았다.", None),
    # a total of another counter is not the count's
    ("올해 1월부터 8월까지 적발된 밀수는 912㎏이다. 품목별로는 필로폰이 160건(40.0%)이었다.", None),
]


@pytest.mark.parametrize(("text", "verdict"), CASES)
def test_a_share_in_parentheses_is_checked_against_its_total(text: str,
                                                             verdict: str | None) -> None:
    claims = extract_text(text, lang="ko", published=PUBLISHED)
    checks = [c for _, found in stated_share_checks(claims) for c in found]
    assert [c.verdict.value for c in checks] == ([verdict] if verdict else [])
