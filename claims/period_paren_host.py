"""The period phrase right before the parentheses that hold a figure.

"지난해 같은 기간(412건, 630㎏)과 비교하면", "전날(1천316명)보다 82명 줄었다": the phrase right
before the parentheses dates the figures in them (``claims.counted_periods``).
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counter_figures import CountedFigure
from claims.periods import PeriodMatch


def paren_host(text: str, f: CountedFigure, periods: Sequence[PeriodMatch],
               offset: int) -> PeriodMatch | None:
    """ "지난해 같은 기간(412건, 630㎏)": the period phrase right before the parentheses that
    hold the figure."""
    opener = text.rfind("(", 0, f.start)
    if opener < 0 or ")" in text[opener : f.start] or ")" not in text[f.end :]:
        return None
    return next((p for p in periods if p.end - offset <= opener
                 and not text[p.end - offset : opener].strip()), None)
