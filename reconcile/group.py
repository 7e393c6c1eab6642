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
   by their rarest words (``reconcile.buckets``), so work stays near-linear in the claims;
   claims of one quantity share their rarest word, and a slice ends where the rarest word
   changes, so they land in one slice unless that word alone has more than ``MAX_BUCKET``
   claims. Claims are read once into plain tuples; each slice is a job that rebuilds its
   claims' features, clusters them and visits each group. From ``PARALLEL_FROM`` claims, jobs
   run in worker processes, one per core, and distinct phrases are reduced to words in one
   more while the claims are read; a job travels as columns of plain values (``pack``).
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import operator
import os
import pickle
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, TypeVar

import numpy as np
from threadpoolctl import threadpool_limits

from claims.models import Approx, Claim, Period, Role
from reconcile.buckets import WordSets
from reconcile.features import Assembler, Reduced, TextReader, reduce_phrase
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
# claims, in input order): stand-ins for the claims (``ClaimView``), same names and values.
Visits = Callable[[Sequence[Claim]], Visit]
Block = tuple[str, bool, bool]  # ``Features.block``


def group_and_visit(
    claims: Sequence[Claim],
    lexicon: Lexicon | None = None,
    threshold: float = THRESHOLD,
    visits: Visits | None = None,
    related: Callable[[Sequence[tuple]], Mapping[int, Sequence[int]]] | None = None,
    meanwhile: Callable[[], object] | None = None,
    receive: Callable[[object, str], object] | None = None,
) -> tuple[list[Group], list[object]]:
    """The groups, and ``visit(members, label)`` for each group (None without ``visits``), in
    group order.

    The claims are read once, into plain tuples (``read_rows``), and what is counted is
    reduced to words once per distinct phrase; the block and word set of each claim decide the
    buckets. Each bucket is then a job that rebuilds its claims (``ClaimView``) and their
    features, clusters them and visits each group where it is made, so nothing but results
    travel back. From ``PARALLEL_FROM`` claims, phrases (in one process) and jobs (in one per
    core) run in worker processes (see ``_Workers``); a job carries its rows and those of the
    claims ``related(rows)`` names for them (``[i]``: indices a visit of claim ``i``'s group
    may read besides the members; it reads the rows' fields at ``ROW``), so workers never
    share the claims' memory. Below, the same jobs run here.

    The caller's own work runs while the workers are busy: ``related`` while they reduce
    phrases, ``meanwhile`` while they cluster and visit, and ``receive(seen, label)`` on each
    visit's result as it arrives, with its group's label (what it returns is what this returns
    for the group), as do the groups' memberships: only what needs the groups' order waits for
    the last job.
    """
    reader = TextReader(lexicon or Lexicon.default())
    links: list[Mapping[int, Sequence[int]]] = []

    def aside(rows: list[tuple]) -> None:
        links.append(related(rows) if related is not None else {})

    def arrived(clusters: list[tuple]) -> list[tuple]:
        ids = read.ids  # the claims' own ids, read once: a claim's attribute costs more
        out = []
        for members, scores, name, seen in clusters:
            name = name or claims[members[0]].unit_label  # the group's label
            out.append((
                members,
                [trusted(Membership, _MEMBER_FIELDS, {"claim_id": ids[i], "score": score})
                 for i, score in zip(members, scores, strict=True)],
                name,
                seen if receive is None else receive(seen, name),
            ))
        return out

    if len(claims) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        plain = Lexicon(reader.lexicon.concepts, reader.lexicon.stopwords)  # without caches
        with _Workers((threshold, visits, None)) as workers:
            # Phrases go to one process of their own: each new word is lemmatised once (the
            # dearest part of a phrase), and this process, reading, keeps a core to itself.
            with _Workers((threshold, None, plain), size=1) as phrases:
                read = read_rows(claims, reader, phrases, aside)
            payload = _Payload(read, links[0])
            parts = workers.map(
                _job, buckets(read), payload, 16, ROUND // MAX_BUCKET, meanwhile, arrived
            )
        results = [r for part in parts for r in part]
    else:
        global _STATE
        _STATE = _State(threshold, visits, None)
        try:
            read = read_rows(claims, reader, None, aside)
            payload = _Payload(read, links[0])
            with threadpool_limits(1, user_api="blas"):  # see ``ONE_BLAS_THREAD``
                results = [r for job in buckets(read) for r in arrived(_job(payload(job)))]
        finally:
            _STATE = None
        if meanwhile is not None:
            meanwhile()
    results.sort(key=lambda r: r[0][0])
    groups = [_group(f"g{n}", claims, read.blocks, members, memberships, name)
              for n, (members, memberships, name, _) in enumerate(results, 1)]
    return groups, [seen for *_, seen in results]


