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
   claims. Each bucket is one block of work for the executor (``reconcile.execution``), which
   clusters it and visits each of its groups where it runs; distinct phrases are reduced to
   words the same way, before. How and where blocks run is the executor's business.

**Order.** Claims are taken in reading order (article, line, offset, id) whatever order they
come in, and a group's id is a hash of its kind and its claims' ids (``group_id``): the same
claims give the same groups and ids, however they are listed and whatever else is read.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import starmap

from claims.models import Claim, Period, kept_apart
from reconcile.buckets import WordSets
from reconcile.execution import Block, Executor, auto
from reconcile.features import (
    FRAME_SLOTS,
    Assembler,
    Features,
    Reduced,
    TextReader,
    bare_role,
    grouping_phrase,
    in_money,
    own_event,
    reduce_phrase,
)
from reconcile.lexicon import Lexicon, fold
from reconcile.linkage import THRESHOLD, cluster_bucket
from reconcile.models import Group, Membership, OneCopy, read_fields, trusted
from reconcile.periods import years_before
from reconcile.restated import Row, event_key, headline_twins
from reconcile.slim import SlimClaim
from reconcile.units import split_rate

MAX_BUCKET = 150
LABEL_CHARS = 60
PHRASES_PER_BLOCK = 2_000  # distinct phrases reduced per block of work
ID_CHARS = 12  # hex digits of a group id's hash: no two of a million groups share one

BlockKey = tuple[str, bool, bool]  # ``Features.block``
# What a visit returns for one group: anything picklable (it travels back from a worker).
Visit = Callable[[list[Claim], str, str], object]  # (members, label, group id) -> result
# Makes the visit for one bucket from the claims it holds (its members and their related
# claims, in reading order).
Visits = Callable[[Sequence[Claim]], Visit]
# Reading-order claims -> for claim i, the indices of claims a visit of its group may read
# besides the members (they travel with its bucket).
Related = Callable[[Sequence[Claim]], Mapping[int, Sequence[int]]]


def group_claims(
    claims: Sequence[Claim], lexicon: Lexicon | None = None, threshold: float = THRESHOLD,
    executor: Executor | None = None,
) -> list[Group]:
    """Groups of claims about one quantity, in reading order of their first claim.

    Every claim is in exactly one group; a claim with nothing like it is a group of one.
    """
    return [group for group, _ in group_and_visit(claims, lexicon, threshold,
                                                  executor=executor)]


def group_and_visit(
    claims: Sequence[Claim],
    lexicon: Lexicon | None = None,
    threshold: float = THRESHOLD,
    visits: Visits | None = None,
    related: Related | None = None,
    executor: Executor | None = None,
    keep: Callable[[Group, object], object] | None = None,
) -> list[tuple[Group, object]]:
    """Each group, with ``visit(members, label, group_id)`` for it (None without ``visits``),
    in reading order of the groups' first claims.

    The visit runs where the group is made, so only results travel back; it reads the group's
    members and, per member ``i``, the claims ``related(claims)[i]`` names. ``keep(group,
    result)``: what to keep of a visit's result, made as each arrives (while the rest of the
    groups are still being made elsewhere), not once all are in.
    """
    ordered = in_reading_order(claims)
    run = executor or auto(len(ordered))
    lexicon = lexicon or Lexicon.default()
    reader = TextReader(lexicon)
    read = _Reading(ordered, reader)
    plain = lexicon.without_caches()  # what travels to the workers
    reduced = [r for batch in run.run_blocks(read.phrase_blocks(), _reduce_phrases, plain)
               for r in batch]
    bags = [reader.bags.setdefault(words, len(reader.bags)) for _, words, _ in reduced]
    links = related(ordered) if related is not None else {}
    state = _JobState(threshold, plain, visits)
    jobs = _jobs(ordered, read, reduced, [bags[n] for n in read.phrases], list(reader.bags),
                 links)
    return _made_groups(run.run_blocks(jobs, _job, state), ordered, keep)


def _made_groups(
    results: Iterable[list[tuple]], ordered: Sequence[Claim],
    keep: Callable[[Group, object], object] | None,
) -> list[tuple[Group, object]]:
    """The workers' clusters as groups, each with what is kept of its visit, as each
    arrives; in reading order of the groups' first claims."""
    ids = [c.id for c in ordered]
    one = OneCopy()  # a million memberships hold a few distinct scores and slot lists
    made: list[tuple[int, Group, object]] = []
    for result in results:
        for members, scores, slots, name, kind, gid, seen in result:
            group = _as_group(members, scores, slots, ids, one, {
                "id": gid, "label": name or ordered[members[0]].unit_label, "kind": kind})
            made.append((members[0], group, keep(group, seen) if keep is not None else seen))
    made.sort(key=lambda item: item[0])
    return [(group, seen) for _, group, seen in made]


