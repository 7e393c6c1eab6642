"""What a holding earned over a window keeps that window, not a stock's as-of day.

Fund and reserve copy tells a flow over a window and the stock it left side by side: "올해 1∼9월
기금운용 수익률이 11.8%로 집계됐다 ... 9월 말 기준 기금 적립금은 1천398조원 ... 자산별 수익률은
해외주식이 21.4%로 가장 높았고 국내주식 17.9%", "le fonds a réalisé depuis janvier un rendement de
3,3 % ... à la fin juin, ses actifs étaient de 28,8 milliards ... les actions ont eu un rendement de
8,1 %". The returns by asset class name no time of their own and take, by carry, the as-of day of
the stock told just before; but a return is a flow (DESIGN "Periods"): it is over the window the
article gave the whole fund's return, which ends at that very day.

So a figure carried an as-of day (no start) that names a flow of the table's ``window_flows``
("수익률", "rendement", "returned") takes the window of the latest figure before it of the same
unit that names the same flow, read over a window (``interval`` or ``to_date``) that ends on
that day. A stock keeps its day (it names no flow); a flow with no such window before it (no
window, or one ending another day) keeps what it had.
"""

from __future__ import annotations

from claims.lang import ExtractionTable
from claims.models import Claim, PeriodKind, Role

_WINDOWS = frozenset({PeriodKind.interval, PeriodKind.to_date})
_CARRIED = "carried"


def flows_keep_their_window(claims: list[Claim], table: ExtractionTable) -> None:
    """Give each flow carried a stock's as-of day the window of the same flow ending then."""
    words = [w.lower() for w in table.periods.window_flows if w]
    if not words:
        return
    for i, claim in enumerate(claims):
        period = claim.period
        if (period is None or period.kind is not PeriodKind.as_of or period.start is not None
                or period.end is None or period.resolution != _CARRIED
                or claim.role is not Role.value):
            continue
        named = _flows_named(claim, claims[:i], words)
        if not named:
            continue
        source = next((c for c in reversed(claims[:i])
                       if _the_flows_window(c, claims[:i], claim, named, words)), None)
        if source is not None and source.period is not None:
            claim.period = source.period.model_copy(
                update={"resolution": _CARRIED, "source": source.id})


def _flows_named(claim: Claim, before: list[Claim], words: list[str]) -> set[str]:
    """The flow words the figure names: in what it counts, or in its own stretch of text
    (after the figure before it in its sentence: "자산별 수익률은 해외주식이 21.4%"), not in a
    clause of another figure ("수익률 11.8%를 기록했고, 적립금은 ...")."""
    at = claim.at_in_sentence()
    ends = [c.at_in_sentence() + len(c.surface) for c in before
            if c.sentence == claim.sentence and c.at_in_sentence() >= 0]
    start = max([e for e in ends if e <= at], default=0)
    own = claim.sentence[start : max(at, 0)].lower()
    counted = (claim.counted or "").lower()
    return {w for w in words if w in counted or w in own}


def _the_flows_window(c: Claim, before: list[Claim], claim: Claim, named: set[str],
                      words: list[str]) -> bool:
    """``c``: a plain figure of the claim's unit naming one of its flows, read over a window
    ending on the claim's as-of day; ``before``: the figures before the claim."""
    period, day = c.period, claim.period
    return (period is not None and day is not None and period.kind in _WINDOWS
            and period.start is not None and period.end == day.end
            and c.unit == claim.unit and c.role is Role.value
            and bool(_flows_named(c, before[: before.index(c)], words) & named))
