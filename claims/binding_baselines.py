"""Figures compared with another time: "a year earlier", "the same period last year", "up
from 3.1% in March" date the baseline, a step back from the figure it is compared with, not
the figure itself; a comparison to date takes the window of the figure it is compared with."""

from __future__ import annotations

from datetime import date, timedelta

from claims.clauses import clause_start
from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import DATED, Claim, Period, PeriodKind, Role
from claims.named_days import holiday_year_back
from claims.period_match import add_months, add_years, month_end, shift
from claims.periods import PeriodMatch
from claims.phrase_kinds import BASELINES, Phrase
from claims.sentences import Sentence


def year_earlier(
    f: Figure,
    done: list[Claim],
    bound: PeriodMatch,
    fallback: Period | None,
    s: Sentence,
    before: list[Claim],
    table: ExtractionTable,
) -> Period | None:
    """ "up from 2,210 a year earlier", "4,100 in the previous week": the period of the figure
    compared with, one step back.

    With no figure linked to it: a change ("up 8.4 percent from a year earlier") covers the
    current period, the latest one stated; a figure the phrase follows directly ("That is up
    from 61,000 a year earlier") is the latest stated figure's period stepped back; otherwise the
    phrase names a baseline, not the figure's own period. "At the same point last year" names
    one anyway: the year to date, a year back.
    """
    if _labels_a_parenthesis(bound, s):
        partner = _stated_before_the_label(done)
        if partner is None:
            return None  # "Revenue was £10.2m (2025: £9.1m)": no period to step back from
    else:
        partner = _partner_period(f, done, bound, before)
    if partner is None or partner.end is None:
        step, found = _unlinked(f, done, bound, fallback, s, before, table)
        if not step or found is None:
            return found
        partner = found
    if bound.kind is Phrase.same_point and partner.resolution == "publication":
        return bound.period  # "reached 29,578, up from 26,501 at the same point last year"
    held = holiday_year_back(partner, table.periods) if bound.kind is Phrase.same_weekday else None
    if held is not None:  # "le même week-end l'an dernier" after "le pont de l'Ascension"
        return Period(start=held[0], end=held[1], text=bound.period.text, resolution="relative",
                      kind=_kind_of(*held))
    try:
        start, end = _stepped(partner.start, partner.end, bound)
    except (ValueError, OverflowError):  # before year 1
        return fallback
    return Period(start=start, end=end, text=bound.period.text, resolution="relative",
                  kind=_kind_of(start, end))


def _labels_a_parenthesis(bound: PeriodMatch, s: Sentence) -> bool:
    """ "(2025: £133.0m)": the phrase opens a parenthesis and labels the figure in it."""
    return s.text[: bound.start - s.start].rstrip().endswith("(")


def _stated_before_the_label(done: list[Claim]) -> Period | None:
    """The period a phrase stated for the figure right before a labelled parenthesis ("£141.3m
    (2025: £133.0m)" in the six months to 30 September): the one the label steps back from."""
    period = done[-1].period if done else None
    if period is None or period.end is None or period.resolution not in DATED:
        return None
    return period


def _partner_period(
    f: Figure, done: list[Claim], bound: PeriodMatch, before: list[Claim]
) -> Period | None:
    """The period of the figure compared with, when it states one of its own: one taken from
    publication yields to a time stated before ("rose to 5.8 million from 5.1 million a year
    earlier"), but for "the same point last year"."""
    partner = done[f.partner].period if f.partner is not None and f.partner < len(done) else None
    if (
        partner is not None
        and partner.resolution == "publication"
        and bound.kind is not Phrase.same_point
        and _latest_stated([*before, *done]) is not None
    ):
        return None
    return partner


def _kind_of(start: date | None, end: date) -> PeriodKind:
    """A stepped-back period with no start is an as-of point; one day, a day; else a window."""
    if start is None:
        return PeriodKind.as_of
    return PeriodKind.day if start == end else PeriodKind.interval


