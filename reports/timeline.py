"""A quantity's figures against their periods, as the shapes of a small SVG chart.

Only geometry lives here (numbers in, rectangles and points out); the HTML template draws them.
A figure over a stated window is a bar from its start to its end at the height of its value; a
cumulative total known at a date (``as of``, no start) or an event on one day is a point; a
window still open at one end runs to the chart's edge. The as-of points of a quantity are joined
in date order, so a cumulative series (140, 305, 466) reads as a rising line.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from claims.models import Claim

WIDTH = 640
HEIGHT = 170
LEFT = 64  # room for the value axis
RIGHT = 16
TOP = 24
BOTTOM = 26  # room for the date axis
DAY_PAD = 15  # a chart of one day still spans a month


@dataclass(frozen=True)
class Mark:
    """One figure: a bar (``x2 > x1``) or a point (``x2 == x1``), with its label and a tooltip."""

    claim_id: str
    x1: float
    x2: float
    y: float
    verdict: str
    label: str  # "" when the chart has too many figures to label them all
    tooltip: str
    open_end: bool = False
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"  # the label's text-anchor: "end" near the chart's right edge

    @property
    def is_point(self) -> bool:
        return self.x1 == self.x2


@dataclass
class Timeline:
    """The chart of one quantity, and the figures it could not place in time."""

    marks: list[Mark] = field(default_factory=list)
    series: str = ""  # SVG points of the joined as-of figures
    value_ticks: list[tuple[float, str]] = field(default_factory=list)
    date_ticks: list[tuple[float, str]] = field(default_factory=list)
    grid: str = ""  # every grid line as one SVG path (one element, not one per line)
    undated: int = 0
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def _value(claim: Claim) -> float | None:
    for v in (claim.value, claim.lower, claim.upper):
        if v is not None and math.isfinite(v):
            return v
    return None


def _span(claim: Claim) -> tuple[date, date | None, bool] | None:
    """(first day, last day or None for an open end, is a point), or None when undated."""
    p = claim.period
    if p is None or (p.start is None and p.end is None):
        return None
    if p.start is None:
        return p.end, p.end, True  # as of a date
    if p.end is None:
        return p.start, None, False  # since a date
    return p.start, p.end, p.start == p.end


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round values between ``low`` and ``high`` for an axis (1, 2 or 5 times a power of ten)."""
    if high <= low:
        return [low]
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def short_number(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if abs(value) >= 10_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"


_Placed = tuple[Claim, date, "date | None", bool, float]  # claim, start, end, point, value


def timeline(claims: Sequence[Claim], verdict_of: dict[str, str]) -> Timeline:
    """The chart of ``claims`` (one quantity); ``verdict_of`` colours each claim by the most
    severe verdict that names it ("" when none does)."""
    chart = Timeline()
    placed = _placed(claims, chart)
    if not placed:
        return chart
    scale = _Scale(chart, placed)
    chart.marks = _labelled(
        [scale.mark(item, verdict_of.get(item[0].id, "")) for item in placed], chart.right
    )
    chart.series = _series(placed, scale)
    _draw_axes(chart, scale)
    return chart


def _placed(claims: Sequence[Claim], chart: Timeline) -> list[_Placed]:
    """The claims with a span and a value to place; the others are counted as undated."""
    placed: list[_Placed] = []
    for claim in claims:
        span, value = _span(claim), _value(claim)
        if span is None or value is None:
            chart.undated += 1
            continue
        placed.append((claim, *span, value))
    return placed


def _series(placed: Sequence[_Placed], scale: _Scale) -> str:
    """The line through the levels known at a date (points with no start), in date order;
    "" with fewer than two."""
    series = sorted(
        (start, value) for claim, start, _, point, value in placed
        if point and claim.period is not None and claim.period.start is None
    )
    if len(series) <= 1:
        return ""
    return " ".join(f"{scale.x(d)},{scale.y(v)}" for d, v in series)


def _draw_axes(chart: Timeline, scale: _Scale) -> None:
    """The value and date ticks, and the grid through them."""
    chart.value_ticks = [(scale.y(t), short_number(t)) for t in nice_ticks(scale.low, scale.high)]
    chart.date_ticks = _date_ticks(scale.first, scale.last, scale.x)
    chart.grid = "".join(
        [f"M{chart.left},{y}H{chart.right}" for y, _ in chart.value_ticks]
        + [f"M{x},{chart.top}V{chart.bottom}" for x, _ in chart.date_ticks]
    )


class _Scale:
    """Where days and values fall on the chart: the days of the marks, padded so that marks
    stay clear of the edges, and the values from zero, with room for labels above."""

    def __init__(self, chart: Timeline, placed: Sequence[_Placed]) -> None:
        self.chart = chart
        first = min(s for _, s, _, _, _ in placed)
        last = max(e or s for _, s, e, _, _ in placed)
        if (last - first).days < 2 * DAY_PAD:
            first, last = first - timedelta(days=DAY_PAD), last + timedelta(days=DAY_PAD)
        margin = timedelta(days=max(2, (last - first).days // 25))  # marks clear of the edges
        self.first, self.last = first - margin, last + margin
        values = [v for *_, v in placed]
        low, high = min(0.0, *values), max(0.0, *values)
        if high == low:
            high = low + 1
        self.low, self.high = low, high + (high - low) * 0.12  # room for labels above
        self.days = (self.last - self.first).days or 1

    def x(self, day: date) -> float:
        chart = self.chart
        return round(chart.left + (day - self.first).days / self.days
                     * (chart.right - chart.left), 1)

    def y(self, value: float) -> float:
        chart = self.chart
        return round(chart.bottom - (value - self.low) / (self.high - self.low)
                     * (chart.bottom - chart.top), 1)

    def mark(self, item: _Placed, verdict: str) -> Mark:
        """One claim's mark: a point, or a bar over its period (to the edge when open)."""
        claim, start, end, point, value = item
        x1, x2 = self.x(start), (self.x(end) if end else self.chart.right)
        if point:
            x2 = x1
        where = f"{claim.article}:{claim.line}"
        period = f"{start.isoformat()}..{end.isoformat() if end else ''}"
        return Mark(
            claim_id=claim.id, x1=x1, x2=max(x2, x1), y=self.y(value),
            verdict=verdict, label=claim.surface[:24],
            tooltip=f"{claim.surface} — {period} — {where}", open_end=end is None,
        )


LABEL_WIDTH = 48  # about six characters at the labels' size
LABEL_HEIGHT = 12
MAX_LABELS = 12  # past this, the lowest, highest and latest figures keep theirs; the tooltip
#                  of every mark still names its figure, period and article:line


def _labelled(marks: list[Mark], right: float) -> list[Mark]:
    """Each mark with a place for its label above it, moved up past the labels already placed
    that it would overlap (two sources giving 148 for the same month stay readable)."""
    from dataclasses import replace

    keep = _kept_labels(marks)
    placed: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (-m.y, m.x1)):
        if id(mark) not in keep:
            placed.append(replace(mark, label=""))
            continue
        anchor = "end" if mark.x1 > right - LABEL_WIDTH else "start"
        x = mark.x2 if anchor == "end" else mark.x1
        y = _free_height(x, mark.y - 9, placed)
        placed.append(replace(mark, label_x=x, label_y=max(y, 9.0), anchor=anchor))
    return placed


def _kept_labels(marks: list[Mark]) -> set[int]:
    """The marks that keep their label: all, or past ``MAX_LABELS`` the four lowest, highest
    and latest."""
    if len(marks) <= MAX_LABELS:
        return {id(m) for m in marks}
    by_height = sorted(marks, key=lambda m: m.y)
    latest = sorted(marks, key=lambda m: -m.x2)
    return {id(m) for m in (*by_height[:4], *by_height[-4:], *latest[:4])}


def _free_height(x: float, y: float, placed: list[Mark]) -> float:
    """The first height from ``y`` up where a label at ``x`` overlaps none placed."""
    while any(p.label and abs(p.label_x - x) < LABEL_WIDTH
              and abs(p.label_y - y) < LABEL_HEIGHT for p in placed):
        y -= LABEL_HEIGHT
    return y


def _date_ticks(first: date, last: date, x: object) -> list[tuple[float, str]]:
    """Month starts (or years, for long spans) between the chart's ends, at most six."""
    assert callable(x)
    months = (last.year - first.year) * 12 + last.month - first.month
    step = max(1, math.ceil(months / 5))
    yearly = step >= 12
    ticks = [
        (x(day), str(day.year) if yearly else day.strftime("%Y-%m"))
        for index, day in _month_starts(first, last)
        if (day.month == 1 if yearly else index % step == 0)
    ]
    return ticks[:6] or [(x(first), first.isoformat())]


def _month_starts(first: date, last: date) -> Iterator[tuple[int, date]]:
    """The first days of the months after ``first``'s up to ``last``, each with how many months
    after ``first``'s it is."""
    year, month = first.year, first.month
    index = 0
    while True:
        month += 1
        index += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > last:
            return
        yield index, day
