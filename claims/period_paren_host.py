"""The period phrase right before the parentheses that hold a figure.

"지난해 같은 기간(412건, 630㎏)과 비교하면", "전날(1천316명)보다 82명 줄었다": the phrase right
before the parentheses dates the figures in them (``claims.counted_periods``). So does the
phrase right before the figure the parentheses follow: "지난해 같은 기간 478명(452건)보다",
"전년 38명(사망 6명ㆍ부상 32명)보다" give the year before's cases, deaths and injured alike,
another measure or the parts of what that figure counts, of its time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.counter_figures import CountedFigure
from claims.periods import PeriodMatch

_HEADED_WORDS = 1  # "올해 3분기 누적 사고사망자는 447명(421건)": the noun of the figure between


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
                 and _heads(text[p.end - offset : at], at < opener)), None)


def _heads(between: str, a_figure: bool) -> bool:
    """Whether the words between a phrase and what it heads leave it heading it: nothing
    before a parenthesis; before a figure, at most its noun, no figure."""
    if not a_figure:
        return not between.strip()
    return len(between.split()) <= _HEADED_WORDS and not re.search(r"\d", between)
