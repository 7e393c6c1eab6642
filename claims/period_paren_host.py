"""The period phrase right before the parentheses that hold a figure.

"지난해 같은 기간(412건, 630㎏)과 비교하면", "전날(1천316명)보다 82명 줄었다": the phrase right
before the parentheses dates the figures in them (``claims.counted_periods``). So does the
phrase right before the figure the parentheses follow: "지난해 같은 기간 478명(452건)보다",
"전년 38명(사망 6명ㆍ부상 32명)보다" give the year before's cases, deaths and injured alike,
another measure or the parts of what that figure counts, of its time. Only a phrase with
nothing between it and the figure heads it: in "1년 전보다 1천230명(6.1%) 증가했다" the phrase
is what the change is measured from, not the time of the change.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counter_figures import CountedFigure
from claims.periods import PeriodMatch


def paren_host(text: str, f: CountedFigure, periods: Sequence[PeriodMatch], offset: int,
               figures: Sequence[CountedFigure] = ()) -> PeriodMatch | None:
    """ "지난해 같은 기간(412건, 630㎏)": the period phrase right before the parentheses that
    hold the figure, or right before the figure they follow (``figures``: the sentence's)."""
    opener = text.rfind("(", 0, f.start)
    if opener < 0 or ")" in text[opener : f.start] or ")" not in text[f.end :]:
        return None
    at = next((g.start for g in figures if g is not f and g.end <= opener
               and not text[g.end : opener].strip()), opener)
    return next((p for p in periods if p.end - offset <= at
                 and not text[p.end - offset : at].strip()), None)
