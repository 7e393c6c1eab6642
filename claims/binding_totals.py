"""What one claim of an article takes from another before the frame pass: a headline's running
window ends where the body's same figure says it does, a running total counts to the day it is
stated at, a share of a dated whole takes the whole's period, a second source's count of the
same thing takes the first one's. ``claims.binding_frames`` asks these in its pass."""

from __future__ import annotations

from datetime import date
from itertools import pairwise, takewhile

from claims.binding import carried_from
from claims.binding_as_of import an_increment
from claims.clauses import clause_start
from claims.lang import ExtractionTable
from claims.models import DATED, STATED, Claim, Period, PeriodKind, Role

FRAMES = frozenset({PeriodKind.day, PeriodKind.interval, PeriodKind.to_date})


def whole_of_share(claim: Claim, claims: list[Claim], table: ExtractionTable) -> Claim | None:
    """ "87 % des décès en excès", "58 % des cas concernent des enfants": a share of a whole
    the body counted before, stating no period, is a share of that count over its period: the
    body's first dated count of it (the article's total, not last week's new cases nor an
    aside about another year). None when the share names no whole."""
    if not _share_of_a_named_whole(claim, table):
        return None
    lemmas = set(claim.lemmas)
    for i, other in enumerate(claims):
        if other is claim:
            return None
        if _dated_count_of(other, lemmas):
            # A headline's figure the body restates: the body says its period best.
            restated = (
                c for c in claims[i + 1 :]
                if c.value == other.value and c.unit_label == other.unit_label
                and c.sentence != other.sentence and stated_period(c.period)
            )
            return next(restated, other)
    return None


def _share_of_a_named_whole(claim: Claim, table: ExtractionTable) -> bool:
    """A percentage followed by a share link ("87 % des"), in a sentence not about now."""
    if claim.unit != "percent" or not claim.lemmas or not table.periods.share_links:
        return False
    at = claim.at_in_sentence()
    if at < 0:
        return False
    after = claim.sentence[at + len(claim.surface) :].lstrip().lower()
    if not any(after.startswith(link + " ") for link in table.periods.share_links):
        return False
    return not table.present_re.search(claim.sentence)


def _dated_count_of(other: Claim, lemmas: set[str]) -> bool:
    """Whether ``other`` is a count of the same thing that states a day or window."""
    period = other.period
    return (
        other.unit == "count"
        and other.role is Role.value
        and bool(lemmas & set(other.lemmas))
        and stated_period(period)
        and period is not None
        and period.kind in FRAMES
    )


def running_totals(claims: list[Claim], table: ExtractionTable, baselines: set[str]) -> None:
    """ "The provisional total passed 10,000 at the end of May and stood at 19,294 on Aug. 20";
    "Le cap des 10 000 traversées avait été franchi fin mai, celui des 20 000 le 27 août, et le
    total atteignait 30 120 au 31 octobre": in an article that counts a thing over a running
    window ("so far this year", "depuis janvier"), a count stated at a moment inside it is the
    running count from the window's start to that moment (kind to_date), not a stock, when the
    words before it in its clause name a running total (``[periods] running_totals``), or when
    it goes on from such a total in the same sentence ("celui des 20 000 le 27 août"). The
    window is one of the same thing (a lemma in common) that holds the moment; else, for a
    total named so, the last window stated before it, when that holds the moment."""
    windows = [(n, c) for n, c in enumerate(claims)
               if _running_window(c, baselines) and not an_increment(c, table)]
    if not windows:
        return
    carried: tuple[str, date] | None = None  # the start a sentence's first total took
    for n, claim in enumerate(claims):
        carry = carried[1] if carried is not None and carried[0] == claim.sentence else None
        start = _total_start(n, claims, table, baselines, windows, carry)
        if start is None or claim.period is None:
            continue
        carried = (claim.sentence, start)
        claim.period = claim.period.model_copy(
            update={"start": start, "kind": PeriodKind.to_date}
        )


def _total_start(
    n: int, claims: list[Claim], table: ExtractionTable, baselines: set[str],
    windows: list[tuple[int, Claim]], carry: date | None,
) -> date | None:
    """The start the ``n``-th claim runs from as a running total at a moment, None when it is
    none: named so in its clause or going on from one (``carry``, its sentence's start)."""
    claim = claims[n]
    period = claim.period
    if period is None or period.end is None or not _count_at_a_moment(claim, baselines):
        return None
    named = _names_a_running_total(claim, table)
    if not named and carry is None:
        return None
    start = _running_start(claim, period.end, windows) or carry
    return start if start is not None else _last_window_start(n, period.end, windows)


def _running_window(claim: Claim, baselines: set[str]) -> bool:
    """A value stated over a window still running from a known start ("so far this year")."""
    period = claim.period
    return (
        period is not None
        and period.kind is PeriodKind.to_date
        and period.start is not None
        and period.resolution in STATED
        and claim.role is Role.value
        and claim.id not in baselines
    )


