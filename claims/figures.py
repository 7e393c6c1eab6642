"""Figures of one sentence: which numbers are quantities, and how each is written.

From the numbers of a sentence (``claims.numbers``), drop what is not a quantity (dates, years
used as anchors, ages, codes, numbers inside period phrases: ``claims.figure_filters``), join
ranges and proportions (``claims.figure_joins``), and read each figure's qualifier and unit
(``claims.figure_units``) and role (one side of a change or a comparison:
``claims.figure_changes``). ``Figure`` itself is ``claims.figure_model``'s. Every word used for
that comes from the language table.
"""

from __future__ import annotations

import itertools
from datetime import date

from claims.figure_changes import (
    apply_direction,
    in_parentheses_after,
    link_changes,
    restated_change_way,
    shared_change_way,
)
from claims.figure_clock import is_clock
from claims.figure_day_lists import in_a_list_of_days
from claims.figure_filters import (
    is_age,
    is_age_bound,
    is_bare_word,
    is_code,
    is_date,
    is_index_base,
    is_modifier,
    is_multitude,
    is_rate_base,
    is_window,
    is_witness_time,
)
from claims.figure_injuries import is_injury_extent
from claims.figure_joins import (
    join_bounds,
    join_compounds,
    join_proportions,
    join_ranges,
    share_list_unit,
)
from claims.figure_lengths import is_scenery_length
from claims.figure_model import NOT_QUANTITIES, Figure, main_figures, text_before
from claims.figure_thresholds import is_scale_level, is_threshold
from claims.figure_units import apply_price_per, apply_qualifier, apply_unit
from claims.lang import ExtractionTable
from claims.models import ExtractionStats, Period
from claims.numbers import NumberMatch
from claims.periods import PeriodMatch, find_periods
from claims.place_numbers import is_place_number
from claims.rolling_windows import rolled
from claims.sentences import Sentence
from claims.signed_changes import earlier_changes_signed, fall_by_its_size


def _within(n: NumberMatch, periods: list[PeriodMatch], base: int) -> bool:
    return any(p.start <= base + n.start and base + n.end <= p.end for p in periods)


def read_figures(
    s: Sentence,
    numbers: list[NumberMatch],
    lang: str,
    table: ExtractionTable,
    published: date | None,
    previous: list[Period],
    stats: ExtractionStats,
) -> tuple[list[Figure], list[PeriodMatch]]:
    """The figures of one sentence and its period phrases; ``previous`` holds the periods of
    the sentences before, for phrases that refer back."""
    text = s.text
    stats.numbers_seen += len(numbers)
    periods = rolled(find_periods(text, s.start, lang, published, previous), text, s.start, lang,
                     table, published, previous)
    kept = _quantities(numbers, periods, s, table, stats)
    figures = _valued(join_ranges(kept, text, table, stats), text, table, stats)
    figures = join_bounds(figures, text, table)
    if table.units.compounds:
        figures = join_compounds(figures, text, table)
    share_list_unit(figures, text, table)
    figures = _stated(figures, text, table, stats)
    result: list[Figure] = []
    for f in join_proportions(figures, text, table):
        if is_bare_word(f, text, table) and not _whole_of_a_part(result, f, text, table):
            stats.skip("number word stating no figure")
        elif is_multitude(f):
            stats.skip("vague multitude")
        else:
            result.append(f)
    for prev, f in itertools.pairwise(result):
        if in_parentheses_after(text, prev, f):
            f.parenthetical = True
            restated_change_way(prev, f)
    main = main_figures(result)
    principal = [result[i] for i in main]
    link_changes(principal, text, table)
    for f in principal:  # partners were found among the main figures: back to all indices
        if f.partner is not None:
            f.partner = main[f.partner]
    return result, periods


def _whole_of_a_part(before: list[Figure], f: Figure, text: str, table: ExtractionTable) -> bool:
    """ "Four of the five patients", "three of the seven victims": a number word after a part
    and "of the" is the whole of a breakdown, a figure, though "the five" alone names a set."""
    gap = text[before[-1].end : f.start] if before else ""
    return bool(gap) and table.restating_link_re.match(gap) is not None


