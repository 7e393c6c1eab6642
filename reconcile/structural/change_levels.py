"""``stated_change`` for a change told as an amount beside its two levels, in one sentence:
"잔액은 1천84조3천억원으로, 한 달 전(1천79조1천억원)보다 5조2천억원 증가했다"; "the backlog
rose by 1,250 to 14,300 from 13,050"; "주택담보대출이 1조2천억원(612조4천억원→613조6천억원)
늘었다". The level less the base must make the amount, each read with the rounding it is printed
with (a fall is a negative amount).

Which figure is the base the text says, not the values: a comparison the extractor linked to
the other figure ("up from 13,050", "contre 57 940"), or a figure the language table's
``[conversion] base_before`` words stand before ("from", "compared with") or ``base_after``
words right after (glued or after a closing bracket: "(1천79조1천억원)보다", "과 비교해",
"→"). Precision first: the sentence holds one amount of change, and two other plain figures in
its unit, exactly one of them a base; every figure is stated, exact or "about". "증가 폭은
9월(3조1천억원)보다 2조1천억원 커졌지만, 지난해 같은 달(6조6천억원)보다는 작았다" names two
bases and no level: no check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import groupby

from claims.models import Approx, Claim, Direction, Modality, Role
from reconcile.compare import cite, claim_order, plain_interval
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.structural.base import (
    CHANGE_RATE_UNITS,
    VALUE,
    Check,
    findings_per_article,
    fmt,
    held_apart,
    of_articles_holding,
)
from reconcile.structural.table_words import (
    alternatives,
    conversion_table,
    longest_first,
    one_pattern,
)

DETAIL = "stated_change"
_READ = (Approx.exact, Approx.about)
_CLOSING = re.compile(r"[\s\u00a0\u202f]*\)?[\s\u00a0\u202f]*")
_OPENING = re.compile(r"[\s\u00a0\u202f]*\(?[\s\u00a0\u202f]*$")


def level_change_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The checks as findings, numbered per article (ids ``<article>-levels-s1``...)."""
    return findings_per_article(
        claims, lambda members: _checks(sorted(members, key=claim_order)), "levels",
        "a stated change and its two levels")


