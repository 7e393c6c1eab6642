"""Group claims that measure the same quantity, across articles and languages.

How it decides (the README repeats this for users):

1. **Blocks.** Claims only meet inside a block of one unit kind (``reconcile.units.unit_kind``)
   and rate-ness: a count never groups with a percent, a duration or a count per day. Vague
   quantity words ("des milliers") form blocks of their own: an order of magnitude is not a
   figure to hold a precise count to.
2. **Features** of each claim (``reconcile.features``): what is counted, as content words and
   concepts, actor, verb, and the figure's bounds in the canonical unit.
3. **Similarity** and 4. **linkage** inside a bucket (``reconcile.linkage``): average linkage
   over a weighted similarity, with one cannot-link rule.
5. **Scale.** A block larger than ``MAX_BUCKET`` is cut into slices after ordering its claims
   by their rarest words, so work stays near-linear in the claims; claims of one quantity share
   their rarest word, and a slice ends where the rarest word changes, so they land in one slice
   unless that word alone has more than ``MAX_BUCKET`` claims. From ``PARALLEL_FROM`` claims,
   slices run in worker processes that receive each slice's features and claims as plain
   tuples, and each group is compared (the pipeline's visit) in the process that made it, so
   only plain tuples come back.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import operator
import os
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from claims.models import Approx, Claim, Period, Role
from reconcile.features import Features, Featurizer
from reconcile.lexicon import Lexicon
from reconcile.linkage import THRESHOLD, cluster_bucket
from reconcile.models import Group, Membership, trusted
from reconcile.units import split_rate

MAX_BUCKET = 150
PARALLEL_FROM = 50_000  # claims; below, starting processes costs more than it saves
LABEL_CHARS = 60
T = TypeVar("T")
R = TypeVar("R")
J = TypeVar("J")


def feats_of(
    claims: Iterable[Claim], lexicon: Lexicon, views: list[tuple] | None = None
) -> list[Features]:
    """``features`` of every claim, equal to calling it claim by claim, made with shared parts
    (see ``Featurizer``). With ``views``, each claim's ``ClaimView`` fields (its period last)
    are appended to it in the same pass: read while the claim is at hand, in input order, they
    cost a fraction of reading the claims again in their buckets' order."""
    make = Featurizer(lexicon)
    if views is None:
        return [make(c) for c in claims]
    fields = operator.attrgetter(*_VIEW_FIELDS, "period")
    out = []
    for claim in claims:
        views.append(fields(claim))
        out.append(make(claim))
    return out


def group_claims(
    claims: Sequence[Claim], lexicon: Lexicon | None = None, threshold: float = THRESHOLD
) -> list[Group]:
    """Groups of claims about one quantity, ids ``g1, g2...`` in order of first appearance.

    Every claim is in exactly one group; a claim with nothing like it is a group of one.
    """
    return group_and_visit(claims, lexicon, threshold)[0]


# What a visit returns for one group: anything picklable.
Visit = Callable[[list[Claim], str], object]
# Makes the visit for one job from the claims the job holds (its bucket and their related
# claims, in input order): all claims in one process, a slice of them in a worker.
Visits = Callable[[Sequence[Claim]], Visit]


