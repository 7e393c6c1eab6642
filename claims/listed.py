"""Figures given as a list of several things: "2 300 manifestants et 640 tracteurs". Each
names its own thing, so what one counts is no event of the next (``frame_slots.event_slot``),
and a bare figure after the list ("..., « plus de 9 000 » selon les syndicats") counts no one of
them for sure (``sentence_claims``): its counted thing is left unsaid, not compared."""

from __future__ import annotations

from collections.abc import Sequence

from claims.figure_model import Figure
from claims.lang import ExtractionTable
from claims.models import Claim


def joined_as_a_list(before: Claim, after: Claim, after_counted: str,
                     table: ExtractionTable) -> bool:
    """Two figures of one sentence and unit, each with its own counted thing, with nothing
    between them but the first one's noun and a join (``list_joins``: "et", "and"; not a
    comma, which also ends an opening phrase: "Of the 17 victims, 11 died ...")."""
    theirs = before.counted.lower().split()
    if (before.unit != after.unit or before.sentence != after.sentence or not theirs
            or not after_counted or after_counted.lower().split() == theirs):
        return False
    gap = before.sentence[before.end - before.sentence_start : after.start - after.sentence_start]
    words = gap.lower().split()
    return (len(words) == len(theirs) + 1 and words[-1] in table.small_counts.list_joins
            and words[:-1] == theirs)


def after_a_list(done: Sequence[Claim], table: ExtractionTable) -> bool:
    """The last two figures before are a list of several things (``joined_as_a_list``)."""
    return len(done) >= 2 and joined_as_a_list(done[-2], done[-1], done[-1].counted, table)


def listed_around(
    claims: list[Claim], figures: list[Figure], i: int, counted: str, table: ExtractionTable
) -> tuple[str, str]:
    """What the figures before and after claim ``i`` in its sentence count, whose words are
    no event of it: the one before when the two are a list of several things (``claims.
    listed``: "2 300 manifestants et 640 tracteurs"; not "11 died in Ohio and four in
    Indiana", whose verb is shared), the one after when it is told in words ("25 cas et
    trois décès": the deaths are what the two count, not what happened to the 25 cases; a
    shared verb after both, "12 people and two dogs were rescued", is still read). A figure
    in digits ends the words read after a figure already, and a word it counts again before
    it is this figure's ("Of the 58 people taken to hospital ..., 21 were")."""
    before = ""
    if i and joined_as_a_list(claims[i - 1], claims[i], counted, table):
        before = claims[i - 1].counted
    after = i + 1 < len(claims) and figures[i + 1].start >= figures[i].end and not any(
        ch.isdigit() for ch in claims[i + 1].surface)
    return before, claims[i + 1].counted if after else ""


def without_next_item(words: list[str], table: ExtractionTable) -> list[str]:
    """The words after a figure, less the noun of a next item of one ("25 cas et un décès",
    "19 cases and one death": the death is no event of the cases; "trois personnes et un
    chien ont été secourus" keeps the verb both share)."""
    for j in range(len(words) - 2):
        if words[j].lower() in table.clause_links_set and words[j + 1].lower() in (
            table.article_numerators
        ):
            return words[: j + 2] + words[j + 3:]
    return words
