"""A share of a target is how much of it was reached, not a plan (our own sentences in the style
of Korean economy wire copy; published 2025-11-20).

"연간 목표치 90억 달러의 108.9%를 달성했다", "올해 목표치의 76.4%에 달했다", "연간
목표액(42억 달러)의 18.6%에 그쳤다": the target word before the figure belongs to the target (the
figure before it, or the noun "의" makes a whole of), so the share is a measured value with the
window of what was achieved; the target itself stays a plan ("올해 목표는 7천만 명이다").
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import extract_text
from claims.models import Claim, Modality

pytest.importorskip("kiwipiepy")

PUBLISHED = date(2025, 11, 20)


def _claim(text: str, surface: str) -> Claim:
    return next(c for c in extract_text(text, lang="ko", published=PUBLISHED)
                if c.surface == surface)


REACHED = [
    ("다온중공업은 올해 1∼10월 누적 수주액이 98억 달러로 연간 목표치 90억 달러의 108.9%를 "
     "달성했다고 밝혔다.", "108.9%", ("2025-01-01", "2025-10-31")),
    ("다온건설의 상반기 수주액은 연간 목표액(42억 달러)의 18.6%에 그쳤다.", "18.6%",
     ("2025-01-01", "2025-06-30")),
    ("조선 3사의 올해 1~9월 선박 수주액은 212억 달러로 올해 목표치의 76.4%에 달했다.", "76.4%",
     None),
]


@pytest.mark.parametrize(("text", "surface", "window"), REACHED)
def test_a_share_of_a_target_is_measured(text: str, surface: str,
                                         window: tuple[str, str] | None) -> None:
    claim = _claim(text, surface)
    assert claim.modality is not Modality.planned
    if window is not None:
        assert claim.period is not None
        assert (str(claim.period.start), str(claim.period.end)) == window


TARGETS = [
    ("다온중공업은 올해 1∼10월 누적 수주액이 98억 달러로 연간 목표치 90억 달러의 108.9%를 "
     "달성했다고 밝혔다.", "90억 달러"),
    ("다온건설의 상반기 수주액은 연간 목표액(42억 달러)의 18.6%에 그쳤다.", "42억 달러"),
    ("다온해운의 올해 목표는 7천만 명이다.", "7천만 명"),
    ("업계는 내년 수주 목표를 150억 달러로 잡았다.", "150억 달러"),
]


@pytest.mark.parametrize(("text", "surface"), TARGETS)
def test_the_target_itself_stays_a_plan(text: str, surface: str) -> None:
    assert _claim(text, surface).modality is Modality.planned
