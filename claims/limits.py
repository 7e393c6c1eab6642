"""Figures that bound what may be, not what was: a venue's or a camp's capacity ("designed for
800 people", "d'une capacité d'accueil de 380 places", "수용 정원(300명)"). Such a figure counts no
event: "a shelter designed for 800 people housed about 1,900" states one limit and one count,
and the count may rightly pass the limit. Read as a count, a capacity meets the counts of the
same people and "conflicts" with them (a count over part of a period above the whole, two
values that cannot both hold). (Quotas, caps and thresholds are no claims at all:
``limit_nouns`` in the extraction tables.)

A figure is a limit when what it counts names a capacity (``[standing] capacity``: "official
capacity", "capacité", "수용 능력"), when the compound it opens does ("the 31,000-capacity
stadium"), or when the words right before it do (``capacity_before``: "room for", "designed
for", "capacité prévue de", "수용 정원" before its bracket). It is held as ``Modality.limit``:
grouping never puts it with a count (``reconcile.linkage.frames_apart``), two capacities may
meet; the checks that read stated figures leave it out, and the standing check
(``reconcile.standing``) compares two capacities of one venue in one article.
"""

from __future__ import annotations

from functools import cache

from claims.lang import raw_table
from claims.lang.regex import with_both_apostrophes
from claims.lexicon import fold
from claims.models import Claim, Modality, Role

_HELD = (Modality.stated, Modality.hedged)  # a planned or superseded figure keeps its reading
_OPENING = "([{（"  # a bracket the figure stands in, after the words that name it
_MODIFIERS = 2  # words that may stand before a capacity noun in what is counted


def hold_limits(claims: list[Claim], language: str) -> None:
    """Each plain count the words around it name a limit of is held as ``Modality.limit``."""
    for claim in claims:
        if (claim.unit == "count" and claim.role is Role.value and claim.modality in _HELD
                and names_capacity(claim)):
            claim.modality = Modality.limit


def names_capacity(claim: Claim) -> bool:
    """What the figure counts names a capacity ("a seating capacity of 38,000"), the compound
    it opens does ("the 31,000-capacity stadium"), or the words right before it do ("room for
    33,000", "peut accueillir 41 000", "수용 정원(400명)")."""
    words = limit_words(claim.language)
    if _heads(fold(claim.counted or "").split(), words.nouns):
        return True
    at = claim.sentence.find(claim.surface)
    if at < 0:
        return False
    tail = fold(claim.sentence[at + len(claim.surface):])
    if any(tail.startswith(a) or tail.lstrip().startswith(a) for a in words.after):
        # "the 31,000-capacity stadium", "5천 명을 수용할 수 있는"
        return True
    head = " ".join(fold(claim.sentence[:at]).rstrip().rstrip(_OPENING).split())
    return any(head == b or head.endswith(f" {b}") for b in words.before)


def _heads(counted: list[str], nouns: frozenset[str]) -> bool:
    """A capacity noun opens what is counted, after at most ``_MODIFIERS`` words ("official
    capacity", "정식 수용 가능 인원"): further in, it is another phrase's ("migrants against an
    official capacity of just 400": the figure before counts migrants)."""
    for n in nouns:
        size = len(n.split())
        for at in range(min(_MODIFIERS, len(counted) - size) + 1):
            if " ".join(counted[at:at + size]) == n:
                return True
    return False


class LimitWords:
    """A language's words of capacities and limits, folded (``[standing]`` table)."""

    def __init__(self, section: dict) -> None:
        def folded(key: str) -> frozenset[str]:
            return with_both_apostrophes(" ".join(fold(w).split()) for w in section.get(key, []))

        self.nouns = folded("capacity")
        self.before = folded("capacity_before")
        self.after = folded("capacity_after")
        self.kinds = folded("capacity_kinds")


@cache
def limit_words(language: str) -> LimitWords:
    """The ``[standing]`` words of a language; none for a language with no table."""
    try:
        return LimitWords(raw_table(language).get("standing", {}))
    except ValueError:
        return LimitWords({})
