"""A running window ends at the as-of date its sentence gives ("this year", "as of Oct. 31"),
and an as-of total starts where that window does; a day said ("police said Wednesday") is an
as-of date of its own. ``claims.binding`` applies these to the phrases it binds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.period_match import add_months
from claims.periods import PeriodMatch
from claims.phrase_kinds import Phrase


def said_as_of(p: PeriodMatch) -> PeriodMatch:
    """An announcement's day, as a figure's last resort: the total as of that day."""
    period = p.period.as_of_end()
    return replace(p, period=period)  # still ``announced``: a frame said before may win


def with_as_of(bound: PeriodMatch, periods: list[PeriodMatch]) -> PeriodMatch:
    """ "611 people held this year ..., as of Oct. 31": the window ends at the as-of date;
    an as-of total in a sentence that names its window starts where the window does."""
    period = bound.period
    if period.kind is PeriodKind.to_date and period.start is not None:
        return _window_to_as_of(bound, periods)
    if period.kind is PeriodKind.as_of and period.end is not None:
        return _as_of_in_window(bound, periods)
    return bound


def _window_to_as_of(bound: PeriodMatch, periods: list[PeriodMatch]) -> PeriodMatch:
    """A running window ends at the first as-of date of the sentence inside it (a trailing
    window keeps its length, ending there)."""
    period = bound.period
    assert period.start is not None
    for p in periods:
        end = p.period.end
        if p.period.kind is not PeriodKind.as_of or end is None or end < period.start:
            continue
        if period.end is not None and end > period.end:
            continue
        if bound.kind in TRAILING and period.end is not None:
            return replace(bound, period=trailing_to(period, period.end, end))
        return replace(bound, period=period.model_copy(update={"end": end}))
    return bound


def _as_of_in_window(bound: PeriodMatch, periods: list[PeriodMatch]) -> PeriodMatch:
    """An as-of total starts where the first running window of the sentence that started by
    then does (a trailing window moved to end at the as-of date)."""
    period = bound.period
    assert period.end is not None
    for p in periods:
        start = p.period.start
        if p.period.kind is not PeriodKind.to_date or start is None or start > period.end:
            continue
        if p.kind in TRAILING and p.period.end is not None:
            moved = trailing_to(p.period, p.period.end, period.end)
            return replace(bound, period=moved.model_copy(update={"text": period.text}))
        update = {"start": start, "kind": PeriodKind.to_date}
        return replace(bound, period=period.model_copy(update=update))
    return bound


# "the past 12 months", "au cours des douze derniers mois": a window counted back from
# publication, unless an as-of date in the sentence says where it ends.
TRAILING = frozenset({Phrase.trailing_window, Phrase.window_to_publication})


def trailing_to(window: Period, old_end: date, end: date) -> Period:
    """ "Les transactions des douze derniers mois, à fin juin": the same length of window,
    ending at the as-of date (a closed window), not at publication."""
    start = window.start
    assert start is not None
    after = old_end + timedelta(days=1)
    if start.day == after.day:  # whole months back: count them again from the new end
        months = (after.year - start.year) * 12 + after.month - start.month
        new_start = add_months(end + timedelta(days=1), -months)
    else:
        new_start = end - (old_end - start)
    return window.model_copy(update={"start": new_start, "end": end, "kind": PeriodKind.interval})


def running_count_as_of(claim: Claim, before: list[Claim], counting: re.Pattern[str] | None = None,
                        published: date | None = None) -> Period | None:
    """ "Cela porte à 18 420 le nombre de cas confirmés depuis le 1er janvier. Au 15 novembre,
    l'ARS en recensait 17 180.": an as-of total of what the running count just before counts
    (the latest figure of its unit, in its sentence or the one before) is that count at its
    own date: from the window's start to that date. It names nothing counted of its own (a
    pronoun stands for it: "en"), and takes what the running count counts; or it is an earlier
    reading of that count (``_an_earlier_reading``)."""
    period = claim.period
    if period is None or period.end is None:
        return period
    latest = next((c for c in reversed(before) if c.unit == claim.unit), None)
    if _as_of_by_a_pronoun(claim, period):
        window = _running_through(latest, claim, period.end)
    elif _an_earlier_reading(claim, period, counting):
        window = _read_later(latest, claim, period.end, published)
    else:
        return period
    if window is None:
        return period
    return period.model_copy(update={"start": window.start, "kind": PeriodKind.to_date})


def _an_earlier_reading(claim: Claim, period: Period, counting: re.Pattern[str] | None) -> bool:
    """ "Jeudi soir, la préfecture recensait 164 personnes malades": a stated total as of a
    day, with no start, that a verb of counting reads (not a stock held: "9 étaient
    hospitalisés")."""
    return (
        counting is not None and period.kind is PeriodKind.as_of and period.start is None
        and claim.role is Role.value and counting.search(claim.sentence) is not None
    )


def _read_later(latest: Claim | None, claim: Claim, day: date,
                published: date | None) -> Period | None:
    """The window of ``latest``, a running count of the same unit closed at a bulletin's date
    after ``day`` ("131 collégiens et 9 enseignants ... depuis mardi, selon le dernier bilan de
    la préfecture, vendredi matin"), not at publication: ``claim`` read the same count at an
    earlier bulletin."""
    window = latest.period if latest is not None else None
    if latest is None or window is None or claim.hedge or not _closed_at_a_bulletin(
            latest, window, published):
        return None
    assert window.start is not None and window.end is not None
    return window if window.start <= day < window.end else None


def _closed_at_a_bulletin(latest: Claim, window: Period, published: date | None) -> bool:
    """A plain running count from a start to a day before publication (a bulletin's)."""
    return (
        latest.role is Role.value and window.kind is PeriodKind.to_date
        and window.start is not None and window.end is not None and window.end != published
    )


def _as_of_by_a_pronoun(claim: Claim, period: Period) -> bool:
    """A stated total as of a day, with no start, whose counted thing a pronoun stands for."""
    counted = claim.frame.counted if claim.frame is not None else None
    return (
        period.kind is PeriodKind.as_of and period.start is None and claim.role is Role.value
        and counted is not None and counted.inherited is not None
    )


def _running_through(latest: Claim | None, claim: Claim, day: date) -> Period | None:
    """The running window of ``latest``, a stated count of what ``claim`` counts, when that
    window runs through ``day``; None otherwise."""
    window = latest.period if latest is not None else None
    if (
        latest is None or window is None or latest.role is not Role.value
        or claim.counted != latest.counted or window.kind is not PeriodKind.to_date
        or window.start is None or window.end is None
    ):
        return None
    return window if window.start <= day <= window.end else None


def carry_restated_level(claim: Claim, before: list[Claim], table: ExtractionTable) -> bool:
    """ "Au CHU, 41 enfants étaient hospitalisés lundi ... Sur les 41 enfants hospitalisés au
    CHU lundi, 33 ...": a figure after a definite determiner restates the same figure
    told before, the same day; a level as of that day stays one, not a count of the day.
    True when the claim took the earlier figure's period."""
    period = claim.period
    if claim.value is None or period is None or period.kind is not PeriodKind.day:
        return False
    if period.source is not None:
        return False
    source = _restated_source(claim, period, before, table)
    if source is None:
        return False
    claim.period = source.period.model_copy(update={"resolution": "carried", "source": source.id})
    return True


def restated(claim: Claim, table: ExtractionTable) -> bool:
    """ "Parmi les 44 victimes, 26 ...", "Sur les 41 enfants hospitalisés lundi": a figure after
    a definite determiner names a total the text gave before, whatever it now calls it."""
    words = table.periods.restating_determiners
    at = claim.at_in_sentence()
    before = claim.sentence[:at].split() if at > 0 else []
    return bool(words) and bool(before) and before[-1].lower() in words


def _restated_source(claim: Claim, period: Period, before: list[Claim],
                     table: ExtractionTable) -> Claim | None:
    """The level the claim restates: after a definite determiner ("Sur les 41 enfants"), the
    latest same figure read as of the claim's day; else the whole restated earlier in its
    sentence, which the claim is a part of (", 33 n'étaient pas vaccinés")."""
    if not restated(claim, table):
        return _its_restated_whole(claim, before)
    return next((c for c in reversed(before) if c.value == claim.value
                 and c.unit_label == claim.unit_label and c.period is not None
                 and c.period.kind is PeriodKind.as_of and c.period.end == period.end), None)


def _its_restated_whole(claim: Claim, before: list[Claim]) -> Claim | None:
    """A restated level earlier in the claim's sentence, as of the claim's day ("Sur les 41
    enfants hospitalisés lundi, 33 ..."): the part is of that level, at that day."""
    period = claim.period
    return next((c for c in reversed(before) if c.sentence == claim.sentence
                 and c.period is not None and c.period.kind is PeriodKind.as_of
                 and c.period.source is not None and period is not None
                 and c.period.end == period.end and c.period.resolution == "carried"), None)