def _as_group(
    members: Sequence[int], scores: Sequence[float], slots: Sequence[list[str]],
    ids: Sequence[str], one: OneCopy, fields: dict,
) -> Group:
    """A worker's cluster as a ``Group`` (``fields``: its id, label and kind), its
    memberships sharing one copy of each score and slot list."""
    memberships = [
        trusted(Membership, _MEMBER_FIELDS,
                {"claim_id": ids[i], "score": one(s), "slots": one.list(matched)})
        for i, s, matched in zip(members, scores, slots, strict=True)
    ]
    return trusted(Group, _GROUP_FIELDS, {**fields, "members": memberships})


def in_reading_order(claims: Sequence[Claim]) -> list[Claim]:
    """The claims sorted by (article, line, offset, id): ``claim_order``, read faster."""
    keys = list(read_fields(claims, "article", "line", "start", "id"))
    return [claims[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]


class _Reading:
    """One pass over the claims in reading order: each claim's block and the number of what
    it counts (a phrase, numbered in order of first appearance), while the distinct phrases
    go out in blocks to be reduced to words."""

    def __init__(self, claims: Sequence[Claim], reader: TextReader) -> None:
        self.claims = claims
        self.reader = reader
        self.blocks: list[BlockKey] = []
        self.phrases: list[int] = []
        self.twins: dict[int, int] = {}  # a headline figure -> the body figure it restates

    def phrase_blocks(self) -> Iterator[Block]:
        distinct: dict[tuple[str, str], int] = {}
        pending: list[tuple[str, str]] = []
        block_of, kinds = self.reader.block, self.reader.blocks
        fields = read_fields(self.claims, "id", "counted", "lemmas", "event", "frame",
                             "antecedent", "linked", "place", "language", "article", "line",
                             "sentence", "source", "period", "value", "unit", "per", "approx")
        events: dict[str, str] = {}  # what happened, per claim id, for the figures after it
        baselines, contrasts = Baselines(), Contrasts()
        rows: list[Row] = []  # what finds a headline figure's body twin (``headline_twins``)
        lexicon = self.reader.lexicon
        for (cid, counted, lemmas, event, frame, antecedent, linked, place, language, article,
             line, sentence, source, period, value, unit_name, per, approx) in fields:
            event = own = own_event(event, frame, antecedent)
            if event:
                events[cid] = event
            elif linked is not None:
                # "has climbed to 1,614, up from 1,210 at the same point last year": the
                # figure compared with takes what happened from the figure it is compared to
                event = events.get(linked)
            phrase = grouping_phrase(counted, lemmas, event, place)
            phrase = contrasts.read((article, line, sentence), source, period, unit_name, per,
                                    phrase)
            phrase = baselines.read(article, line, period, unit_name, per, phrase)
            # its own event, not one it takes from the figure it is compared with ("사망자는
            # 31명에서 24명으로"): the later side of a change is no count of its own
            phrase = bare_role(lexicon, phrase, own, unit_name, language)
            key = (phrase, language)
            number = distinct.get(key)
            if number is None:
                number = distinct[key] = len(distinct)
                pending.append(key)
                if len(pending) >= PHRASES_PER_BLOCK:
                    yield Block(data=pending)
                    pending = []
            self.phrases.append(number)
            rows.append((article, sentence, value, unit_name, per,
                         event_key(lexicon.concept, lexicon.events, event, language)))
            unit = (unit_name, per, kept_apart(approx))
            block = kinds.get(unit)
            self.blocks.append(block if block is not None else block_of(*unit))
        self.twins = headline_twins(rows)
        if pending:
            yield Block(data=pending)


class Baselines:
    """The same window some years earlier: "6.21 million in October, up from 5.78 million a
    year earlier", "contre 92 800 sur les mêmes mois de 2025", "지난해 같은 기간(36명)". The
    earlier figure often names nothing it counts; the window it covers, the figure's own
    shifted back by whole years, says it is that figure's baseline. Such a figure takes what
    the nearest figure before it in the same unit counts, when that figure is at most
    ``REACH`` lines above and its window is the same months of a later year, so the two meet
    as one quantity over two periods (a ``period_mismatch``), not left unread. Read in
    reading order, one claim at a time."""

    REACH = 4  # lines: the figure's own paragraph or the one before it (blank lines between)

    def __init__(self) -> None:
        self._last: dict[tuple[str, str, str | None], tuple[int, Period | None, str]] = {}

    def read(
        self, article: str, line: int, period: Period | None, unit: str, per: str | None,
        phrase: str,
    ) -> str:
        """``phrase``, or, for a figure that names nothing it counts, its baseline's."""
        key = (article, unit, per)
        if phrase:
            self._last[key] = (line, period, phrase)
            return phrase
        found = self._last.get(key)
        if found is None or line - found[0] > self.REACH or not years_before(period, found[1]):
            return phrase
        return found[2]


class Contrasts:
    """Two sources' figures for one thing in one sentence, the second naming nothing it counts:
    "the police prefecture counted 74,000 marchers, while the CGT said 350,000 had taken part";
    "12 500 manifestants selon la police, 40 000 selon les syndicats". The bare figure is the
    second source's count of what the first counts, for the same period and in the same unit:
    it takes the first's phrase, and the two meet as the disagreement of two named sources.
    Not after a list of several things ("2 300 manifestants et 640 tracteurs selon la
    préfecture, « plus de 9 000 » selon les syndicats"): which one it counts is unsaid. Read in
    reading order, one claim at a time."""

    def __init__(self) -> None:
        self._last: dict[tuple, tuple[str | None, Period | None, str]] = {}
        self._listed: dict[tuple, set[str]] = {}  # the phrases of a sentence's figures

    def read(
        self, sentence: tuple, source: str | None, period: Period | None, unit: str,
        per: str | None, phrase: str,
    ) -> str:
        """``phrase``, or, for a figure that names nothing it counts, that of the figure of its
        sentence before it when each names a different source."""
        key = (*sentence, unit, per)
        if phrase:
            self._last[key] = (source, period, phrase)
            self._listed.setdefault(key, set()).add(phrase)
            return phrase
        found = self._last.get(key)
        if found is None or not source or not found[0] or _ends(found[1]) != _ends(period):
            return phrase
        if len(self._listed[key]) > 1:
            return phrase
        if fold(source) == fold(found[0]):
            return phrase
        return found[2]


def _ends(period: Period | None) -> tuple[date | None, date | None] | None:
    return None if period is None else (period.start, period.end)


def _reduce_phrases(lexicon: Lexicon, block: Block) -> list[Reduced]:
    """A block of distinct phrases, each reduced (``reduce_phrase``)."""
    return [reduce_phrase(lexicon, phrase, language) for phrase, language in block.data]


def _jobs(
    claims: Sequence[Claim], read: _Reading, reduced: Sequence[Reduced], bags: Sequence[int],
    words: list[tuple[str, ...]], links: Mapping[int, Sequence[int]],
) -> Iterator[Block]:
    """One block of work per bucket: its block key, the bucket's indices, its claims' reduced
    phrases, its claims then their related claims as slim rows (``SlimClaim.row``: plain
    tuples, made into slim claims where the block runs), and its headline figures with the
    body figures they restate (``reconcile.restated``)."""
    row = SlimClaim.row
    for key, bucket in buckets(read.blocks, bags, words):
        others: list[int] = []
        if links:
            extra = {j for i in links.keys() & bucket for j in links[i]}
            others = sorted(extra.difference(bucket))
        phrases = [reduced[read.phrases[i]] for i in bucket]
        yield Block(data=(key, bucket, phrases, [row(claims[i]) for i in (*bucket, *others)],
                          _twins_in(bucket, read.twins)))


def _twins_in(bucket: Sequence[int], twins: Mapping[int, int]) -> list[tuple[int, int]]:
    """The headline figures of a bucket and their body twins there, as places in it."""
    if not twins:
        return []
    place = {i: k for k, i in enumerate(bucket)}
    return [(k, place[twins[i]]) for k, i in enumerate(bucket)
            if i in twins and twins[i] in place]


@dataclass
class _JobState:
    """What every job of a run reads besides its block: the settings, and the caches of the
    process it runs in (made empty, filled there)."""

    threshold: float
    lexicon: Lexicon
    visits: Visits | None
    reader: TextReader | None = field(default=None, repr=False)
    assemble: Assembler = field(default_factory=Assembler, repr=False)

    def __getstate__(self) -> dict:
        return {"threshold": self.threshold, "lexicon": self.lexicon, "visits": self.visits,
                "reader": None, "assemble": Assembler()}


_MAX_FIGURES = 20_000  # written figures whose bounds a process keeps (they repeat in a bucket)
# Frames a process keeps read (``TextReader.frames``): they repeat within a quantity, whose
# claims meet in one bucket, and seldom across buckets, so a few buckets' worth is enough;
# kept for a whole run they held a third of a worker's memory.
_MAX_FRAMES = 20_000


def _job(state: _JobState, block: Block) -> list[tuple]:
    """One bucket: its clusters, each as (member indices, scores, label, kind, group id, what
    the visit made of it)."""
    key, bucket, phrases, rows, twins = block.data
    known = list(starmap(SlimClaim, rows))
    members = known[: len(bucket)]
    feats = _bucket_features(state, key, members, phrases)
    by_index = dict(zip(bucket, members, strict=True))
    feat_of = dict(zip(bucket, feats, strict=True))
    visit = state.visits(known) if state.visits is not None else None
    out = []
    for found in cluster_bucket(feats, bucket, state.threshold, twins):
        indices, scores = _in_index_order(*found)
        claims = [by_index[i] for i in indices]
        name = label([c.counted for c in claims])
        kind = group_kind(key, claims[0])
        gid = group_id(kind, [c.id for c in claims])
        seen = visit(claims, name or claims[0].unit_label, gid) if visit else None
        slots = matched_slots([feat_of[i] for i in indices])
        out.append((indices, scores, slots, name, kind, gid, seen))
    return out


def _bucket_features(
    state: _JobState, key: tuple, members: Sequence[SlimClaim], phrases: Sequence[Reduced]
) -> list[Features]:
    """The features of a bucket's claims, what each counts read as its amount is
    (``features.in_money``) for a bucket of money."""
    reader, assemble = _bounded_reader(state)
    phrases = [in_money(state.lexicon, phrase, key[0]) for phrase in phrases]
    return [assemble(c, key, phrase, reader.actor(c.actor), reader.verb(c.verb, c.language),
                     reader.frame(c, phrase))
            for c, phrase in zip(members, phrases, strict=True)]


def _bounded_reader(state: _JobState) -> tuple[TextReader, Assembler]:
    """The process's reader and assembler, made once, their caches emptied past their
    bounds (``_MAX_FIGURES``, ``_MAX_FRAMES``) so a long run's memory stays flat."""
    if state.reader is None:
        state.reader = TextReader(state.lexicon)
    reader, assemble = state.reader, state.assemble
    if len(assemble.figures) > _MAX_FIGURES:
        assemble.figures.clear()
    if len(reader.frames) > _MAX_FRAMES:
        reader.frames.clear()
    return reader, assemble


def _in_index_order(indices: list[int], scores: list) -> tuple[list[int], list]:
    """A cluster's members and their scores, in the order of the members' indices."""
    order = sorted(range(len(indices)), key=indices.__getitem__)
    return [indices[n] for n in order], [scores[n] for n in order]


def matched_slots(feats: Sequence[Features]) -> list[list[str]]:
    """Per member, the frame slots it fills the same way as another member: what made the
    group, for a reader checking it (``Membership.slots``). A member shares a slot when a key
    of its own for that slot is held by at least two members: counted once per member, so the
    cost stays linear in the group's size."""
    if len(feats) < 2:
        return [[] for _ in feats]
    keys = [_slot_keys(f) for f in feats]
    shared = {slot: _held_twice(keys, slot) for slot in FRAME_SLOTS}
    return [[slot for slot in FRAME_SLOTS if not shared[slot].isdisjoint(member[slot])]
            for member in keys]


def _held_twice(keys: Sequence[dict[str, set]], slot: str) -> set:
    """The keys of a slot that at least two members hold."""
    counts: dict[object, int] = {}
    for member in keys:
        for key in member[slot]:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n > 1}


