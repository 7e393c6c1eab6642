"""A bulletin's data day ends its running windows, not publication.

A Korean release counts to a day before it is published ("올해 들어 지난 9일까지 신고된 환자는
4천120명이다", "전날까지 올해 누적 온열질환자는 ...", "지난 10일 기준 누적 환자는 812명"), and
the same article's other running windows are the same tally's: "올해 같은 기간 사망자는 15명",
"올해 추정 사망자는 21명", "올들어 숨진 사람은 9명", "5월 20일 이후 누적 2,085명", "최근 1주
신고는 96명". Read
alone they run to publication; they end at the data day instead (DESIGN "Periods": a running
window ends at its as-of date, else publication), and so do the windows a year back compared
with them and the figures that carried them.

The data day is the latest end before publication, within a week of it, of a running tally
or a level the article states ("지난 9일까지", "지난 10일 기준"); an article that dates a
figure as of publication or on its day ("오늘 오전 6시 기준", "이날 새롭게 집계된") counts to
publication and is left alone. A trailing window ("최근 1주") keeps its length; a window from a
named start keeps its start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from claims.counted_early_votes import early_votes_keep_their_window
from claims.counted_headline import borrow_periods
from claims.counter_table import CounterContext
from claims.models import STATED, Claim, Period, PeriodKind
from claims.period_match import add_years

BULLETIN_LAG = timedelta(days=7)  # a release's data day is at most a week before publication
_AT_PUBLICATION = frozenset({PeriodKind.as_of, PeriodKind.day})
_TALLIES = frozenset({PeriodKind.as_of, PeriodKind.to_date})  # what a data day ends


def settle_periods(claims: list[Claim], published: date | None, ctx: CounterContext,
                   units: Sequence[str]) -> None:
    """What an article's whole reading settles once its claims are read: running windows end
    at the data day, early-voting figures keep their window, then headline figures borrow the
    body's periods. ``units``: the period table's words of a window's unit ("주", "달",
    "년")."""
    if published is not None:
        end_at_the_data_day(claims, published, _trailing(ctx, units))
    early_votes_keep_their_window(claims, ctx)
    borrow_periods(claims, published, ctx.cumulative_words)


def end_at_the_data_day(claims: Sequence[Claim], published: date,
                        trailing: re.Pattern[str]) -> None:
    """Move the running windows that end at publication (or a whole number of years before
    it) to end at the bulletin's data day, when the article has one; a window whose text
    ``trailing`` finds keeps its length."""
    day = _data_day(claims, published)
    if day is None:
        return
    lag = published - day
    moved: dict[str, Period] = {}  # claim id -> its window, moved
    for claim in claims:
        period = claim.period
        if period is None:
            continue
        if period.resolution == "carried" and period.source in moved:
            claim.period = moved[period.source].model_copy(
                update={"resolution": "carried", "source": period.source})
        elif _runs_to_publication(period, published, day):
            claim.period = _ended(period, lag, trailing)
        else:
            continue
        moved[claim.id] = claim.period


def _data_day(claims: Sequence[Claim], published: date) -> date | None:
    """The latest day before publication, within a week of it, that a stated tally or level
    ends on (not an event's day or window: "지난 10일 하루에만 287㎜"); None when a figure is dated
    as of publication or on its day."""
    ends: list[date] = []
    for claim in claims:
        period = claim.period
        if period is None or period.end is None or period.resolution not in STATED:
            continue
        if period.end >= published:
            if period.kind in _AT_PUBLICATION:
                return None
            continue
        if period.kind in _TALLIES and published - period.end <= BULLETIN_LAG:
            ends.append(period.end)
    return max(ends, default=None)


def _runs_to_publication(period: Period, published: date, day: date) -> bool:
    """A stated running window ending at publication, or the same window a whole number of
    years back ("지난해 같은 기간"), that began by the data day."""
    end, start = period.end, period.start
    if (period.kind is not PeriodKind.to_date or period.resolution not in STATED
            or end is None or start is None):
        return False
    years = published.year - end.year
    return (end.month, end.day) == (published.month, published.day) and years >= 0 and (
        start <= add_years(day, -years))


def _ended(period: Period, lag: timedelta, trailing: re.Pattern[str]) -> Period:
    """The window ending ``lag`` earlier; a trailing one keeps its length."""
    assert period.end is not None and period.start is not None
    start = period.start - lag if trailing.search(period.text) else period.start
    return period.model_copy(update={"start": start, "end": period.end - lag})


def _trailing(ctx: CounterContext, units: Sequence[str]) -> re.Pattern[str]:
    """A trailing window's text: it opens with a trailing mark ("최근 1주"), or a unit and a
    window suffix end it ("지난 3년간", "지난 한 달 동안"; not "지난해 같은 기간")."""
    marks = "|".join(map(re.escape, ctx.trailing_marks)) or "(?!)"
    unit = "|".join(map(re.escape, sorted(units, key=len, reverse=True))) or "(?!)"
    ends = "|".join(map(re.escape, ctx.window_suffixes)) or "(?!)"
    return re.compile(rf"^(?:{marks})|(?:{unit})\s*(?:{ends})$")
