"""Group claims that measure the same quantity, across articles and languages.

How it decides (the README repeats this for users):

1. **Blocks.** Claims only meet inside a block of one unit kind (``reconcile.units.unit_kind``)
   and rate-ness: a count never groups with a percent, a duration or a count per day. Vague
   quantity words ("des milliers") form blocks of their own: an order of magnitude is not a
   figure to hold a precise count to.
2. **Features.** What is counted (``counted``, or ``lemmas`` when the phrase is missing) is
   reduced to content words, each mapped through the concept table (``reconcile.lexicon``), so
   "suspects arrêtés" and "arrested suspects" read alike. Actor and verb are compared the same way.
3. **Similarity** of two claims, in [0, 1]. Text: ``OVERLAP_SHARE`` x rarity-weighted word
   overlap (``word_overlap``: a phrase that only adds words stays close, two phrases each with a
   rare word of their own do not) + the rest x rapidfuzz's token_sort ratio (spelling slack);
   for non-percents, scaled down by up to ``HEAD_SHARE`` when the head words (first run of the
   phrase) differ. Then ``TEXT_WEIGHT`` x text + ``ACTOR_WEIGHT`` x actor (token_set ratio),
   the actor's weight dropped when either side has none. The same verb (``VERB_BONUS``) and the
   same or an agreeing figure (``SAME_FIGURE_BONUS``, ``AGREE_BONUS``) add a little; figures
   orders of magnitude apart rarely measure one quantity (``MAGNITUDE_PENALTY`` per decade
   beyond ``MAGNITUDE_FREE``).
4. **Linkage.** Average linkage, stopping below ``threshold``: a claim joins a group only if it
   is close to the group as a whole, so unrelated claims do not chain through one neighbour.
   One constraint: an article does not contradict itself, so two figures of one article for the
   same period whose values cannot both hold (beyond ``NEAR_MISS``) are taken to
   measure different things ("1 200 personnes" in one chat room, "plus de 1 300 participants"
   in another) and never share a group. The price: a typo inside one article is not flagged.
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
import math
import multiprocessing
import operator
import os
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from claims.models import Approx, Claim, Period, Role
from reconcile.intervals import value_interval
from reconcile.lexicon import Lexicon, fold
from reconcile.models import Group, Membership, trusted
from reconcile.units import canonical_factor, split_rate, unit_kind

THRESHOLD = 0.6
TEXT_WEIGHT = 0.8
ACTOR_WEIGHT = 0.2
OVERLAP_SHARE = 0.75  # of the text similarity: rarity-weighted word overlap; rest is fuzzy
HEAD_SHARE = 0.4  # of the text similarity lost when the head words differ entirely
VERB_BONUS = 0.1  # the same verb is evidence; a different one is not (extracted verbs are noisy)
SAME_FIGURE_BONUS = 0.15  # the same figure written twice is evidence of the same quantity
AGREE_BONUS = 0.1  # bounded figures that meet, or miss by under NEAR_MISS
NEAR_MISS = 0.05  # figures this close (relative gap) agree; further apart, one article's
#                   figures for one period are about different things
MAGNITUDE_FREE = 1.0  # decades apart that cost nothing (148 vs 25 is 0.8 decade)
MAGNITUDE_PENALTY = 0.5  # similarity lost per further decade
MAX_BUCKET = 150
PARALLEL_FROM = 50_000  # claims; below, starting processes costs more than it saves
LABEL_CHARS = 60
T = TypeVar("T")
R = TypeVar("R")
J = TypeVar("J")


class Features(NamedTuple):
    """What grouping reads from one claim, computed once. A tuple: a job sends its claims'
    features as they are, and a worker reads them as they come."""

    block: tuple[str, bool, bool]  # unit kind, is a rate, is vague
    text: str  # normalised content words, concepts as "#id"
    words: tuple[str, ...]  # the same words, sorted and unique: a set for Dice
    head: str  # the first run of words, where the head noun of the phrase stands
    actor: str
    verb: str
    value: float  # the figure as written, canonical unit; nan when there is none
    lo: float  # values stated (see _values), canonical unit; nan when unknown
    hi: float
    magnitude: float  # log10 of the size of the figure; nan when unknown
    article: str
    period: tuple[object, object] | None
    changes: bool  # one side of a stated change: never a same-article contradiction


def features(claim: Claim, lexicon: Lexicon) -> Features:
    """Reduce a claim to the features that grouping compares."""
    head, embedded_per = split_rate(claim.unit)
    per = claim.per or embedded_per
    phrase = claim.counted or " ".join(claim.lemmas)
    chunks = lexicon.chunks(phrase, claim.language)
    words = _dedupe(w for chunk in chunks for w in chunk)
    value, lo, hi, magnitude = _values(claim, head, per)
    verb = lexicon.normalise(claim.verb, claim.language) if claim.verb else ()
    period = (claim.period.start, claim.period.end) if claim.period else None
    return Features(
        block=(_unit_facts(head, per)[0], per is not None, claim.approx is Approx.vague),
        text=" ".join(words),
        words=tuple(sorted(words)),
        head=" ".join(chunks[0]) if chunks else "",
        actor=fold(claim.actor or ""),
        verb=verb[0] if verb else "",
        value=value,
        lo=lo,
        hi=hi,
        magnitude=magnitude,
        article=claim.article,
        period=period,
        changes=claim.role in (Role.change_from, Role.change_to),
    )


def feats_of(
    claims: Iterable[Claim], lexicon: Lexicon, views: list[tuple] | None = None
) -> list[Features]:
    """``features`` of every claim, equal to calling it claim by claim, made with shared parts
    (see ``_Featurizer``). With ``views``, each claim's ``ClaimView`` fields (its period last)
    are appended to it in the same pass: read while the claim is at hand, in input order, they
    cost a fraction of reading the claims again in their buckets' order."""
    make = _Featurizer(lexicon)
    if views is None:
        return [make(c) for c in claims]
    fields = operator.attrgetter(*_VIEW_FIELDS, "period")
    out = []
    for claim in claims:
        views.append(fields(claim))
        out.append(make(claim))
    return out


