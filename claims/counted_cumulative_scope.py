"""A cumulative total that reaches back beyond the story's window.

"올해 들어 지난달 말까지 귀화한 외국인은 186명", then "외국인 누적 귀화 인원은 지난달 말 기준
2만8천105명": a tally said cumulative ("누적") as of a day the story's window reaches, of the
thing the window's own total already counted, and many times that total, cannot run from the
window's start (a count only grows: it would be at most 186). It is the running total since
records began, a level as of its day (DESIGN "Periods": ``as_of``). A cumulative smaller than
the window's total ("지난 22일까지 누적 환자 1,512명" in a story of 1,830 to the 29th), or of
another thing, still counts from the window's start (``claims.counted_periods``).

A cumulative said as of an earlier day right after the same running total to a later day
("2023년 6월 특별법 시행 이후 지난달 말까지 인정한 피해자는 모두 3만1천460명", then "10월 말
기준 누적 피해자는 2만9천758명이었다") is the counter's earlier reading, a look back: the
figures after it (the total's breakdown by region, "서울이 7천921명으로 전체의 27.2%") go on
with the latest reading, not with the earlier day; a figure that refers back to it ("이 중 허위
신고는 310건") is its part and keeps its day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeGuard

from claims.counted_windows import last_stated_claim
from claims.counter_figures import CountedFigure
from claims.models import STATED, Claim, Period, PeriodKind

RUNNING = frozenset({PeriodKind.as_of, PeriodKind.to_date})

MIN_NOUN = 2  # a lemma this long or longer names the thing counted ("외국인", "귀화")
# Many times the window's total: a longer span, not a slip. A cumulative a little above the
# window's total ("누적 환자 91명" as of 31 October, then 86 to 7 November) is the running count
# going down, an error the report must still see as one window's: it keeps that reading.
LONGER_SPAN = 2.0


def beyond_the_window(story: Claim | None, f: CountedFigure, text: str, end: date) -> bool:
    """Whether the cumulative figure ``f`` (as of ``end``) counts the story's thing further
    back than the story's window: a window reaching ``end``, the same unit, a noun of the
    story's counted before it in its sentence, and a value many times the window's total."""
    if not _a_window_reaching(story, end) or story.unit != f.unit:
        return False
    if story.value is None or f.value is None or f.value < story.value * LONGER_SPAN:
        return False
    before = text[: f.start]
    return any(len(noun) >= MIN_NOUN and noun in before for noun in story.lemmas)


def _a_window_reaching(story: Claim | None, end: date) -> TypeGuard[Claim]:
    """The story's window total, when its window runs to ``end`` or later."""
    return (story is not None and story.period is not None and story.period.end is not None
            and story.period.end >= end)


def an_earlier_reading(claim: Claim, earlier: Sequence[Claim], skip: set[str], text: str,
                       f: CountedFigure, cumulative_words: Sequence[str]) -> bool:
    """Whether ``claim``, said cumulative as of its own stated day, reads the running total
    stated last before it (of its unit, not a baseline nor a part) at an earlier day: a noun
    of that total's counted before it in its sentence, the total running to a later day."""
    before = last_stated_claim([], [c for c in earlier if c.unit == claim.unit], skip)
    if before is None or not _running(claim.period):
        return False
    if not _running(before.period) or claim.period.resolution not in STATED:
        return False
    if before.period.end <= claim.period.end:
        return False
    head = text[: f.start]
    return (any(w in head for w in cumulative_words)
            and any(len(noun) >= MIN_NOUN and noun in head for noun in before.lemmas))


def _running(period: Period | None) -> TypeGuard[Period]:
    """A running total's period: as of a day, or from a start to it."""
    return period is not None and period.kind in RUNNING and period.end is not None
