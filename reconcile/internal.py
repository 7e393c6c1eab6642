"""One article contradicting itself: the same quantity, for the same period, given two values
that cannot both hold ("Police have arrested 430 people since January" in one paragraph, "the
340 people arrested since January" in another).

Grouping never puts two such figures of one article in one group (``reconcile.linkage``: most
are two things the text tells apart, "1 200 in one room, more than 1 300 in another"), so this
check looks for the few that nothing in the text tells apart, on stricter evidence than
grouping's:

* two sentences: a sentence's figures are a list or a contrast, never a contradiction;
* plain values, stated as facts (not hedged, planned, vague, a change or a comparison), that
  lean on no other figure (not a breakdown or a share of one);
* what is counted reads the same, word for word through the concept table (event words aside),
  and both name the same event: "people arrested" and "personnes interpellées", not "people";
  or neither names one and what they count is a compound of two words or more, the name of a
  quantity ("올해 사과 생산량은 41만2천t" ... "올해 사과 생산량이 38만2천t에 그치면서"),
  with the same place, entity and whole on both sides (none left empty on one side only);
* place, entity, whole and source: of all the article's figures of that quantity and period,
  none names a second one (one side may leave a slot empty: the article's one place, say);
* the same period, stated in each figure's own sentence (an undated figure may be any other
  time; one carried from the sentence before is a guess), with the same ends;
* neither figure in a sentence that gives the quantity twice: that sentence is a list ("Health
  care added 46,000 jobs, and restaurants and bars about 20,000") whose parts were not read;
* values whose allowed intervals miss each other by more than the tolerance.

Each finding is a ``conflict`` with detail ``internal``; ``reconcile.assess`` then weighs it
like any other conflict.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from claims.lexicon import Lexicon, fold
from claims.models import Approx, Claim, Modality, Role
from reconcile.compare import canonical_interval, cite, claim_order, kind_of
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.periods import describe
from reconcile.value_verdict import PRECISE, percent_text, transposed

INTERNAL = "internal"
_UNDATED = ("publication", "unresolved", "carried")
_SLOTS = ("place", "entity", "whole", "source")
COMPOUND_WORDS = 2  # content words of what an event-less figure counts, to be compared

Key = tuple[str, str, frozenset[str], str, date | None, date | None, tuple[str, ...]]
_EVENT = 3  # in a Key: the event's concept, "" for a named quantity's figure
NAMED = "n"  # in a finding's id: a named quantity's pair, not an event's ("-internal-n1")
_NAMED = ("place", "entity", "whole")  # slots an event-less figure must name alike, or neither


def internal_findings(
    claims: Iterable[Claim], tolerance: float = 0.05, named: bool = False
) -> list[Finding]:
    """``internal`` conflicts, numbered per article (``<article>-internal-i1``...); with
    ``named``, those of figures that name no event but a quantity of their own
    (``<article>-internal-n1``...), read after the headline check, which keeps its pairs."""
    found = _pairs_apart(_same_quantities(claims, named), tolerance)
    mark = NAMED if named else "i"
    out: list[Finding] = []
    for article in sorted(found):
        pairs = sorted(found[article], key=lambda p: (claim_order(p[0]), claim_order(p[1])))
        for n, (a, b, gap) in enumerate(pairs, start=1):
            out.append(internal_finding(f"{article}-internal-{mark}{n}", a, b, gap))
    return out


def _same_quantities(claims: Iterable[Claim], named: bool) -> list[list[Claim]]:
    """The figures of each quantity an article gives for one period (``_key``): those that
    name an event, or with ``named`` those that name none but a quantity of their own."""
    lexicon = Lexicon.shipped()
    by_key: dict[Key, list[Claim]] = {}
    for claim in claims:
        key = _key(claim, lexicon)
        if key is not None and (key[_EVENT] == "") is named:
            by_key.setdefault(key, []).append(claim)
    return list(by_key.values())


def _pairs_apart(
    quantities: Iterable[list[Claim]], tolerance: float
) -> dict[str, list[tuple[Claim, Claim, float]]]:
    """Per article, the pairs of figures of one quantity nothing tells apart whose values miss
    each other by more than ``tolerance``, with that gap."""
    found: dict[str, list[tuple[Claim, Claim, float]]] = {}
    for members in quantities:
        members = _not_listed(members)
        if len(members) < 2 or told_apart(members, _SLOTS):
            continue
        members.sort(key=claim_order)
        for a, b in itertools.combinations(members, 2):
            gap = _apart(a, b, tolerance)
            if gap is not None:
                found.setdefault(a.article, []).append((a, b, gap))
    return found


def _key(claim: Claim, lexicon: Lexicon) -> Key | None:
    """What the figure measures, read strictly; None when it cannot be checked this way."""
    if not plain_stated(claim, _UNDATED):
        return None
    quantity = _quantity(claim, lexicon)
    if quantity is None:
        return None
    counted, event = quantity
    period = claim.period
    assert period is not None
    # with no event, a slot one side leaves empty may be one the text states and the frame
    # missed ("passengers at Northfield Airport rose ... to 1.31 million" and "At Eastbay
    # Airport, passengers rose ... to 180,000"): both must name it alike, or neither
    slots = () if event else tuple(fold(getattr(claim, s) or "") for s in _NAMED)
    return (claim.article, kind_of(claim.unit, claim.per), counted, event, period.start,
            period.end, slots)


def plain_stated(claim: Claim, undated: Sequence[str]) -> bool:
    """A plain value stated as a fact (not hedged, planned, vague, a change or a comparison),
    leaning on no other figure, with a period of its own (its resolution not in ``undated``)."""
    return stated_as_fact(claim) and _dated_by_itself(claim, undated)


def stated_as_fact(
    claim: Claim, modalities: tuple[Modality, ...] = (Modality.stated,)
) -> bool:
    """A precise plain value, stated (held as one of ``modalities``), not hedged, a change,
    nor leaning on another figure: a figure the article asserts itself."""
    return (
        claim.role is Role.value
        and claim.antecedent is None
        and claim.modality in modalities
        and not claim.hedge
        and claim.direction is None
        and claim.approx in PRECISE
        and claim.value is not None
    )


def _dated_by_itself(claim: Claim, undated: Sequence[str]) -> bool:
    """A period with a start or an end, of a resolution not in ``undated``: two figures are
    one article's same measure only for one stated period."""
    period = claim.period
    return (
        period is not None
        and period.resolution not in undated
        and (period.start is not None or period.end is not None)
    )


