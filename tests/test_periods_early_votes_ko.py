"""An early-voting figure never carries the vote's day from the results said before it: it
takes the early-voting window the article states, else no period (our own sentences in the
style of Korean results copy; published 2026-06-04)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2026, 6, 4)
LEAD = "3일 치러진 지방선거에서 여당이 시도지사 9곳을 가져갔다. 최종 투표율은 58.2%였다. "


def _period(text: str, surface: str) -> tuple[str | None, str | None, str] | None:
    claim = next(c for c in extract_text(text, lang="ko", published=PUBLISHED)
                 if c.surface == surface)
    p = claim.period
    if p is None:
        return None
    return (str(p.start) if p.start else None, str(p.end) if p.end else None, p.kind.value)


ROWS = [
    # no window of the early voting stated: no period, not the vote's day
    (LEAD + "당초 역대 최대 사전투표율(27.3%)을 기록하며 기대를 모았다.", "27.3%", None),
    (LEAD + "전남과 광주는 앞선 사전투표에서도 투표율(각각 38.1%, 35.6%)이 가장 높았다.",
     "35.6%", None),
    # the early-voting window the article states
    ("지난달 29∼30일 실시된 사전투표에는 1천150만 명이 참여했다. " + LEAD
     + "사전투표율(25.9%)도 지난 선거보다 높았다.", "25.9%",
     ("2026-05-29", "2026-05-30", "interval")),
    # kept: the vote's own figures, and a day carried from the early voting's own first day
    (LEAD + "사전투표율(27.3%)도 높았다.", "58.2%", ("2026-06-03", "2026-06-03", "day")),
    ("사전투표 첫날인 29일 투표율은 9.8%였다. 전남이 14.2%로 가장 높았다.", "14.2%",
     ("2026-05-29", "2026-05-29", "day")),
]


@pytest.mark.parametrize(("text", "surface", "period"), ROWS)
def test_early_votes_keep_their_window(text: str, surface: str,
                                       period: tuple[str | None, str | None, str] | None) -> None:
    assert _period(text, surface) == period