def group_and_visit(
    claims: Sequence[Claim],
    lexicon: Lexicon | None = None,
    threshold: float = THRESHOLD,
    visits: Visits | None = None,
    related: Mapping[int, Sequence[int]] | None = None,
) -> tuple[list[Group], list[object]]:
    """The groups, and ``visit(members, label)`` for each group (None without ``visits``), in
    group order.

    The visit runs where the group is made, so the pipeline compares a block's groups in the
    process that built them while its data is at hand, and nothing but the results travel.
    From ``PARALLEL_FROM`` claims, buckets run in worker processes (see ``_in_pool``). Each
    job carries its features and its claims as plain tuples (``ClaimView``), with the claims
    ``related`` names for them (``related[i]``: indices a visit of claim ``i``'s group may
    read besides the members), so workers never share the claims' memory.
    """
    lexicon = lexicon or Lexicon.default()
    parallel = len(claims) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
    global _STATE
    _STATE = _State(claims, lexicon, [], threshold, visits)
    try:
        views: list[tuple] | None = [] if parallel else None
        _STATE.feats = feats_of(claims, lexicon, views)
        jobs = list(buckets(_STATE.feats))
        if parallel:
            assert views is not None
            rows = _Rows(views, _STATE.feats, related or {})
            parts = _in_pool(
                _view_job, jobs, rows, 16, ROUND // MAX_BUCKET, (threshold, visits)
            )
            results = [r for part in parts for r in part]
        else:
            visit = visits(claims) if visits else None
            feats = _STATE.feats
            results = [r for job in jobs
                       for r in _bucket_job(job, [feats[i] for i in job], claims, visit)]
        feats = _STATE.feats
    finally:
        _STATE = None
    results.sort(key=lambda r: r[0][0])
    groups = [_group(f"g{n}", claims, feats, members, scores, name)
              for n, (members, scores, name, _) in enumerate(results, 1)]
    return groups, [seen for *_, seen in results]


# Claims per pool of workers (see ``_in_pool``): bounds their caches; a pool costs a second.
ROUND = 2_000_000


@dataclass(slots=True)
class _State:
    """What one grouping run reads: in this process everything, in a worker the settings."""

    claims: Sequence[Claim]
    lexicon: Lexicon | None
    feats: list[Features]
    threshold: float
    visits: Visits | None


_STATE: _State | None = None


@dataclass(slots=True, eq=True)
class ClaimView:
    """The fields a visit (comparison, structural checks, label) reads from a claim, rebuilt
    in a worker from a tuple. It stands in for the claim there: same names, same values."""

    id: str
    article: str
    line: int
    start: int
    sentence: str
    surface: str
    value: float | None
    lower: float | None
    upper: float | None
    approx: Approx
    decimals: int
    unit: str
    per: str | None
    counted: str
    role: Role
    linked: str | None
    period: Period | None


_VIEW_FIELDS = ClaimView.__slots__[:-1]  # all but the period, sent as a tuple of its fields
_PERIOD_FIELDS = frozenset(Period.model_fields)


class _Rows:
    """What one job sends: its bucket, its features and, in input order, (index, fields,
    period fields) of its claims and of the claims related to them: all a worker reads
    (``views``: each claim's ``ClaimView`` fields, its period last, read once by
    ``feats_of``). Periods are shared by many claims, so each becomes one tuple (pickled once
    per job) and one ``Period`` per worker."""

    def __init__(
        self, views: Sequence[tuple], feats: Sequence[Features],
        related: Mapping[int, Sequence[int]],
    ) -> None:
        self.views = views
        self.made = feats
        self.related = related
        self.periods: dict[int, tuple] = {}

    def __call__(self, bucket: list[int]) -> tuple[list[int], list[Features], list[tuple]]:
        wanted = set(bucket)
        related = self.related
        for i in bucket:
            if i in related:
                wanted.update(related[i])
        made = self.made
        rows = [self._row(i) for i in sorted(wanted)]
        return bucket, [made[i] for i in bucket], rows

    def _row(self, i: int) -> tuple:
        view = self.views[i]
        period = view[-1]
        if period is None:
            return i, view[:-1], None
        found = self.periods.get(id(period))
        if found is None:
            found = self.periods[id(period)] = (
                period.start, period.end, period.text, period.resolution
            )
        return i, view[:-1], found


_WORKER_PERIODS: dict[tuple, Period] = {}


def _period(fields: tuple | None) -> Period | None:
    """The worker's one ``Period`` for these fields: claims of one article share theirs."""
    if fields is None:
        return None
    found = _WORKER_PERIODS.get(fields)
    if found is None:
        start, end, text, resolution = fields
        found = _WORKER_PERIODS[fields] = trusted(
            Period, _PERIOD_FIELDS, {"start": start, "end": end, "text": text,
                                     "resolution": resolution}
        )
    return found