# ONE_BLAS_THREAD: bucket matrices are small (150 claims), and OpenBLAS threads spin on cores
# other work needs: on a busy 2-core machine a bucket's matrix product took 20 times longer
# with them. So grouping runs with one BLAS thread, here for its duration, in workers always.

# Claims per pool of workers (see ``_Workers``): bounds their caches; a pool costs a second.
ROUND = 2_000_000


class _State:
    """What a job reads besides its payload: the settings, and caches of the process (and,
    in a worker, the lexicon that reduces phrases)."""

    def __init__(self, threshold: float, visits: Visits | None, lexicon: Lexicon | None) -> None:
        self.threshold = threshold
        self.visits = visits
        self.lexicon = lexicon
        self.assemble = Assembler()


_STATE: _State | None = None


@dataclass(slots=True, eq=True)
class ClaimView:
    """The fields a visit (comparison, structural checks, label) reads from a claim, rebuilt
    in a job from a tuple. It stands in for the claim there: same names, same values, but
    for ``sentence``, a number for the sentence's text (visits only ask whether two claims
    share a sentence, and a sentence's text was a third of what a job carried)."""

    id: str
    article: str
    line: int
    start: int
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
    sentence: int
    period: Period | None
    lemmas: tuple[str, ...]  # sent only when ``counted`` is blank, the one case they are read


_VIEW_FIELDS = ClaimView.__slots__[:-2]  # all but the period (sent as a tuple of its fields)
#                                          and the lemmas
_PERIOD_FIELDS = frozenset(Period.model_fields)
_PERIOD_AT = len(_VIEW_FIELDS)  # a row: the view's fields, period fields, actor, verb, lemmas
# A claim's field -> its place in a row; the period is a tuple (start day, end day, text,
# resolution), days as ``date.toordinal`` numbers (see ``_period_fields``).
ROW = {**{name: k for k, name in enumerate(_VIEW_FIELDS)}, "period": _PERIOD_AT}
_MAX_FIGURES = 200_000  # written figures whose bounds a job process keeps
PHRASES_PER_TASK = 4_000  # distinct phrases a worker reduces per task


class Rows(NamedTuple):
    """The claims read once: per claim its row (``ClaimView`` fields, period as a tuple of
    its fields, folded actor, verb and the lemmas the view keeps), its id, the number of what it
    counts (``reduced[phrase]`` is that phrase reduced: ``Reduced``, plain tuples pickle
    cheaply), its block and its word set (a number, see ``TextReader.bags``); ``words[bag]`` is
    that word set. Making jobs empties ``rows`` and ``reduced`` (see ``_Payload``)."""

    rows: list[tuple]
    ids: list[str]
    phrases: list[int]
    reduced: list[Reduced]
    blocks: list[Block]
    bags: np.ndarray
    words: list[tuple[str, ...]]


