"""A share told with the part and the whole it is worked from, in one sentence, and the words
that join them: what ``shares`` reads before it checks the share to the precision printed.

The forms: the part over its whole before the share ("131 240 voix sur 241 900 bulletins, soit
54,3 %"), the share between them ("7,557, or 71%, of the 10,586 children"), both read in
``shares``; and the share first, restated as its part over its whole right after it ("X had
38.6% of the vote, or 341,900 of the 829,500 valid votes counted"; "41,3 % des voix, soit
18 412 voix sur 47 930 suffrages exprimés"), read here.

Precision first: the writer states the relation ("or", "soit": ``[conversion] joins``); the
share is an exact plain level; between it and the part stands at most a short phrase naming the
share's own whole ("of the vote", "des voix": a ``whole_named`` word and a few more) and then
the restating word, nothing else; part and whole are exact plain counts joined by a
``part_of`` word, the part below the whole."""

from __future__ import annotations

from collections.abc import Mapping

from claims.lexicon import Lexicon
from claims.models import Approx, Claim
from reconcile.structural.base import VALUE
from reconcile.structural.conversion import conversion_joins, conversion_words, gap_between

_WHOLE_WORDS = 4  # "of the vote", "des suffrages exprimés", "of the valid vote"
_SHARE_GAP = 48  # characters between the share and its part: the whole's phrase, the join


def checkable(part: Claim, whole: Claim) -> tuple[Claim, Claim] | None:
    """Two exact plain counts, the part below the whole, or None."""
    if not all(c.unit == "count" and c.role is VALUE and c.approx is Approx.exact
               and c.value for c in (part, whole)):
        return None
    assert part.value is not None and whole.value is not None
    return (part, whole) if part.value < whole.value else None


def joined(a: Claim, b: Claim, key: str) -> bool:
    """The words between ``a`` and ``b`` end with a phrase of ``[conversion] key``, after at
    most three words (the part's noun: "voix", "people killed")."""
    gap = gap_between(a, b)
    if gap is None:
        return False
    gap = " ".join(gap.casefold().split())
    for phrase in conversion_words(a.language, key):
        if gap == phrase:
            return True
        if gap.endswith(f" {phrase}"):
            noun = gap[: -len(phrase) - 1].split()
            if len(noun) <= 3 and not any(w.strip(",;:") != w for w in noun):
                return True
    return False


def share_then_part_of_whole(
    share: Claim, after: Mapping[str, Claim]
) -> tuple[Claim, Claim] | None:
    """The part and whole told right after the share that they restate ("38.6% of the vote,
    or 341,900 of the 829,500 valid votes counted"), or None (see the module)."""
    if share.approx is not Approx.exact or share.role is not VALUE or share.direction is not None:
        return None
    part = after.get(share.id)
    whole = after.get(part.id) if part is not None else None
    if part is None or whole is None:
        return None
    words = _restated_after(share, part)
    if words is None or not _one_whole(words, whole):
        return None
    return checkable(part, whole) if joined(part, whole, "part_of") else None


def _restated_after(share: Claim, part: Claim) -> list[str] | None:
    """The words naming the share's whole ([] for none) when the words between the share and
    the part are a restating word after at most a short phrase naming that whole: "% of the
    vote, or 341,900"; "% des voix, soit 18 412"; None when they are not."""
    gap = gap_between(share, part, _SHARE_GAP)
    if gap is None:
        return None
    gap = " ".join(gap.casefold().split())
    for join in sorted(conversion_joins(share.language), key=len, reverse=True):
        if not gap.endswith(join) or not join[-1].isalpha():
            continue
        words = gap[: len(gap) - len(join)].split()
        if not words:
            return words
        named = (len(words) <= _WHOLE_WORDS and _names_its_whole(words, share.language)
                 and not any(ch.isdigit() for w in words for ch in w))
        return words if named else None
    return None


def _one_whole(words: list[str], whole: Claim) -> bool:
    """The whole the count restates is the one the share names, when it names one: "8.2% of
    the vote, or 12 of the 150 seats" gives a party's seats beside its votes, and "41,3 % des
    suffrages, soit 18 412 voix sur 47 930 inscrits" counts the registered, not the votes cast
    (shared concepts or lemmas, as ``Lexicon.normalise`` reads them)."""
    lexicon = Lexicon.shipped()
    named = set(lexicon.normalise(" ".join(w.strip(",;:") for w in words), whole.language))
    return not named or bool(named & set(lexicon.normalise(whole.counted, whole.language)))


def _names_its_whole(words: list[str], language: str) -> bool:
    """The words open with a ``whole_named`` word ("of", "des", "d'") and name no other
    clause (no comma inside them)."""
    first = words[0]
    named = conversion_words(language, "whole_named")
    opens = any(first == w or (w.endswith("'") and first.startswith(w)) for w in named)
    return opens and not any(w.rstrip(",;:") != w for w in words[:-1])
