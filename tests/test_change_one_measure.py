"""A stated change is checked between two readings of ONE measure (issue 9, checks): Korean
releases tell a toll in people with the number of accidents in brackets ("447명(421건)"), and
the change after them ("31명(6.5%) 줄었다") is of the people. Read as the change from 478 people
to 452 accidents it was a false conflict.

The class, as read in labour, traffic and fire bulletins (동아일보 on the labour ministry's
third-quarter toll: people with their cases in brackets and a change in both; 안전신문 and
iMBC on the quarterly toll; a labour-health digest listing "재해자수 ...명(... 감소)"). The
counter the figure is written with is its measure; a count in brackets right after a count of
another counter is that figure's other measure, never a level of its own. Sentences are our
own."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 8, 20)


def _changes(text: str) -> list[tuple[Verdict, str]]:
    """The stated change checks of one sentence: verdict and explanation."""
    claims = extract_text(text, lang="ko", published=PUBLISHED, article_id="a.md")
    return [(f.verdict, f.explanation) for f in reconcile(claims).findings
            if f.detail == "stated_change"]


ROWS = [
    # people (cases): 312 against 355 people is -12.1 %, as stated
    ("올해 1~6월 교통사고 사망자는 312명(298건)으로, 지난해 같은 기간 355명(331건)보다 "
     "43명(12.1%) 줄었다.", Verdict.consistent, '"355명" (a.md:1) (January–June 2025) to "312명"'),
    # the same, and the rate disagrees with the people: a conflict between people only
    ("올해 1~6월 화재 사망자는 280명(266건)으로, 지난해 같은 기간 320명(301건)보다 "
     "40명(15.5%) 줄었다.", Verdict.conflict, '"320명" (a.md:1) (January–June 2025) to "280명"'),
]


@pytest.mark.parametrize(("text", "verdict", "levels"), ROWS)
def test_a_change_is_checked_between_counts_of_one_counter(text, verdict, levels) -> None:
    found = _changes(text)
    assert found, "no stated change read"
    assert {v for v, _ in found} == {verdict}
    assert all(levels in said for _, said in found)
