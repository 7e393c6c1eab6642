"""The one past day a Korean sentence with no figure tells ("불이 난 건 그제(8일) 오후 2시
10분쯤."): the figures after it with no phrase are of that day, not of a window said before it
(``claims.counted_claims`` keeps it; ``claims.counted_windows.narrated_since`` carries it). A
day named only to compare with an earlier count ("전날 오후 11시 집계치와 같다", "직전 집계보다
늘었다") tells no time of the figures after it: the bulletin's own time still governs them."""

from __future__ import annotations

import re
from datetime import date

from claims.counter_table import CounterContext
from claims.models import Period, PeriodKind
from claims.periods import PeriodMatch
from claims.phrase_kinds import DAYS
from claims.sentences import Sentence


def narrated_day(s: Sentence, periods: list[PeriodMatch], dated: list[Period],
                 published: date | None, ctx: CounterContext) -> Period | None:
    """The day a figure-less sentence narrates (only one past day, and maybe an hour, told;
    ``dated``: the periods of its phrases that date something), else None."""
    days = [p for p in periods if p.kind in DAYS and p.period.kind is PeriodKind.day]
    if len(days) != 1 or len(dated) != 1 or not _past(days[0].period, published):
        return None
    if re.search(r"\d", ctx.clock_re.sub("", _without_phrases(s, periods))):
        return None  # a figure besides the day and its hour
    after = s.text[days[0].end - s.start :]
    if any(w in after for w in ctx.compared_counts):
        return None  # "전날 오후 11시 집계치와 같다": an earlier count compared with
    return days[0].period


def _past(period: Period, published: date | None) -> bool:
    """A period that ended by publication."""
    return published is not None and period.end is not None and period.end <= published


def _without_phrases(s: Sentence, periods: list[PeriodMatch]) -> str:
    """The sentence's text with its period phrases blanked out."""
    text = s.text
    for p in periods:
        a, b = p.start - s.start, p.end - s.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text
