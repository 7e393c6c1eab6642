"""The day of a vote from what a results article says of its count, when it names no day the
vote was held on.

Results copy written after the night of the count often dates only the count: "10일 오전 5시
40분 제22대 대통령선거 개표가 완료됐다", "개표가 10일 오전 4시 기준으로 완료됐다", "이날 오전
7시 현재 개표 마감 결과". A count starts when the polls close, on the evening of the vote,
and runs through the night: a count that ended in the morning of a day is of a vote held the
day before, and one that began in the evening of a day ("개표는 전날 오후 8시쯤부터
시작됐다") is of a vote held that day. A day the article calls the vote's own ("투표일인 지난
9일", "선거일인 3일") is the vote's day too. Words live in the table: the count's noun, the
verbs of its end and start, the marks of morning and evening, the vote-day nouns and the
copulas that tie them to a day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from claims.counter_table import CounterContext
from claims.models import Period, PeriodKind
from claims.periods import PeriodMatch
from claims.phrase_kinds import DAYS
from claims.sentences import Sentence

# A results article is written within days of its vote: a day further back is another vote's.
_RECENT = timedelta(days=7)
# How far after a day phrase its hour may stand ("10일 오전 5시 40분"): a few words.
_HOUR_REACH = 8


def day_of_the_vote(s: Sentence, periods: Iterable[PeriodMatch], published: date,
                    ctx: CounterContext) -> Period | None:
    """The vote's day a sentence gives by its count or by naming it, else None: the day before
    one whose morning the count ended in, the day of one whose evening it began in, or a day
    a vote-day noun names ("투표일인 지난 10일")."""
    counted = any(w in s.text for w in ctx.vote_count_words)
    for p in periods:
        day = _one_day(p, published)
        if day is None:
            continue
        before, after = s.text[: p.start - s.start], s.text[p.start - s.start :]
        if _named_the_votes(before, ctx):
            return _carried(day, s.text[p.start - s.start : p.end - s.start])
        if not counted:
            continue
        hour = after[: p.end - p.start + _HOUR_REACH]
        ended = _first_end(after, ctx.vote_count_ended)
        if ended and _first_end(hour, ctx.morning_marks):
            return _carried(day - timedelta(days=1), after[:ended])
        began = _first_end(after, ctx.vote_count_began)
        if began and _first_end(hour, ctx.evening_marks):
            return _carried(day, after[:began])
    return None


def _one_day(p: PeriodMatch, published: date) -> date | None:
    """The one day of the past week a phrase names, said as a fact: a day ("10일", "전날") or
    a time of one ("10일 오전 4시 기준", "이날 오전 7시 현재")."""
    period = p.period
    if p.announced or period.end is None or not of_the_past_week(period.end, published):
        return None
    if p.kind in DAYS and period.kind is PeriodKind.day:
        return period.end
    if period.kind is PeriodKind.as_of and period.start is None:
        return period.end  # "10일 오전 4시 기준", "이날 오전 7시 현재"
    return None


def of_the_past_week(day: date, published: date) -> bool:
    """A day of the week up to publication: one a results article may call its vote's."""
    return published - _RECENT <= day <= published


def _named_the_votes(before: str, ctx: CounterContext) -> bool:
    """ "투표일인 지난 10일": the text before the day ends on a vote-day noun and its copula."""
    if not ctx.vote_day_nouns or not ctx.vote_day_links:
        return False
    nouns = "|".join(map(re.escape, ctx.vote_day_nouns))
    links = "|".join(map(re.escape, ctx.vote_day_links))
    return re.search(rf"(?:{nouns})\s*(?:{links})\s*$", before) is not None


def _first_end(text: str, words: Iterable[str]) -> int:
    """Where the first of ``words`` to end in ``text`` ends, else 0: the count's verb ("개표가
    ... 완료됐다") or the hour's mark ("오전") is said there."""
    ends = [k + len(w) for w in words if (k := text.find(w)) >= 0]
    return min(ends, default=0)


def _carried(day: date, text: str) -> Period:
    """The vote's day, carried to the figures of other sentences like any story's day."""
    return Period(start=day, end=day, text=text, resolution="carried", kind=PeriodKind.day)
