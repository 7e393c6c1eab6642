"""A level read at a moment is as of that moment, and keeps no window or look-back it did not name.

A level is what stands at a time, not what happened over it: kilometres of traffic jams, a
river's height, a reservoir's fill rate, hospital beds occupied, days of blood supply, a court's
open caseload ("Samedi dernier, le pic avait atteint 812 km", "The open caseload was 78,329 at
the end of June", "지난 13일 오전 7시 현재 주암댐의 저수율은 28%", "혈액 보유량이 4.6일분이었다").
Told on a named day it is ``as_of`` that day (DESIGN "Periods"), where a flow of the day (cars
through a toll, deaths, arrests) is that day's count.

Three rules, for a plain value (no change, no baseline) whose own text names a level (the table's
``level_words``, or with a length or an area a word of ``level_lengths``, a peak or a level
reached: "le pic ... 812 km", "peaked at 5.36 metres", "rose to 5.2 metres", "reached its minimum
extent ... of 4.31 million sq km"):

* a day becomes as of that day;
* a level that carried the time of an earlier level looking back (a record of last year, the
  stock a month before: its time ends before the latest level the article told) is read at that
  latest level's time, the story's present ("inférieur au record de 1 290 km de l'an dernier.
  Dans la Drôme, la file a atteint 96 km");
* a level that carried a window from a flow (donors "so far this year", cases completed "in the
  three months to June") is as of the window's end ("The backlog of cases waiting more than a
  year was 18,240"), unless its own text says it is an average over that window (the table's
  ``average_words``: "평균가동률은 71.6%" of October, "an average occupancy of 94 %"): a mean is
  the window's, not a moment's.

A length or an area reached with no time read at all ("Dans l'Isère, la file a atteint 38 km",
"avant de redescendre sous les 700 km") stands at the latest level's time, or at publication, as
any count with no period does; a figure a level word names with no time is left alone (a
threshold, "적정 보유량인 5일분", dates nothing).

Grammar draws the line: the level word stands in the figure's own stretch of text, from the
figure before it in its sentence (or the sentence's start) to the next figure or comma after it.
"""

from __future__ import annotations

from datetime import date

from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role

# Lengths and areas a level is read in, for a peak or a level reached to make a level: a
# jam's kilometres, a river's metres, the extent of sea ice or of a fire ("reached its minimum
# extent ... of 4.31 million sq km on 14 September", "by August 19 had reached 3,000 acres");
# not rain or snow (millimetres, centimetres), which fall over a day: a flow; nor an area hit
# with no level word ("la grêle a touché 600 hectares jeudi"): what that day did.
_PEAK_UNITS = frozenset({"kilometer", "meter", "mile", "foot",
                         "kilometer**2", "meter**2", "mile**2", "hectare", "acre"})
_POINTS = frozenset({PeriodKind.as_of, PeriodKind.day})
_WINDOWS = frozenset({PeriodKind.to_date, PeriodKind.interval})
_CARRIED = "carried"
_NOT_TOLD = "publication"  # a period read from the publication day, not from the text
_NAMED, _REACHED = "named", "reached"


def levels_as_of(claims: list[Claim], table: ExtractionTable, published: date | None) -> None:
    """Date every level as of its moment (see the module)."""
    words = [w.lower() for w in table.periods.level_words if w]
    averages = [w.lower() for w in table.periods.average_words if w]
    lengths = [w.lower() for w in table.periods.level_lengths if w]
    if not words and not lengths:
        return
    by_id = {c.id: c for c in claims}
    levels: set[str] = set()
    present: Claim | None = None  # the latest level told at a time of the text
    for i, claim in enumerate(claims):
        named = _names_a_level(claim, claims, i, words, lengths)
        if named is None:
            continue
        levels.add(claim.id)
        period = None
        if claim.direction is None:  # a stated change ("fell by 12,000 on Monday") keeps its time
            averaged = any(a in _own_stretch(claim, claims, i) for a in averages)
            period = _as_a_level(claim, by_id, levels, present, averaged)
            if period is None and named == _REACHED and _untimed(claim.period):
                period = _at_the_present(present, published)
        if period is not None:
            claim.period = period
        if _the_present(claim, published) and _not_before(claim, present):
            present = claim


