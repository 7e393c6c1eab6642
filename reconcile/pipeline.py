"""Claims -> groups -> findings: the reconciliation every verb and renderer shares.

Besides the findings, it counts the claims it could not compare and why, so a report says
what was not checked next to what it flagged (statcheck's lesson).

A script that calls ``reconcile()`` at import time needs an ``if __name__ == "__main__":``
guard: large inputs run in worker processes (``reconcile.execution``), which import the main
module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date
from functools import partial

from claims.models import Approx, Article, Claim, Role
from reconcile.assess import Judged, Notes, assess, judge, weaken
from reconcile.compare import (
    PLAIN_COUNT,
    PLAIN_SHARE,
    PeriodCache,
    as_findings,
    canonical_interval,
    clusters_of,
    compare_raw,
    kind_of,
)
from reconcile.evidence import Corpus
from reconcile.execution import Executor, auto
from reconcile.group import Visit, group_and_visit
from reconcile.headline import HEADLINE_ID, UNDATED_MARK, headline_findings
from reconcile.internal import internal_findings, typo_findings, without_compared
from reconcile.lexicon import Lexicon
from reconcile.linkage import THRESHOLD
from reconcile.models import (  # Reconciliation re-exported: it lived here
    Finding,
    Group,
    OneCopy,
    Reconciliation,
    Verdict,
    read_fields,
)
from reconcile.models import Only as Only  # re-exported: it lived here
from reconcile.models import Report as Report  # re-exported: it lived here
from reconcile.periods import is_bounded
from reconcile.review import Review
from reconcile.slim import SlimClaim
from reconcile.standing import standing_findings
from reconcile.structural import Context, group_checks, parts_findings
from reconcile.structural.base import numbered
from reconcile.structural.breakdown import breakdown_findings
from reconcile.structural.change_amount import amount_change_figures, amount_change_findings
from reconcile.structural.change_levels import level_change_figures, level_change_findings
from reconcile.structural.change_rate import (
    change_figures,
    level_and_base_pairs,
    stated_change_findings,
)
from reconcile.structural.conversion import conversion_findings
from reconcile.structural.counter import SERIES_DETAILS, one_counter_told, superseded
from reconcile.structural.named_rate import named_rate_figures, named_rate_findings
from reconcile.structural.share_referred import referred_share_figures, referred_share_findings
from reconcile.structural.share_siblings import sibling_share_findings
from reconcile.structural.share_told_total import articles_naming_totals
from reconcile.structural.shares import paragraphs_naming_totals, stated_share_findings
from reconcile.toll_days import told_later

# Why a claim is in no finding, most telling first.
# A frame too thin to know what the figure measures: nothing counted, and no event, whole or
# named entity either. Never guessed into a group.
UNCLEAR = "unclear what it measures"
NOTHING_COUNTED = UNCLEAR  # the name before frames
UNREADABLE = "value or unit not readable"
ALONE = "alone in its group"
NO_PERIOD = "no period"
AGREES = "same figure as its group"


def reconcile(
    claims: Sequence[Claim],
    *,
    tolerance: float = 0.05,
    lexicon: Lexicon | None = None,
    threshold: float = THRESHOLD,
    focus: Iterable[str] | None = None,
    executor: Executor | None = None,
    review: Review | None = None,
    published: Mapping[str, date] | None = None,
) -> Reconciliation:
    """Group the claims, compare the figures inside each group, then run structural checks.

    ``focus`` (claim ids): only the groups holding one of them are compared, as the gate
    asks (the others cannot yield a finding about them, and comparing every group of a corpus
    is most of the work); every group is still returned. ``executor`` says where the work
    runs (``reconcile.execution``; by default inline for small inputs, a local pool for large
    ones). ``review``: a person's decisions (``reconcile.review``), applied to the groups and
    findings. ``published``: each article's publication day, by article id, when the caller
    read it (a day's toll told on two days is an update: ``reconcile.toll_days``). The result
    depends only on the claims, never on their order.
    """
    claims = list(claims)
    if executor is not None:
        return _reconcile(claims, tolerance, lexicon, threshold, focus, executor, review,
                          published)
    with auto(len(claims)) as run:
        return _reconcile(claims, tolerance, lexicon, threshold, focus, run, review, published)


def published_days(articles: Iterable[Article]) -> dict[str, date]:
    """Each article's publication day by id, for the articles that have one."""
    return {a.id: a.published for a in articles if a.published is not None}


def _reconcile(
    claims: list[Claim], tolerance: float, lexicon: Lexicon | None, threshold: float,
    focus: Iterable[str] | None, executor: Executor, review: Review | None = None,
    published: Mapping[str, date] | None = None,
) -> Reconciliation:
    outside: list[Outside] = []
    beyond: list[Future[_Beyond]] = []
    focus = None if focus is None else frozenset(focus)
    # the run's: a conflict's weak points are read as its group comes back, and the checks
    # beyond groups read theirs beside
    corpus = Corpus({c.id: c for c in claims}, published)

    def related(ordered: Sequence[Claim]) -> dict[int, list[int]]:
        outside.append(Outside.of(ordered))
        # the checks that read figures of several groups read no group: they run while the
        # groups are made and visited, beside (``Executor.beside``), not after them
        beyond.append(executor.beside(
            partial(_beyond_groups, claims, outside[0].shares, tolerance, corpus)
        ))
        return outside[0].related

    visits = partial(
        _visits, tolerance=tolerance, periods=PeriodCache(),
        focus=None if focus is None else frozenset(focus),
    )
    one = OneCopy()
    visited = group_and_visit(claims, lexicon, threshold, visits, related, executor,
                              partial(_placed, one=one, corpus=corpus))
    executor.idle()  # the rest runs here
    if review:
        visited = review.regroup(visited, claims,
                                 _revisit(claims, tolerance, focus, one, corpus))
    found = _Collected.of(visited)
    del visited
    compared, parts = beyond[0].result().with_compared(found.compared, found.checked)
    found.elsewhere.update(i for f in parts for i in f.claim_ids)
    reasons = Counter(why for i, why in found.unnamed if i not in found.elsewhere)
    findings = [*compared, *found.checked, *parts]
    reviewed: dict[str, str] = {}
    if review:
        findings, reviewed = review.mark_fine(findings, claims)
    return Reconciliation.model_construct(
        groups=found.groups,
        findings=findings,
        uncomparable=dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        reviewed=reviewed,
    )


@dataclass(slots=True)
class _Placed:
    """What a group's visit found, as findings with their ids: pairwise findings, checks, the
    members no finding names (claim id, reason), and the claims its checks name that are not
    its members."""

    compared: list[Finding]
    checked: list[Finding]
    missing: list[tuple[str, str]]
    elsewhere: list[str]


def _placed(group: Group, seen: object, one: OneCopy, corpus: Corpus) -> _Placed | None:
    """A visit's result for ``group`` (None: outside the focus) as findings."""
    if seen is None:
        return None
    return _placed_as(group.id, group.label, group.claim_ids, seen, one, corpus)


def _placed_as(
    group_id: str, label: str, member_ids: Iterable[str], seen: object, one: OneCopy,
    corpus: Corpus,
) -> _Placed:
    """The findings of a group's visit, judged in full: their conflicts' weak points are read
    here, in the process that holds the corpus, as each group comes back (while the others
    are still being visited elsewhere), not once all are in."""
    pairs, checks, missing = seen  # type: ignore[misc]
    members = {i: i for i in member_ids}
    checked = as_findings(_held_once(checks, members, one), group_id, label) if checks else []
    checked = _of_one_story(checked, corpus)
    compared = told_later(as_findings(_held_once(pairs, members, one), group_id, label), corpus)
    weaken([*compared, *checked], corpus.by_id, corpus)
    return _Placed(compared, checked, [(members.get(i, i), why) for i, why in missing],
                   [i for f in checked for i in f.claim_ids if i not in members])


def _of_one_story(checked: list[Finding], corpus: Corpus) -> list[Finding]:
    """The checks, less a running count's series read across articles that tell no one story
    (``counter.one_counter_told``: a toll that "grew" from an attack's to a fire's)."""
    return [f for f in checked if f.detail not in SERIES_DETAILS or one_counter_told(
        [corpus.by_id[i] for i in f.claim_ids if i in corpus.by_id], corpus)]


def _held_once(judged: list[Judged], members: dict[str, str], one: OneCopy) -> list[Judged]:
    """Judged findings as they came back from where they were visited, naming their members
    by the ids this process holds already and their assumptions and confidence by one object
    per value of the run (``OneCopy``): copies of these were a tenth of a million claims'
    peak memory."""
    return [(suffix, verdict, detail, [members.get(i, i) for i in ids], text,
             [one(note) for note in said], one(confidence))
            for suffix, verdict, detail, ids, text, said, confidence in judged]


@dataclass
class _Collected:
    """The groups and what their visits found (``_Placed``), all groups together."""

    groups: list[Group]
    compared: list[Finding]
    checked: list[Finding]
    unnamed: list[tuple[str, str]]
    elsewhere: set[str]

    @classmethod
    def of(cls, visited: Iterable[tuple[Group, object]]) -> _Collected:
        found = cls([], [], [], [], set())
        for group, seen in visited:
            found.groups.append(group)
            if isinstance(seen, _Placed):  # None: outside the focus
                found.compared += seen.compared
                found.checked += seen.checked
                found.unnamed += seen.missing
                found.elsewhere.update(seen.elsewhere)
        return found


@dataclass(frozen=True, slots=True)
class _Beyond:
    """The findings of the checks that read figures of several groups, judged in full:
    ``parts`` (shares summed as parts, stated shares against their counts, restatements in
    another unit) and ``internal`` (an article contradicting itself), which a group's pairwise
    finding about the same two figures says instead."""

    parts: list[Finding]
    conversions: list[Finding]
    internal: list[Finding]
    levels_and_bases: frozenset[frozenset[str]] = frozenset()  # of a stated change

    def with_compared(
        self, compared: list[Finding], checked: Sequence[Finding] = ()
    ) -> tuple[list[Finding], list[Finding]]:
        """The pairwise findings left when a pair restated in two units is the conversion
        check's to judge, and the findings of these checks that no pair left says, nor a
        group's check about the same two figures (a running count's fall)."""
        compared = _undated_headline_read(_not_restated(compared, self.conversions),
                                          self.internal)
        compared = _not_level_against_base(compared, self.levels_and_bases)
        internal = _not_level_against_base(self.internal, self.levels_and_bases)
        return compared, [*self.parts, *self.conversions,
                          *without_compared(internal, [*compared, *checked])]


def _not_level_against_base(found: list[Finding],
                            sides: frozenset[frozenset[str]]) -> list[Finding]:
    """The findings but a disagreement between the level and the base a stated change check
    read: the text tells them as two times ("about 58%" in 2009, "67%" now, "up 9 points"),
    and the check judged the change they make."""
    if not sides:
        return found
    return [f for f in found if not (
        f.verdict in (Verdict.conflict, Verdict.minor_discrepancy)
        and frozenset(f.claim_ids) in sides)]


def _not_restated(compared: list[Finding], conversions: Sequence[Finding]) -> list[Finding]:
    """The pairwise findings but those about a pair restated in two units: the conversion
    check's to judge."""
    if not conversions:
        return compared
    restated = {frozenset(f.claim_ids) for f in conversions}
    return [f for f in compared if frozenset(f.claim_ids) not in restated]


def _undated_headline_read(compared: list[Finding], internal: Sequence[Finding]) -> list[Finding]:
    """The pairwise findings but a group's ``period_mismatch`` about the two figures of an
    undated headline's finding: read by its group as of publication, the headline figure is a
    period apart from the body's; the headline check read it as the body's story."""
    dated = {frozenset(f.claim_ids) for f in internal if f"{HEADLINE_ID}{UNDATED_MARK}" in f.id}
    if not dated:
        return compared
    return [f for f in compared if not (
        f.verdict is Verdict.period_mismatch and frozenset(f.claim_ids) in dated)]


def _beyond_groups(
    claims: list[Claim], shares: list[Claim], tolerance: float, corpus: Corpus
) -> _Beyond:
    """The checks of ``_across_groups``, judged (``assess``): they read claims, no group."""
    parts, conversions, internal = _across_groups(claims, shares, tolerance)
    assess([*parts, *conversions, *internal], claims, (), corpus=corpus)
    return _Beyond(parts, conversions, internal, frozenset(level_and_base_pairs(parts, claims)))


def _across_groups(
    claims: list[Claim], shares: list[Claim], tolerance: float
) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """The checks that read figures of several groups: shares summed as parts and stated
    shares against their counts, restatements in another unit (``conversion_findings``), and
    an article contradicting itself (``internal_findings``, then the headline and typo checks'
    pairs it did not find)."""
    stated = stated_share_findings(_share_figures(claims))
    checked = {i for f in stated for i in f.claim_ids}
    referred = referred_share_findings(referred_share_figures(claims), checked)
    checked.update(i for f in referred for i in f.claim_ids)
    referred += sibling_share_findings(claims, checked)
    parts = [*parts_findings(shares), *stated, *breakdown_findings(claims), *referred,
             *named_rate_findings(named_rate_figures(claims), checked),
             *stated_change_findings(change_figures(claims)),
             *amount_change_findings(amount_change_figures(claims)),
             *level_change_findings(level_change_figures(claims))]
    conversions = conversion_findings(claims)
    internal = internal_findings(claims, tolerance)
    for more in (headline_findings(claims, tolerance), typo_findings(claims),
                 standing_findings(claims, tolerance),
                 internal_findings(claims, tolerance, named=True)):
        internal += _not_said(more, internal)
    return parts, conversions, internal


def _share_figures(claims: list[Claim]) -> list[Claim]:
    """The figures ``stated_share_findings`` reads: shares and counts that lean on another,
    the figures leaned on, the exact counts of a paragraph whose bound is leaned on, and the
    paragraphs naming a total."""
    leaned_on = _antecedents(claims)  # once: per claim it made the run quadratic
    # a bound leaned on ("« plus de 620 » ... Parmi elles, 212") may restate an exact count of
    # its paragraph ("624 personnes"): those counts are read too
    bounds = {(c.article, c.line) for c in claims
              if c.id in leaned_on and c.approx is not Approx.exact}
    totals = paragraphs_naming_totals(claims)  # "£64.5bn, or 71% of the total": read them too
    told = articles_naming_totals(claims)  # the total may be told in another paragraph
    return [c for c in claims
            if _leans_or_leaned_on(c, leaned_on) or _in_paragraphs_read(c, bounds, totals)
            or (c.unit == "count" and c.article in told)]


def _leans_or_leaned_on(c: Claim, leaned_on: set[str]) -> bool:
    """A share or count leaning on another figure, or a figure a share leans on."""
    return (c.antecedent is not None and c.unit in ("percent", "count")) or c.id in leaned_on


def _in_paragraphs_read(
    c: Claim, bounds: set[tuple[str, int]], totals: set[tuple[str, int]]
) -> bool:
    """An exact count of a paragraph whose bound is leaned on, or any figure of a paragraph
    naming a total."""
    where = (c.article, c.line)
    return (where in bounds and c.approx is Approx.exact and c.unit == "count") or where in totals


def _not_said(more: list[Finding], internal: list[Finding]) -> list[Finding]:
    """The findings of ``more`` whose pair ``internal`` does not say yet: each pair is said
    once, first by the internal check."""
    said = {frozenset(f.claim_ids) for f in internal}
    return [f for f in more if frozenset(f.claim_ids) not in said]


def _revisit(
    claims: Sequence[Claim], tolerance: float, focus: frozenset[str] | None, one: OneCopy,
    corpus: Corpus,
) -> Callable[[list[Claim], str, str], object]:
    """The visit of a group a review decision made, here in this process (a few groups), on
    slim claims as in a worker."""
    made: list[Visit] = []

    def visit(members: list[Claim], label: str, group_id: str) -> object:
        if not made:
            made.append(_visits([SlimClaim.of(c) for c in claims], tolerance, PeriodCache(),
                                focus))
        seen = made[0]([SlimClaim.of(c) for c in members], label, group_id)
        return None if seen is None else _placed_as(group_id, label, [c.id for c in members],
                                                    seen, one, corpus)

    return visit


def _antecedents(claims: Sequence[Claim]) -> set[str]:
    """Ids of the figures a stated share leans on: its count and that count's total."""
    by_id = {c.id: c for c in claims if c.antecedent is not None}
    named = {c.antecedent for c in claims if c.antecedent is not None and c.unit == "percent"}
    return named | {by_id[i].antecedent for i in named if i in by_id}  # type: ignore[misc]


def _visits(
    known: Sequence[Claim], tolerance: float, periods: PeriodCache, focus: frozenset[str] | None
) -> Visit:
    """The visit for a bucket's claims: its structural checks look only at them (the members
    of its groups and their ``related`` claims), and so does judging its findings."""
    return partial(_visit, tolerance=tolerance, context=Context.of(known), periods=periods,
                   focus=focus, known={c.id: c for c in known}, notes={})


@dataclass(frozen=True, slots=True)
class Outside:
    """What checks read beyond one group, found in one pass over the claims: ``related``, the
    claims a group's checks read besides its members, by index (for a rate, the claims of its
    sentence that can be its total, plain counts over a bounded period; for a ratio, the figure
    it points at: see ``Context``), and ``shares``, the claims the ``parts`` check reads (plain
    percentages)."""

    related: dict[int, list[int]]
    shares: list[Claim]

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> Outside:
        totals, rates, ratios, shares = _sorted_figures(claims)
        related = {i: totals[key] for i, key in rates if key in totals}
        del totals
        if ratios:
            _add_ratio_targets(related, claims, ratios)
        return cls(related, shares)


def _sorted_figures(claims: Sequence[Claim]) -> tuple[
    dict[tuple[str, str], list[int]], list[tuple[int, tuple[str, str]]], list[tuple[int, str]],
    list[Claim],
]:
    """One pass over the claims: each sentence's plain counts over a bounded period (a rate's
    possible totals), the rates with their sentence, the ratios with the figure they point
    at, and the plain shares."""
    totals: dict[tuple[str, str], list[int]] = {}  # a sentence's plain values
    rates: list[tuple[int, tuple[str, str]]] = []
    ratios: list[tuple[int, str]] = []
    shares: list[Claim] = []
    value, ratio = Role.value, Role.ratio
    fields = read_fields(claims, "per", "role", "unit", "article", "sentence", "period",
                         "linked")
    for i, (per, role, unit, article, sentence, period, linked) in enumerate(fields):
        if per is not None:
            rates.append((i, (article, sentence)))
        elif role is value:
            kind = kind_of(unit, None)
            if kind == PLAIN_SHARE:
                shares.append(claims[i])
            elif kind == PLAIN_COUNT and is_bounded(period):  # can be a rate's total
                totals.setdefault((article, sentence), []).append(i)
        elif role is ratio and linked:
            ratios.append((i, linked))
    return totals, rates, ratios, shares


def _add_ratio_targets(
    related: dict[int, list[int]], claims: Sequence[Claim], ratios: list[tuple[int, str]]
) -> None:
    """Each ratio reads the figure it points at (the last claim of that id, as in
    ``Context.of``); ``related`` is updated in place."""
    targets = {linked for _, linked in ratios}
    found = {c.id: i for i, c in enumerate(claims) if c.id in targets}
    for i, linked in ratios:
        if linked in found:
            related[i] = [*related.get(i, ()), found[linked]]


def _visit(
    members: list[Claim], label: str, group_id: str, tolerance: float, context: Context,
    periods: PeriodCache, focus: frozenset[str] | None, known: Mapping[str, SlimClaim],
    notes: Notes,
) -> tuple[list[Judged], list[Judged], list[tuple[str, str]]] | None:
    """One group's pairwise and structural findings as tuples, ids relative to the group
    (``-f1``, ``-s1``...), judged here (``assess.judge``: all but a conflict's weak points):
    cheap to send between processes. Then each member the group's findings leave out, with
    the reason (``unnamed_reason``; the pipeline drops those another finding names). None for
    a group outside the focus."""
    if focus is not None and focus.isdisjoint(c.id for c in members):
        return None
    clusters = clusters_of(members, periods)  # both read them: made once
    checks = numbered(group_checks(members, context, clusters))
    pairs = superseded(compare_raw(members, tolerance, clusters), checks, members)
    named = {i for finding in (*pairs, *checks) for i in finding[3]}
    size = len(members)
    missing = [(c.id, unnamed_reason(c, size)) for c in members if c.id not in named]
    return judge(pairs, known, notes), judge(checks, known, notes), missing


def unnamed_reason(claim: Claim, group_size: int) -> str:
    """Why a claim is in no finding, the first reason that applies."""
    if not (claim.counted.strip() or claim.lemmas or claim.event or claim.whole or claim.entity):
        return UNCLEAR
    if canonical_interval(claim) is None:
        return UNREADABLE
    if group_size == 1:
        return ALONE
    if claim.period is None:
        return NO_PERIOD
    return AGREES
