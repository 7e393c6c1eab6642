"""A total as of a time frames the totals told right after it, not the events: "The fires had
burned 27,000 acres by Friday night. The Pine fire had burned 11,800 acres" (a past
perfect, a stock, a total its subject takes to a level, or a count of the same tally), unless
the sentence after is another statement and the total was dated only by the day it was said.
``claims.binding_frames`` asks this of each figure its frame might date."""

from __future__ import annotations

from claims.clauses import clause_end, clause_start
from claims.lang import ExtractionTable
from claims.models import Claim, PeriodKind


def _said_day_only(frame: Claim, table: ExtractionTable) -> bool:
    """ "Two men have been arrested, prosecutors said on Wednesday": a total dated only by the
    day its source said it."""
    period = frame.period
    if period is None or not period.text:
        return False
    at = frame.sentence.find(period.text)
    return at > 0 and table.announcement_re.search(frame.sentence[:at]) is not None


def goes_on_as_of(frame: Claim, claim: Claim, table: ExtractionTable) -> bool:
    """ "The fires had burned 27,000 acres by Friday night. The Pine fire had burned 11,800
    acres and was 20% contained.": a total as of a time frames the totals right after
    it (a past perfect, a stock, or a total its subject names taken to a level: "The number
    of patients waiting more than a year fell to 1,904"; or a count of the same tally), not
    the events."""
    period = frame.period
    if period is None or period.kind is not PeriodKind.as_of or period.resolution == "publication":
        return False
    text = claim.sentence
    if _said_day_only(frame, table) and table.statement_re.search(text):
        return False  # another statement ("The mayor said the cemetery had room for 12"): the
        # day the one before was said dates nothing of it
    at = claim.at_in_sentence()
    return _a_total_stated(text, at, table) or _same_tally(claim, text, at, table)


def _a_total_stated(text: str, at: int, table: ExtractionTable) -> bool:
    """The figure at ``at`` restates the one before ("In cash terms it was about £2.9tn"), or
    its sentence speaks of a total: a past perfect, a stock, a subject taken to a level ("The
    number ... fell to")."""
    if at > 0 and table.restating_re.search(text[clause_start(text, at) : at]):
        return True
    level = at > 0 and table.level_re.search(text[:at]) is not None
    return bool(table.perfect_re.search(text) or table.stock_re.search(text) or level)


def _same_tally(claim: Claim, text: str, at: int, table: ExtractionTable) -> bool:
    """A count of the same tally as the frame's total, stated as such.

    "As of Thursday evening, 212 people had died. Another 340 were injured and 64 were
    missing.": the next sentence's counts are the same tally, unless a clause ties them to
    another moment ("about 50 were underground when the tunnel collapsed"). Only a count its
    clause states as such (it opens the clause, or follows "was"): "Crews restored 20,000
    connections" is an event, of no time said."""
    if claim.unit != "count" or at < 0 or table.when_link_re.search(
        text, clause_start(text, at), clause_end(text, at + len(claim.surface))
    ):  # not a clause after it about a place ("..., where the storm made landfall")
        return False
    head = text[clause_start(text, at) : at].split()
    links = table.clause_links_set
    cut = [i for i, w in enumerate(head) if w.lower() in links]
    head = head[cut[-1] + 1 :] if cut else head  # "... were injured and 64 were missing"
    stated = table.passive_auxiliaries_set
    return len(head) <= 1 or head[-1].lower() in stated
