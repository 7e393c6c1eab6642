"""A running count read over time ("140 to end of May", "305 to 20 Aug", "466 to 31 Oct"):
``cumulative_decrease`` when a later reading from the same start is lower, ``growth`` when the
readings rise; and which earlier figure a revision supersedes."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from claims.lang import grouping_pattern
from claims.lexicon import Lexicon, fold
from claims.models import Claim, Period, PeriodKind
from reconcile.compare import (
    PLAIN_COUNT,
    PLAIN_SHARE,
    Cluster,
    RawFinding,
    claim_order,
    clusters_of,
    relation,
)
from reconcile.models import Verdict
from reconcile.periods import (
    Relation,
    describe,
)
from reconcile.slim import event_concepts
from reconcile.structural.base import VALUE, Check, join_all, plainly_stated

if TYPE_CHECKING:
    from reconcile.evidence_articles import Corpus

CUMULATIVE_DECREASE, GROWTH = "cumulative_decrease", "growth"
# What a counter finding says when it read a figure with no stated start as counted from
# 1 January (``assess`` lists it among the finding's assumptions).
NO_START = "a figure that states no start is read as counted from 1 January, as the others are"
# Details of the checks that read a group's figures for several periods as one counter: the
# group's period_mismatch finding about the same figures says nothing more.
SERIES_DETAILS = (CUMULATIVE_DECREASE, GROWTH)
_TALLY_KINDS = (PeriodKind.as_of, PeriodKind.to_date, PeriodKind.interval)
_FRAME_SLOTS = ("place", "entity", "whole")


def _tally_period(period: Period | None) -> bool:
    """A period a running count can be given for: up to a known day, from a stated start or
    with the start unknown ("as of"). Not a day's event, nor a figure dated by publication."""
    return (
        period is not None
        and period.end is not None
        and period.kind in _TALLY_KINDS
        and period.resolution not in ("publication", "unresolved")
        and (period.start is not None or period.kind is PeriodKind.as_of)
    )


def _cumulative(claim: Claim) -> bool:
    """A count that only grows: its event is one that happens once and is counted (a death,
    a crossing, a report: the table's ``[cumulative]``), or its phrase names a running tally
    ("provisional total", "bilan"). An event that can end (held, hospitalised) is a stock."""
    if told_as_held(claim):
        return False
    concepts, tally = Lexicon.default_cumulative()
    events = event_concepts(claim)
    if events:
        return bool(concepts.intersection(events))
    return any(fold(word) in tally for word in _WORDS.findall(claim.counted))


_WORDS = re.compile(r"[^\W\d_]+")
# Where the figure's own clause ends: a clause's punctuation, or the next figure's digits.
_CLAUSE_END = re.compile(r"[,;:.!?()\d]")


def told_as_held(claim: Claim) -> bool:
    """The figure's own clause, after it, tells a state still held (the table's ``[grouping]
    still_held``: "11 of the 146 injured remain hospitalized", "9 patients still in
    hospital", "onze blessés sont toujours hospitalisés", "11명이 여전히 입원해 있다"): a
    stock at its time, which shrinks as people leave, whatever noun it counts."""
    pattern = grouping_pattern(claim.language, "still_held")
    # a slim claim keeps no sentence offset: its figure's first place in the sentence
    at = claim.at_in_sentence() if isinstance(claim, Claim) else claim.sentence.find(claim.surface)
    if pattern is None or at < 0:
        return False
    after = claim.sentence[at + len(claim.surface):]
    end = _CLAUSE_END.search(after)
    return pattern.search(after[: end.start() if end else len(after)]) is not None


_ASIDE = re.compile(r"\([^()]*\)")


def without_aside(source: str) -> str:
    """A source's name without what it gives in brackets: the short name of the same body
    ("중앙재난안전대책본부(중대본)", "Federal Emergency Management Agency (FEMA)")."""
    return _ASIDE.sub(" ", source)


