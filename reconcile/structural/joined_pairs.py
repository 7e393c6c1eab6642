"""A part and its whole told as one phrase: "187,300 of the 341,900 registered voters", "12 400
votants sur 20 100 inscrits", "전체 유권자 4천412만명 가운데 2천014만명". The join word says which
figure is the part and which the whole (``[conversion] part_of`` after the part; Korean's
``whole_then_part``, "중", "가운데", after the whole), so a rate named by its noun ("Turnout was
58.4%", "투표율이 ... 49.2%로") can be checked against a pair stated after it or in the sentence
next to it, where the counts' own nouns do not tell the part ("registered voters casting a
ballot" names the whole too).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claims.models import Approx, Claim
from reconcile.structural.base import VALUE
from reconcile.structural.conversion import conversion_words, gap_between

_NOUN_WORDS = 3  # the part's or whole's noun between the two figures ("voix sur", "의 유권자 중")
_AFTER_WORDS = 4  # words after a part where what it did stands ("casting a ballot")


def joined_pairs(sentence: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """The (part, whole) pairs of two exact counts next to each other in the sentence, joined
    by a word of the table: the part first ("187,300 of the 341,900"), or the whole first in a
    language that puts it there ("4천412만명 가운데 2천014만명"); the part below the whole."""
    counts = [c for c in sentence if _exact_count(c)]
    pairs: list[tuple[Claim, Claim]] = []
    for a, b in itertools.pairwise(counts):
        gap = gap_between(a, b)
        if gap is None:
            continue
        if _ends_with(gap, conversion_words(a.language, "part_of")):
            part, whole = a, b
        elif _ends_with(gap, conversion_words(a.language, "whole_then_part")):
            part, whole = b, a
        else:
            continue
        if (part.value or 0) < (whole.value or 0):
            pairs.append((part, whole))
    return pairs


def words_after(claim: Claim) -> str:
    """The few words after the figure in its sentence, up to a comma or stop ("casting a
    ballot", "이 투표를 마쳤다"): what a part of a whole did."""
    at = claim.at_in_sentence()
    if at < 0:
        return ""
    rest = claim.sentence[at + len(claim.surface):]
    for stop in ",;:.!?":
        rest = rest.split(stop, 1)[0]
    return " ".join(rest.split()[:_AFTER_WORDS])


def _exact_count(claim: Claim) -> bool:
    return (claim.unit == "count" and claim.approx is Approx.exact and claim.role is VALUE
            and claim.direction is None and claim.per is None and bool(claim.value))


def _ends_with(gap: str, phrases: frozenset[str]) -> bool:
    """The words between the two figures are a join phrase, or end with one after at most a
    few words of a noun and no stop ("voix sur", "의 유권자 중")."""
    text = " ".join(gap.casefold().split())
    for phrase in phrases:
        if text == phrase:
            return True
        if text.endswith(f" {phrase}"):
            noun = text[: -len(phrase) - 1].split()
            if len(noun) <= _NOUN_WORDS and not any(p in text for p in ",;:()"):
                return True
    return False
