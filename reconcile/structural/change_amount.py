"""``stated_change`` for a change told as an amount with its rate in parentheses ("3만2천150명
으로 1년 전보다 1천870명(6.2%) 증가했다"; "rose by 193,000 (0.7 percent) to 28.8 million";
"a reculé de 16 000 tonnes (5,1 %) à 297 000 tonnes"): the amount over the base its one level
leaves (the level less the amount, for a rise) must make the rate, to the precision printed.
When the sentence states the base and not the level ("지난해 같은 기간 검거 인원은 356명으로,
올해 들어 89명(25.0%) 늘었다"), the rate is the amount over that base.

Precision first: the amount and the rate go one way, the rate in parentheses right after the
amount; the sentence holds one other plain figure in the amount's unit (the level, over the
rate's period, or the base, over a period that ends before it); every figure is stated. A
sentence with two such figures is the rate check's (``change_rate``), and one with more is not
read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from claims.models import Claim, Direction, Modality
from reconcile.compare import cite, claim_order, plain_interval
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.periods import is_bounded
from reconcile.structural.base import (
    CHANGE_RATE_UNITS,
    VALUE,
    Check,
    findings_per_article,
    fmt,
    held_apart,
    of_articles_holding,
)

DETAIL = "stated_change"
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


def amount_change_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The checks as findings, numbered per article (ids ``<article>-amount-s1``...)."""
    return findings_per_article(
        claims, lambda members: _checks(sorted(members, key=claim_order)), "amount",
        "a stated change and its amount")


def amount_change_figures(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the articles holding a change rate: only those are read."""
    return of_articles_holding(claims, lambda c: c.unit == "percent" and c.direction is not None)


def _checks(claims: Sequence[Claim]) -> Iterator[Check]:
    """The check of each amount told with its rate, sentence by sentence."""
    sentences: dict[tuple[int, str], list[Claim]] = {}
    for claim in claims:
        sentences.setdefault((claim.line, claim.sentence), []).append(claim)
    for figures in sentences.values():
        for amount, rate in itertools.pairwise(figures):
            if _told_with_its_rate(amount, rate):
                check = _check(amount, rate, figures)
                if check is not None:
                    yield from held_apart(check, rate)


def _told_with_its_rate(amount: Claim, rate: Claim) -> bool:
    """A change amount, then its rate in parentheses, both going one way."""
    if (rate.unit != "percent" or amount.unit in CHANGE_RATE_UNITS or rate.direction is None
            or amount.direction is not rate.direction or rate.role is not VALUE
            or amount.role is not VALUE):
        return False
    base = amount.start - amount.at_in_sentence()  # where the sentence starts
    between = rate.sentence[amount.end - base: rate.start - base]
    after = rate.sentence[rate.end - base:]
    return bool(_OPEN.fullmatch(between)) and bool(_CLOSE.match(after))


def _check(amount: Claim, rate: Claim, sentence: Sequence[Claim]) -> Check | None:
    """The amount over its base against the rate: the base is the sentence's one other plain
    figure, or the level it leaves (``_base``)."""
    other = _the_other(amount, rate, sentence)
    if other is None:
        return None
    a = plain_interval(amount)
    found = _base(amount, rate, other) if a is not None else None
    stated = plain_interval(rate)
    if a is None or found is None or stated is None:
        return None
    base, said_base = found
    implied = Interval(100 * a.lo / base.hi, 100 * a.hi / base.lo)
    head = f"{cite([amount])} ({cite([rate])}) over its base, {said_base},"
    made = f"is {implied.lo:.2f} % to {implied.hi:.2f} %"
    figures = (amount, rate, other)
    if stated.meets(implied):
        return Check(Verdict.consistent, DETAIL, figures, f"{head} {made}, as the rate says.")
    return Check(Verdict.conflict, DETAIL, figures,
                 f"{head} {made}, not {rate.surface}: the amount and its rate disagree "
                 f"(a rate of {fmt(stated.lo)} to {fmt(stated.hi)} %).")


def _base(amount: Claim, rate: Claim, other: Claim) -> tuple[Interval, str] | None:
    """The change's base and how the explanation says it: the level less a rise (plus a fall)
    when ``other`` is over the rate's period ("3만2천150명으로 ... 1천870명(6.2%) 증가"), or
    ``other`` itself when it ends before ("지난해 같은 기간 ... 356명으로, 올해 들어 89명"); None
    for a figure of another time, or a base of nothing."""
    a, o = plain_interval(amount), plain_interval(other)
    if a is None or o is None or not is_bounded(other.period) or not is_bounded(rate.period):
        return None
    if _same_span(other, rate):
        sign = -1 if rate.direction is Direction.up else 1
        base = Interval(o.lo + sign * a.hi, o.hi + sign * a.lo)  # the level less a rise
        said = f"{cite([other])} {'less' if sign < 0 else 'plus'} {cite([amount])}"
    elif _ends_before(other, rate):
        base, said = o, cite([other])
    else:
        return None
    return (base, said) if base.lo > 0 else None


def _the_other(amount: Claim, rate: Claim, sentence: Sequence[Claim]) -> Claim | None:
    """The sentence's one other plain figure in the amount's unit (its level or its base),
    all three stated; None when there are none or several."""
    others = [c for c in sentence if c.id not in (amount.id, rate.id) and _plain_of(c, amount)]
    if len(others) != 1 or not all(_stated(c) for c in (amount, rate, others[0])):
        return None
    return others[0]


def _same_span(one: Claim, other: Claim) -> bool:
    """Two claims of bounded periods over one span."""
    assert one.period is not None and other.period is not None
    return (one.period.start, one.period.end) == (other.period.start, other.period.end)


def _ends_before(one: Claim, other: Claim) -> bool:
    """The first claim's bounded period ends before the other's starts."""
    assert one.period is not None and other.period is not None
    assert one.period.end is not None and other.period.start is not None
    return one.period.end < other.period.start


def _plain_of(claim: Claim, amount: Claim) -> bool:
    """A stated level or base in the amount's unit: no change, no rate per time."""
    return (claim.unit == amount.unit and claim.direction is None and claim.per is None
            and claim.role is VALUE and claim.value is not None)


def _stated(claim: Claim) -> bool:
    """Stated as a fact, not planned, forecast or hedged: only such figures make a sure check."""
    return claim.modality is Modality.stated and not claim.hedge
