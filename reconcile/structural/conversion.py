"""``conversion``: a figure restated in another unit ("30,000 acres, or 12,100 hectares") is
checked with the precision printed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import lru_cache

from claims.models import Approx, Claim
from reconcile.compare import (
    canonical_interval,
    cite,
    claim_order,
    comparison_kind,
)
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.structural.base import VALUE, Check, numbered_findings
from reconcile.structural.table_words import conversion_table
from reconcile.units import canonical_factor

CONVERSION = "conversion"
CONVERSION_SLACK = 0.1  # past the printed precision, a gap under this is rounding by the writer


def conversion_joins(language: str) -> frozenset[str]:
    """The words that join a figure to its restatement in another unit, per language table."""
    return _conversion_words(language, "joins")


def share_totals(language: str) -> frozenset[str]:
    """The words after a share that make the sentence's total its whole ("of the total")."""
    return _conversion_words(language, "totals")


def conversion_words(language: str, key: str) -> frozenset[str]:
    """The phrases at ``[conversion] key`` of the language table (``part_of``, ``share_of``,
    ``whole_named``: the shares check's)."""
    return _conversion_words(language, key)


@lru_cache(maxsize=64)
def _conversion_words(language: str, key: str) -> frozenset[str]:
    """The phrases at ``[conversion] key`` of the language table, folded and spaced once."""
    words = conversion_table(language).get(key, [])
    return frozenset(" ".join(w.casefold().split()) for w in words)


def gap_between(a: Claim, b: Claim, limit: int = 40) -> str | None:
    """The sentence's text between two figures of it (``b`` after ``a``), at most ``limit``
    characters, or None."""
    gap = b.start - a.end
    if gap < 0 or gap > limit:
        return None
    sentence, width = a.sentence, len(a.surface)
    at = sentence.find(a.surface)
    while at >= 0:
        cut = at + width
        if sentence.startswith(b.surface, cut + gap):
            return sentence[cut : cut + gap]
        at = sentence.find(a.surface, at + 1)
    return None


def restates(count: Claim, share: Claim, limit: int = 40) -> bool:
    """The share follows the count in its sentence, joined to it by a restating word ("118
    were under 30, or 27.4 percent"): ``[conversion] joins`` in the language table. ``limit``:
    the most characters between them (the count's noun). A share may be named by its noun
    after the restating word ("20 100 ont voté, soit une participation de 31,3 %"): see
    ``_named_after``."""
    gap = gap_between(count, share, limit + _NAMED_CHARS if share.unit == "percent" else limit)
    if gap is None:
        return False
    gap = " ".join(gap.casefold().split())
    joins = conversion_joins(share.language)
    if len(gap) <= limit and any(gap.endswith(j) for j in joins):
        return True
    return share.unit == "percent" and _named_after(gap, joins, share.language)


_NAMED_CHARS = 30  # the most characters a share's noun phrase adds to the gap
_NAMED_WORDS = 5  # "une participation de", "a turnout of", "un taux de réussite de"


def _named_after(gap: str, joins: frozenset[str], language: str) -> bool:
    """After a restating word, a short noun phrase that names the share, linked to it by the
    table's ``[conversion] named_links`` ("soit une participation de", ", or a turnout of")."""
    links = _conversion_words(language, "named_links")
    for join in joins:
        at = gap.rfind(join)
        if at < 0 or not join[-1].isalpha():
            continue
        words = gap[at + len(join):].split()
        if 1 < len(words) <= _NAMED_WORDS and any(
            " ".join(words).endswith(" " + link) or words[-1] == link for link in links
        ):
            return True
    return False


def _conversion_interval(claim: Claim) -> Interval | None:
    """The claim's values in SI units, a round figure read as rounded at its last non-zero
    digit (never coarser than its second significant digit): writers round a conversion
    ("50 hectares (120 acres)")."""
    interval = canonical_interval(claim)
    value = claim.value
    if (
        interval is None or value is None or claim.decimals or not float(value).is_integer()
        or claim.approx not in (Approx.exact, Approx.about)
    ):
        return interval
    digits = int(abs(value))
    factor = canonical_factor(claim.unit, claim.per)
    if digits < 10 or digits % 10 or not factor:
        return interval
    place = 1
    while digits % (place * 10) == 0:
        place *= 10
    place = min(place, 10 ** max(len(str(digits)) - 2, 0))
    half = place / 2
    return interval.hull(Interval((value - half) * factor, (value + half) * factor, False, True))


def conversion_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """Two measures of one dimension in other units, next to each other in one sentence and
    joined as a restatement ("12 miles (19 km)", "30 000 acres, soit 12 100 hectares") must
    agree to the precision printed; within ``CONVERSION_SLACK`` past it they are a
    ``minor_discrepancy`` (a writer's rounding), beyond a ``conflict``. Money is left out:
    no exchange rate is known."""
    by_sentence: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        if (
            claim.role is VALUE and claim.per is None and not claim.rough
            and comparison_kind(claim).startswith("measure:")
        ):
            by_sentence.setdefault((claim.article, claim.sentence), []).append(claim)
    out: dict[str, list[Check]] = {}
    for (article, _), members in sorted(by_sentence.items()):
        if len(members) < 2:
            continue
        members.sort(key=claim_order)
        for a, b in itertools.pairwise(members):
            check = _conversion(a, b)
            if check is not None:
                out.setdefault(article, []).append(check)
    return sorted(out.items())


def _conversion(a: Claim, b: Claim) -> Check | None:
    """A measure restated in another unit, checked to the precision printed."""
    if not _restated_in_another_unit(a, b):
        return None
    first, second = _conversion_interval(a), _conversion_interval(b)
    if first is None or second is None:
        return None
    head = f"{cite([a])} restated as {cite([b])}"
    if first.meets(second):
        return Check(Verdict.consistent, CONVERSION, (a, b),
                     f"{head}: the two agree to the precision printed.")
    gap = first.relative_gap(second)
    if gap < CONVERSION_SLACK:
        return Check(Verdict.minor_discrepancy, CONVERSION, (a, b),
                     f"{head}: {gap:.1%} apart, past the precision printed but under "
                     f"{CONVERSION_SLACK:.0%}, as a writer's rounding may be.")
    return Check(Verdict.conflict, CONVERSION, (a, b),
                 f"{head}: converted, they are {gap:.0%} apart, which no rounding explains "
                 "(a wrong unit or a wrong conversion).")


def _restated_in_another_unit(a: Claim, b: Claim) -> bool:
    """Two measures of one kind in two units, next to each other or joined by a restating
    word ("5 miles (8 km)")."""
    kind = comparison_kind(a)
    if not kind.startswith("measure:") or kind != comparison_kind(b) or a.unit == b.unit:
        return False
    between = gap_between(a, b)
    if between is None:
        return False
    joined = " ".join(between.casefold().split())
    return not joined or joined in conversion_joins(a.language)


def conversion_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``conversion`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in conversion_checks(claims):
        findings += numbered_findings(
            f"{article}-conversion", checks, "a figure in two units", None
        )
    return findings
