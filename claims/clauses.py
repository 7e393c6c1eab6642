"""Where a figure's clause starts and ends in its sentence: at a semicolon, a colon or a comma
that is no digit group ("26,000" holds none), and between the figures before and after it. The
period steps ask it which phrase shares a figure's clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from claims.figure_model import Figure, position_of
from claims.sentence_memo import last_mark, match_starts

if TYPE_CHECKING:
    from claims.lang import ExtractionTable
    from claims.models import Claim

CLAUSE_EDGE = re.compile(r"[;:]|,(?!\d)")  # a clause's edge; "26,000" is no comma
_MARK = re.compile(r"[,;:]")


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: right after the last clause edge before it,
    as the edges of ``text[:at]`` give it (a comma right before ``at`` is one even before a
    digit: the slice ends there)."""
    at = min(at, len(text))
    if at <= 0:
        return 0
    if text[at - 1] in ",;:":
        return at
    edges = match_starts(CLAUSE_EDGE, text)  # once a sentence
    k = bisect_right(edges, at - 2)
    return edges[k - 1] + 1 if k else 0


def clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends: at the first clause edge from it on."""
    edges = match_starts(CLAUSE_EDGE, text)  # once a sentence
    k = bisect_left(edges, at)
    return edges[k] if k < len(edges) else len(text)


def claim_clause(claim: Claim) -> tuple[int, int] | None:
    """Where a read claim's own clause starts and ends in its sentence, or None when its
    surface is not there: a forecast or a look back counts for the figure only inside it ("The
    ministry expects exports to grow 4 percent this year")."""
    at = claim.at_in_sentence()
    if at < 0:
        return None
    return clause_start(claim.sentence, at), clause_end(claim.sentence, at + len(claim.surface))


def clause_of(f: Figure, figures: list[Figure], text: str) -> tuple[int, int]:
    """The figure's own stretch of the sentence: from the figure (or punctuation) before it
    to the figure (or punctuation) after it."""
    at = position_of(f, figures)
    left = figures[at - 1].end if at else 0
    right = figures[at + 1].start if at + 1 < len(figures) else len(text)
    cut = last_mark(text, ",;:", f.start)
    if cut >= left:
        left = cut + 1
    after = _MARK.search(text, f.end, right)
    if after:
        right = after.start()
    return left, right


def blank_run(text: str, at: int) -> int:
    """How many blanks stand at ``at``."""
    return len(text[at:]) - len(text[at:].lstrip())


def _clause_openings(after: int, start: int, text: str) -> Iterator[int]:
    """Where each clause that an edge between ``after`` and ``start`` opens begins, past its
    blanks: the place of the link that tells what the clause is about."""
    for edge in CLAUSE_EDGE.finditer(text, after, start):
        yield edge.end() + blank_run(text, edge.end())


def in_a_place_clause(after: int, start: int, text: str, table: ExtractionTable) -> bool:
    """ "31 died in the Sava region, where the storm made landfall late on Saturday", "24 ont été
    recensés dans la région Sava, où le cyclone a touché terre samedi soir": a phrase in a
    clause that "where" / "où" hangs on a place after the figure dates what happened there,
    not the figure."""
    return any(table.place_link_re.match(text, at) for at in _clause_openings(after, start, text))


def in_an_event_clause(after: int, start: int, text: str, table: ExtractionTable) -> bool:
    """ "jumped 8.2 percent, its sharpest gain since April, as frost in early October hit
    lettuce crops", "were left injured, after the tremors last week": a phrase inside a clause
    of cause or time that a comma and its link open after the figure dates that clause's
    event, not the figure. The phrase must stand after the link ("..., as of Oct. 31" is the
    figure's own)."""
    links = table.event_clause_links_set
    for at in _clause_openings(after, start, text):
        word = re.match(r"[^\W\d_]+", text[at:])
        if word and word.group().lower() in links and at + word.end() < start:
            return True
    return False


def outside_its_event_clause(f: Figure, start: int, end: int, text: str,
                             table: ExtractionTable) -> bool:
    """ "11 others were missing after a dam burst on Monday", "after the river burst its
    banks on Monday, forcing 3,200 people from their homes": the phrase (``start``..``end``)
    stands in a clause of cause or time (its link, then no clause edge up to the phrase) that
    the figure is not in: before the link, or after a clause edge past the phrase."""
    links = list(table.event_clause_link_re.finditer(text, 0, start))
    link = links[-1] if links else None
    if link is None or CLAUSE_EDGE.search(text, link.end(), start):
        return False
    if f.end <= link.start():
        return True
    return f.start >= end and CLAUSE_EDGE.search(text, end, f.start) is not None


def in_a_linked_clause(after: int, start: int, text: str, table: ExtractionTable) -> bool:
    """ "contre 204 000 selon la préfecture, et appelle à une nouvelle manifestation le 14
    mars", "rose to 41, and the union called a strike for Friday": a phrase in a clause a
    comma and a clause link ("et", "and") open after the figure dates that clause's verb, not
    the figure."""
    links = table.clause_links_set
    for at in _clause_openings(after, start, text):
        word = text[at:].split(maxsplit=1)
        if word and word[0].lower() in links:
            return True
    return False


def in_a_relative_clause(text: str, at: int, table: ExtractionTable) -> bool:
    """Whether the word at ``at`` stands in a clause that a "when", "where" or an event's link
    ("which", "after") opens: "which had been due to resume its 14 crossings on Monday", "où la
    tempête a touché terre dimanche". Such a clause tells its own time. Not a link inside the
    clause ("technicians from the operator have checked 2,300 meters")."""
    left = clause_start(text, at)
    left += blank_run(text, left)
    return bool(table.when_link_re.match(text, left) or table.event_link_re.match(text, left)
                or table.relative_pronoun_re.match(text, left))