def level_change_figures(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the articles holding an amount of change: only those are read."""
    return of_articles_holding(claims, _is_amount)


def _is_amount(claim: Claim) -> bool:
    """A stated change told as an amount ("5조2천억원 증가", "rose by 1,250"), not a rate."""
    return (claim.direction is not None and claim.unit not in CHANGE_RATE_UNITS
            and claim.role is VALUE and claim.value is not None and claim.per is None)


def _checks(claims: Sequence[Claim]) -> Iterator[Check]:
    """One check a sentence that states one amount of change beside its level and base."""
    for _, figures in groupby(claims, key=lambda c: (c.line, c.sentence)):
        found = _amount_level_base(list(figures))
        if found is not None:
            yield from held_apart(_check(*found), found[0])


def _amount_level_base(figures: Sequence[Claim]) -> tuple[Claim, Claim, Claim] | None:
    """The sentence's one amount, its level and its base, when the text tells them apart."""
    amounts = [c for c in figures if _is_amount(c)]
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    found = _level_and_base(amount, figures)
    if found is None:
        return None
    level, base = found
    if level.role is not VALUE or not all(_plain(c) for c in (amount, level, base)):
        return None
    if _contrasted(amount, level, base):
        return None
    return amount, level, base


def _level_and_base(amount: Claim, figures: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """The two other figures in the amount's unit, exactly one of them a base (``_is_base``):
    the level the change reached, and the base it was counted from."""
    others = [c for c in figures if c is not amount and _level_of_unit(c, amount)]
    if len(others) != 2:
        return None
    bases = [c for c in others if _is_base(c, others)]
    if len(bases) != 1:
        return None
    base = bases[0]
    return (others[0] if others[1] is base else others[1]), base


def _contrasted(*figures: Claim) -> bool:
    """A semicolon or a contrast of the table's ``[conversion] contrasts`` ("but", "mais",
    "지만") stands between the figures: two clauses, whose figures are no change and its levels
    ("March's gain was revised to 64,000 from 58,000, but February now shows a loss of 5,000")."""
    sentence = figures[0].sentence
    starts = [c.at_in_sentence() for c in figures]
    if min(starts) < 0:
        return True
    span = sentence[min(starts): max(s + len(c.surface) for s, c in zip(starts, figures,
                                                                        strict=True))]
    contrasts = _contrast_words(figures[0].language)
    return ";" in span or (contrasts is not None and contrasts.search(span.casefold()) is not None)


def _level_of_unit(claim: Claim, amount: Claim) -> bool:
    """A level or a base in the amount's unit: no change, no rate per time."""
    return (claim.unit == amount.unit and claim.direction is None and claim.per is None
            and claim.value is not None and claim.role in (VALUE, Role.comparison))


def _is_base(claim: Claim, others: Sequence[Claim]) -> bool:
    """The figure the change is counted from: a comparison linked to the other figure, or one
    the table's base words mark ("from 13,050", "(1천79조1천억원)보다", "612조4천억원→")."""
    if claim.role is Role.comparison:
        return any(claim.linked == o.id for o in others if o is not claim)
    before_words, after_words = _base_words(claim.language)
    at = claim.at_in_sentence()
    if at < 0:
        return False
    before = _OPENING.sub("", claim.sentence[:at]).casefold()
    after = claim.sentence[at + len(claim.surface):].casefold()
    after = after[_CLOSING.match(after).end():]  # type: ignore[union-attr]
    return (before_words is not None and before_words.search(before) is not None) or (
        after_words is not None and after_words.match(after) is not None)


def _plain(claim: Claim) -> bool:
    """Stated as a fact, not hedged, exact or "about": a figure the check can read."""
    return (claim.modality is Modality.stated and not claim.hedge and claim.approx in _READ
            and plain_interval(claim) is not None)


def _check(amount: Claim, level: Claim, base: Claim) -> Check:
    """The level less the base against the amount (negative for a fall): consistent when they
    meet at the precision printed, else a conflict."""
    now, before, stated = plain_interval(level), plain_interval(base), plain_interval(amount)
    assert now is not None and before is not None and stated is not None
    made = Interval(now.lo - before.hi, now.hi - before.lo)
    if amount.direction is Direction.down:
        stated = Interval(-stated.hi, -stated.lo)
    head = (f"{cite([amount])} states the change from {cite([base])} to {cite([level])}, "
            f"which make {_number(made.lo)} to {_number(made.hi)}")
    figures = (amount, level, base)
    if stated.meets(made):
        return Check(Verdict.consistent, DETAIL, figures, f"{head}, as it says.")
    return Check(Verdict.conflict, DETAIL, figures,
                 f"{head}, not {amount.surface}: the change and its two levels disagree.")


def _number(x: float) -> str:
    """A difference as a reader checks it: in full with its thousands ("6,100,000,000,000"),
    not in exponent form."""
    return f"{x:,.0f}" if abs(x) >= 1e6 else fmt(x)


@lru_cache(maxsize=8)
def _base_words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The table's ``[conversion] base_before`` words (ending the text before a base, whole
    words) and ``base_after`` words (opening the text after it, glued or not)."""
    table = conversion_table(language)
    before = longest_first(table.get("base_before", []))
    after = longest_first(table.get("base_after", []))
    return (re.compile(rf"(?<!\w)(?:{before})$") if before else None,
            re.compile(rf"(?:{after})") if after else None)


@lru_cache(maxsize=8)
def _contrast_words(language: str) -> re.Pattern[str] | None:
    """The table's ``[conversion] contrasts``: whole words, and ``contrast_endings`` glued to
    the word before them ("커졌지만")."""
    table = conversion_table(language)
    return one_pattern([alternatives(table.get("contrasts", []), bounded=True),
                        alternatives(table.get("contrast_endings", []), bounded=False)])
