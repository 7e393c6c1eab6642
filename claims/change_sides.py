"""A past day before the start of a change dates the start only.

"파업에 참가한 노동자 수도 전날 1만8천210명에서 1만4천96명으로 줄었다", "신규 가입자는 전월
12만 명에서 9만8천 명으로 줄었다": the day or month before, set right before the figure the
change starts from ("A에서 B로"), is when A held; B is now, the story's own time, not the day
before. A time still to come dates both sides ("내년 1월부터 52시간에서 48시간으로": the rule
from January), and so does a phrase not glued to A ("지난해 3.5%에서 ..." with A right after
it is still A's alone; "이날 오전 9시 기준 ... 에서 ... 으로" after A dates B by itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claims.counter_figures import CountedFigure
from claims.models import Role
from claims.periods import PeriodMatch


def dates_only_the_start(p: PeriodMatch, f: CountedFigure, others: Sequence[CountedFigure],
                         text: str, offset: int, published: date | None) -> bool:
    """Whether phrase ``p`` is a past time set right before the start of the change whose end
    is ``f`` (so it dates that start, not ``f``)."""
    if f.role is not Role.change_to or published is None or p.period.end is None:
        return False
    end = p.end - offset
    return p.period.end < published and any(
        g.role is Role.change_from and end <= g.start and not text[end : g.start].strip()
        and g.end <= f.start for g in others)