def same_counter(a: Claim, b: Claim) -> bool:
    """Place, entity and whole both stated alike, or both left empty (a counter's figures must
    not lean on a slot one side leaves open), and not two sources that each name themselves
    (two agencies keep two counters, and may count differently); a source named again in
    fewer words ("the department" after "the health department") is the same one, and a
    short name in brackets names it again ("중앙재난안전대책본부(중대본)")."""
    if not all(
        fold(getattr(a, slot) or "") == fold(getattr(b, slot) or "") for slot in _FRAME_SLOTS
    ):
        return False
    return _one_thing_counted(a, b) and _one_source_or_unnamed(a, b)


def _one_source_or_unnamed(a: Claim, b: Claim) -> bool:
    """One side names no source, or both name one, the words of one within the other's ("the
    department" after "the health department" names the same source again)."""
    sources = [set(_WORDS.findall(fold(without_aside(c.source or c.actor or ""))))
               for c in (a, b)]
    return not all(sources) or sources[0] <= sources[1] or sources[1] <= sources[0]


def _one_thing_counted(a: Claim, b: Claim) -> bool:
    """The two figures count one thing: what one says it counts and what happened to it, read
    as concepts and lemmas, is all or part of what the other says ("시설 피해", "호우 시설
    피해"; "personnes hospitalisées", "hospitalisations"). A group may hold a total and a part
    of it ("시설 피해가 428건", "비닐하우스 피해가 211건": both damage), and a part below its
    whole is no fall. A side that says nothing of what it counts is not read."""
    lexicon = Lexicon.shipped()
    said = [set(lexicon.normalise(f"{c.counted} {c.event or ''}", c.language)) for c in (a, b)]
    return not all(said) or said[0] <= said[1] or said[1] <= said[0]


def _series(clusters: Sequence[Cluster]) -> list[tuple[list[Cluster], bool]]:
    """The group's counters: figures counted from one start (the same stated first day, or an
    unknown one), each a list of clusters with at least two different last days and at least
    one running window ("as of", "so far", "since January"), and whether
    a figure with no stated start was read as counted from the 1 January its series states."""
    by_origin, assumed = _by_origin(clusters)
    out = []
    for origin, members in by_origin.items():
        ends = {m.period.end for m in members if m.period is not None}
        running = any(m.period.kind is not PeriodKind.interval for m in members)  # type: ignore[union-attr]
        if len(ends) > 1 and running:  # closed windows alone ("in 2024"): sub_period's
            members.sort(key=lambda m: (_end(m), m.interval.lo))
            out.append((members, origin in assumed))
    out.sort(key=lambda item: claim_order(item[0][0].claims[0]))
    return out


def _by_origin(clusters: Sequence[Cluster]) -> tuple[dict[date | None, list[Cluster]], set[date]]:
    """The clusters by the first day they count from (None: unknown), and the 1 January
    starts assumed for the figures of a cumulative event that state none."""
    by_origin: dict[date | None, list[Cluster]] = {}
    loose: list[Cluster] = []
    for cluster in clusters:
        start = cluster.period.start if cluster.period is not None else None
        if start is not None:
            by_origin.setdefault(start, []).append(cluster)
        elif _cumulative_cluster(cluster):
            loose.append(cluster)
    assumed: set[date] = set()
    for cluster in loose:
        assert cluster.period is not None and cluster.period.end is not None
        year_start = date(cluster.period.end.year, 1, 1)
        if year_start in by_origin:
            by_origin[year_start].append(cluster)
            assumed.add(year_start)
        else:
            by_origin.setdefault(None, []).append(cluster)
    return by_origin, assumed


def _cumulative_cluster(cluster: Cluster) -> bool:
    """Every figure of the cluster that says what it counts counts a cumulative event, and one
    does: a headline figure that names nothing it counts ("비닐하우스 등 214건 '와르르'…",
    restated by the body's "시설 피해가 214건") neither makes nor unmakes a tally."""
    said = [c for c in cluster.claims if c.counted.strip() or event_concepts(c)]
    return bool(said) and all(_cumulative(c) for c in said)


def _end(cluster: Cluster) -> date:
    assert cluster.period is not None and cluster.period.end is not None
    return cluster.period.end


def _below(later: Cluster, earlier: Cluster) -> bool:
    """Every value the later figure allows is below every value the earlier one allows."""
    return later.interval.hi < earlier.interval.lo or (
        later.interval.hi == earlier.interval.lo
        and (later.interval.hi_open or earlier.interval.lo_open)
    )


