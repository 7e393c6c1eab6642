"""Rolling windows: a count summed over the last few months, given at a month's end.

A release of business failures or of asylum claims counts "sur douze mois" (over the twelve
months) "à fin octobre": the figure is the sum over 1 November to 31 October, not a stock held
on 31 October. So in a sentence that names such a length with no end of its own ("cumulé sur
douze mois", "en cumul sur 12 mois", "sur 12 mois glissants"), each month's end it names ("à
fin septembre", "fin octobre 2012", "contre 4 102 à fin juillet") ends a window of that length.
A sentence about the running sum with no length ("Le cumul s'établissait à 50 880 à fin juin")
takes the length of the latest rolling window the article stated. A length alone ("L'industrie
en totalise 3 940 sur douze mois") is the latest window of that length the article stated
that had ended by publication: the release's. A stock "à fin septembre" in a sentence naming no
rolling window keeps its day. The words are data (``[extraction.periods] rolling_lengths`` and
``rolling_cues``); a language without them reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from claims.lang import ExtractionTable, load_table
from claims.lang.regex import _whole_words
from claims.models import Period, PeriodKind
from claims.period_grammar import expanded
from claims.period_match import Match, month_end, shift
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase

_MIN_DAYS = 58  # two months at least: "sur un mois", "sur un an" tell a change, not a window
# Points that may end a rolling window: "à fin septembre", "as of the end of June".
_POINTS = frozenset({Phrase.as_of_month, Phrase.month_part, Phrase.as_of})


_Length = tuple[str, int, str]  # unit, how many, the words that name it


@cache
def _length_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    table = load_table(lang).extraction
    return expanded(table.periods.rolling_lengths, table)


@cache
def _cue_re(lang: str) -> re.Pattern[str]:
    return _whole_words(load_table(lang).extraction.periods.rolling_cues)


def _lengths(text: str, lang: str, table: ExtractionTable) -> list[tuple[int, int, str, int]]:
    """The rolling lengths the text names: (start, end, unit, n), two months or more."""
    found = []
    for pattern in _length_patterns(lang):
        for m in pattern.finditer(text):
            reader = Match(m, table, lang, None)
            n = reader.count()
            if n is not None and _long_enough(reader.unit(), n):
                found.append((m.start(), m.end(), reader.unit(), n))
    return sorted(found)


def _long_enough(unit: str, n: int) -> bool:
    try:
        return (shift(date(2001, 1, 1), unit, n) - date(2001, 1, 1)).days >= _MIN_DAYS
    except (ValueError, OverflowError):
        return False


def rolled(
    results: list[PeriodMatch],
    sentence: str,
    offset: int,
    lang: str,
    table: ExtractionTable,
    published: date | None,
    previous: Sequence[Period],
) -> list[PeriodMatch]:
    """The sentence's phrases, with each month's end that ends a rolling window read as that
    window, and a length naming no end read as the article's latest window of that length."""
    if not table.periods.rolling_lengths:
        return results
    lengths = _lengths(sentence, lang, table)
    if _in_a_trailing_window(lengths, results, offset):
        return results
    length = _named_length(sentence, lengths) or _cued_length(sentence, previous, lang, table)
    if length is None:
        return results
    out = [_as_window(p, length) if _a_month_end(p) else p for p in results]
    if not lengths:
        return out
    if out == results:
        return _with_the_window(out, lengths[0], offset, previous, published, lang, table)
    return _with_the_length(out, lengths[0], offset)


def _in_a_trailing_window(lengths: list[tuple[int, int, str, int]], results: list[PeriodMatch],
                          offset: int) -> bool:
    """A length inside a trailing window ("sur les douze derniers mois", "sur douze mois
    glissants"), which claims.period_clauses ends at the release: the sentence stays as read."""
    return any(_inside(start + offset, end + offset, p) for start, end, _, _ in lengths
               for p in results)


def _named_length(sentence: str, lengths: list[tuple[int, int, str, int]]) -> _Length | None:
    """The first length the sentence names ("cumulé sur douze mois")."""
    if not lengths:
        return None
    start, end, unit, n = lengths[0]
    return unit, n, sentence[start:end]


