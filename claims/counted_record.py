"""One claim of a counter language's figure (Korean): the record ``claims.counted_claims``
builds from a figure once its counted noun, its source and its period are read, with what the
figure's own words add (a rate per unit of time, an annual value).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claims.counted_morphemes import Counted, event_of, rate_of
from claims.counted_windows import annual_value
from claims.counter_figures import CountedFigure
from claims.counter_table import CounterContext
from claims.models import Article, Claim, Period, PeriodKind
from claims.sentences import LineIndex
from claims.tokenizers import Morpheme

WINDOW_UNITS = frozenset({"day", "week", "month", "year"})  # averages over a window; not a speed


def claim_of(
    article: Article,
    text: str,
    offset: int,
    f: CountedFigure,
    morphs: Sequence[Morpheme],
    read: Counted,
    ctx: CounterContext,
    lines: LineIndex,
    source: str | None,
    period: Period | None,
) -> Claim:
    """The claim of figure ``f`` of a sentence (``text`` at ``offset`` in the article), with
    what its morphemes say it counts and does, its source and its period; a figure per unit
    of time is a rate over its window."""
    counted, nouns = read.text, read.nouns
    if not counted and f.unit == "count":
        counted, nouns = f.counter, [f.counter]  # "387명 검거": people, arrested
    per = rate_of(text, f.start, ctx)
    if period is not None:
        period = _rate_or_window(period, per, article.published)
        period = annual_value(period, per, text, ctx, article.language, article.published)
    return Claim(
        id="",
        article=article.id,
        line=lines.line(offset + f.start),
        start=offset + f.start,
        end=offset + f.end,
        sentence=text,
        sentence_start=offset,
        surface=text[f.start : f.end],
        value=f.value,
        lower=f.lower,
        upper=f.upper,
        approx=f.approx,
        decimals=f.decimals,
        unit=f.unit,
        per=per,
        counted=counted,
        lemmas=nouns,
        actor=source,
        verb=event_of(morphs, f, ctx.share_links),
        period=period,
        role=f.role,
        direction=f.direction,
        language=article.language,
    )


def _rate_or_window(period: Period, per: str | None, published: date | None) -> Period:
    """A figure per unit of time over a window is a rate of it ("추석 연휴(3~9일) 하루 평균 22만
    명": an average, not the total); a figure with no rate that carried an average's window is
    of the window ("하루 평균 22만 명 ... 총 이용객은 154만 명")."""
    if per in WINDOW_UNITS and period.kind is not PeriodKind.rate:
        return period.model_copy(update={"kind": PeriodKind.rate})
    if not per and period.kind is PeriodKind.rate:
        running = period.end is not None and period.end == published
        return period.model_copy(update={
            "kind": PeriodKind.to_date if running else PeriodKind.interval})
    return period
