"""The side of a vote's tally a figure counts is part of what it counts.

A tally names its sides in one breath: "204 voted in favour, 85 against, 3 abstained and 8
ballots were declared invalid", "204 voix pour, 85 contre, trois abstentions et huit bulletins
nuls". The figures after the first are elliptic: what they count is read from the list ("85
contre" counts "voix", "8 ballots" took "abstaining" from its neighbour), so the sides of one
vote, told in two languages, met in one group and, once dated, "conflicted" (85 against 8).
Each side is another quantity: here the words right after a figure that name its side
(``[tally_sides]`` of the extraction table: ``glue`` may stand between, a noun of who voted
or a verb; ``sure`` names a side wherever it follows a figure, ``listed`` only in a sentence
that names another side too: "85 against" in a tally, not "a case against") join what it
counts, which grouping then reads as the side (``[grouping.kinds.vote_side]``: two sides
never meet). A whole told after its part ("187 of the 300 deputies voted for") is no side:
its part takes the side named after the whole; so does the first figure of a score ("voted
1,412 to 1,087 in favor": 1,087 is the other side). A side followed by a figure is no side ("par
288 voix contre 247": 288 is not against), nor is a negated one ("28% were not in favour": no
glue word reaches it). Korean
copy names the side before the figure and its counted phrase already holds it ("찬성 204표").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from claims.lang import raw_table
from claims.models import Claim, Role
from claims.part_whole import wholes_told_after

_SIDES = ("sure", "listed")
_WORDS = 6  # words of who voted between a figure and its vote verb
_ROLES = (Role.value, Role.comparison)  # "..., while 8 ballots were invalid" reads as a contrast


@dataclass(frozen=True)
class SideWords:
    """One language's pattern of a side right after a figure: ``side`` names the group of
    the side's words, ``listed`` whether the side needs another in its sentence."""

    pattern: re.Pattern[str]
    listed: frozenset[str]  # group names of the sides read only in a list
    anywhere: re.Pattern[str]  # any side's words, in what a figure counts
    # a side after a vote verb a few words on: "192 members of the opposition voted in favour"
    voted: re.Pattern[str] | None = None
    # what joins the two sides of a score ("1,412 to 1,087", "288 voix contre 247")
    score: re.Pattern[str] | None = None


@cache
def side_words(language: str) -> SideWords | None:
    """The language's ``[tally_sides]`` as one pattern anchored right after a figure, or None
    when the language names none."""
    try:
        section = raw_table(language).get("tally_sides", {})
    except ValueError:
        return None
    if not section:
        return None
    glue = "|".join(section.get("glue", []))
    branches: list[str] = []
    listed: set[str] = set()
    for how in _SIDES:
        for side, words in sorted(section.get(how, {}).items()):
            name = f"{how}_{side}"
            branches.append(f"(?P<{name}>{'|'.join(words)})")
            if how == "listed":
                listed.add(name)
    lead = rf"(?:[\s\u00a0]+(?:{glue}))*" if glue else ""
    # a side ends where its clause does: never before a figure ("voix contre 247")
    end = r"(?![\w'’-])(?![\s\u00a0]*\d)"
    pattern = re.compile(rf"{lead}[\s\u00a0]+(?:{'|'.join(branches)}){end}", re.I)
    anywhere = re.compile(rf"(?<![\w'’-])(?:{'|'.join(branches)})(?![\w'’-])", re.I)
    verbs = "|".join(section.get("vote_verbs", []))
    links = "|".join(section.get("clause_links", [])) or "(?!)"
    word = rf"(?!(?:{links})(?![\w'’-]))[^\s\u00a0,;:.!?()\d]+"  # of who voted, in one clause
    voted = re.compile(
        rf"(?:[\s\u00a0]+{word}){{0,{_WORDS}}}?[\s\u00a0]+(?:{verbs})"
        rf"[\s\u00a0]+(?:{'|'.join(branches)}){end}", re.I) if verbs else None
    joins = "|".join(section.get("score_joins", []))
    score = re.compile(rf"{lead}[\s\u00a0]+(?:{joins})[\s\u00a0]+", re.I) if joins else None
    return SideWords(pattern, frozenset(listed), anywhere, voted, score)


