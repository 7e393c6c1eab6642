"""A running window ends at the as-of date its sentence gives ("this year", "as of Oct. 31"),
and an as-of total starts where that window does; a day said ("police said Wednesday") is an
as-of date of its own. ``claims.binding`` applies these to the phrases it binds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claims.clauses import CLAUSE_EDGE
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.period_match import add_months
from claims.periods import PeriodMatch
from claims.phrase_kinds import SINCE_A_START, Phrase


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


# Phrases that open a running count at a start the text names, the year's first day too
# ("since Nov. 18", "depuis le début de l'année").
_SINCE = SINCE_A_START | {Phrase.year_to_date}
_NEAR_NEW = 14  # characters before a figure where "new", "nouveaux" tell a flow


def day_of_a_running_count(f: Figure, bound: PeriodMatch, periods: list[PeriodMatch],
                           later: list[Figure], text: str, base: int,
                           table: ExtractionTable) -> PeriodMatch:
    """ "Mercredi soir, l'ARS recensait 27 cas ... confirmés depuis le 3 mars", "On Wednesday
    evening the agency had recorded 27 cases since Feb. 9": a count whose own clause opens
    its window at a start after it, read at a day a phrase before it names, runs from that
    start to that day; the day is when it was read, not a day of the event. Not when another
    figure stands between the count and its window ("14 nouveaux cas jeudi, soit 48 depuis le
    1er novembre": the window is the second's), nor a count of new things ("14 new cases")."""
    day = _framing_day(f, bound, periods, base)
    if day is None or day.end is None:
        return bound
    window = _its_own_window(f, periods, later, text, base)
    if window is None or window.period.start is None or window.period.end is None or not (
            window.period.start < day.end < window.period.end):
        return bound  # "As of today, ... so far this year": the window runs to that day already
    if _tells_new_things(text[max(0, f.start - _NEAR_NEW) : f.start], table):
        return bound
    period = window.period.model_copy(update={"end": day.end, "kind": PeriodKind.to_date})
    return replace(window, period=period)


def _its_own_window(f: Figure, periods: list[PeriodMatch], later: list[Figure], text: str,
                    base: int) -> PeriodMatch | None:
    """The phrase opening a window at a start in the figure's own clause after it, before any
    later figure ("27 cas ... confirmés depuis le 3 mars"; not "14 nouveaux cas jeudi,
    soit 48 depuis le 1er novembre", whose window is the 48's)."""
    stop = min([g.start for g in later if g.start > f.end] + [len(text)])
    return next((p for p in periods if p.kind in _SINCE and f.end <= p.start - base < stop
                 and not CLAUSE_EDGE.search(text, f.end, p.start - base)), None)


def of_a_running_count(f: Figure, bound: PeriodMatch, periods: list[PeriodMatch],
                       figures: list[Figure], text: str, base: int,
                       table: ExtractionTable) -> PeriodMatch:
    """A figure's bound phrase, read as a running count's: a total an increment's window took
    the count to holds as of that window's end (``total_after_an_increment``); a day that
    frames a count whose own clause names where it started gives the count's window, to that
    day (``day_of_a_running_count``). ``base``: where the sentence starts in the article."""
    bound = total_after_an_increment(f, bound, figures, text, base, table)
    return day_of_a_running_count(f, bound, periods, figures, text, base, table)


def total_after_an_increment(f: Figure, bound: PeriodMatch, figures: list[Figure], text: str,
                             base: int, table: ExtractionTable) -> PeriodMatch:
    """ "Forty more cases were added in the last week, bringing the state total to 268", "Cinq
    nouveaux cas ont été signalés cette semaine, portant le total à 48": the window before the
    total link is the increment's; the total it took the count to holds as of that window's
    end, not over it. Not a window between the link and the figure ("taking the total for the
    year so far to 32,100": the total's own), nor a day (``claims.binding_frames`` reads it)."""
    period = bound.period
    if period.kind not in (PeriodKind.interval, PeriodKind.to_date) or period.end is None:
        return bound
    left, right = bound.start - base, bound.end - base
    if left >= f.start or not _an_increment_before(f, figures, left, right):
        return bound
    link = table.total_link_re.search(text, right, f.start)
    if link is None or table.up_to_now_re.search(text, right, f.start):
        return bound
    return replace(bound, period=period.as_of_end())


def _an_increment_before(f: Figure, figures: list[Figure], left: int, right: int) -> bool:
    """Another figure before the total, before or inside the window phrase (``left`` to
    ``right``): the increment the window is of ("Forty more cases were added in the last
    week")."""
    return any(g.start < left or g.end <= right for g in figures
               if g.end <= f.start and g is not f)


def _framing_day(f: Figure, bound: PeriodMatch, periods: list[PeriodMatch],
                 base: int) -> Period | None:
    """The day (or as-of day) a phrase before the figure reads it at: the phrase bound to it,
    or, when its window is bound, the day that opens the sentence ("Mardi, la préfecture
    dénombrait 118 personnes intoxiquées depuis le début de l'année")."""
    if bound.kind in _SINCE:
        opening = next((p for p in periods if p.start - base <= 1 and p.end - base <= f.start
                        and p.period.kind is PeriodKind.day), None)
        bound = opening if opening is not None else bound
    day = bound.period
    if day.kind not in (PeriodKind.day, PeriodKind.as_of) or bound.start - base >= f.start:
        return None
    return day


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


def an_increment(claim: Claim, table: ExtractionTable) -> bool:
    """ "Forty more cases were added in the last week", "cinq nouveaux cas cette semaine": a
    count of new things (a word of the table's ``new_count_words`` or ``toll_increments`` by
    the figure), no running count from a start: the total it took the count to is."""
    at = claim.at_in_sentence()
    end = at + len(claim.surface)  # not the figure's own words ("More than 9,800")
    near = f"{claim.sentence[max(0, at - _NEAR_NEW) : at]} {claim.sentence[end : end + _NEAR_NEW]}"
    return at >= 0 and _tells_new_things(near, table)


def _tells_new_things(near: str, table: ExtractionTable) -> bool:
    """Words by a figure that make it a count of new things ("new", "more", "nouveaux": the
    table's ``new_count_words`` and ``toll_increments``), a flow, not a running count."""
    near = near.lower()
    return bool(table.new_count_re.search(near) or table.toll_increment_re.search(near))


def running_count_as_of(claim: Claim, before: list[Claim], counting: re.Pattern[str] | None = None,
                        published: date | None = None,
                        table: ExtractionTable | None = None) -> Period | None:
    """ "Cela porte à 18 420 le nombre de cas confirmés depuis le 1er janvier. Au 15 novembre,
    l'ARS en recensait 17 180.": an as-of total of what the running count just before counts
    (the latest figure of its unit, in its sentence or the one before) is that count at its
    own date: from the window's start to that date. It names nothing counted of its own (a
    pronoun stands for it: "en"), and takes what the running count counts; or it is an earlier
    reading of that count (``_an_earlier_reading``). Not an increment ("cinq nouveaux cas cette
    semaine, portant le total à 48"): the total is no reading of the week's new cases."""
    period = claim.period
    if period is None or period.end is None:
        return period
    latest = _latest_running_count(claim, before, table)
    if _as_of_by_a_pronoun(claim, period):
        window = _running_through(latest, claim, period.end)
    elif _an_earlier_reading(claim, period, counting):
        window = _read_later(latest, claim, period.end, published)
    else:
        return period
    if window is None:
        return period
    return period.model_copy(update={"start": window.start, "kind": PeriodKind.to_date})


def _latest_running_count(claim: Claim, before: list[Claim],
                          table: ExtractionTable | None) -> Claim | None:
    """The latest figure of the claim's unit before it that may be the running count it reads:
    not a count of one day's event, nor an increment (when the table can tell one)."""
    return next((c for c in reversed(before) if c.unit == claim.unit and not _of_a_day(c)
                 and not (table is not None and an_increment(c, table))), None)


def _of_a_day(claim: Claim) -> bool:
    """A count of one day's event ("des deux communes voisines", dated by the sentence's "Jeudi
    soir"), which no later reading restates: not the running count a reading goes back to."""
    return claim.period is not None and claim.period.kind is PeriodKind.day


def _an_earlier_reading(claim: Claim, period: Period, counting: re.Pattern[str] | None) -> bool:
    """ "Jeudi soir, la préfecture recensait 164 personnes malades": a stated total as of a
    day, with no start, that a verb of counting reads (not a stock held: "9 étaient
    hospitalisés")."""
    # "Lundi, elle en comptait 18": a day a verb of counting reads the total at, too
    read_at = (period.kind is PeriodKind.as_of and period.start is None) or (
        period.kind is PeriodKind.day)
    return (counting is not None and read_at and claim.role is Role.value
            and counting.search(claim.sentence) is not None)


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