def counter_checks(
    members: Sequence[Claim], values: Sequence[Cluster] | None = None
) -> Iterator[Check]:
    """R1: a running count read over time. A later figure of the same counter below an
    earlier one is a ``conflict`` (``cumulative_decrease``); a counter that never falls is one
    ``consistent`` timeline (``growth``), not a list of period mismatches.

    Windows from one stated start that contain one another are the ``sub_period`` check's;
    here a decrease needs a figure "as of" a day with its start unknown, whose event only grows
    (``_cumulative``), read against the same counter (``same_counter``), both plainly stated
    (not vague, hedged or planned)."""
    if values is None:
        values = clusters_of(m for m in members if m.role is VALUE)
    for clusters in _tallies_by_kind(values):
        for series, assumed in _series(clusters):
            yield from _series_checks(series, f" ({NO_START})" if assumed else "")


def _tallies_by_kind(values: Iterable[Cluster]) -> list[list[Cluster]]:
    """The clusters a running count may read (``_tallied``, over a tally's period), kind by
    kind in the kinds' order, where a kind has two or more: tonnes landed and people counted
    are two counters."""
    by_kind: dict[str, list[Cluster]] = {}
    for cluster in values:
        if _tallied(cluster) and _tally_period(cluster.period):
            by_kind.setdefault(cluster.kind, []).append(cluster)
    return [by_kind[kind] for kind in sorted(by_kind) if len(by_kind[kind]) >= 2]


def _tallied(cluster: Cluster) -> bool:
    """A plain count, or an amount of a measure whose every figure tallies a cumulative event
    (``_cumulative``: "3 560 tonnes de coquilles avaient été débarquées depuis le 2 novembre",
    "12,400 acres burned"):
    tonnes landed and hectares burned add up as a count does. Not a share, a rate, nor a
    measure of a level (a temperature, an average), which may fall."""
    if cluster.kind == PLAIN_COUNT:
        return True
    return (cluster.kind.endswith("/value") and cluster.kind != PLAIN_SHARE
            and all(_cumulative(c) for c in cluster.claims))


def _series_checks(series: list[Cluster], note: str) -> Iterator[Check]:
    """A counter's decreases, or, with none, its growth; one that falls without a figure sure
    enough to say so is left as it was."""
    decreases = [(a, b) for a, b in _later_pairs(series) if _decrease(a, b)]
    if decreases:
        yield from (_decrease_check(a, b, note) for a, b in decreases)
    elif not _falls(series):
        yield _growth_check(series, note)


def _later_pairs(series: Sequence[Cluster]) -> Iterator[tuple[Cluster, Cluster]]:
    """Each figure of a series with each one listed after it."""
    for i, earlier in enumerate(series):
        for later in series[i + 1 :]:
            yield earlier, later


def _falls(series: Sequence[Cluster]) -> bool:
    """Some later figure lies wholly below an earlier one."""
    return any(later.interval.hi < earlier.interval.lo for earlier, later in _later_pairs(series)
               if _end(later) > _end(earlier))


def _decrease(earlier: Cluster, later: Cluster) -> bool:
    """A later figure of the same counter below an earlier one, both plainly stated; not two
    windows from one start that contain one another (the ``sub_period`` check's). Two running
    windows from one start whose ends lie within the slack of ``relate`` are read by it as
    one period, which the ``sub_period`` check never sees: "91 cases this year as of 31
    October" and "86 from January to 7 November" are two readings of one counter."""
    if _end(later) <= _end(earlier) or not _below(later, earlier):
        return False
    if _started_later(earlier, later) or _two_started_windows(earlier, later):
        return False
    if _said_revised(later):
        return False
    return (any(same_counter(a, b) for a in earlier.claims for b in later.claims)
            and plainly_stated(earlier) and plainly_stated(later))


def _said_revised(later: Cluster) -> bool:
    """The later figure's sentence says the count was revised or corrected ("revised the
    number of damaged homes down to 1,175", "revu à la baisse", "391건으로 정정했다"): the
    fall is the revision the text states, not one nobody explained (the ``[grouping]
    revised`` expressions of each language table)."""
    for claim in later.claims:
        pattern = grouping_pattern(claim.language, "revised")
        if pattern is not None and pattern.search(claim.sentence):
            return True
    return False