def _cued_length(sentence: str, previous: Sequence[Period], lang: str,
                 table: ExtractionTable) -> _Length | None:
    """In a sentence about the running sum with no length ("Le cumul s'établissait à 50 880 à
    fin juin"), the length of the latest rolling window the article stated."""
    if not (table.periods.rolling_cues and _cue_re(lang).search(sentence)):
        return None
    return _latest_length(previous, lang, table)


def _with_the_length(
    results: list[PeriodMatch], length: tuple[int, int, str, int], offset: int
) -> list[PeriodMatch]:
    """The length phrase itself ("le cumul sur 12 mois", "En cumul sur douze mois"), when no
    phrase covers it, names the window its sentence's first month's end closes: its number
    ("12") is part of a period, no figure."""
    start, end = offset + length[0], offset + length[1]
    if any(p.start < end and start < p.end for p in results):
        return results
    window = next(p for p in results if p.kind is Phrase.window_to_month)
    found = replace(window, start=start, end=end)
    return sorted([*results, found], key=lambda p: p.start)


def _inside(start: int, end: int, p: PeriodMatch) -> bool:
    """Whether a length overlaps a phrase that is no window with an end of its own."""
    return p.start < end and start < p.end and p.kind is not Phrase.window_to_month


def _a_month_end(p: PeriodMatch) -> bool:
    """A point at a month's last day ("à fin septembre", "fin octobre 2012", "au 31 mars"),
    not the day something was said."""
    period = p.period
    if p.announced or p.kind not in _POINTS or period.end is None:
        return False
    end = period.end
    if end != month_end(end.year, end.month):
        return False
    if p.kind is Phrase.month_part:  # "fin septembre 2012": the month's last days
        return period.start is not None and period.start.day > 15
    return True


def _as_window(p: PeriodMatch, length: _Length) -> PeriodMatch:
    """The window of that length ending at the point's day; its text names the length, so
    later sentences know it for a rolling window."""
    unit, n, named = length
    end = p.period.end
    assert end is not None
    start = shift(end + timedelta(days=1), unit, -n)
    period = p.period.model_copy(update={
        "start": start, "kind": PeriodKind.interval, "text": f"{named} {p.period.text}",
    })
    return replace(p, kind=Phrase.window_to_month, period=period, is_point=False)


def _rolling(period: Period, lang: str, table: ExtractionTable) -> _Length | None:
    """The length of a stated rolling window: whole months, two or more, told by a length
    phrase ("sur les douze mois s'achevant à fin octobre"), not a calendar year or quarter."""
    start, end = period.start, period.end
    if period.kind is not PeriodKind.interval or start is None or end is None:
        return None
    if start.day != 1 or end != month_end(end.year, end.month):
        return None
    told = _lengths(period.text, lang, table)
    if not told:
        return None
    unit, n = told[0][2], told[0][3]
    if shift(end + timedelta(days=1), unit, -n) != start:
        return None
    return unit, n, period.text[told[0][0] : told[0][1]]


def _latest_length(previous: Sequence[Period], lang: str, table: ExtractionTable) -> _Length | None:
    for period in reversed(previous):
        length = _rolling(period, lang, table)
        if length is not None:
            return length
    return None


def _with_the_window(
    results: list[PeriodMatch],
    length: tuple[int, int, str, int],
    offset: int,
    previous: Sequence[Period],
    published: date | None,
    lang: str,
    table: ExtractionTable,
) -> list[PeriodMatch]:
    """A length naming no end ("sur douze mois") in a sentence naming no other time: the
    latest-ending rolling window of that length stated before, ended by publication."""
    start, end, unit, n = length
    if any(not p.announced for p in results):
        return results
    windows = _stated_windows(previous, (unit, n), published, lang, table)
    if not windows:
        return results
    latest = max(windows, key=lambda p: p.end or date.min)
    carried = latest.model_copy(update={"resolution": "carried"})
    found = PeriodMatch(offset + start, offset + end, Phrase.back_reference, carried)
    return sorted([*results, found], key=lambda p: p.start)


def _stated_windows(previous: Sequence[Period], length: tuple[str, int], published: date | None,
                    lang: str, table: ExtractionTable) -> list[Period]:
    """The rolling windows of that length (unit, how many) the article stated before, ended by
    publication."""
    return [
        p for p in previous
        if p.end is not None and (published is None or p.end <= published)
        and (_rolling(p, lang, table) or ("", 0, ""))[:2] == length
    ]
