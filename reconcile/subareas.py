"""A figure given for some parts of a story's area: a part, not the area's own figure.

"la participation a varié de 19 % ... à près de 55 % dans plusieurs petites communes rurales",
"Dans les bureaux de Tulle, la participation n'a pas dépassé 24,5 %", "turnout in rural
counties fell to 47.6 percent", "in the downtown precincts, turnout was around 30 percent":
the phrase names a set of the area's parts (communes, polling stations, precincts,
neighbourhoods), often with no place name the frame can read. Two such figures, or one against
the area's figure, measure different populations: no sure conflict (``reconcile.evidence``).

The phrases are the ``[grouping] subareas`` expressions of each language table. A phrase
governs a figure when it follows the figure at once ("55 % dans plusieurs communes") or stands
before it with no other figure in between ("Dans les bureaux de Tulle, la participation n'a
pas dépassé 24,5 %"); a phrase with a number in it ("Dans les 43 communes de la
circonscription") counts every part, so it is the whole area, not a part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.lang import grouping_pattern
from claims.models import Claim
from reconcile.evidence_slots import claim_position

RIGHT_AFTER = 3  # characters between a figure and a phrase that follows it at once
_DIGIT = re.compile(r"\d")


def subarea_of(claim: Claim) -> str:
    """The phrase naming the parts of the area the figure is given for (lower case), or ""."""
    pattern = grouping_pattern(claim.language, "subareas")
    if pattern is None:
        return ""
    start = claim_position(claim)
    end = start + len(claim.surface)
    before = ""
    for found in pattern.finditer(claim.sentence):
        if _DIGIT.search(found.group()):
            continue  # "les 43 communes": every part, the whole area
        if end <= found.start() <= end + RIGHT_AFTER:
            return _key(found.group())
        if found.end() <= start and not _DIGIT.search(claim.sentence[found.end():start]):
            before = _key(found.group())
    return before


def subareas_apart(claims: Sequence[Claim]) -> list[str]:
    """The figures are given for different parts of the area, or one for parts and the other
    for the whole."""
    phrases = {subarea_of(c) for c in claims}
    if len(phrases) < 2:
        return []
    shown = " / ".join(f"'{p}'" if p else "the whole area" for p in sorted(phrases))
    return [f"figures given for different parts of the area ({shown}): a part's figure is not "
            "the area's"]


def _key(phrase: str) -> str:
    """The phrase in lower case, spaces made one (not folded: Hangul would come apart)."""
    return " ".join(phrase.casefold().split())
