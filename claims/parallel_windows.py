"""The level a change started from, for a figure of a year-long window.

A statistics release counts over a year-long window ("in the 12 months ending in June", "in
the year to June 2026", "in 2025") and gives the year before only as the level a change
started from: "Work-related visas fell to 181,000 from 264,000", "Deaths involving fentanyl
fell to about 39,200, from 51,600". The second figure states no time of its own; it is the
same quantity over the window just before, of the same length (July 2024 to June 2025), not
a figure of no period. Both readings of "before" (the window before, the window a year back)
agree for a year-long window only, so the rule keeps to those: a month's or a quarter's "from"
may be the month before or the same month a year earlier. A percentage is left alone: "rose
to 3.4% from 2.9%" compares rates, often last month's reading of an annual rate. The words
that set a figure as a base are data (``[extraction.periods] parallel_base_words``); a language
without them reads as before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.lang import ExtractionTable
from claims.models import Claim, Period, PeriodKind, Role
from claims.period_match import add_years
from claims.release_frame import undated

_BASES = frozenset({Role.comparison, Role.change_from})
_RATES = frozenset({"percent", "ratio"})


def parallel_bases(claims: list[Claim], table: ExtractionTable) -> None:
    """Date each undated base of a change ("from 264,000") by the year-long window just
    before its partner's, when the words right before it say it is where the change began."""
    words = table.periods.parallel_base_words
    if not words:
        return
    by_id = {c.id: c for c in claims}
    for claim in claims:
        partner = by_id.get(claim.linked or "")
        if partner is None or not _a_base(claim, partner, words):
            continue
        window = partner.period
        assert window is not None and window.start is not None and window.end is not None
        claim.period = Period(
            start=add_years(window.start, -1), end=window.start - timedelta(days=1),
            text=window.text, resolution="carried", kind=PeriodKind.interval, source=partner.id,
        )


def _a_base(claim: Claim, partner: Claim, words: list[str]) -> bool:
    """A count or amount after a base word, undated or dated only by its partner's phrase,
    whose partner (of the same unit) covers a year-long window."""
    return (
        claim.role in _BASES and claim.unit not in _RATES
        and (undated(claim.period) or _the_partner_s_phrase(claim, partner))
        and claim.unit == partner.unit and partner.period is not None
        and partner.period.kind is PeriodKind.interval
        and _year_long(partner.period.start, partner.period.end)
        and _after_a_base_word(claim, words)
    )


def _the_partner_s_phrase(claim: Claim, partner: Claim) -> bool:
    """ "rose to 492,000 in the year to March 2025, from 430,000", "In 2024, thefts dropped to
    19,500, down from 27,300": the base took its partner's window from a phrase that stands
    before it, the partner's; a base whose phrase follows it states its own time."""
    mine, theirs = claim.period, partner.period
    if mine is None or theirs is None or mine.resolution == "publication" or not mine.text:
        return False
    if (mine.start, mine.end) != (theirs.start, theirs.end):
        return False
    at = claim.at_in_sentence()
    phrase = claim.sentence.find(mine.text)
    return at >= 0 and 0 <= phrase < at and claim.sentence == partner.sentence


def _year_long(start: date | None, end: date | None) -> bool:
    """A window of exactly one year: "the 12 months to June", "2025", "the year to 30 Sept"."""
    return start is not None and end is not None and add_years(start, 1) == end + timedelta(days=1)


def _after_a_base_word(claim: Claim, words: list[str]) -> bool:
    """The figure's surface follows one of ``words`` (a comma between allowed: "fell to
    39,200, from 51,600"), as a whole word."""
    at = claim.at_in_sentence()
    if at < 0:
        return False
    head = claim.sentence[:at].rstrip().lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}$", head) for w in words)
