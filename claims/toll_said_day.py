"""The day a toll was given, when its sentence says so: its as-of end (``claims.tolls``).

Disaster and epidemic copy tells a toll with its event in one sentence and the day the
authority gave it: "A 6.1 quake late Wednesday killed at least 23 people, a government agency
said Friday", "Au moins 87 personnes ont été tuées dans le séisme qui a frappé mercredi, a
déclaré vendredi un ministre", "selon un bilan communiqué vendredi soir", "산사태로 숨진 사람은
12명으로 늘었다고 소방청이 11일 밝혔다". The event's day is not the toll's time, nor is the
article's publication (the next morning, another time zone): the toll is what the source knew
on the day it spoke. The said day is a phrase right after a verb of saying (``announced``, the
table's ``announcement_verbs``), or, where the verb follows the day (Korean), a day right
before one of the counter table's ``said_after_day`` words.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from claims.counted_windows import said_day as said_before_its_verb
from claims.counter_table import CounterContext, load_counter_table
from claims.lang import raw_table
from claims.models import Claim, Period
from claims.periods import PeriodMatch, find_periods
from claims.sentences import Sentence


def said_on(claim: Claim, published: date) -> Period | None:
    """The phrase of the one day the figure's sentence says it was given ("late on Sunday",
    "dimanche soir"), or None (no such day, or two different ones: which one is the figure's
    is not known)."""
    sentence = claim.sentence
    context = _said_after(claim.language)
    s = Sentence(0, len(sentence), sentence, 0)
    said = [
        p.period for p in find_periods(sentence, 0, claim.language, published)
        if _a_day(p) and (p.announced or (context is not None
                                           and said_before_its_verb(p, s, context)))
    ]
    return said[0] if len({p.end for p in said}) == 1 else None


def _a_day(p: PeriodMatch) -> bool:
    """A single day (a weekday, a date, "yesterday"; "vendredi soir" too)."""
    period = p.period
    return period.end is not None and period.start in (None, period.end)


@cache
def _said_after(lang: str) -> CounterContext | None:
    """The counter table's words of saying that follow the day, for a language that has one."""
    if raw_table(lang).get("counters") is None:
        return None
    return load_counter_table(lang).context
