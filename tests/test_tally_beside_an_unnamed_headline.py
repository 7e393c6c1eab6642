"""A running tally told by two bulletins still falls when a headline figure that names nothing
it counts restates one of them (reconcile/structural/counter.py, ``_cumulative_cluster``).

The class: Korean disaster copy puts the tally in the headline with an image word instead of
the thing counted ("비닐하우스 등 312건 '와르르'…"), and the body says what it is ("시설 피해가
312건으로 집계됐다"). The headline's figure joins the body's; it says nothing of what it counts,
so it must neither make the pair a tally nor stop it being one. Before, the headline took the
next clause's noun ("축사 붕괴") as what it counted, by chance a tally word; once a figure's
words stop at its own clause, the whole cluster was read as no tally and the later bulletin's
fall went unseen. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.pipeline import reconcile

FIRST = ("폭설에 비닐하우스 등 214건 '와르르'…축사 붕괴로 1명 숨져\n\n"
         "중앙재난안전대책본부는 오늘(3일) 오후 6시 기준 대설로 인한 시설 피해가 214건으로 "
         "집계됐다고 밝혔습니다.")


def _details(later: str) -> list[str]:
    claims = [*extract_text(FIRST, lang="ko", published=date(2026, 12, 3), article_id="a.md"),
              *extract_text(later, lang="ko", published=date(2026, 12, 4), article_id="b.md")]
    return [f.detail for f in reconcile(claims).findings if f.verdict.value == "conflict"]


def _later(figure: str) -> str:
    return (f"폭설 시설 피해 {figure}건으로…사망 2명·부상 17명\n\n"
            f"중앙재난안전대책본부는 4일 오전 6시 기준 대설로 인한 시설 피해가 모두 {figure}건으로 "
            "집계됐다고 밝혔다.")


def test_a_fall_between_two_bulletins_is_seen_beside_an_unnamed_headline() -> None:
    assert "cumulative_decrease" in _details(_later("198"))


@pytest.mark.parametrize("figure", ["236", "214"])
def test_a_rise_or_the_same_tally_is_no_conflict(figure: str) -> None:
    assert "cumulative_decrease" not in _details(_later(figure))
