"""Who is taking part in an action still going on is a level at its time, not a tally.

A strike's, a sit-in's or an evacuation's headcount read at an hour ("오전 10시 기준 파업에 참여한
간호사는 3천96명", "파업 참가자는 7천370명, 복귀자는 364명", "조합원 2천700여 명이 파업에
참여하고 있다", "860가구 1천415명이 임시주거시설에 머무르고 있다") counts who is in that state at
that moment: people join and leave, so the figure is ``as_of`` its time (DESIGN "Periods"). It
is not a count of what happened since the event began (the dead since the rain began, the
schools whose meals stopped that day, the voters so far), which the tally rules date from the
event's start or over its one day. Grammar draws the line on the figure's subject: the text of
its sentence before it, and its own clause after it (to the next figure or comma), names a
taking part in or a state held (the table's ``ongoing_part_words``).
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Period, PeriodKind


def held_at_its_time(text: str, f: CountedFigure, figures: Sequence[CountedFigure],
                     ctx: CounterContext) -> bool:
    """Whether the figure counts those taking part in, or held in, an ongoing state: its
    sentence before it ("파업 참가자는 ... 부산이 1천204명으로") or its clause after it
    ("2천700여 명이 파업에 참여하고 있다") names one."""
    if not ctx.ongoing_part_words:
        return False
    after = min((g.start for g in figures if g.start >= f.end), default=len(text))
    comma = text.find(",", f.end)
    after = min(after, comma) if comma >= 0 else after
    stretch = f"{text[: f.start]} {text[f.end:after]}"
    return any(w in stretch for w in ctx.ongoing_part_words)


def as_of_its_hour(period: Period | None, level: bool, ctx: CounterContext) -> Period | None:
    """A level whose period names an hour of one day ("이날 오후 6시 기준", carried from the
    sentence before as that day's tally) is as of that hour, not the day's count."""
    if (not level or period is None or period.kind is not PeriodKind.day or period.end is None
            or period.start != period.end or not ctx.names_an_hour(period.text)):
        return period
    return period.as_of_end()
