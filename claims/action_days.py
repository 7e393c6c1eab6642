"""The Nth day of a strike or protest: "On the second day of the walkout, about 4,000 workers
joined picket lines", "Au troisième jour du mouvement, 28 % des conducteurs étaient en grève".
The article says when the action began ("The rail strike began on Tuesday", "La grève a
commencé mardi") or which day its Nth day was ("mercredi, deuxième jour de la grève"); a
figure whose sentence names the Nth day and no day of its own is of the start plus N - 1 days,
not of the day the sentence before named (the start, a scene). The words are the language
table's (``action_day_counts``, ``action_began``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.event_days import dated
from claims.figure_model import DURATIONS, Figure
from claims.lang import ExtractionTable
from claims.models import Period, PeriodKind, Role
from claims.periods import PeriodMatch

_DIGITS = re.compile(r"\d{1,3}")


def nth_day(text: str, table: ExtractionTable) -> tuple[int, str] | None:
    """The count of days of the action a sentence names ("the second day of the walkout":
    2), with the phrase."""
    m = next((m for p in table.action_day_count_res if (m := p.search(text))), None)
    if m is None:
        return None
    word = m.group("n").lower()
    digits = _DIGITS.match(word)
    n = int(digits.group()) if digits else table.periods.ordinals.get(word)
    return (n, m.group()) if isinstance(n, int) and n > 0 else None


def start_of_the_action(text: str, one_day: Period | None, table: ExtractionTable) -> date | None:
    """The day the action began, from a sentence about it naming one day (``one_day``): that
    day when it says the action began ("The rail strike began on Tuesday"), else counted back
    from the Nth day it names ("mercredi, deuxième jour de la grève": Tuesday)."""
    day = one_day.end if one_day is not None else None
    if day is None:
        return None
    counted = nth_day(text, table)
    if counted is not None:
        return day - timedelta(days=counted[0] - 1)
    began = table.action_began_re
    return day if began is not None and began.search(text) else None


def nth_day_period(start: date | None, text: str, f: Figure, table: ExtractionTable,
                   periods: list[PeriodMatch]) -> Period | None:
    """ "On the second day of the walkout, about 4,000 workers joined picket lines": the day
    the action began plus N - 1 days, for a figure (a value, not a length of time) in a
    sentence naming its Nth day and dating nothing else."""
    if f.role is not Role.value or f.unit in DURATIONS:
        return None
    counted = nth_day(text, table) if start is not None else None
    if start is None or counted is None or any(not p.announced and dated(p) for p in periods):
        return None
    day = start + timedelta(days=counted[0] - 1)
    return Period(start=day, end=day, text=counted[1], resolution="relative", kind=PeriodKind.day)
