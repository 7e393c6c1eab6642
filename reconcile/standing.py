"""One article giving a standing fact of one thing twice, with two values: "the 42,000-capacity
stadium" in one paragraph, "the stadium, which opened in 2019 with room for 45,000 spectators"
in another.

``reconcile.internal`` reads one quantity for one stated period, named by its event ("people
arrested since January"). A venue's capacity is neither: it names no event (what it counts,
"spectators", "places", is only who fits in), and it holds at no time of its own, so the year
its sentence dates ("opened in 2019") is no period of the figure. This check reads such
figures by what the words around them say they are (``[standing] capacity`` in the language
tables: the noun, "capacity", "capacité", and the words before the figure, "room for", "peut
accueillir"), and compares them whatever their periods:

* two sentences, each figure a plain value stated as a fact (not hedged, planned, a change
  or a comparison, not leaning on another figure), a count;
* no two venues: the capacity figures of the article name at most one entity or place, and
  give at most two values (a third says the article lists several venues);
* values whose allowed intervals miss each other, and that differ by the tolerance or more
  but by no more than ``_MAX_GAP``: two capacities far apart ("41,000" and "25,000") are more
  likely two venues whose names the frame did not read than one venue told twice.

A changed capacity ("expanded to 45,000") is a change, and never read here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from claims.lexicon import fold
from claims.limits import limit_words, names_capacity
from claims.models import Claim, Modality
from reconcile.compare import canonical_interval, cite, claim_order
from reconcile.internal import INTERNAL, stated_as_fact, told_apart
from reconcile.models import Finding, Verdict
from reconcile.value_verdict import percent_text

STANDING = "-internal-c"  # finding ids: ``<article>-internal-c1``...
_MAX_GAP = 0.25  # relative: past it, two capacities are more likely two venues
_SLOTS = ("entity", "place")


def standing_findings(claims: Iterable[Claim], tolerance: float = 0.05) -> list[Finding]:
    """An article's two capacities of one venue that cannot both hold, as ``internal``
    conflicts."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        if _plain(claim) and is_capacity(claim):
            by_article.setdefault(claim.article, []).append(claim)
    out: list[Finding] = []
    for article in sorted(by_article):
        members = sorted(by_article[article], key=claim_order)
        if _several_venues(members):
            continue
        pairs = [(a, b, gap) for a, b in itertools.combinations(members, 2)
                 if (gap := _apart(a, b, tolerance)) is not None]
        for n, (a, b, gap) in enumerate(pairs, start=1):
            out.append(_finding(f"{article}{STANDING}{n}", a, b, gap))
    return out


def _plain(claim: Claim) -> bool:
    """A count stated as a fact or held as a limit (a capacity is one, ``claims.limits``),
    precise, not a change, comparison or breakdown."""
    return claim.unit == "count" and stated_as_fact(claim, (Modality.stated, Modality.limit))


def is_capacity(claim: Claim) -> bool:
    """The figure is a venue's capacity (``claims.limits.names_capacity``: "a seating capacity
    of 38,000", "the 31,000-capacity stadium", "room for 33,000 spectators", "peut accueillir
    41 000 spectateurs"); not when its sentence names a kind of capacity (``capacity_kinds``:
    "licensed", "reduced", "réduite"): a venue has several, that differ."""
    if _words_in(claim.sentence, limit_words(claim.language).kinds):
        return False  # "a licensed capacity of 38,000": one of several capacities of the venue
    return names_capacity(claim)


def _words_in(sentence: str, phrases: frozenset[str]) -> bool:
    """One of the phrases stands in the sentence as whole words."""
    text = f" {' '.join(fold(sentence).replace(',', ' ').split())} "
    return any(f" {p} " in text for p in phrases)


def _several_venues(members: Sequence[Claim]) -> bool:
    """The article's capacities name two entities or places, or give three values: it may be
    listing several venues."""
    return len({c.value for c in members}) > 2 or told_apart(members, _SLOTS)


def _apart(a: Claim, b: Claim, tolerance: float) -> float | None:
    """The relative gap between two figures of different sentences that cannot both hold:
    their rounding intervals miss each other, and the values as printed differ by the
    tolerance or more. A capacity is printed rounded to the thousand ("42,000", "45,000"), so
    the gap between the intervals (4 %) would hide three thousand seats; the printed values
    (7 %) do not."""
    if a.sentence == b.sentence and a.line == b.line:
        return None
    ia, ib = canonical_interval(a), canonical_interval(b)
    if ia is None or ib is None or ia.meets(ib):
        return None
    assert a.value is not None and b.value is not None
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    return gap if tolerance <= gap <= _MAX_GAP else None


def _finding(finding_id: str, a: Claim, b: Claim, gap: float) -> Finding:
    text = (
        f"{cite([a])} and {cite([b])} both give the capacity of one venue in one article and "
        f"cannot both be right: even allowing for rounding they differ by {percent_text(gap)} "
        "of the larger figure. A capacity holds at no time of its own, so the years their "
        "sentences name do not tell them apart."
    )
    return Finding(
        id=finding_id,
        verdict=Verdict.conflict,
        detail=INTERNAL,
        group_id=None,
        quantity=a.counted,
        claim_ids=[a.id, b.id],
        explanation=text,
    )