def _slot_keys(f: Features) -> dict[str, set]:
    """What a member fills each frame slot with, as a set (empty for an empty slot)."""
    frame = f.frame
    return {
        "counted": set(f.words),
        "event": {frame.event} - {""},
        "place": {frame.place} - {""},
        "entity": {frame.entity} - {""},
        "whole": set(frame.whole),
    }


def group_kind(key: BlockKey, first: Claim) -> str:
    """What a group's figures are: the block's unit kind, ``per`` its rate for a rate."""
    kind, rate, _ = key
    return f"{kind} per {first.per or split_rate(first.unit)[1]}" if rate else kind


def group_id(kind: str, claim_ids: Iterable[str]) -> str:
    """``g`` and a hash of the group's kind and its claims' ids, sorted: the id depends on
    what the group holds, never on the order claims were read in nor on other groups."""
    text = "\0".join([kind, *sorted(claim_ids)])
    return "g" + hashlib.blake2b(text.encode(), digest_size=ID_CHARS // 2).hexdigest()


def buckets(
    blocks: Sequence[BlockKey], bags: Sequence[int], words: list[tuple[str, ...]]
) -> Iterator[tuple[BlockKey, list[int]]]:
    """(block, claim indices) to cluster independently: blocks, cut into slices when too big
    (``reconcile.buckets``)."""
    by_block: dict[BlockKey, list[int]] = defaultdict(list)
    for i, block in enumerate(blocks):
        by_block[block].append(i)
    sets: WordSets | None = None
    array = None
    for block, members in by_block.items():
        if len(members) <= MAX_BUCKET:
            yield block, members
            continue
        if sets is None:
            import numpy as np

            sets, array = WordSets(words), np.asarray(bags, dtype=np.int64)
        yield from ((block, piece) for piece in sets.slices(members, array, MAX_BUCKET))


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


