"""Who is taking part in an action still going on is a level at its time, not a tally.

A strike's, a sit-in's or an evacuation's headcount read at an hour ("오전 10시 기준 파업에 참여한
간호사는 3천96명", "파업 참가자는 7천370명, 복귀자는 364명", "조합원 2천700여 명이 파업에
참여하고 있다", "860가구 1천415명이 임시주거시설에 머무르고 있다") counts who is in that state at
that moment: people join and leave, so the figure is ``as_of`` its time (DESIGN "Periods"). It
is not a count of what happened since the event began (the dead since the rain began, the
schools whose meals stopped that day, the voters so far), which the tally rules date from the
event's start or over its one day. Grammar draws the line on the figure's subject: the text of
its sentence before it, and its own clause after it (to the next figure or comma), names a
taking part in or a state held (the table's ``ongoing_part_words``), and no linked clause
ends between that word and the figure ("파업 참가자가 늘면서 연기된 수술은 1천26건": the
surgeries are a tally of their own subject, the table's ``clause_links``).

Such a level told at an hour of one day is as of that hour; one carried from a sentence
before, in a bulletin that told an hour of that day, is of that bulletin ("공사는 출근
대상자 9천310명 가운데 2천870명이 파업에 참여해", after "오늘 하루 운행이 취소된 열차는
184편").
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import date

from claims.counted_windows import is_compared
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Period, PeriodKind


def held_at_its_time(text: str, f: CountedFigure, figures: Sequence[CountedFigure],
                     ctx: CounterContext) -> bool:
    """Whether the figure counts those taking part in, or held in, an ongoing state: its
    sentence before it ("파업 참가자는 ... 부산이 1천204명으로") or its clause after it
    ("2천700여 명이 파업에 참여하고 있다") names one, and no linked clause ends after the word
    before it ("참가자가 늘면서 연기된 수술은")."""
    if not ctx.ongoing_part_words:
        return False
    after = min((g.start for g in figures if g.start >= f.end), default=len(text))
    comma = text.find(",", f.end)
    after = min(after, comma) if comma >= 0 else after
    if any(w in text[f.end:after] for w in ctx.ongoing_part_words):
        return True
    return _named_before(text[: f.start], ctx)


def _named_before(before: str, ctx: CounterContext) -> bool:
    """The sentence before the figure names taking part or a state held, and no linked clause
    ends after that word: "파업 참가자는 ... 1천204명" is a level, "참가자가 늘면서 연기된 수술은
    842건" a tally of the clause's own subject."""
    ends = [before.rfind(w) + len(w) for w in ctx.ongoing_part_words if w in before]
    if not ends:
        return False
    between = before[max(ends):]
    return not any(link in between for link in ctx.clause_links)


def as_of_its_day(period: Period | None, level: bool, ctx: CounterContext,
                  hour_days: Set[date] = frozenset(),
                  day_levels: Set[str] = frozenset()) -> Period | None:
    """A level dated one day is as of that day's moment, not the day's count: when its period
    names an hour ("이날 오후 6시 기준"), or when it carries the day from a sentence before
    ("오늘 하루 운행이 취소된 열차는 184편" then "출근 대상자 9천310명 가운데 2천870명이
    파업에 참여해") in a story that has told a bulletin's hour of that day ("오늘 오후 3시 기준"). A
    headcount told with its own day and no hour ("오늘 파업에 참여한 기사는 모두 2천310명"),
    and the parts carried from it, stay that day's, as the demonstrators of a day do."""
    if (not level or period is None or period.kind is not PeriodKind.day or period.end is None
            or period.start != period.end):
        return period
    if ctx.names_an_hour(period.text) or (
            period.resolution == "carried" and period.end in hour_days
            and period.source not in day_levels):
        return period.as_of_end()
    return period


def rate_at_a_moment(period: Period | None, text: str, f: CountedFigure,
                     ctx: CounterContext) -> Period | None:
    """A count told at the same hour on a day is as of it (below). A rate told at a part of
    one day ("진화율은 ... 어제 아침 17%, 어제 저녁 18%", "장치율은 이날 오전 68.2%로", "첫날 같은
    시각 80.1%에서") is the level it stood at then, as of that day, not the day's count: the
    day's phrase, last before the figure, is followed by a part of the day (the table's
    ``day_parts``). A rate over the whole day ("어제 하루 88.6%") keeps its day, and so do a
    share of the day's count ("선원 9명 가운데 6명이 구조됐다") and a rate of a tally the day
    runs (the table's ``tallied_rates``: turnout)."""
    if _a_count_at_the_same_hour(period, text, f, ctx):
        assert period is not None
        return period.as_of_end()
    if not _a_rate_of_one_day(period, text, f, ctx):
        return period
    assert period is not None and period.text
    if any(w in text[:f.start] for w in ctx.tallied_rates):
        return period  # "이날 오후 1시 사전투표율은 5.12%": the share of the day's tally so far
    at = text.rfind(period.text, 0, f.start)
    if at >= 0 and text[at + len(period.text):f.start].lstrip().startswith(tuple(ctx.day_parts)):
        return period.as_of_end()
    return period


def _a_count_at_the_same_hour(period: Period | None, text: str, f: CountedFigure,
                              ctx: CounterContext) -> bool:
    """ "이날 오전 11시 기준 1만1천300명 ... 첫날인 어제(2일) 같은 시각에는 1만4천200명", "같은
    시간 부산은 780명이 파업에 나섰다": a count told at the same hour as another, on a day, is
    a reading at that hour, as of that day (the hour's own figure is as of it), not the day's
    tally; no figure between the day's phrase and the same-hour words. A count compared with
    ("전날 같은 시간 2천980명보다 570명 적었다") is the baseline of the story's own, whatever that
    is (a day's new cases so far), and keeps the day."""
    if (f.unit != "count" or is_compared(text, f.end, ctx) or period is None
            or period.kind is not PeriodKind.day or period.end is None
            or period.start != period.end or not period.text):
        return False
    at = text.rfind(period.text, 0, f.start)
    if at < 0:
        return False
    gap = text[at + len(period.text):f.start]
    return (not any(c.isdigit() for c in gap)
            and any(w in gap for w in ctx.same_time_words))


def _a_rate_of_one_day(period: Period | None, text: str, f: CountedFigure,
                       ctx: CounterContext) -> bool:
    """A percentage written with its sign, dated one day by a phrase of the text, in a
    language whose table names the parts of a day: only such a rate may be told at a moment."""
    return (f.unit == "percent" and _a_written_rate(text[f.start:f.end])
            and period is not None and period.kind is PeriodKind.day
            and period.end is not None and period.start == period.end and bool(ctx.day_parts)
            and bool(period.text))


def _a_written_rate(surface: str) -> bool:
    """A percentage written with its sign ("17%"), not a share read from two counts ("9명 가운데
    6명")."""
    return any(sign in surface for sign in "%％")
