"""Which window a Korean release's figures go on with after a sentence about earlier
months, and which phrases date the release itself rather than its figures.

A monthly release states its month first ("4월 산업생산 0.7%↓", "지난달 생산지수는"); a sentence
about months before it, a revision ("3월 전산업생산 증가율은 당초 0.5%에서 0.8%로 상향
조정됐다") or a run of earlier months ("지난해 9월 5.2% ... 12월 3.7%"), tells history. The
figures after it that state no time of their own are the release's month again, not the last
earlier month named ("광공업 생산은 반도체(-6.1%) 등에서 줄어 전월보다 1.9% 감소했다").
A stock at an earlier month's end is no such history: a month's sales story that turns to
another agency's unsold homes "as of the end of last month" goes on with that stock ("9월 말
기준 미분양 주택은 5만2천110가구 ... 준공 후 미분양은 1만4천30가구"), not the month of sales.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_windows import first_stated_claim
from claims.counter_table import CounterContext
from claims.models import Claim, Period, PeriodKind
from claims.reference_period import grain

_WINDOWS = frozenset({PeriodKind.interval, PeriodKind.to_date})


def release_month_again(source: Claim | None, story: Claim | None,
                        done: Sequence[Claim]) -> Claim | None:
    """The claim to carry: the release's first (its month) when ``source``, from an earlier
    sentence, is of months wholly before that month; else ``source``."""
    if source is None or story is None or source in done:
        return source
    return story if _wholly_before(source.period, story.period) else source


def breakdown_window(source: Claim | None, earlier: Sequence[Claim], headline: str,
                     skip: set[str], text: str, start: int,
                     ctx: CounterContext) -> Claim | None:
    """ "분기별로 보면 3분기(7~9월) 사망자는 152명 ... 8월에만 61명", then "지역별로는 경기가
    112명": a breakdown opened before the figure (``start``) splits the release's total, of
    the story's window (January to September: the first the body stated, ``earlier`` but the
    ``headline``'s and the ids in ``skip``, that holds the narrower one a sentence before
    named for a part of it), else ``source``. The headline's "올해" is no window of the
    release's ("올해 온열질환자 2천817명" over "5월 15일부터 지난 9일까지"). A figure naming its
    own time takes its phrase before this is asked."""
    words = text[:start].split()
    if source is None or not any(w.endswith(m) for w in words for m in ctx.breakdown_marks):
        return source
    body = [c for c in earlier if c.sentence != headline and _inside(source.period, c.period)]
    return first_stated_claim(body, skip) or source


def _inside(part: Period | None, whole: Period | None) -> bool:
    """``part`` is a narrower window within ``whole`` (a stated window, not a day's)."""
    if part is None or whole is None or whole.kind not in _WINDOWS:
        return False
    if None in (part.start, part.end, whole.start, whole.end):
        return False
    assert part.start and part.end and whole.start and whole.end
    return (whole.start <= part.start and part.end <= whole.end
            and (part.start, part.end) != (whole.start, whole.end))


def dates_a_release(text: str, end: int, ctx: CounterContext) -> bool:
    """A phrase ending at ``end`` that a verb of publishing follows as a modifier ("지난 10월에
    발표한 속보치보다", "9월 발표된 속보치(0.8%)"): it dates the release, not a figure, whose
    period is what the release measures (a quarter, a month)."""
    after = text[end:].lstrip()
    for particle in ctx.release_date_particles:
        if after.startswith(particle):
            after = after[len(particle):].lstrip()
            break
    return after.startswith(tuple(ctx.release_adnominals))


def _wholly_before(told: Period | None, window: Period | None) -> bool:
    """``told`` ends before the release's month (``window``, a month's interval) begins: a
    revision of an earlier month or a run of months before it."""
    if window is None or told is None or window.kind is not PeriodKind.interval:
        return False
    if told.kind is PeriodKind.as_of:
        return False  # a stock at an earlier day: the figures after it go on with it
    if grain(window) != "month" or window.start is None or told.end is None:
        return False
    return told.end < window.start
