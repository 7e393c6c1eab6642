"""An early-voting figure never takes the vote's day from the results said before it.

Results copy names the early voting beside the day's turnout: "최종 투표율은 79.4%였다.
사전투표율(34.74%)도 역대 최고였다", "당초 역대 최대 사전투표율(36.93%)을 기록하며",
"전남·전북·광주는 앞선 사전투표에서도 투표율(각각 51.4%, 48.6%, 48.3%)을 기록한 바 있다".
With no time of its own, such a figure would carry the day of the figure said before it, the
vote's, and meet that day's turnout as a figure of the same day. The early voting ran over two
days before the vote: the figure takes the early-voting window the article states for another
figure ("지난달 29∼30일 실시한 사전투표"), else no period. A figure names the early voting
when its own stretch of the sentence (after the figure or comma before it, or before the
parentheses that hold it) holds one of the table's ``early_votes``; a day carried from another
early-voting figure ("사전투표 첫날인 4일 투표율은 9.45% ... 세종이 12.92%"), from a sentence
about the early voting ("재외 투표자는 38만여 명으로, 전체 사전투표자의 3.2%"), or of a day
an early-voting figure states is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counter_table import CounterContext
from claims.models import STATED, Claim, Period, PeriodKind


def early_votes_keep_their_window(claims: Sequence[Claim], ctx: CounterContext) -> None:
    """Early-voting figures that carried a day from a figure of another vote take the early
    voting's stated window, else no period."""
    if not ctx.early_votes:
        return
    by_id = {c.id: c for c in claims}
    early = [c for c in claims if _of_early_voting(c, ctx)]
    window = next((c.period for c in early if _a_stated_window(c.period)), None)
    for claim in early:
        if _carried_from_another_vote(claim, by_id, early, ctx):
            claim.period = (window.model_copy(update={"resolution": "carried"})
                            if window is not None else None)


def _carried_from_another_vote(claim: Claim, by_id: dict[str, Claim], early: Sequence[Claim],
                               ctx: CounterContext) -> bool:
    """The claim carries a day from a figure of another vote: not from another early-voting
    figure or a sentence about the early voting, nor a day an early-voting figure states."""
    period = claim.period
    if period is None or period.resolution != "carried" or period.kind is not PeriodKind.day:
        return False
    source = by_id.get(period.source or "")
    return not (source is None or _of_early_voting(source, ctx)
                or _an_early_voting_day(period, early)
                or any(w in source.sentence for w in ctx.early_votes))


def _an_early_voting_day(period: Period, early: Sequence[Claim]) -> bool:
    """The day lies in a period an early-voting figure states ("사전투표 첫날인 오늘(29일)")."""
    return any(c.period is not None and c.period.resolution in STATED
               and c.period.start is not None and c.period.end is not None
               and period.start is not None
               and c.period.start <= period.start <= c.period.end for c in early)


def _a_stated_window(period: Period | None) -> bool:
    """A window of more than a day its own phrase states."""
    return (period is not None and period.resolution in STATED
            and period.kind is PeriodKind.interval and period.start != period.end)


def _of_early_voting(claim: Claim, ctx: CounterContext) -> bool:
    """Whether the claim's own stretch of its sentence names the early voting."""
    if claim.sentence_start is None:
        return False
    head = claim.sentence[: claim.start - claim.sentence_start]
    opened = _unclosed_parenthesis(head)
    if opened >= 0:
        head = head[:opened]  # "사전투표율(36.93%)", "투표율(각각 51.4%, 48.6%)": before them
    cut = max(head.rfind(","), max((k for k, ch in enumerate(head) if ch.isdigit()), default=-1))
    return any(w in head[cut + 1 :] for w in ctx.early_votes)


def _unclosed_parenthesis(text: str) -> int:
    """Where the last parenthesis still open at the end of ``text`` opens, else -1."""
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        if text[k] == ")":
            depth += 1
        elif text[k] == "(":
            if depth == 0:
                return k
            depth -= 1
    return -1
