"""Which period each figure covers: the phrase that belongs to it, or one carried over.

A phrase right after a figure is its own; a phrase that frames the sentence or the clause
applies to the figures after it; "cette période de sept mois" or "Cette enquête ..." carry a
period from the sentences before; "a year earlier" is read against the figure compared with.
"""

from __future__ import annotations

import re
from datetime import date

from claims.figures import DURATIONS as _DURATIONS
from claims.figures import Figure, main_figures
from claims.lang import ExtractionTable
from claims.models import Claim, Period
from claims.periods import PeriodMatch
from claims.sentences import Sentence

_FRAME = re.compile(r"[\s\u00a0\u202f]*[,;:]")


def _same_clause(gap: str, table: ExtractionTable) -> bool:
    """No comma and no clause link ("et", "and") between a period phrase and a figure."""
    if any(c in gap for c in ",;:"):
        return False
    return not any(w.lower() in table.context.clause_links for w in gap.split())


def bind_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """Periods for every figure; a conversion in parentheses shares the period of the figure
    it converts, and neither takes nor blocks a period phrase."""
    main = main_figures(figures)
    bound_main = _bind_main_periods([figures[i] for i in main], periods, s, table)
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        bound.append(
            bound_main[main.index(i)] if not f.parenthetical else (bound[-1] if bound else None)
        )
    return bound


def _bind_main_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """The period phrase each figure belongs to.

    First, a phrase right after a figure ("64,6 % en 2021") is that figure's own. Otherwise a
    figure takes the last phrase before it in the sentence, unless that phrase is another
    figure's own and a free phrase follows ("297 cas ... contre 180 pour toute l'année 2023"),
    or the first phrase after it when no figure of the same unit stands between.
    """
    text, base = s.text, s.start
    local = [(p.start - base, p.end - base, p) for p in periods]
    own: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
        adjacent = None
        for start, _, p in local:
            if f.end <= start < next_start:
                gap = text[f.end : start]
                if len(gap.split()) <= 3 and "," not in gap.strip(" ,"):
                    adjacent = p
                break
        own.append(adjacent)
    # A duration ("within four hours in February") does not own the clause's period.
    taken = {
        id(p)
        for f, p in zip(figures, own, strict=True)
        if p is not None and f.unit not in _DURATIONS
    }
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        if own[i] is not None:
            bound.append(own[i])
            continue
        # Before a figure, only a framing phrase counts: one that opens the sentence or is set
        # off by a comma ("Entre 2021 et 2023, ..."), not "créé en 2020 et compte 1 200".
        preceding = [
            p
            for start, end, p in local
            if end <= f.start
            and (start <= 1 or _FRAME.match(text, end) or _same_clause(text[end : f.start], table))
        ]
        blockers = [g.start for g in figures[i + 1 :] if g.unit == f.unit]
        limit = blockers[0] if blockers else len(text)
        following = [p for start, _, p in local if f.end <= start < limit and id(p) not in taken]
        free_preceding = [p for p in preceding if id(p) not in taken]
        if free_preceding:
            bound.append(free_preceding[-1])
        elif following:
            bound.append(following[0])
        elif preceding:
            bound.append(preceding[-1])
        else:
            bound.append(None)
    return bound


class ArticleContext:
    """What carries from one sentence to the next: recent periods and the last sentence."""

    def __init__(self) -> None:
        self.recent: list[PeriodMatch] = []
        self.previous_text = ""

    @property
    def periods(self) -> list[Period]:
        return [p.period for p in self.recent]

    def remember(self, s: Sentence, periods: list[PeriodMatch]) -> None:
        """Keep the last few resolved periods, for phrases that refer back."""
        # A baseline ("a year earlier") is not what later sentences refer back to.
        kept = [p for p in periods if (p.period.start or p.period.end) and p.kind != "year_earlier"]
        self.recent = (self.recent + kept)[-4:]
        self.previous_text = s.text


def back_reference(
    s: Sentence, table: ExtractionTable, state: ArticleContext, published: date | None
) -> Period | None:
    """ "Cette enquête a conduit à ..." carries the previous sentence's period; an event dated at a
    point ("fin août 2024") runs from that point to publication."""
    words = s.text.split()
    if len(words) < 2 or words[0].lower() not in table.periods.back_demonstratives:
        return None
    noun = words[1].lower().strip(",.;:")
    previous_words = {w.lower().strip(',.;:«»"') for w in state.previous_text.split()}
    if noun not in previous_words or not state.recent:
        return None
    last = state.recent[-1]
    if last.is_point and last.period.start is not None:
        return Period(
            start=last.period.start,
            end=published,
            text=f"{words[0]} {words[1]}",
            resolution="carried",
        )
    return last.period.model_copy(
        update={"text": f"{words[0]} {words[1]}", "resolution": "carried"}
    )


def next_period_start(periods: list[PeriodMatch], s: Sentence, end: int) -> int:
    """Where the next period phrase starts: what a figure counts ends there."""
    starts = [p.start - s.start for p in periods if p.start - s.start >= end]
    return min(starts, default=len(s.text))


def year_earlier(
    f: Figure, done: list[Claim], bound: PeriodMatch, fallback: Period | None
) -> Period | None:
    """ "up from 2,210 a year earlier": the period of the figure compared with, a year back.
    Without such a figure the phrase names a baseline, not the figure's own period."""
    partner = done[f.partner].period if f.partner is not None and f.partner < len(done) else None
    if partner is None or partner.start is None or partner.end is None:
        return fallback
    return Period(
        start=_add_years(partner.start, -1),
        end=_add_years(partner.end, -1),
        text=bound.period.text,
        resolution="relative",
    )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