def mark_tally_sides(claims: Iterable[Claim], language: str) -> None:
    """Add to what each count of a tally counts the side its words name (see the module)."""
    words = side_words(language)
    if words is None:
        return
    claims = list(claims)
    wholes = wholes_told_after(claims)  # "187 of the 300 deputies voted for": 187's side
    wholes.update(_scores(claims, words))  # "voted 1,412 to 1,087 in favor": 1,412's side
    told = {whole.id for whole in wholes.values()}
    by_sentence: dict[str, list[tuple[Claim, str, str]]] = {}
    for claim in claims:
        if claim.unit not in ("count", "percent") or claim.role not in _ROLES or (
            claim.id in told
        ):
            continue
        found = _side_after(wholes.get(claim.id, claim), words)
        if found is not None:
            by_sentence.setdefault(claim.sentence, []).append((claim, *found))
    for sided in by_sentence.values():
        sides = {_side(name) for _, name, _ in sided}
        for claim, name, said in sided:
            if name in words.listed and len(sides) < 2:
                continue  # "a case against", "three for the region": no tally
            claim.counted = _with_side(claim.counted, said, name, words)


def _side_after(claim: Claim, words: SideWords) -> tuple[str, re.Match[str]] | None:
    """(the side's group name, the words from the figure to its side) right after the
    figure, or None."""
    at = _offset(claim)
    if at < 0:
        return None
    end = at + len(claim.surface)
    m = words.pattern.match(claim.sentence, end)
    found = next(k for k, v in m.groupdict().items() if v is not None) if m else None
    if m is not None and found not in words.listed:
        return found, m
    voted = words.voted.match(claim.sentence, end) if words.voted is not None else None
    if voted is None:
        return (found, m) if found is not None and m is not None else None
    name = next(k for k, v in voted.groupdict().items() if v is not None)
    # "voted for", "ont voté pour": a side even in a sentence of one
    return "sure_" + _side(name), voted


def _scores(claims: list[Claim], words: SideWords) -> dict[str, Claim]:
    """The second figure of each score ("voted 1,412 to 1,087 in favor", "par 288 voix contre
    247 en faveur"), by the first's id: the side named after the score is the first's (the
    winner's), the second is the other side."""
    found: dict[str, Claim] = {}
    if words.score is None:
        return found
    for a, b in pairwise(claims):
        at, bt = _offset(a), _offset(b)
        if a.sentence != b.sentence or at < 0 or bt <= at:
            continue
        if words.score.fullmatch(a.sentence, at + len(a.surface), bt):
            found[a.id] = b
    return found


def _side(name: str) -> str:
    """The side a group of the pattern names ("listed_against" -> "against")."""
    return name.split("_", 1)[-1]


def _offset(claim: Claim) -> int:
    """Where the figure stands in its sentence."""
    if claim.sentence_start is not None:
        at = claim.start - claim.sentence_start
        if claim.sentence[at:at + len(claim.surface)] == claim.surface:
            return at
    return claim.sentence.find(claim.surface)


def _with_side(counted: str, said: re.Match[str], name: str, words: SideWords) -> str:
    """What is counted, ending with its side (grouping reads a side word that ends the phrase:
    "for" inside "applications for asylum" is none): the words from the figure to its side
    when the phrase names another side, taken from a neighbour by an elliptic list
    ("abstaining" for "8 ballots were declared invalid"); the phrase up to its side when it
    holds it ("voted against the motion" -> "voted against"); else the phrase and the side
    ("voix" -> "voix contre")."""
    side = " ".join(said.group(said.lastgroup or name).split())
    if not counted:
        return " ".join(said.group(0).split())
    named = list(words.anywhere.finditer(counted))
    other = named[-1] if named else None  # the last side the phrase names
    if other is None:
        return f"{counted} {side}"
    if _side(other.lastgroup or "") != _side(name):
        return " ".join(said.group(0).split())
    return counted[:other.end()].rstrip()
