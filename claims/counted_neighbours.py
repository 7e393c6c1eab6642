"""Korean figures read together with their neighbours: two counts of one group in two counters
("102세대 157명") and a list of items by place after one subject ("쌓인 눈은 경북 봉화 18.6㎝,
강원 태백 15.2㎝ 등입니다"). The words before the first figure say what every figure counts, and
the predicate after the last that each is what the subject numbers
(``counted_morphemes.counted_of``)."""

from __future__ import annotations

from collections.abc import Sequence

from claims.counted_places import PlaceSpan
from claims.counter_figures import CountedFigure


def paired(f: CountedFigure, others: Sequence[CountedFigure],
           text: str) -> tuple[CountedFigure | None, CountedFigure | None]:
    """ "대피한 주민은 102세대 157명으로 늘었다", "이재민은 1408세대, 2336명이며": two counts of
    one group in two counters (households, then people), side by side with at most a comma
    between: the figure's partner before it (whose words before say what both count) and after
    it (whose predicate says both are what the subject numbers); None where there is none."""
    def glued(a: CountedFigure, b: CountedFigure) -> bool:
        return (a.end <= b.start and text[a.end : b.start].strip() in ("", ",")
                and a.unit == b.unit == "count" and bool(a.counter) and bool(b.counter)
                and a.counter != b.counter)

    lead = next((g for g in others if g is not f and glued(g, f)), None)
    tail = next((g for g in others if g is not f and glued(f, g)), None)
    return lead, tail


def listed(f: CountedFigure, others: Sequence[CountedFigure], text: str,
           places: Sequence[PlaceSpan], *, forward: bool) -> CountedFigure:
    """ "쌓인 눈은 경북 봉화 18.6㎝, 강원 태백 15.2㎝ 등입니다", "누적 강수량은 인천 111.5㎜, 충남
    태안 111.0㎜를 기록했다": the last (``forward``) or first figure of the list by place the
    figure is an item of: the first's words before say what every item counts, the last's
    predicate that every item is what the subject numbers. Two items have a comma and a place
    alone between them, in one unit; ``f`` itself when it is no item of such a list."""
    at = f
    while (step := _next_item(at, others, text, places, forward)) is not None:
        at = step
    return at


def _next_item(at: CountedFigure, others: Sequence[CountedFigure], text: str,
               places: Sequence[PlaceSpan], forward: bool) -> CountedFigure | None:
    """The list's item right after (``forward``) or before ``at``: the nearest figure of its
    unit, with only a comma and a place between them; None where the list ends."""
    step = _nearest(at, others, forward)
    if step is None:
        return None
    apart = (at.end, step.start) if forward else (step.end, at.start)
    return step if _an_item_by_place(text, *apart, places) else None


def _nearest(at: CountedFigure, others: Sequence[CountedFigure],
             forward: bool) -> CountedFigure | None:
    """The nearest figure of ``at``'s unit after it (``forward``) or before it."""
    if forward:
        near = [g for g in others if g.start >= at.end and g.unit == at.unit]
        return min(near, key=lambda g: g.start, default=None)
    near = [g for g in others if g.end <= at.start and g.unit == at.unit]
    return max(near, key=lambda g: g.end, default=None)


def _an_item_by_place(text: str, start: int, end: int, places: Sequence[PlaceSpan]) -> bool:
    """Between two figures, a comma and the next item's place only."""
    inside = [(p.start, p.end) for p in places if start <= p.start and p.end <= end]
    if not inside:
        return False
    left = "".join(ch for k, ch in enumerate(text[start:end], start)
                   if not any(a <= k < b for a, b in inside))
    return left.strip() == ","
