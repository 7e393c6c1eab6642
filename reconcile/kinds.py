"""Kinds that split one quantity in two: "household debt" and "public debt", "trade deficit" and
"budget deficit", "confirmed cases" and "suspected cases".

The concept table makes the head words of two languages meet ("debt", "dette", "부채"), which is
what lets one figure reported twice be compared. The words before or after that head often name
which of several exclusive kinds is meant, and two kinds of one dimension are two quantities:
their figures may both be right. Each language lists the dimensions and their kinds in
``[grouping.kinds.<dimension>]`` of ``claims/lang/<code>/grouping.toml`` (kind -> expressions,
read in what the figure counts); nothing here names a word.

A part of a whole ("the battery division's sales") is likewise not its whole ("sales"): the
concept table names the concepts of parts (``[parts]``), ``parts_apart`` keeps the two apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import numpy as np

from claims.lang import raw_table
from claims.models import Claim

Dimension = tuple[str, re.Pattern[str], tuple[str, ...]]


@cache
def dimensions(language: str) -> tuple[Dimension, ...]:
    """Each dimension of the language's table as (name, one pattern with a group per kind,
    the kinds in group order)."""
    try:
        table = dict(raw_table(language).get("grouping", {}).get("kinds", {}))
    except ValueError:
        return ()
    found = []
    for name in sorted(table):
        kinds = tuple(sorted(table[name]))
        parts = [f"(?P<k{i}>{'|'.join(table[name][kind])})" for i, kind in enumerate(kinds)]
        found.append((name, re.compile("|".join(parts), re.I), kinds))
    return tuple(found)


@cache
def _any_kind(language: str) -> re.Pattern[str] | None:
    """Every kind of every dimension in one pattern: most phrases name none, which one search
    tells, where each dimension's pattern would be run in turn (``weaken`` reads the kinds of
    every conflict's figures)."""
    try:
        table = dict(raw_table(language).get("grouping", {}).get("kinds", {}))
    except ValueError:
        return None
    parts = ["|".join(expressions) for kinds in table.values() for expressions in kinds.values()]
    return re.compile("|".join(f"(?:{part})" for part in parts), re.I) if parts else None


def kinds_of(claim: Claim) -> dict[str, frozenset[str]]:
    """The kinds what ``claim`` counts names, by dimension: {"sector": {"household"}}."""
    return _kinds_in(claim.counted or "", claim.language)


@lru_cache(maxsize=4096)
def one_kind_each(counted: str, language: str) -> frozenset[tuple[str, str]]:
    """(dimension, kind) for each dimension of which ``counted`` names exactly one kind
    ("overseas sales": scope, international; "국내 판매": scope, domestic). Grouping keeps two
    kinds of one dimension apart; a phrase naming two ("domestic and overseas sales") names
    their sum, and no kind of that dimension."""
    return frozenset((name, next(iter(kinds)))
                     for name, kinds in _kinds_in(counted, language).items() if len(kinds) == 1)


UNSIDED = "unsided"  # the kind of a count of a sided dimension's concept that names no side


@cache
def sided(language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """``[grouping.sided]``: each dimension whose counts always have a kind, with the concepts
    of such counts ("vote_side": "vote")."""
    try:
        table = dict(raw_table(language).get("grouping", {}).get("sided", {}))
    except ValueError:
        return ()
    return tuple((name, frozenset(table[name])) for name in sorted(table))


def with_unsided(kinds: frozenset[tuple[str, str]], words: Sequence[str], event: str,
                 language: str) -> frozenset[tuple[str, str]]:
    """``kinds`` and, for each sided dimension of which a count names no kind but whose
    concept it counts (``words`` as "#id", or its ``event``), the kind ``UNSIDED``: "A total
    of 195 lawmakers voted" is neither side of the vote, and never meets "85 against" or
    "85 contre" (a side of one vote against a side of another languages' copy is a false
    conflict); two counts that name no side may meet."""
    named = {dim for dim, _ in kinds}
    found = set(kinds)
    for dim, concepts in sided(language):
        if dim not in named and (event in concepts
                                 or any(w[:1] == "#" and w[1:] in concepts for w in words)):
            found.add((dim, UNSIDED))
    return frozenset(found) if len(found) != len(kinds) else kinds


def _kinds_in(text: str, language: str) -> dict[str, frozenset[str]]:
    """The kinds ``text`` names, by dimension."""
    named: dict[str, frozenset[str]] = {}
    anything = _any_kind(language)
    if anything is None or anything.search(text) is None:
        return named
    for name, pattern, kinds in dimensions(language):
        seen = {
            kinds[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
            for m in pattern.finditer(text)
        }
        if seen:
            named[name] = frozenset(seen)
    return named


def kinds_apart(claims: Sequence[Claim]) -> list[tuple[str, list[str]]]:
    """Dimensions in which two of ``claims`` name different kinds, with the kinds named: a side
    that names none of a dimension's kinds tells nothing against one that does ("debt" may be
    "public debt")."""
    named = [kinds_of(c) for c in claims]
    apart = []
    for name in sorted({d for n in named for d in n}):
        sides = {n[name] for n in named if name in n}
        if len(sides) > 1:
            apart.append((name, sorted(set().union(*sides))))
    return apart


def parts_apart(parts: Sequence[frozenset[str]], words: Sequence[tuple[str, ...]]) -> np.ndarray:
    """Pairs of which one names a part of a whole (``parts``: the words saying which part,
    "#battery" of "the battery division's sales") and the other leaves out which part ("sales":
    its ``words`` lack them) or names another part: a part is not its whole. Most claims
    name no part."""
    n = len(parts)
    barred = np.zeros((n, n), dtype=bool)
    for a in (k for k, part in enumerate(parts) if part):
        part = parts[a]
        for b in range(n):
            other = parts[b]
            if b != a and (part.isdisjoint(other) if other else not part <= set(words[b])):
                barred[a, b] = barred[b, a] = True
    return barred


def kinds_differ(kinds: Sequence[frozenset[tuple[str, str]]]) -> np.ndarray:
    """Pairs that name two kinds of one dimension ("domestic sales" / "해외 판매"): two
    quantities, both of which may be right. Most claims name no kind."""
    return barred_pairs(kinds, lambda a, b: any(dict(a).get(dim, kind) != kind for dim, kind in b))


def barred_pairs(named: Sequence[frozenset], apart: Callable[[frozenset, frozenset], bool]
                 ) -> np.ndarray:
    """The pairs of which both sides name something (a non-empty set) and ``apart`` tells
    two quantities: which kinds, which wholes. Most claims name nothing, so only the named
    are paired."""
    n = len(named)
    barred = np.zeros((n, n), dtype=bool)
    at = [k for k, found in enumerate(named) if found]
    for a_at, a in enumerate(at):
        for b in at[a_at + 1 :]:
            if apart(named[a], named[b]):
                barred[a, b] = barred[b, a] = True
    return barred
