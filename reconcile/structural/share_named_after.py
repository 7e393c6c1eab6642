"""A share told beside its count that names its whole right after it, the whole's total told in
another sentence of the article: "A total of 6.02 million ballots were cast on Sunday. Null votes
reached 2.41 million, 44.0% of the ballots cast" (40.0 %, not 44.0 %); "Against the motion were
112 deputies, 53.8% of those who voted ... In all, 225 lawmakers took part in the vote" (49.8 %).
Read by ``share_referred``, which checks the share with the precision of all three figures.

The count is the figure right before the share in its sentence, joined to it by a restating
word or by a bare comma after at most the count's noun ("112 deputies, 53.8%"). The whole is the
phrase after the share's ``[conversion] whole_named`` word, to the end of its clause; a phrase
that refers back to the count ("30% of them children") names no whole of its own unless a
``whole_relatives`` word defines it ("of those who voted").

Precision first: the count leans on no other figure; the total is a plain exact figure in
the count's unit, above it, for its period, of the count's place or none, whose own clause
after it holds every content word of the whole's phrase (lemmas and concepts,
``Lexicon.normalise``: "ballots were cast", "took part in the vote"), and whose words that run
with the whole's qualify nothing the phrase does not ("valid votes" is no total of "the ballots
cast"; "registered voters" none of "the vote"). The candidates must give one value once
roundings are folded (``one_total``), else nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.lexicon import Lexicon
from claims.models import Claim
from reconcile.periods import is_bounded
from reconcile.structural.conversion import conversion_words, gap_between, restates
from reconcile.structural.share_told_total import may_be_the_total, one_total

_JOIN_LIMIT = 24  # "112 deputies, 53.8%": the count's noun and the comma
_NOUN_WORDS = 3  # words of the count's noun before a bare comma
_PHRASE_WORDS = 6  # "of the valid votes counted on Sunday"
_CLAUSE_END = re.compile(r"[,;:.()\[\]]")


def part_and_named_whole(
    share: Claim, mine: Sequence[Claim], claims: Sequence[Claim]
) -> tuple[Claim, Claim] | None:
    """The count the share restates and the total of the whole it names after it (see the
    module), or None; ``mine``: the claims of the share's sentence; ``claims``: the article's."""
    part = _count_before(share, mine)
    if part is None or part.antecedent is not None or share.antecedent not in (None, part.id):
        return None  # a count read as a part of another figure is that figure's (share_of_total)
    whole, by_act = _whole_named_after(share)
    if not whole:
        return None
    total = one_total(c for c in claims if c.sentence != share.sentence
                      and _may_be_its_total(c, part) and _names(whole, c))
    if total is None or total.place not in (None, part.place):
        return None  # a total of another place is no whole of the part (a town's, a region's)
    return (part, total) if by_act or _names_only(whole, total) else None


def _count_before(share: Claim, mine: Sequence[Claim]) -> Claim | None:
    """The exact plain figure right before the share, restated by it."""
    before = [c for c in mine if c.end <= share.start]
    if not before:
        return None
    count = max(before, key=lambda c: c.end)
    if count.unit == "percent" or not count.value or not _restated(count, share):
        return None
    return count


def _restated(count: Claim, share: Claim) -> bool:
    """A restating word ("2.41 million, or 44.0%"), or a bare comma after at most the count's
    noun ("112 deputies, 53.8%")."""
    if restates(count, share, _JOIN_LIMIT):
        return True
    gap = gap_between(count, share, _JOIN_LIMIT)
    if gap is None:
        return False
    gap = " ".join(gap.split())
    if not gap.endswith(","):
        return False
    noun = gap[:-1].split()
    return len(noun) <= _NOUN_WORDS and all(w.isalpha() for w in noun)


def _whole_named_after(share: Claim) -> tuple[tuple[str, ...], bool]:
    """The content words (``Lexicon.normalise``) of the phrase naming the share's whole after
    its ``whole_named`` word, to the end of its clause (() when there is none), and whether the
    phrase names the whole by what its members did ("of those who voted")."""
    at = share.at_in_sentence()
    if at < 0:
        return (), False
    rest = share.sentence[at + len(share.surface):]
    rest = _CLAUSE_END.split(rest, maxsplit=1)[0]
    words = " ".join(rest.casefold().split())
    lang = share.language
    opener = next((w for w in sorted(conversion_words(lang, "whole_named"), key=len, reverse=True)
                   if words.startswith(f"{w} ") or (w.endswith("'") and words.startswith(w))),
                  None)
    if opener is None:
        return (), False
    phrase = _to_follower(words[len(opener):], lang).split()
    if not phrase or len(phrase) > _PHRASE_WORDS:
        return (), False
    back = _referring_back(f"{opener} {' '.join(phrase)}", lang)
    if back is not None and back[:1] not in ([w] for w in conversion_words(lang,
                                                                          "whole_relatives")):
        return (), False  # "30% of them children": a share of the count itself
    return Lexicon.shipped().normalise(" ".join(phrase), lang), back is not None


def _to_follower(text: str, lang: str) -> str:
    """The text up to a ``totals_followers`` word ("and", "while", "according")."""
    words = text.split()
    followers = conversion_words(lang, "totals_followers")
    cut = next((i for i, w in enumerate(words) if w.casefold() in followers), len(words))
    return " ".join(words[:cut])


def _referring_back(text: str, lang: str) -> list[str] | None:
    """The words after a ``whole_restated`` phrase opening ``text`` ("of those who voted" ->
    ["who", "voted"]), or None when it opens with none."""
    for back in conversion_words(lang, "whole_restated"):
        if text == back or text.startswith(f"{back} "):
            return text[len(back):].split()
    return None


def _may_be_its_total(total: Claim, part: Claim) -> bool:
    """A plain exact figure in the part's unit, above it, for its bounded period (of any
    place: two totals of two places leave the whole unknown)."""
    if not (may_be_the_total(total, part) and is_bounded(total.period)
            and is_bounded(part.period)):
        return False
    assert total.period is not None and part.period is not None
    return (total.period.start, total.period.end) == (part.period.start, part.period.end)


def _names(whole: tuple[str, ...], total: Claim) -> bool:
    """The words the total's clause tells after it hold every word of the whole's phrase
    ("240-seat" tells no votes, whatever slot was read around it), and each run of the total's
    words (its counted and event ones too) that shares a word with the phrase holds no other
    ("valid votes" against "the ballots cast"): a total the phrase may name."""
    lexicon = Lexicon.shipped()
    told = lexicon.chunks(_clause_after(total), total.language)
    if not set(whole) <= {w for run in told for w in run}:
        return False  # named by the total's own clause: the slots read around it may be noise
    runs = [*told, *(run for text in (total.counted, total.event or "")
                     for run in lexicon.chunks(text, total.language))]
    return all(set(run) <= set(whole) for run in runs if set(run) & set(whole))


def _names_only(whole: tuple[str, ...], total: Claim) -> bool:
    """The whole's phrase names every word of the total's clause (its period aside): a whole
    named by a noun alone ("of the vote", often the valid votes) is no share of "3.6 million
    votes were cast"; one named by what its members did ("of those who voted") is a share of all
    who did it, however the total's clause tells them, and is not asked this."""
    told = Lexicon.shipped().chunks(_clause_after(total), total.language)
    return all(set(run) <= set(whole) for run in told)


def _clause_after(claim: Claim) -> str:
    """The claim's sentence after it, to the end of its clause (a ``totals_followers`` word
    ends it too), its period phrase blanked ("were cast on Sunday")."""
    at = claim.at_in_sentence()
    if at < 0:
        return ""
    clause = _CLAUSE_END.split(claim.sentence[at + len(claim.surface):], maxsplit=1)[0]
    if claim.period is not None and claim.period.text:
        clause = clause.replace(claim.period.text, " ")
    return _to_follower(clause, claim.language)
