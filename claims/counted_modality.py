"""How a counted figure in a Korean story is held: a forecast, a plan or a target is ``planned``
("50만 명이 참가할 것으로 예상했다"), "...것으로 보인다" is ``hedged``. Read from the clause after
the figure, where Korean puts its verb, and the few characters before it ("예상 강수량")."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from datetime import date

from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Claim, Modality, Period, PeriodKind, Role

FORECAST_BEFORE = 20  # characters before a figure read for "예상 강수량", "목표"


def forecast(claim: Claim, text: str, f: CountedFigure, figures: Sequence[CountedFigure],
             ctx: CounterContext, published: date | None) -> None:
    """ "내일(21일)까지 30~80㎜의 비가 더 내리겠다", "50만 명이 참가할 것으로 예상했다": a
    forecast, a plan or a target is ``planned`` (never a conflict with a measured value), and
    a day it names that has passed dates nothing; "...것으로 보인다" is ``hedged``. The
    clause read runs from the figure to its clause's end, or to the next figure."""
    if _starts_ahead(claim, published):
        claim.modality = Modality.planned  # "내년 1월부터 37시간으로": no count of days to come
        if _deadline(claim.period, ctx):
            claim.period = claim.period.as_of_end()  # type: ignore[union-attr]
        return
    clause = _clause_after(text, f, figures, ctx)
    head = _head(text, f, figures)
    hedged = any(w in clause for w in ctx.hedged_after)
    if _planned(clause, head, hedged, ctx) and not _answered(text, f.end + len(clause), ctx):
        claim.modality = Modality.planned
        if _gone_by(claim.period, published):
            claim.period = None  # "내일(21일)까지" read as a day gone by: no period of it
        elif _deadline(claim.period, ctx):
            # "내년 3월 말까지 지점 38곳을 통폐합할 예정이다": done by that day, not over the
            # months before it (as "by the end of March" reads)
            claim.period = claim.period.as_of_end()  # type: ignore[union-attr]
    elif hedged:
        claim.modality = Modality.hedged


def _answered(text: str, end: int, ctx: CounterContext) -> bool:
    """ "97곳이 내년 등록금을 올리겠다고 답했다": the plan is what the counted ones answered; the
    figure counts them, as of when they were asked."""
    rest = text[end:].lstrip()
    return bool(ctx.answered_after) and rest.startswith(tuple(ctx.answered_after))


def _head(text: str, f: CountedFigure, figures: Sequence[CountedFigure]) -> str:
    """The few characters right before the figure, from the last comma or the figure before it
    ("목표치 80억 달러의 104.3%를 달성했다": the target word is the other figure's)."""
    start = max([f.start - FORECAST_BEFORE, 0, *(g.end for g in figures if g.end <= f.start)])
    return text[start : f.start].split(",")[-1]


def _planned(clause: str, head: str, hedged: bool, ctx: CounterContext) -> bool:
    """A plan or forecast said after the figure ("예상했다", a future verb before a noun of
    expectation, unless hedged) or right before it ("올해 목표는 7천만 명"); not a share of
    the target ("목표치의 86.9%에 달했다": how much of it was reached)."""
    if _a_plan_after(clause, ctx) or _a_plan_before(head, ctx):
        return True
    return _looks_ahead(clause, ctx) and not hedged


def _a_plan_after(clause: str, ctx: CounterContext) -> bool:
    """A word of a plan after the figure ("예상했다", "받아들이기로 했다"), but for one after a
    word of what used to be ("주 2회 열던 회의를 매일 열기로 했다")."""
    return any(w in clause and not _former(clause[: clause.find(w)], ctx)
               for w in ctx.planned_after)


def _a_plan_before(head: str, ctx: CounterContext) -> bool:
    """A word of a plan right before the figure ("올해 목표는 7천만 명"), but for the target a
    share is of ("목표치의 86.9%")."""
    return any(w in head and not _of_it(head, w, ctx) for w in ctx.planned_before)


def _former(before_plan: str, ctx: CounterContext) -> bool:
    """A word ending in a retrospective adnominal ("주 2회 열던 회의를 매일 열기로 했다"): the
    figure tells what used to be, in a clause of its own, not what the plan sets."""
    return any(re.search(rf"\w{re.escape(e)}(?:\s|$)", before_plan) for e in ctx.former_endings)


def _of_it(head: str, word: str, ctx: CounterContext) -> bool:
    """Whether the noun of the word's last use in the head is followed right away by the
    particle of a whole ("목표치의 86.9%"): the figure is a part of it."""
    after = head[head.rfind(word) + len(word) :]  # the rest of its noun ("목표" in "목표치")
    of = re.escape(ctx.of_particle)
    return bool(ctx.of_particle) and re.fullmatch(rf"[^\s\d]*{of}\s*", after) is not None


def _gone_by(period: Period | None, published: date | None) -> bool:
    """A period read (not stated outright) as ending before publication."""
    return (period is not None and published is not None and period.end is not None
            and period.end < published and period.resolution != "explicit")


def _starts_ahead(claim: Claim, published: date | None) -> bool:
    """A figure (not a change's former side) whose period starts after publication."""
    period = claim.period
    return (period is not None and period.start is not None and published is not None
            and period.start > published and claim.role is not Role.change_from)


def _clause_after(text: str, f: CountedFigure, figures: Sequence[CountedFigure],
                  ctx: CounterContext) -> str:
    """From the figure to the first word that ends a clause, or to the next figure."""
    stop = min((g.start for g in figures if g.start >= f.end), default=len(text))
    clause = text[f.end : stop]
    cut = len(clause)
    for m in re.finditer(r"\S+", clause):
        if any(m.group().endswith(e) for e in ctx.clause_endings):
            cut = m.end()
            break
    return clause[:cut]


def _looks_ahead(clause: str, ctx: CounterContext) -> bool:
    """ "더 내릴 것으로", "참가할 것으로": a verb in the future adnominal (its last syllable
    ends in the table's final consonant) before a noun of expectation."""
    if not ctx.future_final:
        return False
    words = clause.split()
    return any(
        noun.startswith(tuple(ctx.future_nouns))
        and unicodedata.normalize("NFD", verb[-1])[-1] == ctx.future_final
        for verb, noun in itertools.pairwise(words)
    )


def _deadline(period: Period | None, ctx: CounterContext) -> bool:
    """A window a plan's phrase ends at a deadline ("내년 3월 말까지"), read from its start;
    not a window carried from an earlier sentence ("지난 28일부터 30일까지 내린 비로 ... 복구비
    1천200억 원을 지원하기로 했다": the rain's window, no deadline of the plan)."""
    return (period is not None and period.end is not None and period.text is not None
            and period.resolution != "carried"
            and period.kind in (PeriodKind.interval, PeriodKind.to_date)
            and period.text.rstrip().endswith(tuple(ctx.deadline_marks)))
