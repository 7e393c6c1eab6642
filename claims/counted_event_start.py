"""When a Korean story's event began, and the tallies that run from it.

"파업이 시작된 뒤 지금까지 조합원 23명을 체포했다", "파업이 시작된 이후 이날 오후까지 신고가
모두 312건 접수됐다": a count "since the event began" runs from the day the article says the event
began to the time it is stated as of. The article says that day anywhere, not only in its lead:
a since-phrase the event began from ("지난달 30일 0시부터 시작된 총파업이"), or the day a running
count of days dates ("총파업이 닷새째를 맞은 4일": the 30th; "오늘로 사흘째"). Only figures with
such a cue take it: a strike's participants "이날 오전 10시 기준" stay a level at that hour.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import cache

from claims.counter_table import CounterContext
from claims.models import STATED, Period, PeriodKind
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase

_SINCE = frozenset({Phrase.since_day, Phrase.since_relative_day, Phrase.last_month_day})
# a day, or a window or tally that opens on one ("나흘째인 4일 0시부터 오후 6시까지": the 4th)
_DAYS = frozenset({Phrase.day, Phrase.relative_day, Phrase.last_month_day, Phrase.day_range,
                   Phrase.since_day, Phrase.as_of, Phrase.as_of_relative_day})
ORDINAL_REACH = 12  # "닷새째를 맞은 4일": how far from the count of days its day may stand
_CLAUSE_BREAKS = re.compile(r"[…,;:.!?]")  # between a count of days and another clause's day
FIRST_DAY_REACH = 5  # "첫날에는 30.5%": how far before a figure "첫날" may stand


def event_began_on(text: str, periods: Sequence[PeriodMatch], offset: int, ctx: CounterContext,
                   count_words: Mapping[str, int], units: Mapping[str, str]) -> date | None:
    """The day a sentence says the story's event began, if it says one: the start of a since
    phrase next to a word of beginning, or the day a running count of days dates, counted
    back."""
    began = _start_of_a_since_phrase(text, periods, offset, ctx)
    if began is not None or not ctx.day_ordinal:
        return began
    return _counted_back(text, periods, offset, ctx, count_words, units)


def _start_of_a_since_phrase(text: str, periods: Sequence[PeriodMatch], offset: int,
                             ctx: CounterContext) -> date | None:
    """The start of a since phrase next to a word of beginning ("지난달 30일 0시부터 시작된
    총파업이": the 30th)."""
    for p in periods:
        if p.kind in _SINCE and p.period.start is not None and _next_to(
                text, p.start - offset, p.end - offset, ctx.event_began):
            return p.period.start
    return None


def _counted_back(text: str, periods: Sequence[PeriodMatch], offset: int, ctx: CounterContext,
                  count_words: Mapping[str, int], units: Mapping[str, str]) -> date | None:
    """The day a running count of days dates, counted back to its first ("총파업이 닷새째를
    맞은 4일": the 30th of the month before)."""
    days = tuple(w for w, unit in units.items() if unit == "day" and w not in count_words)
    for m in _ordinals(tuple(count_words), days, ctx.day_ordinal).finditer(text):
        n = count_words.get(m["word"]) or int(m["digits"] or 0)
        day = _day_beside(periods, m.start() + offset, m.end() + offset, text, offset)
        if n and day is not None:
            return day - timedelta(days=n - 1)
    return None


def since_the_event_began(period: Period | None, text: str, at: int, began: date | None,
                          ctx: CounterContext) -> Period | None:
    """A count as of a time, its sentence saying "since the event began" before it, runs from
    the day the event began (also when a window the lead opened later dated it: the cue
    names the event's start)."""
    if period is None or began is None or period.end is None or period.end < began:
        return period
    if not _opens_later(period, began) or not any(w in text[:at] for w in ctx.since_began):
        return period
    return period.model_copy(update={"start": began, "kind": PeriodKind.to_date})


def on_the_first_day(period: Period | None, text: str, at: int, began: date | None,
                     ctx: CounterContext) -> Period | None:
    """ "파업 참가 인원은 첫날 2천870명에서 이날 오전 9시 기준 2천640명으로 줄었다", "첫날에는
    30.5%였다": a figure right after "첫날" (no figure between) is of the day the event began,
    not of the time the sentence states for the next one."""
    if began is None or not ctx.first_day_words:
        return period
    before = text[max(0, at - FIRST_DAY_REACH - 3):at]
    for word in ctx.first_day_words:
        k = before.rfind(word)
        gap = before[k + len(word):] if k >= 0 else ""
        if (k >= 0 and len(gap) <= FIRST_DAY_REACH and not any(c.isdigit() for c in gap)) or (
                _sets_the_clause(text, at, word, period)):
            return Period(start=began, end=began, text=word, resolution="relative",
                          kind=PeriodKind.day)
    return period


def _sets_the_clause(text: str, at: int, word: str, period: Period | None) -> bool:
    """ "첫날 운행을 멈춘 버스는 1천206대였다", "노동부는 파업 첫날 참여 인원이 4천318명이라고
    밝혔다": "첫날" set before the figure in its clause (no figure, comma or clause end between)
    dates it, when no phrase of the sentence dates it ("지난해 3월 파업 때는 첫날 참가자가
    9천여 명": another strike's first day, the figure dated by its own phrase)."""
    if period is not None and period.resolution in STATED:
        return False
    k = text.rfind(word, 0, at)
    gap = text[k + len(word):at] if k >= 0 else ""
    return k >= 0 and not _CLAUSE_BREAKS.search(gap) and not any(c.isdigit() for c in gap)


def _opens_later(period: Period, began: date) -> bool:
    """A level as of a time (no start), or a tally opened after the event began ("이날 오후까지
    모두 312건" in a window the lead opened on its own day): either runs from the event's
    start once its sentence says so."""
    as_of = period.kind is PeriodKind.as_of and period.start is None
    return as_of or (period.kind is PeriodKind.to_date and period.start is not None
                     and period.start > began)


def _next_to(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """A word of ``words`` right after the phrase ("30일 0시부터 시작된") or a few words before
    it ("총파업을 시작한 지난 7일부터")."""
    after = text[end:end + 8].lstrip()
    before = text[max(0, start - 12):start]
    return any(after.startswith(w) or w in before for w in words)


def _day_beside(periods: Sequence[PeriodMatch], start: int, end: int, text: str,
                offset: int) -> date | None:
    """The day a phrase right after or right before a count of days names (its first), in
    its clause ("지하철 파업 이틀째…어제 승객 612만 명": "어제" is another clause's)."""
    for p in periods:
        near = 0 <= p.start - end <= ORDINAL_REACH or 0 <= start - p.end <= ORDINAL_REACH
        between = text[min(end, p.end) - offset:max(start, p.start) - offset]
        near = near and not _CLAUSE_BREAKS.search(between)
        day = p.period.start or p.period.end
        if near and p.kind in _DAYS and day is not None:
            return day
    return None


@cache
def _ordinals(words: tuple[str, ...], days: tuple[str, ...], mark: str) -> re.Pattern[str]:
    """ "나흘째", "13일째": a native count of days, or digits and a unit of days (the period
    table's ``units``), then the ordinal mark."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    unit = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?P<word>{alt})|(?P<digits>\d{{1,3}})(?:{unit})){re.escape(mark)}")
