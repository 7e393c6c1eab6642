"""The whole a part is taken from is a standing stock, as of publication, not a count of the
day the part's sentence names.

"Jeudi, 61 écoles publiques sont restées portes closes, sur les 512 que compte le département",
"À Angers, 1 840 enfants ont été accueillis dans 22 écoles, sur les 9 600 élèves scolarisés",
"On Thursday, 61 of the county's 512 public schools stayed closed": the day dates the part
(closed that day); the whole (the schools the département has, the pupils enrolled) is a level
that holds whatever the day, as of the time of writing. A whole is a count of the same unit
right after a link that introduces the population a part is taken from ("sur les", "of the",
"out of": the table's ``population_intro``, an owner's possessive may stand between: "of the
county's"), after a smaller figure of its sentence. Not a whole the article counted before
("Police arrested 12 people on Monday ... three of the 12 were minors": the day's count,
restated), nor a figure its own phrase dates.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from claims.lang import ExtractionTable
from claims.models import Claim, PeriodKind

_CARRIED_OR_FRAMED = frozenset({"carried", "relative", "explicit"})


def wholes_as_of_publication(claims: list[Claim], table: ExtractionTable,
                             published: date | None) -> None:
    """Date as of publication every standing whole of a part (see the module)."""
    links = table.context.population_intro
    if published is None or not links:
        return
    link = _link_before(tuple(links))
    seen: set[float] = set()
    for at, claim in enumerate(claims):
        if _a_standing_whole(claim, claims[:at], link, seen) and claim.period is not None:
            claim.period = claim.period.model_copy(update={
                "start": None, "end": published, "kind": PeriodKind.as_of})
        if claim.value is not None:
            seen.add(claim.value)


def _a_standing_whole(claim: Claim, before: list[Claim], link: re.Pattern[str],
                      seen: set[float]) -> bool:
    """A count dated by a day not its own, right after a population link, after a smaller
    figure of its unit in its sentence, whose value the article did not give before."""
    period = claim.period
    if (period is None or period.kind is not PeriodKind.day or claim.unit != "count"
            or claim.value is None or claim.value in seen
            or period.resolution not in _CARRIED_OR_FRAMED or _its_own_phrase(claim)):
        return False
    at = claim.at_in_sentence()
    part = next((c for c in reversed(before) if c.sentence == claim.sentence), None)
    if at <= 0 or part is None or part.unit != claim.unit or part.value is None:
        return False
    if part.value >= claim.value:
        return False
    start = part.at_in_sentence() + len(part.surface)
    return 0 < start <= at and link.search(claim.sentence, start, at) is not None


def _its_own_phrase(claim: Claim) -> bool:
    """Whether the figure's period phrase stands after it (its own: "sur les 512 le 3 mai")."""
    text = claim.period.text if claim.period is not None else ""
    at = claim.at_in_sentence()
    return bool(text) and text in claim.sentence[at + len(claim.surface) :]


@cache
def _link_before(links: tuple[str, ...]) -> re.Pattern[str]:
    """A population link ending right before a figure, an owner's possessive allowed between
    ("of the county's")."""
    words = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+[^\W\d_]+['’]s)?\s+$", re.I)
