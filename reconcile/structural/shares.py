"""``share_of_total``: a share stated next to its count ("282, or 71.2 percent") of a stated total
("the 396 staff") must be that count's share of the total, to the precision printed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from claims.models import Approx, Claim, Role
from reconcile.compare import (
    canonical_interval,
    cite,
    claim_order,
)
from reconcile.intervals import Interval
from reconcile.models import Finding, Verdict
from reconcile.periods import (
    Relation,
    relate,
)
from reconcile.structural.base import VALUE, Check, numbered_findings
from reconcile.structural.conversion import (
    conversion_words,
    restates,
)
from reconcile.structural.share_part_whole import (
    checkable,
    joined,
    share_then_part_of_whole,
)
from reconcile.structural.share_told_total import (
    names_the_total,
    restated_over_the_total,
    told_total,
)


def stated_share_checks(claims: Iterable[Claim]) -> list[tuple[str, list[Check]]]:
    """statcheck for news: a percentage restating a count ("282, or 71.2 percent"), whose
    count is a part of a stated total ("Of the 396 staff"), must be that count over the total,
    to the precision printed (71.2 allows [71.15, 71.25)). Exact figures only."""
    claims = sorted(claims, key=claim_order)
    by_id = {c.id: c for c in claims}
    before, after = _neighbours(claims)
    paragraphs: dict[tuple[str, int], list[Claim]] = {}
    articles: dict[str, list[Claim]] = {}
    for claim in claims:
        paragraphs.setdefault((claim.article, claim.line), []).append(claim)
        articles.setdefault(claim.article, []).append(claim)
    out: dict[str, list[Check]] = {}
    for share in claims:
        if share.unit != "percent" or share.value is None:
            continue
        check = _share_check_of(share, by_id, before, after, paragraphs, articles)
        if check is not None:
            out.setdefault(share.article, []).append(check)
    return sorted(out.items())


def _neighbours(claims: Sequence[Claim]) -> tuple[dict[str, Claim], dict[str, Claim]]:
    """Each claim's figure just before it in its sentence, and just after it: a share's count
    and total are read from its neighbours."""
    before: dict[str, Claim] = {}
    after: dict[str, Claim] = {}
    for a, b in itertools.pairwise(claims):
        if (a.article, a.sentence, a.line) == (b.article, b.sentence, b.line):
            before[b.id], after[a.id] = a, b
    return before, after


def _share_check_of(
    share: Claim, by_id: Mapping[str, Claim], before: Mapping[str, Claim],
    after: Mapping[str, Claim], paragraphs: Mapping[tuple[str, int], Sequence[Claim]],
    articles: Mapping[str, Sequence[Claim]],
) -> Check | None:
    """The one check of a share: over its count and total when some reading finds them (by
    antecedent, by "of the total", by a part stated of its whole), else against a proportion
    it restates, else none."""
    if share.antecedent is not None:  # else only a total told before its sentence
        found = (_count_and_total(share, by_id, before.get(share.id), paragraphs)
                 or _of_the_total(share, before, articles, told_only=True))
    else:
        found = _of_the_total(share, before, articles)
    if found is None:
        found = _part_of_whole(share, before, after)
    if found is not None:
        return _share_check(share, *found)
    those = _part_of_those(share, before, paragraphs)
    if those is not None:
        return those
    stated = _restated_proportion(share, before)
    return None if stated is None else _proportion_check(share, stated)


def _all_exact(*claims: Claim) -> bool:
    """Every figure is exact: only exact figures are checked to the precision printed."""
    return {c.approx for c in claims} == {Approx.exact}


def _of_the_total(
    share: Claim, before: Mapping[str, Claim], article: Mapping[str, Sequence[Claim]],
    told_only: bool = False,
) -> tuple[Claim, Claim] | None:
    """The count and total of a share that names the total as its whole, in one sentence:
    "receipts rose to £84.0bn in October, of which tax receipts made up £64.5bn, or 71% of the
    total"; "les ventes ont atteint 1 250 unités, dont 410, soit 33 % du total". The count is
    the figure just before the share, joined to it by a restating word; the total, the nearest
    figure before the count in the same unit, and larger. Exact figures only."""
    count = before.get(share.id)
    if count is None or count.value is None or not names_the_total(share):
        return None
    if not (restates(count, share) or restated_over_the_total(count, share)):
        return None
    total = None if told_only else _larger_total_before(count, before)
    if total is None and before.get(count.id) is None:  # told before ("전체의"): its own module
        total = told_total(count, article.get(count.article, ()))
    if total is None or not _all_exact(share, count, total):
        return None
    return count, total


def _larger_total_before(count: Claim, before: Mapping[str, Claim]) -> Claim | None:
    """The nearest value before the count in the count's unit, when it is larger than the
    count (a total holds its part)."""
    total = before.get(count.id)
    while total is not None and (total.unit != count.unit or total.role is not VALUE):
        total = before.get(total.id)
    if total is None or total.value is None or total.value <= count.value:
        return None
    return total


def paragraphs_naming_totals(claims: Iterable[Claim]) -> set[tuple[str, int]]:
    """The paragraphs (article, line) holding a share with no antecedent that names the
    sentence's total as its whole, or that may restate a part stated over its whole ("131 240
    voix sur 241 900 bulletins, soit 54,3 %"): their figures are read by
    ``stated_share_checks``."""
    return {(c.article, c.line) for c in claims
            if c.unit == "percent" and c.approx is Approx.exact
            and ((c.antecedent is None and names_the_total(c)) or _near_a_part_of(c)
                 or _near_a_reference_back(c))}


def _near_a_part_of(share: Claim) -> bool:
    """A word that joins a part to its whole ("sur", "out of") stands before the share in its
    sentence, or one that joins the share to the whole ("of the") right after it: a cheap test,
    before the figures are read (``_part_of_whole``)."""
    tail = _after(share)
    if tail is None:
        return False
    if _said_before(share, "part_of"):
        return True
    return any(tail.startswith(f"{w} ") for w in _words(share.language, "share_of"))


def _said_before(share: Claim, key: str) -> bool:
    """A ``[conversion] key`` phrase stands before the share in its sentence, as whole words."""
    at = share.sentence.find(share.surface)
    if at < 0:
        return False
    head = f" {' '.join(share.sentence[:at].casefold().split())} "
    return any(f" {w} " in head for w in _words(share.language, key))


def _part_of_whole(
    share: Claim, before: Mapping[str, Claim], after: Mapping[str, Claim]
) -> tuple[Claim, Claim] | None:
    """The count and whole a share restates when the sentence states the count as a part of
    the whole ("Le oui l'emporte avec 131 240 voix sur 241 900 bulletins valables, soit
    54,3 %"; "31 of the 47 people killed, or 66%"), or sets the share between them ("7,557,
    or 71%, of the 10,586 children"). Two exact counts, the part below the whole, joined by
    the table's ``[conversion] part_of`` (after at most three words of the part's noun) or
    ``share_of``; the share exact, restating by a ``joins`` word, and naming no whole of its
    own ("54,3 % des inscrits" may be the whole over another total)."""
    if share.approx is not Approx.exact:
        return None
    found = _part_then_whole(share, before)
    if found is None:
        found = _share_between(share, before, after)
    return found if found is not None else share_then_part_of_whole(share, after)


def _part_then_whole(share: Claim, before: Mapping[str, Claim]) -> tuple[Claim, Claim] | None:
    """The part and whole stated before the share, the part joined to the whole by a
    ``part_of`` word ("131 240 voix sur 241 900 bulletins valables, soit 54,3 %")."""
    whole = before.get(share.id)
    if whole is None or not restates(whole, share, _NOUN_GAP) or _names_a_whole(share):
        return None
    part = before.get(whole.id)
    if part is not None and joined(part, whole, "part_of"):
        return checkable(part, whole)
    return None


def _share_between(
    share: Claim, before: Mapping[str, Claim], after: Mapping[str, Claim]
) -> tuple[Claim, Claim] | None:
    """The part just before the share and the whole just after it, the share joined to the
    whole by a ``share_of`` word ("7,557, or 71%, of the 10,586 children")."""
    part, whole = before.get(share.id), after.get(share.id)
    if part is not None and whole is not None and restates(part, share) and joined(
        share, whole, "share_of"
    ):
        return checkable(part, whole)
    return None


def _part_of_those(
    share: Claim, before: Mapping[str, Claim],
    paragraphs: Mapping[tuple[str, int], Sequence[Claim]],
) -> Check | None:
    """A share restating a part of a whole stated in the sentence before, that the part or the
    share refers back to: "Housing starts totalled 19,870 in October. Ontario accounted for
    7,420 of those starts, or 41 per cent"; "... soit 75 % d'entre elles". The part is the
    first count of its sentence, exact, followed by a ``[conversion] part_of_those`` phrase, or
    the share by a ``whole_restated`` one. Which count of the sentence before is the whole is
    not read: the wholes it may be are its exact counts above the part. A count of that
    sentence stated with a bound or an approximation stops the check when it may round the
    whole (the part over it is within ``_ROUNDED_WHOLE`` of the share): the writer may have
    worked from the exact figure it rounds. Else the share agrees when one exact count gives
    it, and conflicts (citing the sentence's first) when none does."""
    part = _part_referring_back(share, before)
    if part is None:
        return None
    counts = _counts_of_sentence_before(part, paragraphs.get((part.article, part.line), ()))
    wholes = [c for c in counts if c.approx is Approx.exact]
    if not wholes or any(_may_round_the_whole(c, part, share) for c in counts if c not in wholes):
        return None
    return _first_agreeing(share, part, wholes)


def _first_agreeing(share: Claim, part: Claim, wholes: Sequence[Claim]) -> Check:
    """The share over the part of the first whole that gives it; else of the first plain value
    (no change or comparison), else of the first whole."""
    checks = [_share_check(share, part, whole) for whole in wholes]
    agreeing = [c for c in checks if c.verdict is Verdict.consistent]
    if agreeing:
        return agreeing[0]
    plain = [c for c, whole in zip(checks, wholes, strict=True)
             if whole.role is VALUE and whole.direction is None]
    return (plain or checks)[0]


def _part_referring_back(share: Claim, before: Mapping[str, Claim]) -> Claim | None:
    """The exact count the share restates, first figure of its sentence, leaning on no figure
    read, when it or the share refers back to a whole (``_refers_back``)."""
    part = before.get(share.id)
    if part is None or part.id in before or part.antecedent is not None:
        return None
    if part.unit != "count" or part.role is not VALUE or not part.value:
        return None
    if not _all_exact(share, part) or not _refers_back(part, share):
        return None
    return part if restates(part, share, _NOUN_GAP) else None


_ROUNDED_WHOLE = 0.15  # relative: "more than 19,000" may round the whole of "7,420, or 39%"


def _may_round_the_whole(whole: Claim, part: Claim, share: Claim) -> bool:
    """The part over a bound or approximate count is near the share: that count may round
    the whole the share was worked from ("centres of 10,000 or more" is no such whole for
    "7,420, or 41 per cent": 74 %)."""
    assert whole.value and part.value is not None and share.value
    return abs(100 * part.value / whole.value - share.value) <= _ROUNDED_WHOLE * share.value


def _refers_back(part: Claim, share: Claim) -> bool:
    """The part is followed by words that refer back to a whole ("7,420 of those starts",
    "39 870 d'entre eux"), or the share is ("soit 75 % d'entre elles")."""
    after_part = _after(part)
    if after_part is not None and _starts_with(after_part, _words(part.language, "part_of_those")):
        return True
    return _whole_restated_after(share)


def _whole_restated_after(share: Claim) -> bool:
    """The share is followed by a ``whole_restated`` phrase ("soit 75 % d'entre elles")."""
    after = _after(share)
    return after is not None and _starts_with(after, _words(share.language, "whole_restated"))


def _near_a_reference_back(share: Claim) -> bool:
    """A cheap test before the figures are read (``_part_of_those``): a ``part_of_those``
    phrase before the share in its sentence, or a ``whole_restated`` one right after it."""
    return _said_before(share, "part_of_those") or _whole_restated_after(share)


def _counts_of_sentence_before(part: Claim, paragraph: Sequence[Claim]) -> list[Claim]:
    """The counts above the part stated in the sentence just before the part's, in its
    paragraph, exact or not (bounds and approximations are kept: they may stop the check),
    compared figures and levels of a change too ("against 14,000 a year earlier"): "those"
    may be any of them."""
    earlier = [c for c in paragraph if c.start < part.start and c.sentence != part.sentence]
    if not earlier:
        return []
    last = max(earlier, key=lambda c: c.start).sentence
    return [c for c in sorted(earlier, key=claim_order)
            if c.sentence == last and _may_count_the_whole(c, part)]


def _may_count_the_whole(count: Claim, part: Claim) -> bool:
    """A count above the part, not a ratio: "those" may stand for it."""
    return (count.unit == "count" and count.role is not Role.ratio and count.value is not None
            and count.value > part.value)


def _restated_proportion(share: Claim, before: Mapping[str, Claim]) -> Claim | None:
    """The proportion a share restates, read as one figure ("Mendez took 3,912 out of 7,044
    ballots, or 55.5%": "3,912 out of 7,044" is 55.54 %): the figure just before the share, a
    percentage whose surface joins two numbers by a ``part_of`` word, both exact."""
    stated = before.get(share.id)
    if (
        stated is None or stated.unit != "percent" or stated.value is None
        or {share.approx, stated.approx} != {Approx.exact}
        or not restates(stated, share) or _names_a_whole(share)
    ):
        return None
    surface = f" {' '.join(stated.surface.casefold().split())} "
    if len(_NUMBERS.findall(surface)) != 2:
        return None
    return stated if any(f" {w} " in surface for w in _words(share.language, "part_of")) else None


_NOUN_GAP = 64  # "16 circonscriptions à majorité francophone, soit 81 %": a whole's long noun


_NUMBERS = re.compile(r"\d+(?:[\s,.'\u00a0\u202f]\d+)*")


def _proportion_check(share: Claim, stated: Claim) -> Check:
    """A proportion stated as a part over its whole, against the share restating it."""
    assert stated.value is not None
    return _against(share, stated.value, cite([stated]), (stated, share))


def _names_a_whole(share: Claim) -> bool:
    """The words right after the share name a whole of its own ("54,3 % des inscrits")."""
    after = _after(share)
    if after is None:
        return True
    if _starts_with(after, _words(share.language, "whole_restated")):
        return False  # "soit 81 % d'entre elles": the whole already named, not one of its own
    return any(after == w or after.startswith(f"{w} ") or (w.endswith("'") and after.startswith(w))
               for w in _words(share.language, "whole_named"))


def _starts_with(text: str, phrases: Iterable[str]) -> bool:
    """``text`` opens with one of the phrases, as whole words."""
    return any(text == p or text.startswith(f"{p} ") or text.startswith(f"{p}.")
               or text.startswith(f"{p},") for p in phrases)


def _words(language: str, key: str) -> frozenset[str]:
    return conversion_words(language, key)


def _after(share: Claim) -> str | None:
    """The share's sentence after the share, casefolded and spaced once (None: the share's
    surface is not in its sentence)."""
    at = share.sentence.find(share.surface)
    if at < 0:
        return None
    return " ".join(share.sentence[at + len(share.surface):].casefold().split())


def _count_and_total(
    share: Claim, by_id: Mapping[str, Claim], just_before: Claim | None,
    paragraphs: Mapping[tuple[str, int], Sequence[Claim]],
) -> tuple[Claim, Claim] | None:
    """The exact count a share restates and the exact total that count is a part of: the
    share's antecedent and its own, or the figure just before the share when the share leans
    on the total ("Parmi elles, 166 étaient mineures, soit 38 %")."""
    pair = _antecedent_pair(share, by_id, just_before)
    if pair is None:
        return None
    count, total = pair
    total = _exact_restated(total, paragraphs.get((total.article, total.line), ()))
    if not (count.value and total.value) or not _all_exact(share, count, total):
        return None
    if count.value > total.value:
        # a part above its whole is a link misread: "390 décès" read as a part of "deux
        # Régions" in "dans 14 pays des deux Régions de l'OMS et 390 décès"
        return None
    return count, total


def _antecedent_pair(
    share: Claim, by_id: Mapping[str, Claim], just_before: Claim | None
) -> tuple[Claim, Claim] | None:
    """The count and total two counts read by antecedents: the share's and its own, or the
    part just before the share when the share's antecedent is itself the total."""
    count = by_id.get(share.antecedent or "")
    if count is None:
        return None
    # a share's antecedent in an earlier sentence is the whole it is a share of ("Among them,
    # X was re-elected with 61.47%" after "311 of the 577 constituencies"), never a count it
    # restates over that count's own whole: only a part stated beside the share restates it
    told_beside = (count.line, count.sentence) == (share.line, share.sentence)
    total = by_id.get(count.antecedent) if count.antecedent and told_beside else None
    if total is None:
        restated = _restated_part(share, count, just_before)
        if restated is not None:
            count, total = restated, count
    if total is None or count.unit != "count" or total.unit != "count":
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
    exact = {c.value: c for c in paragraph if _may_restate(c, total, allowed)}
    return next(iter(exact.values())) if len(exact) == 1 else total


def _may_restate(c: Claim, total: Claim, allowed: Interval) -> bool:
    """An exact plain count before the bound, for its period, inside what the bound allows:
    the exact figure the bound may round."""
    return (c.approx is Approx.exact and c.unit == "count" and c.role is VALUE
            and c.value is not None and c.start < total.start and allowed.contains(c.value)
            and relate(c.period, total.period) is Relation.same)


def _share_check(share: Claim, count: Claim, total: Claim) -> Check:
    """The count over the total, against the share to the precision printed."""
    assert count.value and total.value
    computed = 100 * count.value / total.value
    return _against(share, computed, f"{cite([count])} of {cite([total])}", (count, total, share))


def _against(share: Claim, percent: float, said: str, figures: tuple[Claim, ...]) -> Check:
    """A percentage read from ``said`` (``figures``), against the share to the precision
    printed."""
    assert share.value is not None
    slack = 0.5 * 10 ** -share.decimals + 1e-9
    cited = f"{said} is {percent:.{share.decimals + 1}f} %"
    return share_verdict(abs(percent - share.value) <= slack, cited, share, figures)


def share_verdict(holds: bool, cited: str, share: Claim, figures: tuple[Claim, ...]) -> Check:
    """The ``share_of_total`` check of a share against the percentage its figures make
    (``cited``: "... of ... is 29.7 % to 29.9 %"): ``consistent`` when it ``holds``, else a
    ``conflict``."""
    if holds:
        return Check(Verdict.consistent, "share_of_total", figures,
                     f"{cited}, as {cite([share])} says.")
    return Check(Verdict.conflict, "share_of_total", figures,
                 f"{cited}, not {cite([share])}: the share and its count disagree "
                 "even allowing for the rounding printed.")


def _restated_part(share: Claim, whole: Claim, part: Claim | None) -> Claim | None:
    """The count a share restates when the share leans on the whole: the figure just before
    it in its sentence, a part of the same whole, joined to it by a restating word ("166
    étaient mineures, soit 38 %"; "118 were under 30, or 27.4 percent")."""
    if part is None or part.unit != "count" or part.antecedent != whole.id:
        return None
    return part if restates(part, share) else None


def stated_share_findings(claims: Iterable[Claim]) -> list[Finding]:
    """The ``share_of_total`` checks as findings, numbered per article."""
    findings: list[Finding] = []
    for article, checks in stated_share_checks(claims):
        findings += numbered_findings(f"{article}-share", checks, "share of a stated total", None)
    return findings
