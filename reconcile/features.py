"""What grouping reads from a claim, reduced once per claim (step 2 of ``reconcile.group``).

What is counted (``counted``, or ``lemmas`` when the phrase is missing) is reduced to content
words, each mapped through the concept table (``reconcile.lexicon``), so "suspects arrêtés" and
"arrested suspects" read alike. Actor and verb are compared the same way; the figure becomes
its bounds in the canonical unit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from claims.models import Approx, Claim, Role
from reconcile.intervals import value_interval
from reconcile.lexicon import Lexicon, fold
from reconcile.units import canonical_factor, split_rate, unit_kind


class Features(NamedTuple):
    """What grouping reads from one claim, computed once. A tuple: a job sends its claims'
    features as they are, and a worker reads them as they come."""

    block: tuple[str, bool, bool]  # unit kind, is a rate, is vague
    text: str  # normalised content words, concepts as "#id"
    words: tuple[str, ...]  # the same words, sorted and unique: a set for Dice
    head: str  # the first run of words, where the head noun of the phrase stands
    actor: str
    verb: str
    value: float  # the figure as written, canonical unit; nan when there is none
    lo: float  # values stated (see _values), canonical unit; nan when unknown
    hi: float
    magnitude: float  # log10 of the size of the figure; nan when unknown
    article: str
    period: tuple[object, object] | None
    changes: bool  # one side of a stated change: never a same-article contradiction


def features(claim: Claim, lexicon: Lexicon) -> Features:
    """Reduce a claim to the features that grouping compares."""
    head, embedded_per = split_rate(claim.unit)
    per = claim.per or embedded_per
    phrase = claim.counted or " ".join(claim.lemmas)
    chunks = lexicon.chunks(phrase, claim.language)
    words = _dedupe(w for chunk in chunks for w in chunk)
    value, lo, hi, magnitude = _values(claim, head, per)
    verb = lexicon.normalise(claim.verb, claim.language) if claim.verb else ()
    period = (claim.period.start, claim.period.end) if claim.period else None
    return Features(
        block=(_unit_facts(head, per)[0], per is not None, claim.approx is Approx.vague),
        text=" ".join(words),
        words=tuple(sorted(words)),
        head=" ".join(chunks[0]) if chunks else "",
        actor=fold(claim.actor or ""),
        verb=verb[0] if verb else "",
        value=value,
        lo=lo,
        hi=hi,
        magnitude=magnitude,
        article=claim.article,
        period=period,
        changes=claim.role in (Role.change_from, Role.change_to),
    )


class Featurizer:
    """``features`` for many claims: the parts that repeat across claims (a phrase's words, a
    figure's bounds, a period) are made once and shared, so a million claims cost a few dict
    look-ups each and their features share one copy of each part. Runs in the parent: workers
    that read claims copy the memory pages they touch, and the results would have to be
    pickled back."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.texts: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = {}
        self.figures: dict[tuple, tuple[float, float, float, float]] = {}
        self.periods: dict[tuple[object, object], tuple[object, object]] = {}
        self.verbs: dict[tuple[str, str], str] = {}
        self.actors: dict[str, str] = {}
        self.units: dict[tuple, tuple[tuple[str, bool, bool], str, str | None]] = {}

    def __call__(self, claim: Claim) -> Features:
        approx, language = claim.approx, claim.language
        unit = (claim.unit, claim.per, approx is Approx.vague)
        found = self.units.get(unit)
        if found is None:
            head, embedded_per = split_rate(claim.unit)
            per = claim.per or embedded_per
            block = (_unit_facts(head, per)[0], per is not None, unit[2])
            found = self.units[unit] = (block, head, per)
        block, head, per = found
        phrase = claim.counted or " ".join(claim.lemmas)
        text = self.texts.get((phrase, language))
        if text is None:
            text = self.texts[phrase, language] = self._text(phrase, language)
        key = (claim.value, claim.lower, claim.upper, approx, claim.decimals, head, per)
        figure = self.figures.get(key)
        if figure is None:
            figure = self.figures[key] = _values(claim, head, per)
        verb = ""
        if claim.verb:
            known = self.verbs.get((claim.verb, language))
            if known is None:
                words = self.lexicon.normalise(claim.verb, language)
                known = self.verbs[claim.verb, language] = words[0] if words else ""
            verb = known
        actor = self.actors.get(claim.actor or "")
        if actor is None:
            actor = self.actors[claim.actor or ""] = fold(claim.actor or "")
        period = None
        if claim.period is not None:
            span = (claim.period.start, claim.period.end)
            period = self.periods.setdefault(span, span)
        return Features(
            block, text[0], text[1], text[2], actor, verb, *figure, claim.article, period,
            claim.role in (Role.change_from, Role.change_to),
        )

    def _text(self, phrase: str, language: str) -> tuple[str, tuple[str, ...], str]:
        chunks = self.lexicon.chunks(phrase, language, remember=False)
        words = _dedupe(w for chunk in chunks for w in chunk)
        return " ".join(words), tuple(sorted(words)), " ".join(chunks[0]) if chunks else ""


@lru_cache(maxsize=1024)
def _unit_facts(unit: str, per: str | None) -> tuple[str, float | None]:
    """Unit kind and canonical factor, once per unit: pint is slow to ask."""
    return unit_kind(unit), canonical_factor(unit, per)


def _values(claim: Claim, unit: str, per: str | None) -> tuple[float, float, float, float]:
    """(figure, lowest, highest, log10 size) in the canonical unit; nan where unknown.

    The bounds are what the writer stated: an exact figure is a point here, not widened by its
    printed precision, because two figures of one article ("1 200", "plus de 1 300") are told
    apart by what was written.
    """
    nan = math.nan
    factor = _unit_facts(unit, per)[1]
    try:
        interval = value_interval(claim)
    except ValueError:
        return nan, nan, nan, nan
    if factor is None:
        return nan, nan, nan, nan
    value = claim.value * factor if claim.value is not None else nan
    if claim.approx is Approx.exact and claim.value is not None:
        lo = hi = value
    else:
        lo, hi = interval.lo * factor, interval.hi * factor
    size = abs(value) if claim.value is not None else abs(lo if math.isinf(hi) else hi)
    magnitude = math.log10(size) if 0 < size < math.inf else nan
    return value, lo, hi, magnitude


def _dedupe(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))
