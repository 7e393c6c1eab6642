"""A figure set in a parenthesis after another figure: the other side's count of the same
thing, with its own source and the place of the figure it follows.

Protest-day copy lists one side's counts city by city and sets the other side's count of each
city in parentheses: "La police a compté 12 400 manifestants à Brest (31 000 selon la CGT),
6 900 manifestants à Quimper (14 000) et 5 200 à Lorient (9 000)"; "According to police, 9,400
people marched in Nantes (21,000 according to the unions), 6,100 in Angers (11,000)". The
source in the first parenthesis gives the figure beside it and, by the list's parallel, each
figure later standing alone in a parenthesis; the figures outside the parentheses are the
other side's. A parenthesis that names a source and holds no figure ("3 000 personnes (selon
la police)") is an aside of the figure before it, and is not set apart here. A figure that
opens its parenthesis and names no place of its own is about the place of the figure it
follows (Quimper's 14 000, not Brest's; Brest's "(31 000 selon la CGT)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DIGIT = re.compile(r"\d")
_ONLY_A_FIGURE = re.compile(r"[\s\u00a0\u202f]*\d[\d\s.,'’\u00a0\u202f]*")


def enclosing(sentence: str, at: int) -> tuple[int, int] | None:
    """The parenthesis open before ``at`` and closed after it, as (open, close); None when
    ``at`` stands in none."""
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or sentence.find(")", opened, at) >= 0:
        return None
    closed = sentence.find(")", at)
    return (opened, closed) if closed >= 0 else None


def another_figures_aside(sentence: str, start: int, at: int) -> bool:
    """The source intro at ``at`` stands in a parenthesis that is another figure's: one that
    holds a figure and not the figure at ``start``, or one with no figure that closes before
    ``start`` right after another figure ("Entre 540 000 (selon l'Intérieur) et 1,6 million
    (selon la CGT)": the first parenthesis is the 540 000's). It names that figure's source
    only."""
    aside = enclosing(sentence, at)
    if aside is None or aside == enclosing(sentence, start):
        return False
    if _DIGIT.search(sentence, aside[0], aside[1]) is not None:
        return True
    return aside[1] < start and _DIGIT.search(sentence, 0, aside[0]) is not None


def set_apart(sentence: str, start: int, intros: Sequence[re.Match[str]]
              ) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The source intros that stand in another figure's parenthesis (``another_figures_aside``),
    and the others, each in the sentence's order: "(31 000 selon la CGT)" names the 31 000's
    source, not the 12 400's before it."""
    asides = [m for m in intros if another_figures_aside(sentence, start, m.start())]
    return asides, [m for m in intros if m not in asides]


def alone_in_parenthesis(sentence: str, start: int) -> bool:
    """The figure at ``start`` is all its parenthesis holds: "(15 000)"."""
    aside = enclosing(sentence, start)
    if aside is None:
        return False
    return _ONLY_A_FIGURE.fullmatch(sentence, aside[0] + 1, aside[1]) is not None


def parallel_aside(start: int, asides: list[re.Match[str]]) -> re.Match[str] | None:
    """For a figure alone in its parenthesis, the source intro of the nearest earlier
    parenthesis that holds a figure and names a source ("(31 000 selon la CGT)"): the list
    sets each other count the same way. None when no earlier parenthesis names one: the figure
    is then read as any other ("la CGT avait dénombré davantage de participants (210 000)")."""
    earlier = [m for m in asides if m.start() < start]
    return max(earlier, key=lambda m: m.start()) if earlier else None


def figure_before_aside(sentence: str, start: int, ends: list[int]) -> int | None:
    """For a figure that opens its parenthesis ("(14 000)", "(31 000 selon la CGT)"), the
    index (in ``ends``, the sentence's figure ends in order) of the figure right before the
    parenthesis opens; None otherwise."""
    aside = enclosing(sentence, start)
    if aside is None or sentence[aside[0] + 1 : start].strip():
        return None
    before = [k for k, e in enumerate(ends) if e <= aside[0]]
    return before[-1] if before else None