def _view_job(job: tuple[list[int], list[Features], list[tuple]]) -> list[tuple]:
    """A worker's job: the claims as views and their features, then the bucket as
    ``_bucket_job`` does it."""
    assert _STATE is not None
    bucket, feats, rows = job
    views = {i: ClaimView(*fields, _period(period)) for i, fields, period in rows}
    visit = _STATE.visits(list(views.values())) if _STATE.visits else None
    return _bucket_job(bucket, feats, views, visit)  # type: ignore[arg-type]


def _in_pool(
    fn: Callable[[T], R], jobs: Sequence[J], payload: Callable[[J], T], chunksize: int,
    per_round: int, state: tuple[float, Visits | None],
) -> list[R]:
    """``map`` of ``fn`` over ``payload(job)`` in pools of fresh workers, ``per_round`` jobs a
    pool, ``chunksize`` jobs a task (payloads are made as the workers need them, so they never
    all exist); ``state`` is what ``_start_worker`` sets up in each.

    Workers come from a fork server, not from this process: a fork of a process that holds a
    million claims shares their memory pages, and every page either side then writes
    (reference counts are writes, and this process reads the claims to make payloads) is
    copied, so memory grew towards one more copy of the claims per process. Fresh workers hold
    what their jobs carry and their caches, which a new pool every ``per_round`` jobs drops.
    As with any such worker, a script that reconciles at import time needs the
    ``if __name__ == "__main__":`` guard (workers import the main module).
    """
    context = multiprocessing.get_context(_START)
    out: list[R] = []
    for start in range(0, len(jobs), per_round):
        batch = jobs[start : start + per_round]
        workers = min(os.cpu_count() or 1, len(batch))
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=state
        ) as pool:
            waiting: deque[Future[list[R]]] = deque()
            for first in range(0, len(batch), chunksize):
                chunk = [payload(job) for job in batch[first : first + chunksize]]
                waiting.append(pool.submit(_each, fn, chunk))
                while len(waiting) > IN_FLIGHT * workers:
                    out += waiting.popleft().result()
            while waiting:
                out += waiting.popleft().result()
    return out


_START = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _start_worker(threshold: float, visits: Visits | None) -> None:
    """A worker's state: the settings its jobs need (the data comes with each job)."""
    global _STATE
    _STATE = _State([], None, [], threshold, visits)
    _one_blas_thread()


# Chunks of jobs submitted ahead per worker: payloads are made while the workers compute,
# and only a few exist at a time.
IN_FLIGHT = 3


def _each(fn: Callable[[T], R], items: list[T]) -> list[R]:
    return [fn(item) for item in items]


def _one_blas_thread() -> None:
    """Keep each worker's matrix products on its own core (best effort, OpenBLAS builds).

    The processes already use every core; OpenBLAS threads on top of them spin on cores the
    other workers need, which tripled the CPU time of the blocks in the scale bench. There is
    no numpy call for it, so the library numpy loaded is asked directly when it can be found.
    """
    folder = Path(np.__file__).parent
    for lib in [*folder.parent.glob("numpy.libs/*openblas*"), *folder.glob(".dylibs/*openblas*")]:
        try:
            handle = ctypes.CDLL(str(lib))
        except OSError:
            continue
        for name in BLAS_THREAD_CALLS:
            setter = getattr(handle, name, None)
            if setter is not None:
                setter(1)
                return


BLAS_THREAD_CALLS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def _bucket_job(
    bucket: list[int], feats: list[Features], claims: Sequence[Claim] | Mapping[int, Claim],
    visit: Visit | None,
) -> list[tuple[list[int], list[float], str, object]]:
    """Clusters of one bucket (``feats``: its claims' features, in bucket order), each with
    its label and what the visit made of it (``claims``: the claims by index, or their views
    in a worker)."""
    assert _STATE is not None
    out = []
    for members, scores in cluster_bucket(feats, bucket, _STATE.threshold):
        members_order = sorted(range(len(members)), key=members.__getitem__)
        members = [members[n] for n in members_order]
        scores = [scores[n] for n in members_order]
        name = label([claims[i].counted for i in members])
        seen = visit([claims[i] for i in members], name) if visit else None
        out.append((members, scores, name, seen))
    return out