def _unlinked(
    f: Figure,
    done: list[Claim],
    bound: PeriodMatch,
    fallback: Period | None,
    s: Sentence,
    before: list[Claim],
    table: ExtractionTable,
) -> tuple[bool, Period | None]:
    """A baseline phrase with no linked figure's period: (True, the period to step back from),
    or (False, the period the figure takes as it is)."""
    if _answers_a_timeless_figure(f, bound):
        # "atteint 46 %, contre 54 % à la même date l'an dernier": the figure it answers
        # states no time, so the same point of last year, not a time said before
        return False, bound.period
    current = _latest_stated([*before, *done])
    # "Last week, 4,200 claims were filed. The previous week, 3,900", "4 120 demandes au
    # 31 octobre. L'an dernier à la même date, 3 870", "En 2025, 310 éleveurs ...
    # L'année précédente, ils étaient 280": a step back from the period just said, when
    # the phrase opens the sentence (a level then, even as a percentage: "Un an plus
    # tôt, il atteignait 7,5 %").
    opening = _opening(bound, s)
    if current is not None and _a_change_now(f, bound, opening, s, table):
        return False, current
    current = _same_point_of(current, bound, opening, [*before, *done])
    if current is not None and current.end is not None and _steps_back(f, bound, opening, s):
        return True, current
    if bound.kind is Phrase.same_point:
        return False, bound.period
    return False, fallback


def _same_point_of(current: Period | None, bound: PeriodMatch, opening: bool,
                   said: list[Claim]) -> Period | None:
    """The period "the same point" steps back from: the latest window still running ("29,578
    since January, up on last year's total of 29,437. This is 12% higher than the 26,501
    recorded this time last year": not a whole year said after it), else, when the phrase
    opens the sentence, the latest window ("the same period" is a window: not the day of a
    record said just before); another phrase steps back from ``current``."""
    if bound.kind is not Phrase.same_point:
        return current
    if opening:
        current = _latest_stated(said, WINDOWS)
    return _latest_stated(said, _RUNNING) or current


def _answers_a_timeless_figure(f: Figure, bound: PeriodMatch) -> bool:
    """A comparison at "the same point last year" answering a linked figure."""
    return f.role is Role.comparison and f.partner is not None and bound.kind is Phrase.same_point


def _gap_before(f: Figure, bound: PeriodMatch, s: Sentence) -> str:
    """The words between the figure and the phrase after it; a comma when the phrase is before."""
    return s.text[f.end : bound.start - s.start] if bound.start - s.start >= f.end else ","


def _a_change_now(f: Figure, bound: PeriodMatch, opening: bool, s: Sentence,
                  table: ExtractionTable) -> bool:
    """The figure is a change covering the current period, measured from the phrase: a
    percentage not opened by the phrase nor compared as a level, or a figure the words
    before the phrase measure ("61 000 de plus qu'au trimestre précédent")."""
    if f.unit == "percent" and not opening and not _compared_level(f, bound, s, table):
        return True
    return bool(table.baseline_before_re.search(_gap_before(f, bound, s)))


def _steps_back(f: Figure, bound: PeriodMatch, opening: bool, s: Sentence) -> bool:
    """The phrase steps back from the period said just before: it follows the figure
    directly, names the day before, or opens the sentence."""
    gap = _gap_before(f, bound, s)
    adjacent = "," not in gap and len(gap.split()) <= 4
    day_before = bound.kind is Phrase.unit_earlier and bound.step == "day"
    return adjacent or day_before or opening


def _opening(bound: PeriodMatch, s: Sentence) -> bool:
    """Whether a baseline phrase opens the sentence (or a parenthesis)."""
    return bound.kind in BASELINES and (
        bound.start - s.start <= 1 or s.text[: bound.start - s.start].rstrip().endswith("(")
    )


def _compared_level(f: Figure, bound: PeriodMatch, s: Sentence, table: ExtractionTable) -> bool:
    """ "..., compared with a rise of 0.5% a year earlier": a percentage the clause compares
    with, right before its own time (no "from" opening the phrase), is the level of that time,
    not a change measured from it ("up 8.4 percent from a year earlier")."""
    at = bound.start - s.start
    gap = s.text[f.end : at] if at >= f.end else ","
    if len(gap.split()) > 2 or any(c in gap for c in ",;:") or any(c.isdigit() for c in gap):
        return False  # "a 2% rise a year earlier": a noun between is fine
    first = s.text[at:].split(maxsplit=1)
    if first and table.baseline_word_re.fullmatch(first[0]):
        return False
    return table.lookback_re.search(s.text, clause_start(s.text, f.start), f.start) is not None


