"""The same window a year (or some years) earlier, given with nothing counted.

News sets a figure against the same months of an earlier year and names nothing the second
time: "6.21 million in October, up from 5.78 million a year earlier"; "98 400 demandes entre
janvier et septembre, contre 92 800 sur la même période de 2025"; "올해 1∼8월 187건으로,
지난해 같은 기간(142건)보다 늘었다". Read alone, the earlier figure says nothing of what it
counts and was left out ("unclear what it measures"), so the two periods were never shown
side by side. Its window, the figure's own moved back by whole years, says it is that
figure's baseline (``reconcile.group.Baselines``): the two meet as one quantity over two
periods, a ``period_mismatch``. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Period
from reconcile.group import years_before
from reconcile.models import Verdict
from reconcile.pipeline import reconcile

PUBLISHED = date(2026, 11, 12)

PAIRS = [
    ("en", "Ferry operators carried 2.48 million passengers in October, up from 2.31 million a "
           "year earlier, the port authority said.", "2.48 million", "2.31 million"),
    ("en", "The port handled 2.48 million passengers in October, the authority said.\n\n"
           "The figure, up from 2.31 million a year earlier, was the highest since 2019.",
     "2.48 million", "2.31 million"),
    ("fr", "Les urgences ont enregistré 41 300 passages entre janvier et septembre, contre "
           "38 900 sur la même période de 2025.", "41 300", "38 900"),
    ("ko", "올해 1월부터 9월까지 접수된 보이스피싱 피해 신고는 4천210건으로, 지난해 같은 "
           "기간(3천870건)보다 8.8% 늘었다.", "4천210건", "3천870건"),
]


def _claims(lang: str, text: str):
    return extract_text(text, lang=lang, published=PUBLISHED, article_id="a.md")


@pytest.mark.parametrize(("lang", "text", "figure", "baseline"), PAIRS)
def test_a_baseline_of_the_same_months_is_shown_beside_its_figure(
    lang: str, text: str, figure: str, baseline: str
) -> None:
    claims = _claims(lang, text)
    ids = {c.surface: c.id for c in claims}
    pair = {ids[figure], ids[baseline]}
    found = [f for f in reconcile(claims).findings if pair <= set(f.claim_ids)]
    # a rate stated with the two ("8.8% 늘었다") is checked against them too: a ``change``
    # when it holds (``reconcile.structural.change_rate``), beside the period difference
    checked = [f for f in found if f.detail == "stated_change"]
    assert [f.verdict for f in checked] in ([], [Verdict.consistent] * 2), checked
    assert [f.verdict for f in found if f not in checked] == [Verdict.period_mismatch], found


def test_a_figure_of_the_month_before_is_not_read_as_a_baseline() -> None:
    """"Compared with September" is another month of the same year: no evidence of what the
    unlabelled figure counts, so it stays unread."""
    claims = _claims("en", "Ferry operators carried 2.48 million passengers in October, against "
                           "2.31 million in September, the port authority said.")
    ids = {c.surface: c.id for c in claims}
    pair = {ids["2.48 million"], ids["2.31 million"]}
    assert not [f for f in reconcile(claims).findings if pair <= set(f.claim_ids)]


D = date.fromisoformat


@pytest.mark.parametrize(("earlier", "later", "expected"), [
    (("2025-10-01", "2025-10-31"), ("2026-10-01", "2026-10-31"), True),
    (("2019-09-01", "2019-09-30"), ("2026-09-01", "2026-09-30"), True),
    (("2024-01-01", "2024-02-29"), ("2025-01-01", "2025-02-28"), True),  # month ends
    (("2025-01-01", "2025-11-07"), ("2026-01-01", "2026-11-07"), True),
    (("2025-09-01", "2025-09-30"), ("2025-10-01", "2025-10-31"), False),  # a month before
    (("2026-10-01", "2026-10-31"), ("2025-10-01", "2025-10-31"), False),  # later, not earlier
    (("2025-01-01", "2025-10-31"), ("2026-01-01", "2026-11-07"), False),  # other days
    ((None, "2025-10-31"), (None, "2026-10-31"), False),  # a start unknown
])
def test_years_before(earlier: tuple, later: tuple, expected: bool) -> None:
    def period(ends: tuple) -> Period:
        return Period(start=ends[0] and D(ends[0]), end=D(ends[1]))

    assert years_before(period(earlier), period(later)) is expected