def read_rows(
    claims: Iterable[Claim], reader: TextReader, workers: _Workers | None = None,
    meanwhile: Callable[[list[tuple]], object] | None = None,
) -> Rows:
    """One pass over the claims: reading a pydantic claim's fields is most of the cost of
    a claim here, so each is read once, in input order, into a tuple that pickles as it is.
    With ``workers``, distinct phrases are reduced there while the claims are being read, and
    ``meanwhile(rows)`` runs here before their last results are collected."""
    # Read from the model's field dict: a pydantic attribute lookup walks the class first.
    fields = operator.itemgetter(*_VIEW_FIELDS, "period", "lemmas", "language", "actor", "verb")
    at = _PERIOD_AT
    text_at = at - 1  # the sentence, which the row holds as its number in ``sentences``
    counted_at, unit_at, per_at, approx_at = ROW["counted"], ROW["unit"], ROW["per"], ROW["approx"]
    periods: dict[int, tuple | None] = {}
    sentences: dict[str, int] = {}
    rows: list[tuple] = []
    ids: list[str] = []
    blocks: list[Block] = []
    numbers: list[int] = []  # per claim, its phrase's place in ``distinct``
    distinct: dict[tuple[str, str], int] = {}
    queue = _PhraseQueue(reader, workers)
    # The reader's caches asked directly, its methods only on a miss: a million calls each.
    actors, verbs, kinds = reader.actors, reader.verbs, reader.blocks
    for claim in claims:
        got = fields(claim.__dict__)
        period, lemmas, language, actor, verb = got[at:]
        shown = periods.get(id(period), False)
        if shown is False:
            shown = periods[id(period)] = _period_fields(period)
        counted = got[counted_at]
        key = (counted or " ".join(lemmas), language)
        number = distinct.get(key)
        if number is None:
            number = distinct[key] = len(distinct)
            queue.add(key)
        numbers.append(number)
        sent = () if counted.strip() else tuple(lemmas)
        folded = actors.get(actor)
        if folded is None:
            folded = reader.actor(actor)
        said = verbs.get((verb, language)) if verb else ""
        if said is None:
            said = reader.verb(verb, language)
        sentence = sentences.get(got[text_at])
        if sentence is None:
            sentence = sentences[got[text_at]] = len(sentences)
        rows.append((*got[:text_at], sentence, shown, folded, said, sent))
        ids.append(got[0])
        unit = (got[unit_at], got[per_at], got[approx_at])
        block = kinds.get(unit)
        blocks.append(block if block is not None else reader.block(*unit))
    if meanwhile is not None:
        meanwhile(rows)
    reduced, bag_of = queue.results()
    bags = np.asarray(bag_of, dtype=np.int64)[np.asarray(numbers, dtype=np.int64)]
    return Rows(rows, ids, numbers, reduced, blocks, bags, list(reader.bags))


class _PhraseQueue:
    """Distinct phrases to reduce to words, in order of first appearance: in batches sent to
    the workers as soon as they fill (so the workers reduce while this process reads), or
    here. Numbering by word set happens here, in that order, so it never depends on timing."""

    def __init__(self, reader: TextReader, workers: _Workers | None) -> None:
        self.reader = reader
        self.workers = workers
        self.pending: list[tuple[str, str]] = []
        self.sent: list[Future[list[Reduced]]] = []

    def add(self, key: tuple[str, str]) -> None:
        self.pending.append(key)
        if self.workers is not None and len(self.pending) >= PHRASES_PER_TASK:
            self.sent.append(self.workers.submit(_reduce_phrases, self.pending))
            self.pending = []

    def results(self) -> tuple[list[Reduced], list[int]]:
        """Each distinct phrase reduced, and the number of its word set."""
        lexicon = self.reader.lexicon
        out: list[Reduced] = []
        for batch in self.sent:
            out += batch.result()
        out += (reduce_phrase(lexicon, p, language) for p, language in self.pending)
        bags = self.reader.bags  # numbered here, once per distinct phrase
        return out, [bags.setdefault(words, len(bags)) for _, words, _ in out]