def _latest_stated(
    claims: list[Claim], kinds: frozenset[PeriodKind] | None = None
) -> Period | None:
    """The latest period a phrase stated (not a comparison's, not publication's), of one of
    ``kinds`` when given."""
    for claim in reversed(claims):
        period = claim.period
        if (
            period is not None
            and period.end is not None
            and period.resolution in DATED
            and claim.role is not Role.comparison
            and (kinds is None or period.kind in kinds)
        ):
            return period
    return None


def _stepped(start: date | None, end: date, bound: PeriodMatch) -> tuple[date | None, date]:
    """The period ``bound`` steps back to: by its unit (weeks, months, quarters, days), else by
    whole years."""
    if bound.kind in _BY_UNIT and bound.step not in (None, "year"):
        return _stepped_by_unit(start, end, bound)
    return _stepped_by_years(start, end, bound)


def _stepped_by_unit(
    start: date | None, end: date, bound: PeriodMatch
) -> tuple[date | None, date]:
    """ "the previous week", "two months earlier": ``bound.steps`` windows back; a point in
    time (no start) stays one."""
    if start is None:
        start_back, end_back = end, end
        for _ in range(bound.steps):
            start_back, end_back = _step_back(start_back, end_back, bound.step)
        return None, end_back
    for _ in range(bound.steps):
        start, end = _step_back(start, end, bound.step)
    return start, end


def _stepped_by_years(
    start: date | None, end: date, bound: PeriodMatch
) -> tuple[date | None, date]:
    """ "a year earlier", "deux ans plus tôt", "at this stage in 2022": whole years back; a
    month's end stays one."""
    years = bound.steps if bound.kind is Phrase.unit_earlier else 1  # "deux ans plus tôt"
    named = bound.period.end
    explicit = bound.period.resolution == "explicit"
    if bound.kind is Phrase.same_point and named is not None and explicit:
        years = max(0, end.year - named.year)  # "at this stage in 2022", read in 2024: two back
    last = add_years(end, -years)
    if (end + timedelta(days=1)).day == 1:  # a month's end stays one: February 2024 has 29
        last = month_end(last.year, last.month)
    return (None if start is None else add_years(start, -years)), last


def _step_back(start: date, end: date, unit: str) -> tuple[date, date]:
    """A window one unit earlier: a whole month (quarter) stays whole; a week, 7 days back."""
    if unit in ("month", "quarter"):
        months = 1 if unit == "month" else 3
        whole = start.day == 1 and (end + timedelta(days=1)).day == 1
        first = add_months(start, -months)
        if whole:
            last = add_months(end.replace(day=1), -months)
            return first, month_end(last.year, last.month)
        return first, add_months(end, -months)
    step = shift(start, unit, -1) - start
    return start + step, end + step


def compared_to_date(done: list[Claim], bound: PeriodMatch, published: date | None) -> None:
    """ "28,100 arrivals, 9% more than the 25,800 at the same point last year": the figure
    compared with a same-point figure, stating no period of its own, is the year to date."""
    if bound.kind is not Phrase.same_point or published is None:
        return
    for claim in reversed(done):
        period = claim.period
        if claim.unit == "count" and (period is None or period.resolution == "publication"):
            claim.period = Period(
                start=date(published.year, 1, 1), end=published, text=bound.period.text,
                resolution="relative", kind=PeriodKind.to_date,
            )
            return


WINDOWS = frozenset({PeriodKind.interval, PeriodKind.to_date})
# Baselines stepped back by their unit ("the previous week", "le même samedi l'an dernier").
_BY_UNIT = frozenset({Phrase.unit_earlier, Phrase.same_weekday})
_RUNNING = frozenset({PeriodKind.to_date})
