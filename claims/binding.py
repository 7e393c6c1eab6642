"""Which period each figure covers: the phrase that belongs to it, or one carried over.

A phrase right after a figure is its own; a phrase that frames the sentence or the clause
applies to the figures after it; "cette période de sept mois" or "Cette enquête ..." carry a
period from the sentences before; "a year earlier" is read against the figure compared with.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.binding_as_of import of_a_running_count, said_as_of, with_as_of
from claims.binding_labels import label_of
from claims.binding_labels import labels as labelled_by
from claims.binding_links import (
    compared_from,
    frames_a_history_item,
    of_a_past_item,
    placed_then_set_off,
)
from claims.binding_lists import (
    in_a_closed_aside,
    in_a_flashback_aside,
    in_a_participle_aside,
    joined,
)
from claims.binding_own_clauses import in_a_clause_of_its_own
from claims.binding_shared import same_clause, shared_with_neighbours
from claims.binding_subjects import day_of_the_subject
from claims.clauses import (
    CLAUSE_EDGE,
    blank_run,
    clause_end,
    clause_of,
    in_an_event_clause,
    outside_its_event_clause,
)
from claims.figure_model import DURATIONS as _DURATIONS
from claims.figure_model import Figure, main_figures
from claims.lang import ExtractionTable
from claims.lexicon import Lexicon
from claims.models import Claim, Period, PeriodKind
from claims.periods import PeriodMatch
from claims.phrase_kinds import BASELINES, DAYS, Phrase
from claims.sentence_memo import found_between
from claims.sentences import Sentence

_FRAME = re.compile(r"[\s\u00a0\u202f]*[,;:]")
WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE_MARK = re.compile(r"[;:]")


# "a 2023 report": dates a figure only when nothing else does.
_WEAK = frozenset({Phrase.report_year})


def bind_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """Periods for every figure; a conversion in parentheses shares the period of the figure
    it converts, and neither takes nor blocks a period phrase.

    The day something was said ("police said Wednesday") and the year of a report date a
    figure only when no other phrase does; a running window ("this year") ends at the as-of
    date the sentence gives ("as of Oct. 31"), and an as-of total starts where that window does.
    """
    main = main_figures(figures)
    usable = [p for p in periods if not p.announced and p.kind not in _WEAK]
    # "(2024 : 13,3 milliards)", "par rapport à 2024 (326 600)": the figure in it only
    labels = labelled_by(usable, s, table)
    bound_main = _bind_mains([figures[i] for i in main], periods, usable, labels, s, table)
    return _spread_to_all(figures, main, bound_main, labels, s)


def _spread_to_all(figures: list[Figure], main: list[int], bound_main: list[PeriodMatch | None],
                   labels: list[PeriodMatch], s: Sentence) -> list[PeriodMatch | None]:
    """Each figure's period in sentence order: its label's, else its own as a main figure,
    else (a conversion in parentheses) the period of the figure before it."""
    bound: list[PeriodMatch | None] = []
    for i, f in enumerate(figures):
        label = label_of(f, labels, s)
        if label is not None:  # "(2024 : 13,3 milliards)": the year it names
            bound.append(label)
        elif not f.parenthetical:
            bound.append(bound_main[main.index(i)])
        else:
            bound.append(bound[-1] if bound else None)
    return bound


def _bind_mains(mains: list[Figure], periods: list[PeriodMatch], usable: list[PeriodMatch],
                labels: list[PeriodMatch], s: Sentence,
                table: ExtractionTable) -> list[PeriodMatch | None]:
    """The phrases of the main figures (no label's); a running window ends at the as-of date
    the sentence gives; a figure with none takes a report's year, else the day it was said
    (unless it looks ahead)."""
    weak = [p for p in periods if p.kind in _WEAK]
    said = _reported_on(periods)
    bound_main = _bind_main_periods(mains, [p for p in usable if p not in labels], s, table)
    if said:
        bound_main = _past_the_events(mains, bound_main, s, table)
    ends = usable + _report_days(said, s, table)
    return [
        of_a_running_count(f, with_as_of(b, ends), usable, mains, s.text, s.start, table) if b
        else _weak_period(f, mains, weak, said, s, table)
        for f, b in zip(mains, bound_main, strict=True)
    ]


def _report_days(said: list[PeriodMatch], s: Sentence,
                 table: ExtractionTable) -> list[PeriodMatch]:
    """ "130 of the cases since December are from California, according to a Feb. 27
    update": the day a report names (not the day someone said it) is the as-of day its
    running counts end at."""
    return [p for p in said if table.report_noun_re.match(s.text, p.end - s.start)]


def _reported_on(periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """The days the sentence says it was reported on ("officials said on Tuesday"), as of
    which its figures with no phrase of their own stand."""
    return [said_as_of(p) for p in periods if p.announced and p.period.end is not None]


def _past_the_events(mains: list[Figure], bound: list[PeriodMatch | None], s: Sentence,
                     table: ExtractionTable) -> list[PeriodMatch | None]:
    """In a sentence that says when it was reported, a toll's or a stock's phrase that dates
    an event it is not in is none of its own (``_an_event_of_a_reported_level``)."""
    return [None if b is not None and _an_event_of_a_reported_level(f, b, mains, s, table)
            else b for f, b in zip(mains, bound, strict=True)]


def _an_event_of_a_reported_level(f: Figure, p: PeriodMatch, figures: list[Figure], s: Sentence,
                                  table: ExtractionTable) -> bool:
    """ "At least six people were killed and 11 others were missing after a dam burst on
    Monday, ..., forcing about 3,200 people from their homes, officials said on Tuesday": in a
    sentence that says when it was reported, a toll or a stock is the report's; the day in a
    clause of cause or time the figure is not in dates the event."""
    start, end = p.start - s.start, p.end - s.start
    if not outside_its_event_clause(f, start, end, s.text, table):
        return False
    left, right = clause_of(f, figures, s.text)
    if found_between(table.stock_re, s.text, left, right):
        return True
    lexicon = Lexicon.shipped()
    return any(lexicon.concept(w.group(), table.code) in lexicon.tolls
               for w in WORDS.finditer(s.text, left, right))


def _weak_period(f: Figure, mains: list[Figure], weak: list[PeriodMatch],
                 said: list[PeriodMatch], s: Sentence,
                 table: ExtractionTable) -> PeriodMatch | None:
    """A figure no phrase dates: a report's year, else the day it was said, unless it looks
    ahead (a plan is no total as of that day)."""
    fallback = weak if ahead(f, mains, s.text, table) else weak + said
    return fallback[0] if fallback else None


def ahead(f: Figure, figures: list[Figure], text: str, table: ExtractionTable) -> bool:
    """ "The company said on Monday it would cut 4,000 jobs", "expects to carry 4.2 million
    passengers": a plan or a forecast in the figure's own clause, which the day it was said
    does not date (it is no total as of that day), nor the time of the sentence before."""
    left, right = clause_of(f, figures, text)
    return found_between(table.forecast_re, text, left, right)


def _bind_main_periods(
    figures: list[Figure], periods: list[PeriodMatch], s: Sentence, table: ExtractionTable
) -> list[PeriodMatch | None]:
    """The period phrase each figure belongs to.

    First, a phrase right after a figure ("64,6 % en 2021") is that figure's own. Otherwise a
    figure takes the last phrase before it in the sentence, unless that phrase is another
    figure's own and a free phrase follows ("297 cas ... contre 180 pour toute l'année 2023"),
    or the first phrase after it when no figure of the same unit stands between.
    """
    text, base = s.text, s.start
    local = [(p.start - base, p.end - base, p) for p in periods]
    own = [_adjacent(i, figures, local, text, table) for i in range(len(figures))]
    # A duration ("within four hours in February") does not own the clause's period. Phrases
    # do not overlap: a phrase is known by where it starts.
    taken = _owned(figures, own, lambda f: f.unit not in _DURATIONS)
    # "picked up from 3.1 percent in October, an acceleration of 0.3 percentage point": the
    # time of the level a change started from dates that level only
    based = _owned(figures, own, lambda f: started_from(f, text, table)
                   or compared_from(f, text, table))
    bound: list[PeriodMatch | None] = []
    for i, (f, p) in enumerate(zip(figures, own, strict=True)):
        if p is not None and not _framed_baseline(f, p, local, text, table):
            bound.append(p)
        else:
            bound.append(_free_phrase(i, figures, local, own, taken, text, table, based))
    return bound


def _owned(figures: list[Figure], own: list[PeriodMatch | None],
           which: Callable[[Figure], bool]) -> set[int]:
    """Where the phrases start that figures of a kind own."""
    return {p.start for f, p in zip(figures, own, strict=True) if p is not None and which(f)}


_FROM_REACH = 40  # the characters before a figure where "from" and up to two words stand


def started_from(f: Figure, text: str, table: ExtractionTable) -> bool:
    """Whether the figure is the level a change started from: "from" right before it
    ("Inflation picked up from 3.1 percent in October", "down from a revised 4.9% increase in
    October", "Le taux est passé de 2,4 % en septembre à 2,6 %": September is the level's,
    not the new rate's)."""
    return table.started_from_re.search(text, max(0, f.start - _FROM_REACH), f.start) is not None


def _adjacent(i: int, figures: list[Figure], local: list[tuple[int, int, PeriodMatch]],
              text: str, table: ExtractionTable) -> PeriodMatch | None:
    """The phrase right after a figure, in its clause, before the next figure: its own."""
    f = figures[i]
    next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
    for start, end, p in local:
        if f.end <= start < next_start:
            if _labels_the_next(end, next_start, i, figures, text):
                return None
            owning = _owning_gap(f, text[f.end : start], text, table)
            return p if owning and not in_an_event_clause(f.end, start, text, table) else None
    return None


def _labels_the_next(end: int, next_start: int, i: int, figures: list[Figure],
                     text: str) -> bool:
    """ "In 2017 there were 390 landings, in 2018 2,240 and in 2019 nearly 7,900": a phrase
    the next figure follows with nothing but blanks between is that figure's label, in a list
    of years or days each set before its figure, not the figure before it."""
    return i + 1 < len(figures) and end <= next_start and not text[end:next_start].strip()


def _owning_gap(f: Figure, gap: str, text: str, table: ExtractionTable) -> bool:
    """Whether the words between a figure and the phrase after it leave the phrase its own: a
    few words (more after a definite figure), no comma, semicolon or colon, no baseline, the
    same clause (", but June now shows ...": a new clause's phrase)."""
    words = len(gap.split())
    return (
        words <= (8 if _definite(f, text, table) else 3)
        and "," not in gap.strip(" ,")
        and not _CLAUSE_MARK.search(gap)  # "retrouvé 8 corps ; mardi matin, le bilan ..."
        and not table.baseline_before_re.search(gap)
        and (words <= 3 or same_clause(gap, table))
        and not ("," in gap and not same_clause(gap.replace(",", " "), table))
    )


def _free_phrase(
    i: int,
    figures: list[Figure],
    local: list[tuple[int, int, PeriodMatch]],
    own: list[PeriodMatch | None],
    taken: set[int],
    text: str,
    table: ExtractionTable,
    based: set[int] | frozenset[int] = frozenset(),
) -> PeriodMatch | None:
    """A figure with no phrase of its own: the last framing phrase before it no other figure
    owns, else the first free one after it, else one it shares with the figures around it,
    else a framing phrase before it that is no other figure's baseline."""
    f = figures[i]
    preceding = _framing_before(f, local, text, table)
    free_preceding = [p for p in preceding if p.start not in taken]
    following = _free_after(i, figures, local, taken, text, table)
    near = _nearest_free(f, free_preceding, following, local, text, table)
    if near is not None:
        return near
    shared = shared_with_neighbours(i, figures, local, own, text, table)
    if shared is not None:
        return shared
    if compared_from(f, text, table):  # "2.1%, against 2.4%": the compared figures' time
        return next((p for p in reversed(preceding) if p.start in based), None) or _borrowable(
            preceding, taken, based)
    return _borrowable(preceding, taken, based)


def _nearest_free(
    f: Figure,
    before: list[PeriodMatch],
    after: list[PeriodMatch],
    local: list[tuple[int, int, PeriodMatch]],
    text: str,
    table: ExtractionTable,
) -> PeriodMatch | None:
    """The last free framing phrase before the figure, unless a closed window after it ends by
    that phrase's day (``_closed_before_the_day``) or that phrase describes a noun while a
    free phrase follows; else the first free phrase after the figure."""
    if before and after and _closed_before_the_day(after[0], before[-1]):
        return after[0]
    if before and not (after and _describes_a_noun(before[-1], f, local, text, table)):
        return before[-1]
    return after[0] if after else None


# Windows that end at a named month's or day's end ("sur les douze mois s'achevant à fin
# octobre", "in the week to Aug. 27"): what a release's count covers. Not a window that
# describes a noun ("un squat occupé depuis l'automne").
_ROLLING = frozenset({Phrase.window_to_month, Phrase.window_to_day})


def _closed_before_the_day(window: PeriodMatch, day: PeriodMatch) -> bool:
    """ "Selon les chiffres diffusés jeudi, 1 204 000 entreprises ont été créées sur les douze
    mois achevés fin septembre": a closed window the figure's clause names after it, ended
    by the day a framing phrase reads the figures at, is what the figure counts over; that day
    is only when they were read."""
    period, at = window.period, day.period
    return (
        window.kind in _ROLLING and at.kind in (PeriodKind.as_of, PeriodKind.day)
        and period.start is not None and period.end is not None and at.end is not None
        and period.end <= at.end
    )


def _borrowable(preceding: list[PeriodMatch], taken: set[int],
                based: set[int] | frozenset[int]) -> PeriodMatch | None:
    """The last framing phrase before a figure that is no other figure's baseline: "a loss of
    RM96m a year earlier, as average fares rose 11%" keeps the fares in the sentence's
    quarter; nor the time of a level a change started from."""
    borrowable = [p for p in preceding
                  if not (p.kind in BASELINES and p.start in taken) and p.start not in based]
    return borrowable[-1] if borrowable else None


def _describes_a_noun(p: PeriodMatch, f: Figure, local: list[tuple[int, int, PeriodMatch]],
                      text: str, table: ExtractionTable) -> bool:
    """Whether the phrase closes a participle's aside right before the figure (", placée en
    épidémie depuis la semaine 45, 960 passages"): the figure's own clause dates it then."""
    return any(q is p and in_a_participle_aside(start, end, f.start, text, table)
               for start, end, q in local)


def _framing_before(f: Figure, local: list[tuple[int, int, PeriodMatch]], text: str,
                    table: ExtractionTable) -> list[PeriodMatch]:
    """Before a figure, only a framing phrase counts: one that opens the sentence or is set
    off by a comma ("Entre 2021 et 2023, ..."), not "créé en 2020 et compte 1 200"; nor a day
    inside a total's subject."""
    return [
        p
        for start, end, p in local
        if end <= f.start
        and _frames(f, start, end, p, local, text, table)
        and not day_of_the_subject(f, start, end, p, text, table)
        and not in_a_closed_aside(end, f.start, text, table)
        and not in_a_flashback_aside(start, end, f.start, text, table)
    ]


def _frames(f: Figure, start: int, end: int, p: PeriodMatch,
            local: list[tuple[int, int, PeriodMatch]], text: str, table: ExtractionTable) -> bool:
    """The phrase opens the sentence, is set off by a comma or stands in the figure's clause;
    a history item's time opens a linked clause or the clause of what its event did ("...,
    et en 2002 un avion ... faisant 129 morts"); or the figure hangs on it, or is the level its
    change reached, in apposition."""
    return bool(start <= 1 or _FRAME.match(text, end) or same_clause(text[end : f.start], table)
                or placed_then_set_off(start, end, f, text, table)
                or (of_a_past_item(p) and frames_a_history_item(start, end, f, text, table))
                or _hung_on(f, end, p, local, text, table)
                or _level_in_apposition(text[end : f.start], table))


def _level_in_apposition(gap: str, table: ExtractionTable) -> bool:
    """ "Le chômage a augmenté en novembre en Suisse, à 2,1 %", "Unemployment rose in November
    in Ohio, to 4.4%": the level a change reached, set off by one comma after its verb's
    phrase, is of that phrase's time. Only a comma then a "to" word stand between."""
    head, comma, tail = gap.rpartition(",")
    return bool(comma) and same_clause(head, table) and not any(
        c.isdigit() for c in head
    ) and table.change_to_end_re.fullmatch(tail.strip() + " ") is not None


def _hung_on(f: Figure, end: int, p: PeriodMatch, local: list[tuple[int, int, PeriodMatch]],
             text: str, table: ExtractionTable) -> bool:
    """ "touché terre mardi dans le nord du Mozambique, où au moins deux personnes ont été
    tuées", "hit the coast on Monday near Beira, where 14 people drowned": a figure in a clause
    that "où" / "where" / "when" hangs on the clause of a day is of that day (the clause edge
    before the link is the only one between them). Not a state in the present ("..., où il
    emploie 400 salariés"), not one its own clause dates ("..., where 95,000 homes were still
    without power on Tuesday morning"), and not a window's ("depuis 2011, quand ...":
    ``when_year``'s)."""
    if p.kind not in DAYS:
        return False
    edges = list(CLAUSE_EDGE.finditer(text, end, f.start))
    if len(edges) != 1 or not same_clause(text[end : edges[0].start()], table):
        return False
    link = table.when_link_re.match(text, edges[0].end() + blank_run(text, edges[0].end()))
    if link is None:
        return False
    stop = clause_end(text, f.end)
    if any(link.end() <= start < stop for start, _, _ in local):
        return False  # its own clause's phrase
    return not table.present_re.search(text, link.end(), stop)


def _free_after(i: int, figures: list[Figure], local: list[tuple[int, int, PeriodMatch]],
                taken: set[int], text: str, table: ExtractionTable) -> list[PeriodMatch]:
    """The phrases after a figure, before the next figure of its unit, that no figure owns and
    that are not what it is compared with ("soit 3,5 % de moins qu'en 2023", "a 13 percent
    decline from February")."""
    f = figures[i]
    # the first blocker only: asking every later figure made each figure's reading grow with
    # the number of figures after it (a chain of percentages)
    limit = next((g.start for g in figures[i + 1 :]
                  if g.unit == f.unit and not joined(f, g, text, table)), len(text))
    return [
        p for start, _, p in local if f.end <= start < limit and p.start not in taken
        and not table.baseline_before_re.search(text[f.end : start])
        and not in_a_clause_of_its_own(f, start, figures[i + 1 :], text, table)
    ]


_FRAMED = BASELINES - {Phrase.same_weekday}


def _framed_baseline(
    f: Figure, p: PeriodMatch, local: list[tuple[int, int, PeriodMatch]], text: str,
    table: ExtractionTable,
) -> bool:
    """ "In July, detections fell 6 percent from a year earlier to 31,400": a baseline phrase
    right after a change, whose own first word says it is what the change is measured from,
    is not the change's time when a phrase opening the sentence frames it. "Up from 66,800 on
    the same Saturday last year" names a day of its own, whatever frames the sentence."""
    if p.kind not in _FRAMED or not _says_measured_from(f, p, local, text, table):
        return False
    return any(
        end <= f.start and (begin <= 1 or _FRAME.match(text, end)) and q.kind not in BASELINES
        for begin, end, q in local
    )


def _says_measured_from(
    f: Figure, p: PeriodMatch, local: list[tuple[int, int, PeriodMatch]], text: str,
    table: ExtractionTable,
) -> bool:
    """The words from the figure through the phrase's first word ("from a") say the phrase is
    what a change is measured from."""
    start = next(begin for begin, _, q in local if q is p)
    first = re.match(r"\S+", text[start:])
    opened = f"{text[f.end : start]}{first.group()} " if first else ""
    return bool(opened) and table.baseline_before_re.search(opened) is not None


def _definite(f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "the 1.27 million people counted by the ministry on Feb. 27": a figure named with a
    determiner, whose own clause runs on past its noun to the phrase that dates it."""
    words = text[: f.start].split()
    return (
        bool(words)
        and words[-1].lower() in table.determiners_set
        and words[-1] not in table.periods.not_definite
    )


def carried_from(source: Claim) -> Period:
    """The source's period, marked as carried from it."""
    assert source.period is not None
    return source.period.model_copy(update={"resolution": "carried", "source": source.id})
