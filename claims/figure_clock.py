"""Times of day written with the word for hours ("vers 17 heures", "jusqu'à 20 heures", "2
heures du matin", "ouverts de 8 heures à 22 heures"): a moment, no duration and no quantity the
article states. ``claims.figures`` drops what ``is_clock`` says is one; the words are the
table's ``[extraction.clock]``."""

from __future__ import annotations

from claims.figure_model import Figure, text_before
from claims.lang import ExtractionTable


def is_clock(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "vers 17 heures", "jusqu'à 20 heures", "2 heures du matin": a time of day written
    with the word for hours, not a duration ("à 3 heures de route", "10 heures par jour")."""
    if not _an_hour_of_the_day(f):
        return False
    after = text[f.end : f.end + 30]
    if table.clock_after_re.match(after):
        return True
    if table.clock_not_after_re.match(after):
        return False
    before = text_before(text, f.start, 40)
    if _opening_hours(before, text, f.end, table):
        return True
    cue = table.clock_before_re.search(before)
    if cue is None:
        return False
    return table.clock_not_before_re.search(before[: cue.start()]) is None


def _an_hour_of_the_day(f: Figure) -> bool:
    """A whole number of hours from 0 to 23, in digits or words, with no scale: it may name an
    hour of the day ("17 heures"); "1,5 heure" or "30 heures" may not."""
    return (f.unit == "hour" and f.kind in ("digits", "words") and f.value is not None
            and f.value.is_integer() and 0 <= f.value <= 23 and f.scale == 1.0)


def _opening_hours(before: str, text: str, end: int, table: ExtractionTable) -> bool:
    """ "ouverts de 8 heures à 22 heures": the first end of a span between two times of day
    (the second, 0 to 24, is read by its own cue), unless a change or a limit governs the span
    ("passera de 7 heures à 10 heures", "de 8 heures à 10 heures par jour" are durations)."""
    opener = table.clock_range_opener_re.search(before)
    if opener is None or table.clock_not_before_re.search(before[: opener.start()]):
        return False
    second = table.clock_range_end_re.match(text, end)
    if second is None or (second["hour"] is not None and int(second["hour"]) > 24):
        return False  # a named time ends a span too: "de 19 heures à minuit"
    return table.clock_not_after_re.match(text[second.end() : second.end() + 30]) is None