def _reduce_phrases(keys: list[tuple[str, str]]) -> list[Reduced]:
    """A worker's batch of ``reduce_phrase``."""
    assert _STATE is not None and _STATE.lexicon is not None
    lexicon = _STATE.lexicon
    return [reduce_phrase(lexicon, phrase, language) for phrase, language in keys]


Columns = tuple  # rows as columns (see ``pack``)
Payload = tuple[Block, list[int], Columns, list[Reduced], list[int], Columns]


class _Payload:
    """What one job carries: its block, its bucket (claim indices) with their rows and
    phrases, and the claims related to them (indices in input order, rows), rows as columns
    (``pack``). Periods are tuples shared by many claims: pickled once per job, one
    ``Period`` per process.

    Each claim is in one bucket, so once its job is made its row is dropped from ``read``
    (unless another job may read it as related), as is a phrase once all its claims are sent:
    a million rows are not all held while the results pile up."""

    def __init__(self, read: Rows, related: Mapping[int, Sequence[int]]) -> None:
        self.rows = read.rows
        self.phrases = read.phrases
        self.reduced = read.reduced
        # Per phrase, its claims not yet sent.
        self.left = np.bincount(read.phrases, minlength=len(read.reduced)).tolist()
        self.related = related
        self.kept = {i for targets in related.values() for i in targets}

    def __call__(self, job: tuple[Block, list[int]]) -> Payload:
        block, bucket = job
        rows, related = self.rows, self.related
        extra: set[int] = set()
        for i in related.keys() & bucket:
            extra.update(related[i])
        extra.difference_update(bucket)
        others = sorted(extra)
        row = rows.__getitem__
        numbers = list(map(self.phrases.__getitem__, bucket))
        reduced, left = self.reduced, self.left
        made = (
            block, bucket, pack(list(map(row, bucket))), list(map(reduced.__getitem__, numbers)),
            others, pack(list(map(row, others))),
        )
        kept = self.kept
        for i in bucket:
            if i not in kept:
                rows[i] = None  # type: ignore[call-overload]
        for n in numbers:
            left[n] -= 1
            if not left[n]:
                reduced[n] = None  # type: ignore[call-overload]
        return made


# Row columns that always hold text: id, article, surface, unit, counted, actor and verb.
_TEXTS = frozenset((*(ROW[f] for f in ("id", "article", "surface", "unit", "counted")),
                    _PERIOD_AT + 1, _PERIOD_AT + 2))
_SEP = "\0"


def pack(rows: Sequence[tuple]) -> Columns:
    """Rows as columns, each text column one string joined by NUL (when no text holds one).
    Pickle writes and reads each object of a tuple apart, and remembers it: a job's rows
    took a worker longer to read than its columns do, split included."""
    columns: list[object] = []
    for k, column in enumerate(zip(*rows, strict=True)):
        if k in _TEXTS:
            joined = _SEP.join(column)
            if joined.count(_SEP) == len(column) - 1:
                columns.append(joined)
                continue
        columns.append(column)
    return tuple(columns)


def unpack(columns: Columns) -> list[Sequence]:
    """``pack`` undone, as columns."""
    return [c.split(_SEP) if type(c) is str else c for c in columns]


def _period_fields(period: Period | None) -> tuple | None:
    """A period as it travels: its days as numbers, since a ``date`` pickles as an object
    (class and bytes) and a row's period was the dearest field to send."""
    if period is None:
        return None
    start, end = period.start, period.end
    return (
        None if start is None else start.toordinal(), None if end is None else end.toordinal(),
        period.text, period.resolution,
    )


_PERIODS: dict[tuple, Period] = {}


def _period(fields: tuple | None) -> Period | None:
    """The process's one ``Period`` for these fields: claims of one article share theirs."""
    if fields is None:
        return None
    found = _PERIODS.get(fields)
    if found is None:
        start, end, text, resolution = fields
        found = _PERIODS[fields] = trusted(
            Period, _PERIOD_FIELDS, {
                "start": None if start is None else date.fromordinal(start),
                "end": None if end is None else date.fromordinal(end),
                "text": text, "resolution": resolution,
            }
        )
    return found


