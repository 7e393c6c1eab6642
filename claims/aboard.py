"""Who was aboard is a fact of the event's day.

"The plane carried 60 passengers and four crew members", "It carried 41 passengers and two
drivers", "les chiffres officiels donnaient 478 personnes à bord, 422 passagers et 56 membres
d'équipage", "37 passagers avaient pris place à bord": the people aboard a plane, a bus or a
ship that crashed, sank or burned are counted at the moment of the event, not as of the day
the article is published, nor as a toll known later. So in an article whose story's event
has a day (the earliest day, at most ``STORY_DAYS`` before publication, that the article dates
a figure by, read before tolls become levels as of when they are told), a count whose clause
says it was aboard (the table's ``aboard_words``) takes that day, unless a phrase of its own
dates it otherwise ("carried 300 passengers on its last trip in May"). So does a count of who
or what was there at the moment its sentence tells ("14 climbers were on the ridge when the
slope gave way", "Au moment de l'effondrement, une cinquantaine d'ouvriers se trouvaient
dans le bâtiment": the table's ``moment_links``).

Not a count of what happened to the people aboard ("killing all 132 passengers on board", "427
personnes secourues"): its event makes it a toll or a count of the rescue, read elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from claims.lang import ExtractionTable
from claims.models import Claim, Modality, PeriodKind, Role
from claims.state_periods import predicate
from claims.tolls import STORY_DAYS

_OWN_PHRASE = frozenset({"explicit", "relative"})  # a period read from the figure's sentence
_LIST_GAP = 4  # words (a noun, a comma, a link) between two figures of one list
_READINGS = frozenset({PeriodKind.day, PeriodKind.as_of, PeriodKind.none})  # no span of its own


def story_event_day(claims: list[Claim], days_named: Iterable[Iterable[date]],
                    published: date | None) -> date | None:
    """The story's event day: the earliest day the article names for its scene (``days_named``:
    "Le car avait quitté Cajabamba lundi à 21 h") or dates a figure by (kind ``day``), at
    most ``STORY_DAYS`` before publication; None when it names none so."""
    if published is None:
        return None
    days = [d for named in days_named for d in named]
    days += [c.period.end for c in claims
             if c.period is not None and c.period.kind is PeriodKind.day and c.period.end]
    recent = [d for d in days if 0 <= published.toordinal() - d.toordinal() <= STORY_DAYS]
    return min(recent, default=None)


def aboard_on_the_day(claims: list[Claim], table: ExtractionTable, day: date | None) -> None:
    """Date on the story's event ``day`` every count of the people aboard (see the module)."""
    if day is None or not table.periods.aboard_words:
        return
    previous: Claim | None = None
    before: Claim | None = None  # the claim right before, in text order
    for claim in claims:  # in text order: a list goes on from its first figure
        whole = _the_whole_of(claim, before, table)
        before = claim
        if claim.period is not None and not _dated_otherwise(claim, day) and (
                _aboard(claim, table, whole) or _listed_after(claim, previous, table)):
            claim.period = claim.period.model_copy(update={
                "start": day, "end": day, "kind": PeriodKind.day, "source": None,
                "resolution": "carried"})
            previous = claim
        elif previous is None or claim.sentence != previous.sentence:
            previous = None


def _listed_after(claim: Claim, previous: Claim | None, table: ExtractionTable) -> bool:
    """ "478 personnes à bord, 422 passagers et 56 membres d'équipage", "126 passengers and six
    crew members": a plain count right after a count of the people aboard, in its sentence,
    with only its noun and a comma or a clause link between them."""
    if previous is None or previous.sentence != claim.sentence or not _plain(claim):
        return False
    start = previous.at_in_sentence() + len(previous.surface)
    gap = claim.sentence[start : claim.at_in_sentence()]
    words = gap.replace(",", " , ").split()
    links = {w.lower() for w in table.context.clause_links}
    return 0 < len(words) <= _LIST_GAP and (words[-1] == "," or words[-1].lower() in links)


def _the_whole_of(claim: Claim, before: Claim | None, table: ExtractionTable) -> bool:
    """A plain stated count right after a count of its sentence with only a restating opener
    between ("142 of the 144 people on board"): the whole that count is a part of."""
    if (before is None or before.sentence != claim.sentence or claim.unit != "count"
            or claim.role is not Role.value or claim.hedge
            or claim.modality is not Modality.stated):
        return False
    start = before.at_in_sentence() + len(before.surface)
    gap = claim.sentence[start : claim.at_in_sentence()].strip().lower()
    return bool(gap) and gap in table.periods.restating_openers


def _plain(claim: Claim) -> bool:
    """A stated count, no change nor estimate, that names no event of its own."""
    if (claim.unit != "count" or claim.role is not Role.value or claim.direction is not None
            or claim.hedge or claim.modality is not Modality.stated):
        return False
    event = claim.frame.event if claim.frame is not None else None
    return event is None or not event.text


def _aboard(claim: Claim, table: ExtractionTable, whole: bool = False) -> bool:
    """A plain count whose own predicate says it was aboard, or there at the moment its sentence
    tells ("14 climbers were on the ridge when the slope gave way", "Au moment de
    l'effondrement, une cinquantaine d'ouvriers se trouvaient dans le bâtiment"), and names no
    event of its own ("killing all 132 passengers on board" is a toll). The whole a part right
    before it is counted of (``whole``: "killing 142 of the 144 people on board") is who was
    aboard: the event is the part's."""
    span = predicate(claim, table) if whole or _plain(claim) else None
    if span is None:
        return False
    return (table.aboard_re.search(claim.sentence, *span) is not None
            or _there_at_the_moment(claim, span, table))


def _there_at_the_moment(claim: Claim, span: tuple[int, int], table: ExtractionTable) -> bool:
    """Whether the count's predicate, or the list it opens, says it was somewhere ("nine
    cars, a van and two buses were on the bridge", "se trouvaient dans le bâtiment") and
    its sentence tells the event's moment ("when", "au moment de")."""
    return (table.presence_re.search(claim.sentence, span[0]) is not None
            and table.moment_link_re.search(claim.sentence) is not None)


def _dated_otherwise(claim: Claim, day: date) -> bool:
    """A span dates the figure (a year, a month, a window: "carried 4.2 million passengers in
    2024"), or a phrase of its own sentence another day than the event's ("Lors de la
    précédente grève, le 2 février, 9 ferries étaient restés à quai")."""
    period = claim.period
    assert period is not None
    if period.kind not in _READINGS:
        return True
    if period.resolution not in _OWN_PHRASE or period.end is None:
        return False
    if period.kind is PeriodKind.as_of:  # a level read before the event: another event's
        return period.end < day
    return period.kind is PeriodKind.day and period.end != day
