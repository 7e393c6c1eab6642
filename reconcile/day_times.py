"""The time of day a figure is given for, named the same way in every language.

A running toll told "on Thursday evening" by one outlet and "jeudi soir" by another is one
reading, at one time of one day; so are "as of 6 p.m.", "à 18 heures" and "오후 6시 기준". Read as
the words they are written in, they looked like two times of the day, and a disagreement between
them was kept unsure ("a running count may have moved between them"): a planted error told in
two languages was never shown. Here a time is named by what it means: a clock time as
``HH:MM`` on a 24-hour clock, a part of the day by the name its language table gives it
(``[grouping.day_parts]``: "morning", "evening"...), anything else by its own folded words.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lang import grouping_pattern, raw_table
from claims.lexicon import fold
from claims.models import Claim

_DIGITS = re.compile(r"\d+")


@cache
def _day_parts(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, pattern) of each part of the day the language table names, in table order: the
    first that matches names the time ("après-midi" is the afternoon before "midi" is noon)."""
    try:
        table = raw_table(code).get("grouping", {}).get("day_parts", {})
    except ValueError:
        return ()
    return tuple(
        (name, re.compile("|".join(f"(?:{p})" for p in found), re.I))
        for name, found in table.items() if found
    )


def _clock(words: str, code: str) -> str:
    """``HH:MM`` of a clock time ("9:30 p.m.", "18 h 30", "오후 6시"): the hour moves past noon
    when the language's marker of the hours after noon is written with it."""
    hour, *rest = (int(n) for n in _DIGITS.findall(words))
    later = grouping_pattern(code, "afternoon_hours")
    if later is not None and hour < 12 and later.search(words):
        hour += 12
    return f"{hour % 24:02d}:{rest[0] if rest else 0:02d}"


def time_name(words: str, code: str) -> str:
    """What a time of day written as ``words`` names, the same in every language."""
    if _DIGITS.search(words):
        return _clock(words, code)
    for name, pattern in _day_parts(code):
        if pattern.search(words):
            return name
    return " ".join(fold(words).split())


def time_of_day(claim: Claim) -> str:
    """The time of day a figure is given for: in its period's words ("이날 오후 6시 기준",
    "as of 9 p.m. Monday"), else the one time its sentence names; "" for none. A time that
    opens a window ("오전 7시부터", "from 7 a.m.", "depuis 8 h": ``[grouping]
    window_start_after`` / ``window_start_before``) is when counting began, not when the figure
    was read: a final turnout "from 7 a.m." is no reading at 07:00."""
    code = claim.language
    pattern = grouping_pattern(code, "times_of_day")
    if pattern is None:
        return ""
    period = claim.period
    read = _read_times(period.text, pattern, code) if period is not None and period.text else []
    if read:
        return time_name(read[-1], code)
    named = {time_name(t, code) for t in _read_times(claim.sentence, pattern, code)}
    return next(iter(named)) if len(named) == 1 else ""


def _read_times(text: str, pattern: re.Pattern[str], code: str) -> list[str]:
    """The times ``text`` names, in order, less those that open a window."""
    after = grouping_pattern(code, "window_start_after")
    before = grouping_pattern(code, "window_start_before")
    found = []
    for match in pattern.finditer(text):
        tail, head = text[match.end():].lstrip(), text[:match.start()].rstrip()
        if after is not None and after.match(tail):
            continue
        if before is not None and any(m.end() == len(head) for m in before.finditer(head)):
            continue
        found.append(match.group())
    return found