def buckets(feats: Sequence[Features]) -> Iterable[list[int]]:
    """Index lists to cluster independently: blocks, split further when too big."""
    blocks: dict[tuple[str, bool, bool], list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        blocks[f.block].append(i)
    for members in blocks.values():
        yield from _split(members, feats)


def _split(members: list[int], feats: Sequence[Features]) -> Iterable[list[int]]:
    """A block small enough as is, or slices of it in rarity order.

    Each claim is keyed by its words, rarest in the block first, so claims sharing their most
    telling word (a place, a topic) sit side by side whatever their language or extra words.
    A slice ends where the rarest word changes when it can, so the claims of one quantity are
    not cut apart: only a run longer than ``MAX_BUCKET`` is.
    """
    if len(members) <= MAX_BUCKET:
        yield members
        return
    # Claims with the same words share one key: keys are made and ordered once per distinct
    # word set, and the claims sort by (rank of their key, index) as plain integers.
    bags = [feats[i].words for i in members]
    distinct = Counter(bags)
    frequency: Counter[str] = Counter()
    for bag, n in distinct.items():
        for word in bag:
            frequency[word] += n
    keyed = {bag: tuple(sorted(bag, key=lambda w: (frequency[w], w))) for bag in distinct}
    ranked = sorted(set(keyed.values()))
    rank_of = {key: r for r, key in enumerate(ranked)}
    bag_rank = {bag: rank_of[key] for bag, key in keyed.items()}
    span = max(members) + 1
    order = sorted(bag_rank[bag] * span + i for bag, i in zip(bags, members, strict=True))
    runs: list[list[int]] = []
    last = None
    for code in order:
        rank, i = divmod(code, span)
        first = ranked[rank][:1]
        if runs and first == last:
            runs[-1].append(i)
        else:
            runs.append([i])
            last = first
    piece: list[int] = []
    for run in runs:
        if piece and len(piece) + len(run) > MAX_BUCKET:
            yield sorted(piece)
            piece = []
        piece += run
        while len(piece) > MAX_BUCKET:
            yield sorted(piece[:MAX_BUCKET])
            piece = piece[MAX_BUCKET:]
    if piece:
        yield sorted(piece)



def _group(
    gid: str, claims: Sequence[Claim], feats: Sequence[Features], members: list[int],
    scores: list[float], name: str,
) -> Group:
    """A group from claim indices in reading order (``members`` are sorted)."""
    kind, rate, _ = feats[members[0]].block
    first = claims[members[0]]
    return trusted(  # built from checked parts: validation is pure cost
        Group,
        _GROUP_FIELDS,
        {
            "id": gid,
            "label": name or first.unit_label,
            "kind": f"{kind} per {first.per or split_rate(first.unit)[1]}" if rate else kind,
            "members": [
                trusted(Membership, _MEMBER_FIELDS, {"claim_id": claims[i].id, "score": score})
                for i, score in zip(members, scores, strict=True)
            ],
        },
    )


# Shared field sets: every group and membership sets them all (a set each costs 200+ bytes).
_GROUP_FIELDS = frozenset(Group.model_fields)
_MEMBER_FIELDS = frozenset(Membership.model_fields)


def label(counted: Iterable[str]) -> str:
    """The most common phrase (first seen wins ties), cut at a word near ``LABEL_CHARS``."""
    counts = Counter(" ".join(c.split()) for c in counted if c.strip())
    if not counts:
        return ""
    text = counts.most_common(1)[0][0]
    if len(text) <= LABEL_CHARS:
        return text
    return text[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"