def _two_started_windows(earlier: Cluster, later: Cluster) -> bool:
    """Both windows state their start and ``relate`` reads them as two periods: windows that
    contain one another are the ``sub_period`` check's."""
    return (
        earlier.period.start is not None  # type: ignore[union-attr]
        and later.period.start is not None  # type: ignore[union-attr]
        and relation(earlier, later) is not Relation.same
    )


def _started_later(earlier: Cluster, later: Cluster) -> bool:
    """The later, lower figure is a casualty toll that states no start (the table's
    ``[cumulative] tolls``: the dead, the injured), read against a figure counted from a
    stated day (the 1 January its series was read from): an event's toll counts from the
    event, and a start after that day explains the fall without any error. A crash's toll
    given on 4 December ("Four people died in Tuesday's pile-up") is below the year's count to
    November ("From January to November, 19 people died in crashes on icy roads"). A year's
    running tally of crossings or cases given with no start ("the provisional total for the
    year") is still read from 1 January."""
    if later.period.start is not None or earlier.period.start is None:  # type: ignore[union-attr]
        return False
    tolls = Lexicon.shipped().tolls
    return all(set(event_concepts(c)) & tolls for c in later.claims)


def _decrease_check(earlier: Cluster, later: Cluster, note: str) -> Check:
    text = (
        f"{later.cited} for {describe(later.period)} is below {earlier.cited} for "
        f"{describe(earlier.period)}: a running count cannot fall{note}."
    )
    return Check(Verdict.conflict, CUMULATIVE_DECREASE, (*earlier.claims, *later.claims), text)


def _growth_check(series: Sequence[Cluster], note: str) -> Check:
    steps = [f"{c.cited} to {_day(_end(c))}" for c in series]
    text = (
        f"One running count over time: {join_all(steps)}. "
        f"It grows, as a running count does{note}."
    )
    return Check(Verdict.consistent, GROWTH, tuple(c for s in series for c in s.claims), text)


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def one_counter_told(claims: Sequence[Claim], corpus: Corpus) -> bool:
    """A counter read across articles is one counter only if some two of its articles tell
    one story (``Corpus.one_story``: names or uncommon figures in common): an attack's 29
    foreign dead in one article and a fire's 52 dead eight months later in another are no
    running count that grew, and a drowning toll after a quake's is none that fell. One pair
    of articles of one story is enough to keep the series: a toll told by two wires and a
    third article the story marks miss is still one toll."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, []).append(claim)
    if len(by_article) < 2:
        return True
    return any(corpus.one_story([*by_article[a], *by_article[b]])
               for a, b in itertools.combinations(sorted(by_article), 2))


def superseded(
    pairs: Sequence[RawFinding], checks: Sequence[RawFinding], members: Sequence[Claim] = ()
) -> list[RawFinding]:
    """The group's pairwise findings without those a counter check has said better: its
    period_mismatch timelines whose every figure the check read as one running count, and the
    comparisons of two readings of one counter at two dates that ``relate`` took for one period
    (ends within its slack: "91 as of 31 October", "86 to 7 November"); ``members``: the
    group's claims, for their periods."""
    series = [set(ids) for _, _, detail, ids, _ in checks if detail in SERIES_DETAILS]
    if not series:
        return list(pairs)
    counted = set().union(*series)
    ends = {c.id: c.period.end if c.period is not None else None for c in members}
    return [
        raw for raw in pairs
        if not (raw[1] is Verdict.period_mismatch and counted.issuperset(raw[3]))
        and not _two_readings(raw, series, ends)
    ]


def _two_readings(
    raw: RawFinding, series: Sequence[set[str]], ends: Mapping[str, date | None]
) -> bool:
    """A pairwise comparison of figures of one counter series given for different last days."""
    if raw[1] is Verdict.period_mismatch or raw[2] == "identical":
        return False
    if len({ends.get(i) for i in raw[3]}) < 2:
        return False
    return any(found.issuperset(raw[3]) for found in series)