def _as_a_level(claim: Claim, by_id: dict[str, Claim], levels: set[str],
                present: Claim | None, averaged: bool) -> Period | None:
    """The level's period (None: unchanged): a day as of that day; a look back carried from
    an earlier level in another sentence, the present level's time; a flow's window carried,
    as of its end unless the level is an average over it."""
    period = claim.period
    if _untimed(period):
        return None
    assert period is not None and period.end is not None
    source = by_id.get(period.source or "") if period.resolution == _CARRIED else None
    if source is not None and source.id in levels and source.sentence != claim.sentence and (
            present is not None and present.period is not None
            and present.period.end is not None and period.end < present.period.end):
        return _at_the_present(present, None)
    if period.kind is PeriodKind.day and period.start == period.end:
        return period.as_of_end()
    if source is not None and source.id not in levels and period.kind in _WINDOWS and not averaged:
        return period.as_of_end()
    return None


def _not_before(claim: Claim, present: Claim | None) -> bool:
    """The claim's time is the present's or later (both read at a day of the text)."""
    if present is None or present.period is None or present.period.end is None:
        return True
    return claim.period is not None and claim.period.end is not None and (
        claim.period.end >= present.period.end)


def _untimed(period: Period | None) -> bool:
    """No time read for the figure, or none that ends on a day."""
    return period is None or period.kind is PeriodKind.none or period.end is None


def _at_the_present(present: Claim | None, published: date | None) -> Period | None:
    """As of the present level's time, carried from it; else as of publication."""
    if present is not None and present.period is not None:
        return present.period.as_of_end().model_copy(
            update={"resolution": _CARRIED, "source": present.id})
    if published is None:
        return None
    return Period(end=published, kind=PeriodKind.as_of, resolution=_NOT_TOLD)


def _the_present(claim: Claim, published: date | None) -> bool:
    """A level told at a time the text names (not read at publication, not ahead of it)."""
    period = claim.period
    return (period is not None and period.kind in _POINTS and period.end is not None
            and period.resolution != _NOT_TOLD
            and (published is None or period.end <= published))


def _names_a_level(claim: Claim, claims: list[Claim], i: int, words: list[str],
                   lengths: list[str]) -> str | None:
    """How the figure names a level (None: it does not): its own stretch of text names one
    (``_NAMED``), or a length or an area is a peak or a level reached (``_REACHED``); a plain
    value only, whose time tells the story's even when a change word stands by it ("a relevé
    1 020 km"); not a speed or any figure per unit ("최대풍속 초속 41m": the day's gust)."""
    if claim.role is not Role.value or claim.hedge or claim.per:
        return None
    own = _own_stretch(claim, claims, i)
    if claim.unit in _PEAK_UNITS and any(w in own for w in lengths):
        return _REACHED
    return _NAMED if any(w in own for w in words) else None


def _own_stretch(claim: Claim, claims: list[Claim], i: int) -> str:
    """From the figure before it in its sentence (or the sentence's start) to the next figure
    or comma after it, the figure's surface included, lower case. The claims are in text order,
    so the figures around it are its neighbours in the list (one look each way: linear work)."""
    at = claim.at_in_sentence()
    if at < 0:
        return (claim.counted or "").lower()
    text = claim.sentence
    end = at + len(claim.surface)
    start, stop = 0, len(text)
    if i > 0 and claims[i - 1].sentence == text:
        before = claims[i - 1].at_in_sentence()
        start = before + len(claims[i - 1].surface) if 0 <= before < at else 0
    if i + 1 < len(claims) and claims[i + 1].sentence == text:
        after = claims[i + 1].at_in_sentence()
        stop = after if after >= end else stop
    comma = text.find(",", end, stop)
    stop = comma if comma >= 0 else stop
    return f"{text[start:stop]} {claim.counted or ''}".lower()