def _count_at_a_moment(claim: Claim, baselines: set[str]) -> bool:
    """A count stated (not carried) at a moment: when a total stood, not over a window."""
    period = claim.period
    return (
        period is not None
        and _a_moment(period)
        and period.resolution in STATED
        and claim.unit == "count"
        and claim.role is Role.value
        and claim.id not in baselines
    )


def _names_a_running_total(claim: Claim, table: ExtractionTable) -> bool:
    """The words before the figure in its clause name a running total ("The provisional total
    passed", "Le cap des", "et le total atteignait")."""
    text = claim.sentence
    at = claim.at_in_sentence()
    return at >= 0 and table.running_total_re.search(text, clause_start(text, at), at) is not None


def _running_start(claim: Claim, end: date, windows: list[tuple[int, Claim]]) -> date | None:
    """The start of a running window of the same thing that holds ``end``."""
    lemmas = set(claim.lemmas)
    return next(
        (
            w.period.start for _, w in windows
            if w.period is not None and w.period.start is not None
            and w.period.end is not None and lemmas & set(w.lemmas)
            and w.period.start <= end <= w.period.end
        ),
        None,
    )


def _last_window_start(at: int, end: date, windows: list[tuple[int, Claim]]) -> date | None:
    """The start of the last window stated before the claim at ``at``, when it holds ``end``."""
    before = [w.period for n, w in windows if n < at and w.period is not None]
    if not before or before[-1].start is None:
        return None
    last = before[-1]
    return last.start if last.start <= end <= (last.end or end) else None


def other_source_of(
    claim: Claim, by_id: dict[str, Claim], table: ExtractionTable
) -> Claim | None:
    """ "74 000 manifestants selon la police, contre 350 000 selon la CGT": a figure compared
    with another and given by another source, with no time of its own, counts the same thing
    at the same time."""
    if claim.role is not Role.comparison or claim.linked is None:
        return None
    partner = by_id.get(claim.linked)
    if partner is None or not stated_period(partner.period):
        return None
    at = claim.at_in_sentence()
    if at < 0:
        return None
    after = claim.sentence[at + len(claim.surface) :].lstrip(" \u00a0\u202f").lower()
    intro = [w.lower() for w in table.context.source_intro]
    return partner if any(after.startswith(w + " ") for w in intro) else None


def _a_moment(period: Period) -> bool:
    """A date, a day, or a part of a month ("début mai"): when a total stood, not a window."""
    if period.kind in (PeriodKind.as_of, PeriodKind.day):
        return True
    start, end = period.start, period.end
    return (
        period.kind is PeriodKind.interval
        and start is not None
        and end is not None
        and (end - start).days <= 10
    )


def headline_to_body_as_of(claims: list[Claim]) -> None:
    """ "44 morts depuis janvier" in a headline over "Au 31 octobre, 44 personnes ... depuis le
    1er janvier": the headline's running window ends where the body's same figure says it
    does (its as-of date), not at publication."""
    if not claims:
        return
    headline = claims[0].sentence
    body = [c for c in claims if c.sentence != headline]
    for claim in takewhile(lambda c: c.sentence == headline, claims):
        end = _running_end(claim.period)
        if claim.period is None or end is None:
            continue
        start = claim.period.start
        other = next((o for o in body if _same_window_ending_before(o, claim, start, end)), None)
        if other is not None:
            claim.period = carried_from(other)


def _running_end(period: Period | None) -> date | None:
    """Where a running window (kind to_date) ends; None for any other period."""
    return period.end if period is not None and period.kind is PeriodKind.to_date else None


def _same_window_ending_before(other: Claim, claim: Claim, start: date | None, end: date) -> bool:
    """``other`` states ``claim``'s figure over a running window from ``start``, ending before
    ``end``."""
    other_end = _running_end(other.period)
    return (
        other.value == claim.value
        and other.unit_label == claim.unit_label
        and other_end is not None
        and other_end < end
        and other.period is not None
        and other.period.start == start
    )


def stated_period(period: Period | None) -> bool:
    """A period a phrase gave (perhaps through another figure), not publication's."""
    return (
        period is not None
        and period.resolution in DATED
        and period.kind is not PeriodKind.none
        and (period.start is not None or period.end is not None)
    )


def sums_of_parts(claims: list[Claim]) -> dict[tuple[float, str], Claim]:
    """ "131 collégiens et 9 enseignants ont été intoxiqués depuis mardi": two counts side by
    side in one sentence, over one period, add up to the figure a headline gives for them
    ("140 intoxiqués"); keyed by their sum (and unit), the first of them."""
    sums: dict[tuple[float, str], Claim] = {}
    for a, b in pairwise(claims):
        if a.value is not None and b.value is not None and _parts_of_one_count(a, b):
            sums.setdefault((a.value + b.value, a.unit_label), a)
    return sums


def _parts_of_one_count(a: Claim, b: Claim) -> bool:
    """Two plain counts of one sentence over one stated period, which a headline may sum."""
    return (
        a.sentence == b.sentence and a.unit == b.unit == "count"
        and a.role is Role.value and b.role is Role.value
        and stated_period(a.period) and a.period is not None and b.period is not None
        and (a.period.start, a.period.end, a.period.kind)
        == (b.period.start, b.period.end, b.period.kind)
    )