def _quantity(claim: Claim, lexicon: Lexicon) -> tuple[frozenset[str], str] | None:
    """What the figure counts through the concept table (event words aside), and the event it
    names; None when it counts nothing read, or names no event and no compound of its own
    ("people" may be anyone; "사과 생산량", "wheat output", "cases of measles" are one
    quantity however the sentence's verb goes)."""
    frame = claim.frame
    if frame is None or not claim.counted:
        return None
    counted = frozenset(
        w for w in lexicon.normalise(claim.counted, claim.language)
        if not (w.startswith("#") and w[1:] in lexicon.events)
    )
    if not counted:
        return None
    if frame.event is not None and frame.event.concepts:
        return counted, frame.event.concepts[0]
    return (counted, "") if _a_compound(counted, lexicon) else None


def _a_compound(counted: frozenset[str], lexicon: Lexicon) -> bool:
    """At least ``COMPOUND_WORDS`` content words, none of them people in general: a named
    quantity, not a bare head noun."""
    generic = {"#" + g for g in lexicon.generic}
    return len(counted) >= COMPOUND_WORDS and not counted & generic


def _not_listed(members: Sequence[Claim]) -> list[Claim]:
    """The members whose sentence gives no other figure of the quantity."""
    sentences = Counter((c.line, c.sentence) for c in members)
    return [c for c in members if sentences[c.line, c.sentence] == 1]


def told_apart(members: Sequence[Claim], slots: Sequence[str]) -> bool:
    """Two values of one of ``slots`` (place, entity, whole, source) among the figures: the
    article may be giving the quantity for each of them."""
    return any(len({fold(getattr(c, slot)) for c in members if getattr(c, slot)}) > 1
               for slot in slots)


def same_quantity(claims: Sequence[Claim]) -> bool:
    """Every figure counts the same words through the concept table (event words aside) and
    names the same event: the evidence an article contradicting itself needs."""
    lexicon = Lexicon.shipped()
    keys = set()
    for claim in claims:
        quantity = _quantity(claim, lexicon)
        if quantity is None:
            return False
        keys.add(quantity)
    return len(keys) == 1


def _apart(a: Claim, b: Claim, tolerance: float) -> float | None:
    """The relative gap between two figures of different sentences that cannot both hold."""
    if a.sentence == b.sentence and a.line == b.line:
        return None
    ia, ib = canonical_interval(a), canonical_interval(b)
    if ia is None or ib is None or ia.meets(ib):
        return None
    gap = Interval.relative_gap(ia, ib)
    return gap if gap >= tolerance else None


