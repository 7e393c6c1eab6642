"""``share_of_total`` when the total a share names ("of the total", "du total", "전체의") is not in
its sentence but was told before: "Hospitals admitted 536 children with pneumonia in the week to
Nov. 29. Those aged 7 to 12 accounted for 247, or 42.1% of the total" (247 of 536 is 46.1 %);
"11월 넷째 주 입원환자는 536명 ... 7~12세가 247명으로 전체의 42.1%를 차지했다".

The count the share restates is the figure right before it (``shares``); its sentence holds no
larger count before it. The total is the one value of the article's earlier plain counts in the
count's unit, exact, larger than it, that break nothing down themselves, over the count's own
bounded period. Precision first: a total of another period ("this season" against "this week":
the age groups of a season's patients against a week's admissions), two candidate values, or an
unknown period, and nothing is read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claims.models import Approx, Claim
from reconcile.compare import plain_interval
from reconcile.intervals import Interval
from reconcile.periods import is_bounded
from reconcile.structural.base import VALUE, one_value
from reconcile.structural.conversion import conversion_words, gap_between, share_totals


def told_total(count: Claim, earlier: Sequence[Claim]) -> Claim | None:
    """The total told before the count's sentence, for the count's period (see the module);
    ``earlier``: the article's claims in reading order (those of the count's sentence and after
    it are left out here)."""
    if not is_bounded(count.period) or not count.value:
        return None
    assert count.period is not None
    span = (count.period.start, count.period.end)
    where = (count.line, count.sentence)
    found = []
    for claim in earlier:
        if (claim.line, claim.sentence) == where:
            break
        if (may_be_the_total(claim, count) and is_bounded(claim.period)
                and (claim.period.start, claim.period.end) == span):
            found.append(claim)
    return one_value(found)


def one_total(candidates: Iterable[Claim]) -> Claim | None:
    """The one total the candidates give: the most precise of them when each other one is its
    rounding or its value ("6 million" in a headline, "6.02 million" in the body), else None
    (two totals: which one the text means is not known)."""
    found = [(c, plain_interval(c)) for c in candidates]
    if not found or any(r is None or c.value is None for c, r in found):
        return one_value(c for c, _ in found)
    best, _ = min(found, key=lambda cr: _width(cr[1]))
    value = best.value
    assert value is not None
    return best if all(r is not None and r.contains(value) for _, r in found) else None


def _width(reading: Interval | None) -> float:
    return float("inf") if reading is None else reading.hi - reading.lo


def may_be_the_total(claim: Claim, count: Claim) -> bool:
    """A plain exact count in the count's unit above it, no part of another figure."""
    return (claim.unit == count.unit and claim.role is VALUE and claim.approx is Approx.exact
            and claim.direction is None and claim.antecedent is None and claim.per is None
            and claim.value is not None and claim.value > (count.value or 0))


def names_the_total(share: Claim) -> bool:
    """The words right after the share name the total as its whole (``[conversion] totals``:
    "of the total", "du total"), or right before it (``totals_before``: "전체의 42.1%").

    A total word that goes on naming a scope is another whole ("soit 30 % du total régional"
    next to a national count, "25% of the total in Cuyahoga County" next to the state's): the
    total word must end its clause, or be followed by a word of ``totals_followers``
    ("according to", "selon")."""
    at = share.at_in_sentence()
    if at < 0:
        return False
    tail = " ".join(share.sentence[at + len(share.surface):].casefold().split())
    head = " ".join(share.sentence[:at].casefold().split())
    return (any(tail.startswith(w) and _total_ends(tail[len(w):], share.language)
                for w in share_totals(share.language))
            or any(head.endswith(w) for w in conversion_words(share.language, "totals_before")))


def _total_ends(rest: str, language: str) -> bool:
    """The text after a total word leaves the total unqualified: nothing, a stop or a bracket,
    or a word of ``[conversion] totals_followers``."""
    if rest and (rest[0].isalnum() or rest[0] in _GLUED):
        return False  # "du totalement": no total word
    words = rest.split()
    if not words or not (words[0][0].isalnum() or words[0][0] in _GLUED):
        return True
    return words[0].strip(",.;:") in conversion_words(language, "totals_followers")


_GLUED = "'’-"


def articles_naming_totals(claims: Iterable[Claim]) -> set[str]:
    """The articles holding an exact share that names the total as its whole: their counts are
    read, for the total may be told in another paragraph."""
    return {c.article for c in claims
            if c.unit == "percent" and c.approx is Approx.exact and names_the_total(c)}


_GAP = 16  # "으로 전체의": a particle and the total's word between a count and its share


def restated_over_the_total(count: Claim, share: Claim) -> bool:
    """The share follows the count, the few words between them ending with a ``totals_before``
    word ("247명으로 전체의 42.1%"): the count restated as its share of the total."""
    gap = gap_between(count, share, _GAP)
    if gap is None:
        return False
    gap = " ".join(gap.casefold().split())
    return any(gap.endswith(w) for w in conversion_words(share.language, "totals_before"))
