"""One change word after a list of Korean rates: "전월 206만명 대비 1.9%(4만명), 전년 동월
192만명 대비 9.4%(18만명) 증가한 수치다", "9월에 대비해 2.7%, 전년 동기 대비 6.2% 각각
늘어난": the verb after the last rate is every rate's, each with its own base ("대비", "보다").
A rate with no way of its own takes the way of the next rate when only its amount in brackets,
a comma and the next rate's base (a comparand figure allowed) stand between them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from claims.counter_figures import CountedFigure
from claims.lang.regex import literal_alternation
from claims.models import Role

_ITEM_GAP = 50  # characters between two rates of a list: an amount, a comma, the next base


def listed_rates_go_their_way(figures: Sequence[CountedFigure], text: str,
                              bases: Sequence[str]) -> None:
    """Each rate of a list before the change word goes the way of the next rate."""
    if not bases:
        return
    pattern = _item_between(tuple(bases))
    rates = [f for f in figures if f.unit == "percent" and f.role is Role.value]
    for f, g in reversed(list(itertools.pairwise(rates))):
        if (f.direction is None and g.direction is not None and g.start - f.end <= _ITEM_GAP
                and pattern.fullmatch(text, f.end, g.start)):
            f.direction = g.direction


@cache
def _item_between(bases: tuple[str, ...]) -> re.Pattern[str]:
    """Between two rates of a list: the first's amount in brackets, a comma, then the next
    item's base phrase ending with a base word ("전년 동월 192만명 대비 ")."""
    words = literal_alternation(bases)
    return re.compile(rf"\s*(?:\([^()]{{0,30}}\))?\s*,\s*[^.!?,]{{0,40}}?(?:{words})\s*")