class _Featurizer:
    """``features`` for many claims: the parts that repeat across claims (a phrase's words, a
    figure's bounds, a period) are made once and shared, so a million claims cost a few dict
    look-ups each and their features share one copy of each part. Runs in the parent: workers
    that read claims copy the memory pages they touch, and the results would have to be
    pickled back."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.texts: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = {}
        self.figures: dict[tuple, tuple[float, float, float, float]] = {}
        self.periods: dict[tuple[object, object], tuple[object, object]] = {}
        self.verbs: dict[tuple[str, str], str] = {}
        self.actors: dict[str, str] = {}
        self.units: dict[tuple, tuple[tuple[str, bool, bool], str, str | None]] = {}

    def __call__(self, claim: Claim) -> Features:
        approx, language = claim.approx, claim.language
        unit = (claim.unit, claim.per, approx is Approx.vague)
        found = self.units.get(unit)
        if found is None:
            head, embedded_per = split_rate(claim.unit)
            per = claim.per or embedded_per
            block = (_unit_facts(head, per)[0], per is not None, unit[2])
            found = self.units[unit] = (block, head, per)
        block, head, per = found
        phrase = claim.counted or " ".join(claim.lemmas)
        text = self.texts.get((phrase, language))
        if text is None:
            text = self.texts[phrase, language] = self._text(phrase, language)
        key = (claim.value, claim.lower, claim.upper, approx, claim.decimals, head, per)
        figure = self.figures.get(key)
        if figure is None:
            figure = self.figures[key] = _values(claim, head, per)
        verb = ""
        if claim.verb:
            known = self.verbs.get((claim.verb, language))
            if known is None:
                words = self.lexicon.normalise(claim.verb, language)
                known = self.verbs[claim.verb, language] = words[0] if words else ""
            verb = known
        actor = self.actors.get(claim.actor or "")
        if actor is None:
            actor = self.actors[claim.actor or ""] = fold(claim.actor or "")
        period = None
        if claim.period is not None:
            span = (claim.period.start, claim.period.end)
            period = self.periods.setdefault(span, span)
        return Features(
            block, text[0], text[1], text[2], actor, verb, *figure, claim.article, period,
            claim.role in (Role.change_from, Role.change_to),
        )

    def _text(self, phrase: str, language: str) -> tuple[str, tuple[str, ...], str]:
        chunks = self.lexicon.chunks(phrase, language, remember=False)
        words = _dedupe(w for chunk in chunks for w in chunk)
        return " ".join(words), tuple(sorted(words)), " ".join(chunks[0]) if chunks else ""


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


def cluster_bucket(
    feats: Sequence[Features], index: Sequence[int], threshold: float = THRESHOLD
) -> list[tuple[list[int], list[float]]]:
    """Average-linkage clusters of one bucket: (claim indices, membership scores) each.

    Claims with nothing counted stay alone: there is no evidence of what they measure.
    """
    known = [k for k, f in enumerate(feats) if f.text]
    out = [([index[k]], [1.0]) for k, f in enumerate(feats) if not f.text]
    if not known:
        return out
    kept = [feats[k] for k in known]
    sim = similarity(kept)
    for cluster in average_linkage(sim, threshold, cannot_link(kept)):
        out.append(([index[known[k]] for k in cluster], _mean_to_rest(sim, cluster)))
    return out


def similarity(feats: Sequence[Features]) -> np.ndarray:
    """Pairwise similarity in [0, 1] of the claims of one bucket (see the module rules)."""
    share = feats[0].block[0] == "percent"  # names part and whole, in either order
    text = OVERLAP_SHARE * word_overlap([f.words for f in feats], extensions=not share) + (
        1 - OVERLAP_SHARE
    ) * _cdist([f.text for f in feats], fuzz.token_sort_ratio)
    if not share:
        head = _cdist([f.head for f in feats], fuzz.token_set_ratio)
        text *= 1 - HEAD_SHARE * (1 - head)  # different head nouns: a different thing
    total = TEXT_WEIGHT * text
    weight = np.full_like(text, TEXT_WEIGHT)
    actors = [f.actor for f in feats]
    if any(actors):
        known = _both_known(actors)
        total += np.where(known, ACTOR_WEIGHT * _cdist(actors, fuzz.token_set_ratio), 0.0)
        weight += np.where(known, ACTOR_WEIGHT, 0.0)
    sim = total / weight + _evidence(feats) - _penalties(feats)
    return np.clip(sim, 0.0, 1.0)


def word_overlap(bags: Sequence[tuple[str, ...]], *, extensions: bool = True) -> np.ndarray:
    """Overlap of word sets, each word weighted by its rarity in the bucket (idf squared).

    The mean of two views: Dice (shared weight over both sides) and the overlap coefficient
    (shared weight over the lighter side). A phrase that only adds words to the other
    ("suspects" / "suspects arrêtés par la police") keeps a high score; two phrases that each
    have a rare word of their own ("... à Séoul" / "... à Busan") get a low one, since words
    most claims share say little and a rare one says which quantity it is. With
    ``extensions=False`` (shares) Dice alone with plain idf: a share that leaves out its
    population is another share, and part and whole words count alike.
    """
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, bag in enumerate(bags):
        for word in bag:
            rows.append(i)
            cols.append(vocab.setdefault(word, len(vocab)))
    present = np.zeros((len(bags), len(vocab)), dtype=np.float32)
    present[rows, cols] = 1.0
    rarity = (np.log((len(bags) + 1) / (present.sum(axis=0) + 1)) + 1) ** (2 if extensions else 1)
    weighted = present * rarity
    shared = weighted @ present.T
    totals = weighted.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        dice = 2 * shared / np.add.outer(totals, totals)
        overlap = shared / np.minimum.outer(totals, totals)
    return np.nan_to_num((dice + overlap) / 2 if extensions else dice)


def _evidence(feats: Sequence[Features]) -> np.ndarray:
    """Bonuses: the same verb, the same figure, or figures that agree."""
    verbs = np.array([f.verb or None for f in feats], dtype=object)
    same_verb = np.equal.outer(verbs, verbs) & np.not_equal.outer(verbs, None)
    values = np.array([f.value for f in feats])
    lo, hi = _bounds(feats)
    bounded = np.isfinite(hi)
    agree = (_relative_gap(lo, hi) <= NEAR_MISS) & np.logical_and.outer(bounded, bounded)
    figure = np.where(
        np.equal.outer(values, values),  # nan never equals
        SAME_FIGURE_BONUS,
        np.where(agree, AGREE_BONUS, 0.0),
    )
    return VERB_BONUS * same_verb + figure


def _penalties(feats: Sequence[Features]) -> np.ndarray:
    """Figures decades apart rarely measure one quantity (148 vs 25 is free, 1 300 vs 220 000
    is not)."""
    mag = np.array([f.magnitude for f in feats])
    decades = np.nan_to_num(np.abs(np.subtract.outer(mag, mag)), nan=0.0)
    return MAGNITUDE_PENALTY * np.clip(decades - MAGNITUDE_FREE, 0, None)


def cannot_link(feats: Sequence[Features]) -> np.ndarray:
    """Pairs that may never share a group: one article, one period, values that cannot both
    hold, and neither is a side of a stated change."""
    article = _codes([f.article for f in feats])
    period = _codes([f.period for f in feats])
    free = np.array([not f.changes for f in feats])
    apart = _relative_gap(*_bounds(feats)) > NEAR_MISS  # nan compares False
    return (
        apart
        & np.equal.outer(article, article)
        & np.equal.outer(period, period)
        & np.logical_and.outer(free, free)
    )


def _codes(values: Sequence[object]) -> np.ndarray:
    """Equal values -> equal integers, so equality tests run in numpy."""
    seen: dict[object, int] = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values])


def _bounds(feats: Sequence[Features]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([f.lo for f in feats]), np.array([f.hi for f in feats])


def _relative_gap(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Pairwise distance between intervals as a share of the upper one's low end; nan unknown."""
    below = np.subtract.outer(lo, hi)  # [i, j] = lo_i - hi_j: > 0 when i lies above j
    gap = np.maximum(below, below.T)
    scale = np.maximum.outer(np.abs(lo), np.abs(lo))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(gap > 0, gap / scale, np.where(np.isnan(gap), np.nan, 0.0))


