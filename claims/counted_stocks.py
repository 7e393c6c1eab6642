"""A balance is a level held at a time, not a flow over a window.

Release copy tells a month's change and the balance it left side by side: "10월 은행
기업대출은 8조 원 늘어 잔액이 1천300조 원을 기록했다", "주택담보대출(잔액 770조 원)이 한 달
새 4조 원 불었다", "예금 잔액은 지난달 말 1천조 원까지 불어났다". The change is the month's
(an interval); the balance is what stood at the month's end (``as_of``, DESIGN "Periods"), as
"10월 말 기준 잔액" says outright. Grammar draws the line: the figure's own stretch of text
(after the figure before it) names a stock word of the table (``stock_words``: 잔액, 잔고,
보유액) with no word of change between ("잔액 증가액은 5조 원" is a flow), and no word of
change follows the figure ("잔액이 5조 원 늘었다" is the change of a balance, not the balance;
"1천조 원까지 불어났다" and "1천조 원으로 늘었다" are the level reached).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Period, PeriodKind

_WINDOWS = frozenset({PeriodKind.interval, PeriodKind.to_date, PeriodKind.day})


def held_stock(period: Period | None, text: str, f: CountedFigure,
               figures: Sequence[CountedFigure], ctx: CounterContext) -> Period | None:
    """A balance read over a window is as of the window's end ("10월 ... 8조 원 늘어 잔액이
    1천300조 원을 기록했다": the balance at 31 October); anything else is unchanged."""
    if (period is None or period.end is None or period.kind not in _WINDOWS
            or not ctx.stock_words):
        return period
    if not _names_a_stock(_own_stretch(text, f, figures, ctx), ctx) or (
            _changes_after(text, f.end, ctx)):
        return period
    return period.as_of_end()


def _own_stretch(text: str, f: CountedFigure, figures: Sequence[CountedFigure],
                 ctx: CounterContext) -> str:
    """The figure's own stretch of text: after the figure before it; or, when that figure is
    the change that leads to this one, that figure's own stretch ("잔액은 전월보다 5조 원 많은
    1천130조 원": the level 1천130조 is the balance the 5조's stretch names)."""
    before = [g for g in figures if g.end <= f.start]
    if not before:
        return text[: f.start]
    last = max(before, key=lambda g: g.end)
    between = text[last.end : f.start].split()
    if not between or between[-1] not in ctx.level_after_change:
        return text[last.end : f.start]
    start = max((g.end for g in figures if g.end <= last.start), default=0)
    return text[start : last.start]


def _names_a_stock(own: str, ctx: CounterContext) -> bool:
    """The figure's own stretch of text names a stock word with no word of change after it
    ("잔액이 1천300조 원": a level; "잔액 증가액은 5조 원": a flow)."""
    at = max(own.rfind(w) for w in ctx.stock_words)
    return at >= 0 and not any(w in own[at:] for w in ctx.flow_words)


def _changes_after(text: str, end: int, ctx: CounterContext) -> bool:
    """A word of change right after the figure, the particle of its subject allowed ("잔액이
    5조 원 늘었다", "5조 원이 늘었다"): the change of a balance, not the balance."""
    pattern = _change_after(tuple(ctx.flow_subject_particles), tuple(ctx.flow_words))
    return pattern.match(text, end) is not None


@cache
def _change_after(particles: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of change right after the figure (a particle of its subject allowed)."""
    particle = f"(?:{'|'.join(map(re.escape, particles))})?"
    return re.compile(rf"{particle}\s*(?:{'|'.join(map(re.escape, words))})")
