"""``share_of_total``: a share stated next to its count ("282, or 71.2 percent") of a stated total
("the 396 staff") must be that count's share of the total, to the precision printed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence

from claims.models import Approx, Claim
from reconcile.compare import (
    canonical_interval,
    cite,
    claim_order,
)
from reconcile.models import Finding, Verdict
from reconcile.periods import (
    Relation,
    relate,
)
from reconcile.structural.base import VALUE, Check, fmt, numbered_findings
from reconcile.structural.conversion import conversion_joins, gap_between, share_totals


def stated_share_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """statcheck for news: a percentage restating a count ("282, or 71.2 percent"), whose
    count is a part of a stated total ("Of the 396 staff"), must be that count over the total,
    to the precision printed (71.2 allows [71.15, 71.25)). Exact figures only."""
    claims = sorted(claims, key=claim_order)
    by_id = {c.id: c for c in claims}
    before: dict[str, Claim] = {}  # each claim's figure just before it in its sentence
    for a, b in itertools.pairwise(claims):
        if (a.article, a.sentence, a.line) == (b.article, b.sentence, b.line):
            before[b.id] = a
    paragraphs: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        paragraphs.setdefault((claim.article, claim.line), []).append(claim)
    out: dict[str, list[Check]] = {}
    for share in claims:
        if share.unit != "percent" or share.value is None:
            continue
        if share.antecedent is not None:
            found = _count_and_total(share, by_id, before.get(share.id), paragraphs)
        else:
            found = _of_the_total(share, before)
        if found is not None:
            out.setdefault(share.article, []).append(_share_check(share, *found))
    return sorted(out.items())


def _of_the_total(share: Claim, before: Mapping[str, Claim]) -> tuple[Claim, Claim] | None:
    """The count and total of a share that names the total as its whole, in one sentence:
    "receipts rose to £84.0bn in October, of which tax receipts made up £64.5bn, or 71% of the
    total"; "les ventes ont atteint 1 250 unités, dont 410, soit 33 % du total". The count is
    the figure just before the share, joined to it by a restating word; the total, the nearest
    figure before the count in the same unit, and larger. Exact figures only."""
    count = before.get(share.id)
    if count is None or count.value is None or not _names_the_total(share):
        return None
    if not _restates(count, share):
        return None
    total = before.get(count.id)
    while total is not None and (total.unit != count.unit or total.role is not VALUE):
        total = before.get(total.id)
    if total is None or total.value is None or total.value <= count.value:
        return None
    if {share.approx, count.approx, total.approx} != {Approx.exact}:
        return None
    return count, total


def paragraphs_naming_totals(claims: Iterable[Claim]) -> set[tuple[str, int]]:
    """The paragraphs (article, line) holding a share with no antecedent that names the
    sentence's total as its whole: their figures are read by ``stated_share_checks``."""
    return {(c.article, c.line) for c in claims
            if c.unit == "percent" and c.antecedent is None and c.approx is Approx.exact
            and _names_the_total(c)}


def _names_the_total(share: Claim) -> bool:
    """The words right after the share name the sentence's total as its whole ("of the
    total", "du total"): ``[conversion] totals`` in the language table."""
    at = share.sentence.find(share.surface)
    if at < 0:
        return False
    after = " ".join(share.sentence[at + len(share.surface):].casefold().split())
    return any(after.startswith(t) for t in share_totals(share.language))


def _count_and_total(
    share: Claim, by_id: Mapping[str, Claim], just_before: Claim | None,
    paragraphs: Mapping[tuple[str, int], Sequence[Claim]],
) -> tuple[Claim, Claim] | None:
    """The exact count a share restates and the exact total that count is a part of: the
    share's antecedent and its own, or the figure just before the share when the share leans
    on the total ("Parmi elles, 166 étaient mineures, soit 38 %")."""
    count = by_id.get(share.antecedent or "")
    total = by_id.get(count.antecedent) if count and count.antecedent else None
    if total is None and count is not None:
        restated = _restated_part(share, count, just_before)
        if restated is not None:
            count, total = restated, count
    if count is None or total is None or count.unit != "count" or total.unit != "count":
        return None
    total = _exact_restated(total, paragraphs.get((total.article, total.line), ()))
    if not (count.value and total.value):
        return None
    if {share.approx, count.approx, total.approx} != {Approx.exact}:
        return None
    return count, total


def _exact_restated(total: Claim, paragraph: Sequence[Claim]) -> Claim:
    """The exact count a bound restates, when a breakdown leans on the bound: "624 personnes
    ont été interpellées ... « plus de 620 interpellations » sur la même période. Parmi elles,
    212 mineurs, soit 41 %" is 212 of 624. The one exact count of the bound's paragraph,
    before it, for the same period, that the bound allows; else the bound itself."""
    if total.approx is Approx.exact:
        return total
    allowed = canonical_interval(total)
    if allowed is None:
        return total
    exact = {
        c.value: c for c in paragraph
        if c.approx is Approx.exact and c.unit == "count" and c.role is VALUE
        and c.value is not None and c.start < total.start and allowed.contains(c.value)
        and relate(c.period, total.period) is Relation.same
    }
    return next(iter(exact.values())) if len(exact) == 1 else total


def _share_check(share: Claim, count: Claim, total: Claim) -> Check:
    """The count over the total, against the share to the precision printed."""
    assert share.value is not None and count.value and total.value
    computed = 100 * count.value / total.value
    slack = 0.5 * 10 ** -share.decimals + 1e-9
    cited = f"{cite([count])} of {cite([total])} is {fmt(round(computed, 2))} %"
    if abs(computed - share.value) <= slack:
        return Check(Verdict.consistent, "share_of_total", (count, total, share),
                     f"{cited}, as {cite([share])} says.")
    return Check(Verdict.conflict, "share_of_total", (count, total, share),
                 f"{cited}, not {cite([share])}: the share and its count disagree "
                 "even allowing for the rounding printed.")


def _restated_part(share: Claim, whole: Claim, part: Claim | None) -> Claim | None:
    """The count a share restates when the share leans on the whole: the figure just before
    it in its sentence, a part of the same whole, joined to it by a restating word ("166
    étaient mineures, soit 38 %"; "118 were under 30, or 27.4 percent")."""
    if part is None or part.unit != "count" or part.antecedent != whole.id:
        return None
    return part if _restates(part, share) else None


def _restates(count: Claim, share: Claim) -> bool:
    """The share follows the count in its sentence, joined to it by a restating word ("118
    were under 30, or 27.4 percent"): ``[conversion] joins`` in the language table."""
    gap = gap_between(count, share)
    if gap is None:
        return False
    gap = " ".join(gap.casefold().split())
    return any(gap.endswith(j) for j in conversion_joins(share.language))


def stated_share_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``share_of_total`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in stated_share_checks(claims):
        findings += numbered_findings(f"{article}-share", checks, "share of a stated total", None)
    return findings
