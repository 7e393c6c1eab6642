"""Running totals in Korean releases: a cumulative tally ("누적", "누계") that counts from the
start of the story's window, or as of a day after that day's own count, and a month's cumulative
figure that runs from January to the month's end. Split from ``claims.counted_periods`` (which
picks a figure's period) because these rules only widen a period already picked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claims.counted_cumulative_scope import beyond_the_window
from claims.counted_periods import SaidBefore
from claims.counted_windows import words_between
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import STATED, Period, PeriodKind
from claims.reference_period import grain


def cumulative(period: Period | None, text: str, f: CountedFigure, ctx: CounterContext,
               said: SaidBefore, figures: Sequence[CountedFigure] = ()) -> Period | None:
    """ "지난 3일까지 누적 환자를 2천74명으로 집계": a cumulative tally as of a day counts from
    the start of the story's window (stated first), when that window began before the day.
    "전날 9만1천명이 입장해 누적 관중 1천3만명을 기록했다": after the day's own count, a
    running total ("누적" between the two) holds as of that day ("전날 자정부터 오후 5시까지
    누적 강수량", with no count before it, is the day's)."""
    if period is not None and period.kind is PeriodKind.day and period.end is not None:
        return _running_total_of_the_day(period, text, f, ctx, figures)
    return _tally_from_the_story_start(period, text, f, ctx, said)


def _running_total_of_the_day(period: Period, text: str, f: CountedFigure, ctx: CounterContext,
                              figures: Sequence[CountedFigure]) -> Period:
    """A day's figure said cumulative after the day's own count ("누적" between the two) is a
    running total as of that day's end, not the day's count."""
    prior = [g.end for g in figures if g.end <= f.start]
    if prior and words_between(text, prior[-1], f.start, ctx.cumulative_words):
        return period.as_of_end()
    return period


def _tally_from_the_story_start(period: Period | None, text: str, f: CountedFigure,
                                ctx: CounterContext, said: SaidBefore) -> Period | None:
    """A cumulative tally as of a day, with no start of its own, counts from the start of the
    story's window (stated first) when that began before the day; a single day's count
    ("어제 하루 동파 신고는 21건 ... 오늘 오전 6시 기준 누적 37건") is no window the tally ran
    from."""
    if (period is None or period.kind is not PeriodKind.as_of or period.start is not None
            or period.end is None or not words_between(text, 0, f.start, ctx.cumulative_words)):
        return period
    window = _story_window_by(said, period.end)
    if window is None or beyond_the_window(said.first_stated(), f, text, period.end):
        return period  # "외국인 누적 귀화 인원은 지난달 말 기준 2만8천105명": since records began
    return period.model_copy(update={"start": window.start, "kind": PeriodKind.to_date})


def _story_window_by(said: SaidBefore, day: date) -> Period | None:
    """The story's window (stated first) when it began by ``day`` and is more than one day's
    count; None otherwise."""
    story = said.first_stated()
    window = story.period if story is not None else None
    if (window is None or window.start is None or window.start > day
            or window.kind is PeriodKind.day):
        return None
    return window


def through_the_month(period: Period | None, text: str, window: Period | None,
                      ctx: CounterContext) -> Period | None:
    """ "8월 누계 통합재정수지는", "10월 누적 무역수지는" in a release on January to that month: a
    month's cumulative figure runs from the start of the release's window to the month's end,
    not over the month alone ("11월 누적 강수량", with no such window, stays the month's)."""
    if period is None or window is None or not _a_month_ending_the_year_so_far(period, window):
        return period
    at = text.find(period.text)
    if at < 0 or not text[at + len(period.text) :].lstrip().startswith(
            tuple(ctx.cumulative_words)):
        return period
    return period.model_copy(update={"start": window.start})


def _a_month_ending_the_year_so_far(period: Period, window: Period) -> bool:
    """A stated month that ends ``window``, a window from January 1st of the month's year
    ("8월" in a release on January to August)."""
    return (
        period.kind is PeriodKind.interval and period.resolution in STATED
        and period.start is not None and window.start is not None
        and period.end == window.end and grain(period) == "month"
        and (window.start.month, window.start.day) == (1, 1)
        and window.start.year == period.start.year and window.start < period.start
    )