def average_linkage(
    sim: np.ndarray, threshold: float, cannot: np.ndarray | None = None
) -> list[list[int]]:
    """Merge the closest clusters (mean pairwise similarity) until none reach ``threshold``.

    ``cannot[i, j]`` forbids any cluster holding both i and j. Clusters come back as sorted
    index lists, in order of their first index.
    """
    n = len(sim)
    s = sim.astype(np.float64, copy=True)
    banned = np.zeros((n, n), dtype=bool) if cannot is None else cannot | cannot.T
    s[banned] = -np.inf
    np.fill_diagonal(s, -np.inf)
    sizes = np.ones(n)
    members: list[list[int]] = [[i] for i in range(n)]
    while n > 1:
        i, j = divmod(int(np.argmax(s)), n)
        if s[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        banned[i] |= banned[j]
        merged[banned[i]] = -np.inf
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = -np.inf
        s[j, :] = -np.inf
        s[:, j] = -np.inf
        sizes[i] += sizes[j]
        members[i].extend(members[j])
        members[j] = []
    return [sorted(m) for m in members if m]


def _mean_to_rest(sim: np.ndarray, cluster: list[int]) -> list[float]:
    """Each member's mean similarity to the other members (1.0 alone)."""
    if len(cluster) == 1:
        return [1.0]
    inner = sim[np.ix_(cluster, cluster)]
    means = (inner.sum(axis=1) - inner.diagonal()) / (len(cluster) - 1)
    return [round(float(m), 3) for m in means]


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


@lru_cache(maxsize=1024)
def _unit_facts(unit: str, per: str | None) -> tuple[str, float | None]:
    """Unit kind and canonical factor, once per unit: pint is slow to ask."""
    return unit_kind(unit), canonical_factor(unit, per)


def _values(claim: Claim, unit: str, per: str | None) -> tuple[float, float, float, float]:
    """(figure, lowest, highest, log10 size) in the canonical unit; nan where unknown.

    The bounds are what the writer stated: an exact figure is a point here, not widened by its
    printed precision, because two figures of one article ("1 200", "plus de 1 300") are told
    apart by what was written.
    """
    nan = math.nan
    factor = _unit_facts(unit, per)[1]
    try:
        interval = value_interval(claim)
    except ValueError:
        return nan, nan, nan, nan
    if factor is None:
        return nan, nan, nan, nan
    value = claim.value * factor if claim.value is not None else nan
    if claim.approx is Approx.exact and claim.value is not None:
        lo = hi = value
    else:
        lo, hi = interval.lo * factor, interval.hi * factor
    size = abs(value) if claim.value is not None else abs(lo if math.isinf(hi) else hi)
    magnitude = math.log10(size) if 0 < size < math.inf else nan
    return value, lo, hi, magnitude


def _cdist(items: Sequence, scorer: object, scale: float = 100.0) -> np.ndarray:
    """All-pairs scores of one list, scaled to [0, 1]; each distinct item scored once (a
    bucket repeats its heads and actors many times)."""
    codes: dict[object, int] = {}
    index = np.array([codes.setdefault(item, len(codes)) for item in items])
    unique = list(codes)
    scores = process.cdist(unique, unique, scorer=scorer, dtype=np.float32) / scale
    return scores[np.ix_(index, index)] if len(unique) < len(items) else scores


def _both_known(values: Sequence[str]) -> np.ndarray:
    present = np.array([bool(v) for v in values])
    return np.logical_and.outer(present, present)


def _dedupe(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))
