"""Figures of a time before the story's that a Korean release gives only to compare: the
same hour of an earlier vote ("지난 총선의 경우 같은 시간 투표율은 5.98%"), or the earlier
quarters the story's figure follows ("분기 성장률은 1분기 0.4%, 2분기 0.5%에 이어 세 분기 연속
플러스"). They are baselines: no later figure carries their period (claims.counted_claims)."""

from __future__ import annotations

from claims.binding_asides import followed_by_a_lookback
from claims.counted_windows import STATED
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.event_words import words_between
from claims.lang import ExtractionTable
from claims.models import Claim, Period
from claims.sentences import Sentence


def compared_before_the_story(claim: Claim, s: Sentence, f: CountedFigure, story: Period | None,
                              ctx: CounterContext, table: ExtractionTable) -> bool:
    """A figure its own phrase dates before the story's window, with the words of the same hour
    before it or a look back after it (or after the list of earlier figures it opens)."""
    p = claim.period
    if p is None or story is None or not (p.end and story.end and p.end < story.end):
        return False
    if p.resolution not in STATED:
        return False
    if words_between(s.text, 0, f.start, ctx.same_time_words):
        return True
    return story.start is not None and p.end < story.start and followed_by_a_lookback(
        s.text, f.end, table
    )