def _views(columns: Sequence[Sequence]) -> list[ClaimView]:
    at = _PERIOD_AT
    return list(map(ClaimView, *columns[:at], map(_period, columns[at]), columns[-1]))


def _job(payload: Payload) -> list[tuple[list[int], list[float], str, object]]:
    """One bucket: its claims as views and their features, its clusters, each with its label
    and what the visit made of it."""
    assert _STATE is not None
    block, bucket, packed, phrases, others, packed_others = payload
    assemble = _STATE.assemble
    if len(assemble.figures) > _MAX_FIGURES:
        assemble.figures.clear()
    columns = unpack(packed)
    views = _views(columns)
    at = _PERIOD_AT
    feats = list(map(assemble, views, itertools.repeat(block), phrases, columns[at + 1],
                     columns[at + 2]))
    by_index = dict(zip(bucket, views, strict=True))
    visit = None
    if _STATE.visits is not None:
        known = by_index
        if others:
            known = {**by_index, **dict(zip(others, _views(unpack(packed_others)), strict=True))}
            known = {i: known[i] for i in sorted(known)}
        visit = _STATE.visits(list(known.values()))  # type: ignore[arg-type]
    out = []
    for members, scores in cluster_bucket(feats, bucket, _STATE.threshold):
        members_order = sorted(range(len(members)), key=members.__getitem__)
        members = [members[n] for n in members_order]
        scores = [scores[n] for n in members_order]
        name = label([by_index[i].counted for i in members])
        seen = visit([by_index[i] for i in members], name) if visit else None  # type: ignore[arg-type]
        out.append((members, scores, name, seen))
    return out


class _Workers:
    """Worker processes (``size``, one per core by default): ``submit`` one task, or ``map``
    a function over jobs' payloads in pools of fresh workers, ``per_round`` jobs a pool,
    ``chunksize`` jobs a task (payloads are made as the workers need them, so they never all
    exist); ``state`` is what ``_start_worker`` sets up in each.

    Workers come from a fork server, not from this process: a fork of a process that holds a
    million claims shares their memory pages, and every page either side then writes
    (reference counts are writes, and this process reads the claims to make payloads) is
    copied, so memory grew towards one more copy of the claims per process. Fresh workers hold
    what their jobs carry and their caches, which a new pool every ``per_round`` jobs drops.
    As with any such worker, a script that reconciles at import time needs the
    ``if __name__ == "__main__":`` guard (workers import the main module).
    """

    def __init__(
        self, state: tuple[float, Visits | None, Lexicon | None], size: int | None = None
    ) -> None:
        self.state = state
        self.size = size or os.cpu_count() or 1
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.size, mp_context=multiprocessing.get_context(_START),
            initializer=_start_worker, initargs=self.state,
        )

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *_: object) -> None:
        self.pool.shutdown(wait=False)  # all results are in: the workers end on their own

    def submit(self, fn: Callable[..., R], *args: object) -> Future[R]:
        return self.pool.submit(fn, *args)

    def map(
        self, fn: Callable[[T], R], jobs: Iterable[J], payload: Callable[[J], T],
        chunksize: int, per_round: int, meanwhile: Callable[[], object] | None,
        arrive: Callable[[R], R],
    ) -> list[R]:
        """``[arrive(fn(payload(job))) for job in jobs]``, ``arrive`` run here on each result
        as it comes back; ``meanwhile`` runs here once the workers have their first tasks.
        ``jobs`` is read as the workers need them: a generator's later jobs are made while
        the workers compute the first ones. Chunks and results are pickled and unpickled in
        this thread: left to the executor's threads, the same work cost more, those threads
        and this one taking the interpreter lock from each other."""
        out: list[R] = []
        waiting: deque[Future[list[R]]] = deque()
        pending = iter(jobs)
        rounds = 0
        while chunk := [payload(job) for job in itertools.islice(pending, chunksize)]:
            if rounds and rounds % per_round < chunksize:  # a fresh pool: the workers'
                for done in waiting:  # caches go with the old one
                    out += map(arrive, pickle.loads(done.result()))
                waiting.clear()
                self.pool.shutdown()
                self.pool = self._start()
            rounds += len(chunk)
            waiting.append(self.pool.submit(_each, fn, pickle.dumps(chunk, protocol=5)))
            if meanwhile is not None and len(waiting) > IN_FLIGHT * self.size:
                meanwhile()
                meanwhile = None
            while len(waiting) > IN_FLIGHT * self.size:
                out += map(arrive, pickle.loads(waiting.popleft().result()))
        while waiting:
            out += map(arrive, pickle.loads(waiting.popleft().result()))
        if meanwhile is not None:  # too few jobs to fill the workers
            meanwhile()
        return out


