"""The same figure told twice: a figure that states no period and has the value of one that
states its own is that figure restated (a headline's "Typhoon kills 6" over the body's "killed
at least six people"), and borrows its period (``claims.binding_frames``), when both count one
thing or the first stands in the headline or lead."""

from __future__ import annotations

from claims.binding_totals import stated_period
from claims.models import Claim, Slot


def first_dated(
    claims: list[Claim], baselines: set[str] | frozenset[str]
) -> dict[tuple[float, str], Claim]:
    """The first figure of each value and unit that states its own period, not a baseline ("reste
    stable à 2,4 %" is no "2,4 % en septembre"): the figure a restatement of it is."""
    dated: dict[tuple[float, str], Claim] = {}
    for claim in claims:
        if claim.value is not None and stated_period(claim.period) and claim.id not in baselines:
            dated.setdefault((claim.value, claim.unit_label), claim)
    return dated


def same_figure(a: Claim, b: Claim, in_lead: bool) -> bool:
    """Two figures of the same value are one figure when they count the same thing, or when
    the first is in the headline or lead, which restate the body's figures in fewer words."""
    if a.value is not None and a.value < 10 and a.unit == "count":
        # "2" and "2" are too common to be the same figure by value alone; but a headline's
        # toll restates the body's ("Typhoon kills 6" over "killed at least six people")
        return in_lead and _one_thing_named(a, b)
    if in_lead:
        # "Mine blast leaves 23 dead" is not "put in charge of 23 of the region's 40 mines":
        # a headline restates a body figure of what happened, not any equal value
        return not _nothing_in_common(a, b)
    return not (a.lemmas and b.lemmas) or bool(set(a.lemmas) & set(b.lemmas))


def _nothing_in_common(a: Claim, b: Claim) -> bool:
    """Both name what happened and the events differ, and no concept nor word of what they
    count or what happened is common to them ("23 dead" / "in charge of 23 of the region's
    40 mines"). Any one in common, or an event left unnamed on one side, and
    the headline may be the body's figure in fewer words ("près de 2 400 manifestants" /
    "2 400 personnes")."""
    events = [_concepts(c.frame.event if c.frame else None) for c in (a, b)]
    if not all(events) or events[0] & events[1]:
        return False
    named = [_concepts(c.frame.counted if c.frame else None) | e
             for c, e in zip((a, b), events, strict=True)]
    return not (named[0] & named[1]) and not (set(a.lemmas) & set(b.lemmas))


def _one_thing_named(a: Claim, b: Claim) -> bool:
    """Both frames name one thing: no two events apart ("2 dead", "two injured"), and a concept
    or a word of what they count or what happened in common ("deaths" / "killed": die;
    "Two Oregon wildfires" / "Two wind-driven wildfires": wildfire)."""
    events = [_concepts(c.frame.event if c.frame else None) for c in (a, b)]
    named = [_concepts(c.frame.counted if c.frame else None) | e
             for c, e in zip((a, b), events, strict=True)]
    return bool(named[0] & named[1]) or bool(set(a.lemmas) & set(b.lemmas))


def _concepts(slot: Slot | None) -> set[str]:
    """The concepts a frame slot names (none for a slot not read)."""
    return set(slot.concepts) if slot is not None else set()
