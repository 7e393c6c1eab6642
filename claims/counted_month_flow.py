"""A month's flow counted as of a later day: Korean transaction and registration tallies name
the month they cover, then the day the count was taken ("10월 부산 아파트 매매 거래는 2일 현재
2천174건"), because late reports still come in. The figure is the month's (a later count of the
same month is a revision of it), not a running window from the month's first day to that day.
A month still running at that day ("이달 거래량은 19일 기준 1만 건") stays a window to date, and
a month something began or was held in ("지난 9월 시작된 파업 참가자는 3일 현재") dates that
event, not the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.counter_table import CounterContext
from claims.event_words import words_between
from claims.models import Period, PeriodKind
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase

_MONTHS = frozenset({Phrase.month, Phrase.last_month})
_HEAD_WORDS = 4  # the month heads the figure's subject: a few words between, no figure


def month_counted_later(chosen: PeriodMatch, earlier: Sequence[PeriodMatch], text: str,
                        offset: int, ctx: CounterContext) -> Period | None:
    """The month's interval when ``chosen``, an as-of day, follows a month phrase that heads
    the figure's subject and had ended by that day; else None."""
    end = chosen.period.end
    if chosen.period.kind is not PeriodKind.as_of or end is None or not earlier:
        return None
    month = earlier[-1]
    window = month.period
    if (month.kind not in _MONTHS or window.kind is not PeriodKind.interval
            or window.start is None or window.end is None or window.end >= end):
        return None
    gap = text[month.end - offset : chosen.start - offset]
    words = gap.split()
    if (not gap[:1].isspace() or not words or re.search(r"[\d,]", gap)
            or len(words) > _HEAD_WORDS or not words[-1].endswith(tuple(ctx.subject_particles))):
        return None  # "1월부터 이달 7일까지" is a range: the month heads the subject
    if words_between(gap, 0, len(gap), [*ctx.event_began, *ctx.vote_held]):
        return None
    return window.model_copy(update={"text": f"{window.text} {chosen.period.text}"})
