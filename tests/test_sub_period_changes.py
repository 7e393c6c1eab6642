"""A change is no count over a span: a year's change and one month's change of the same stock
are never a sub-period conflict (reconcile/structural/spans.py, ``_a_net_change``; issue 9).

The class, read in real jobs and loan release copy (an annual jobs release told by two Korean
outlets: the year's employed up 323,000, December's up 455,000 from a year earlier; monthly
loan releases): a change is a difference from a base, which another part of the period may
take back (a month's loans may grow by more than the year's, when other months shrank), so
"a count over part of a period cannot exceed the whole" does not hold for it. Once the year's
change counted what it changes, the two met and made a false conflict. Negative rows: counts
over a month and its year keep the check, in both directions. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

from reconcile.pipeline import reconcile
from tests.article_conflicts import claims_of

PUBLISHED = date(2026, 1, 14)


def _sub_period(articles: list[tuple[str, str, str]]) -> list[str]:
    claims = claims_of(articles, PUBLISHED)
    return [f.verdict.value for f in reconcile(claims).findings if f.detail == "sub_period"]


def test_a_month_s_change_may_exceed_the_year_s() -> None:
    found = _sub_period([
        ("지난해 취업자는 전년 대비 28만7천명 늘었다.", "ko", "a.md"),
        ("지난해 12월 취업자는 전년 동월 대비 41만2천명 늘었다.", "ko", "b.md"),
    ])
    assert "conflict" not in found


def test_counts_over_a_month_and_its_year_keep_the_check() -> None:
    found = _sub_period([
        ("지난해 교통사고 사망자는 2천551명으로 집계됐다.", "ko", "a.md"),
        ("지난해 12월 교통사고 사망자는 2천870명으로 집계됐다.", "ko", "b.md"),
    ])
    assert found == ["conflict"]