_START = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _start_worker(threshold: float, visits: Visits | None, lexicon: Lexicon | None) -> None:
    """A worker's state: the settings its tasks need (the data comes with each task)."""
    global _STATE
    _STATE = _State(threshold, visits, lexicon)
    threadpool_limits(1, user_api="blas")  # for the worker's life: see ``ONE_BLAS_THREAD``
    # Jobs make many short-lived objects and no cycles, so collections would only rescan
    # them (a tenth of a job's time); a worker lives for one round, whatever it holds ends
    # with it.
    gc.disable()


# Chunks of jobs submitted ahead per worker: payloads are made while the workers compute,
# and only a few exist at a time.
IN_FLIGHT = 3


def _each(fn: Callable[[T], R], items: bytes) -> bytes:
    """A task of ``map``: its items and results travel pickled by the caller (see ``map``)."""
    return pickle.dumps([fn(item) for item in pickle.loads(items)], protocol=5)


def buckets(read: Rows) -> Iterable[tuple[Block, list[int]]]:
    """(block, claim indices) to cluster independently: blocks, cut into slices when too big
    (``reconcile.buckets``)."""
    blocks: dict[Block, list[int]] = defaultdict(list)
    for i, block in enumerate(read.blocks):
        blocks[block].append(i)
    sets: WordSets | None = None
    for block, members in blocks.items():
        if len(members) <= MAX_BUCKET:
            yield block, members
            continue
        if sets is None:
            sets = WordSets(read.words)
        for piece in sets.slices(members, read.bags, MAX_BUCKET):
            yield block, piece


def _group(
    gid: str, claims: Sequence[Claim], blocks: Sequence[Block], members: list[int],
    memberships: list[Membership], name: str,
) -> Group:
    """A group from claim indices in reading order (``members`` are sorted)."""
    kind, rate, _ = blocks[members[0]]
    first = claims[members[0]]
    return trusted(  # built from checked parts: validation is pure cost
        Group,
        _GROUP_FIELDS,
        {
            "id": gid,
            "label": name,
            "kind": f"{kind} per {first.per or split_rate(first.unit)[1]}" if rate else kind,
            "members": memberships,
        },
    )


# Shared field sets: every group and membership sets them all (a set each costs 200+ bytes).
_GROUP_FIELDS = frozenset(Group.model_fields)
_MEMBER_FIELDS = frozenset(Membership.model_fields)


def label(counted: Iterable[str]) -> str:
    """The most common phrase (first seen wins ties), cut at a word near ``LABEL_CHARS``."""
    counts: dict[str, int] = {}  # (a Counter costs more to make than most groups to count)
    for phrase in counted:
        if phrase.strip():
            phrase = " ".join(phrase.split())
            counts[phrase] = counts.get(phrase, 0) + 1
    if not counts:
        return ""
    text = max(counts, key=counts.__getitem__)  # the first of the most common
    if len(text) <= LABEL_CHARS:
        return text
    return text[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"