def _quantities(numbers: list[NumberMatch], periods: list[PeriodMatch], s: Sentence,
                table: ExtractionTable, stats: ExtractionStats) -> list[NumberMatch]:
    """The numbers that may be quantities: not codes, dates, years, numbers inside a period
    phrase, nor parts of a compound modifier."""
    text = s.text
    kept: list[NumberMatch] = []
    code_end = -2
    for n in numbers:
        if n.kind == "digits" and 0 <= n.start - code_end <= 1:
            stats.skip("phone number or code")  # the rest of "020 7946 0321"
            code_end = n.end
        elif n.kind in NOT_QUANTITIES:
            stats.skip(NOT_QUANTITIES[n.kind])
        elif _within(n, periods, s.start):
            stats.skip("part of a period phrase")
        elif n.kind == "year" and not table.qualifier_re.search(text_before(text, n.start, 30)):
            stats.skip("year")
        elif is_code(n, text, table):
            stats.skip("phone number or code")
            code_end = n.end
        else:
            reason = _not_a_quantity(n, text, table)
            if reason:
                stats.skip(reason)
            else:
                kept.append(n)
    return kept


def _not_a_quantity(n: NumberMatch, text: str, table: ExtractionTable) -> str:
    """Why a number is a date or part of a compound modifier; empty when it is neither."""
    if is_date(n, text, table) or in_a_list_of_days(n, text, table):
        return "date"
    if is_modifier(n, text, table):
        return "part of a compound modifier"
    return ""


def _valued(joined: list[Figure], text: str, table: ExtractionTable,
            stats: ExtractionStats) -> list[Figure]:
    """Each figure with its unit and qualifier; not a unit's own number word, an age, a
    place's number, a time of day, nor an age bound."""
    figures: list[Figure] = []
    for f in joined:
        if figures and f.start < figures[-1].end:
            stats.skip("part of a unit")  # "64,2 cents": the unit word is no number of its own
            continue
        reason = _not_a_figure_before_unit(f, text, table)
        if not reason:
            apply_unit(f, text, table)
            apply_price_per(f, text, table)
            reason = "time of day" if is_clock(f, text, table) else ""
        if not reason:
            apply_qualifier(f, text, table)
            if is_age_bound(f, figures[-1].end if figures else None, text, table):
                reason = "age"
        if reason:
            stats.skip(reason)
        else:
            figures.append(f)
    return figures


def _not_a_figure_before_unit(f: Figure, text: str, table: ExtractionTable) -> str:
    """An age or a name with a number, known before the unit is read; empty when neither."""
    if is_age(f, f.start, text, table):
        return "age"
    if is_place_number(f, text, table):
        return "name with a number"
    return ""


def _stated(figures: list[Figure], text: str, table: ExtractionTable,
            stats: ExtractionStats) -> list[Figure]:
    """The figures that state something, with the way a change goes: not a window's length, a
    witness's own time, nor the base of a rate."""
    kept_figures: list[Figure] = []
    for k, f in enumerate(figures):
        reason = _states_nothing(f, text, table, figures[k - 1].end if k else None)
        if reason:
            stats.skip(reason)
        else:
            apply_direction(f, text, table)
            fall_by_its_size(f, text)
            kept_figures.append(f)
    shared_change_way(kept_figures, text, table)
    earlier_changes_signed(kept_figures, text, table)
    return kept_figures


def _states_nothing(f: Figure, text: str, table: ExtractionTable, previous_end: int | None) -> str:
    """Why a figure read in its sentence states nothing (the reason the stats count), or "":
    a window's length, a threshold, a level on a scale, a witness's own time, the base of a
    rate or of an index ("2015=100")."""
    if is_window(f, text, table, previous_end):
        return "length of a window"
    if is_scenery_length(f, text, table):
        return "length of an activity or a state"
    if is_threshold(f, text, table, previous_end):
        return "threshold of a rule or a set"
    if is_scale_level(f, text, table):
        return "level on a scale"
    if is_injury_extent(f, text, table):
        return "extent of an injury"
    if is_witness_time(f, text, table):
        return "a witness's own time"
    if previous_end is not None and is_rate_base(f, text, table):
        return "base of a rate"
    if is_index_base(f, text, table):
        return "base of an index"
    return ""