def internal_finding(
    finding_id: str, a: Claim, b: Claim, gap: float, names: tuple[str, str] = ("", "")
) -> Finding:
    """One article's two figures for the same quantity and period that cannot both be right
    (detail ``internal``); ``names`` say where each stands ("The headline's ", "the body's ")."""
    text = (
        f"{names[0]}{cite([a])} and {names[1]}{cite([b])}, both for {describe(a.period)}, count "
        f"the same thing in one article and cannot both be right: even allowing for rounding "
        f"they differ by {percent_text(gap)} of the larger figure."
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


# --- a figure mistyped within one article: "68,412 patients" ... "the 64,812 people" ----------

TYPO = "-internal-t"  # finding ids of the check below: ``<article>-internal-t1``...
_TYPO_UNDATED = ("publication", "unresolved")


def typo_findings(claims: Iterable[Claim]) -> list[Finding]:
    """One article giving one figure twice with two neighbouring digits swapped ("68,412
    patients on its waiting list at the end of June" ... "the 64,812 people on our list at the
    end of June"): the commonest typo in print, and evidence enough that the two measure one
    thing where the strict check above finds what is counted worded apart ("patients" /
    "people"). Both exact and plainly stated in two sentences, of one unit and the same dated
    period, counting things that share a word or concept (or one side only people in general),
    and no place, entity, whole or event named on both sides that differs."""
    found = _transposed_pairs(_exact_by_period(claims), Lexicon.shipped())
    out: list[Finding] = []
    for article in sorted(found):
        for n, (a, b, gap) in enumerate(found[article], start=1):
            finding = internal_finding(f"{article}{TYPO}{n}", a, b, gap)
            finding.explanation += " Only two neighbouring digits differ, swapped: a typo."
            out.append(finding)
    return out


def _exact_by_period(claims: Iterable[Claim]) -> dict[tuple, list[Claim]]:
    """The exact plainly stated figures, by article, unit and period: a typo repeats one
    figure of one period."""
    by_key: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if not plain_stated(claim, _TYPO_UNDATED) or claim.approx is not Approx.exact:
            continue
        period = claim.period
        assert period is not None
        by_key.setdefault((claim.article, claim.unit, period.start, period.end), []).append(claim)
    return by_key


def _transposed_pairs(
    by_key: dict[tuple, list[Claim]], lexicon: Lexicon
) -> dict[str, list[tuple[Claim, Claim, float]]]:
    """The pairs of two sentences whose figures differ by two swapped digits and count alike,
    with their gap, by article."""
    found: dict[str, list[tuple[Claim, Claim, float]]] = {}
    for members in by_key.values():
        members.sort(key=claim_order)
        for a, b in itertools.combinations(members, 2):
            if a.sentence == b.sentence or not transposed(a, b) or not _alike(a, b, lexicon):
                continue
            gap = _apart(a, b, 0.0)
            if gap is not None:
                found.setdefault(a.article, []).append((a, b, gap))
    return found


def _alike(a: Claim, b: Claim, lexicon: Lexicon) -> bool:
    """What the two count shares a word or concept, or one side counts only people in general;
    and no slot both name differs."""
    return _slots_agree(a, b) and _events_agree(a, b) and _counted_alike(a, b, lexicon)


def _slots_agree(a: Claim, b: Claim) -> bool:
    """No place, entity or whole named on both sides differs."""
    for slot in ("place", "entity", "whole"):
        x, y = getattr(a, slot), getattr(b, slot)
        if x and y and fold(x) != fold(y):
            return False
    return True


def _events_agree(a: Claim, b: Claim) -> bool:
    """No event named on both sides differs (its first concept)."""
    events = [c.frame.event.concepts[:1] if c.frame and c.frame.event else () for c in (a, b)]
    return not (all(events) and events[0] != events[1])


def _counted_alike(a: Claim, b: Claim, lexicon: Lexicon) -> bool:
    """What the two count shares a word or concept, or one side counts only people in
    general."""
    words = [set(lexicon.normalise(c.counted, c.language)) for c in (a, b)]
    if not all(words):
        return False
    if words[0] & words[1]:
        return True
    generic = {"#" + g for g in lexicon.generic}
    return any(w <= generic for w in words)


def without_compared(found: Sequence[Finding], compared: Sequence[Finding]) -> list[Finding]:
    """The internal findings whose two figures no group already compared."""
    seen = {frozenset(f.claim_ids) for f in compared}
    return [f for f in found if frozenset(f.claim_ids) not in seen]
