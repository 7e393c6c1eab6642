"""Similarity of the claims of one bucket, and average linkage over it (steps 3 and 4 of
``reconcile.group``).

3. **Similarity** of two claims, in [0, 1]. Text: ``OVERLAP_SHARE`` x rarity-weighted word
   overlap (``word_overlap``: a phrase that only adds words stays close, two phrases each with a
   rare word of their own do not) + the rest x rapidfuzz's token_sort ratio (spelling slack);
   for non-percents, scaled down by up to ``HEAD_SHARE`` when the head words (first run of the
   phrase) differ. Then ``TEXT_WEIGHT`` x text + ``ACTOR_WEIGHT`` x actor (token_set ratio),
   the actor's weight dropped when either side has none, or when the two are named in two
   languages and spelled apart (``linkage_actors``). The same verb (``VERB_BONUS``) and the
   same or an agreeing figure (``SAME_FIGURE_BONUS``, ``AGREE_BONUS``) add a little; figures
   orders of magnitude apart rarely measure one quantity (``MAGNITUDE_PENALTY`` per decade
   beyond ``MAGNITUDE_FREE``).
4. **Linkage.** Average linkage, stopping below ``threshold``: a claim joins a group only if it
   is close to the group as a whole, so unrelated claims do not chain through one neighbour.
   One constraint: an article does not contradict itself, so two figures of one article for the
   same period whose values cannot both hold (beyond ``NEAR_MISS``) are taken to
   measure different things ("1 200 personnes" in one chat room, "plus de 1 300 participants"
   in another) and never share a group. The price: a typo inside one article is not flagged.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from reconcile.features import Features
from reconcile.kinds import barred_pairs, kinds_differ, parts_apart
from reconcile.linkage_actors import compared_actors
from reconcile.linkage_twins import as_one, bound_as_its_twin, compared_or_alone, told_twice
from reconcile.name_scripts import may_be_one

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
SLOT_BONUS = 0.1  # both name the same event, place or entity: evidence of one quantity
MAGNITUDE_FREE = 1.0  # decades apart that cost nothing (148 vs 25 is 0.8 decade)
MAGNITUDE_PENALTY = 0.5  # similarity lost per further decade
TIE_SHARE = 1e-6  # of the evidence past the cap, added to break ties at it (and nothing else)


def cluster_bucket(
    feats: Sequence[Features], index: Sequence[int], threshold: float = THRESHOLD,
    twins: Sequence[tuple[int, int]] = (),
) -> list[tuple[list[int], list[float]]]:
    """Average-linkage clusters of one bucket: (claim indices, membership scores) each.

    Claims with nothing counted, or a frame too thin to say what they measure, stay alone:
    there is no evidence of what they measure. ``twins``: (headline figure, the body figure
    it restates), as places in ``feats`` (``reconcile.restated``): one figure told twice.
    """
    told = told_twice(feats, twins)
    known, out = compared_or_alone(feats, index, told)
    if not known:
        return out
    kept = [feats[k] for k in known]
    sim = similarity(kept)
    sim += TIE_SHARE * evidence_past_the_cap(kept)
    cannot = cannot_link(kept)
    if told:
        bound_as_its_twin(cannot, known, twins, told)
    if twins:
        as_one(sim, cannot, known, twins, threshold)
    for cluster in average_linkage(sim, threshold, cannot):
        out.append(([index[known[k]] for k in cluster], _mean_to_rest(sim, cluster)))
    return out


def similarity(feats: Sequence[Features]) -> np.ndarray:
    """Pairwise similarity in [0, 1] of the claims of one bucket (see the module rules)."""
    return np.clip(_raw_similarity(feats), 0.0, 1.0)


def _raw_similarity(feats: Sequence[Features], agreeing: bool = True) -> np.ndarray:
    """The similarity before it is capped to [0, 1]; without ``agreeing``, figures that only
    come close (``AGREE_BONUS``) add nothing: two turnouts of two elections, 41.3 % and 42.7 %,
    are not the closer for it."""
    # Formulas in the comments, computed in place in the matrices made here: the same
    # operations in the same order, without a new matrix for each
    share = feats[0].block[0] == "percent"  # names part and whole, in either order
    # text = OVERLAP_SHARE * overlap + (1 - OVERLAP_SHARE) * fuzzy
    text = word_overlap([f.words for f in feats], extensions=not share)
    text *= OVERLAP_SHARE
    fuzzy = _token_sort_ratios([f.text for f in feats])
    fuzzy *= 1 - OVERLAP_SHARE
    text += fuzzy
    if not share:  # different head nouns: a different thing
        # text *= 1 - HEAD_SHARE * (1 - head)
        head = _cdist([f.head for f in feats], fuzz.token_set_ratio)
        np.subtract(1, head, out=head)
        head *= HEAD_SHARE
        np.subtract(1, head, out=head)
        text *= head
    total = text
    total *= TEXT_WEIGHT
    actors = [f.actor for f in feats]
    if any(actors):
        alike = _cdist(actors, fuzz.token_set_ratio)
        known = _both_known(actors) & compared_actors([f.language for f in feats], alike)
        total += np.where(known, ACTOR_WEIGHT * alike, 0.0)
        # TEXT_WEIGHT, plus ACTOR_WEIGHT where both actors are known: two values, each summed
        # as a float32 and a float64 matrix would be, then chosen per pair (a float32 matrix
        # plus a float64 one is slow)
        weights = np.full(2, TEXT_WEIGHT, dtype=np.float32)
        weights += [0.0, ACTOR_WEIGHT]
        weight = np.where(known, weights[1], weights[0])
    else:
        weight = np.full_like(text, TEXT_WEIGHT)
    # sim = total / weight + evidence - penalties
    sim = _evidence(feats, agreeing)
    sim += _frame_evidence(feats, share)
    sim += total / weight
    sim -= _penalties(feats)
    return sim


def evidence_past_the_cap(feats: Sequence[Features]) -> np.ndarray:
    """How far each pair's similarity would go past 1 before it is capped: the same figure,
    the same slots, the same verb on top of the same words (figures that only come close are
    no evidence here: in a tie they drew one election's turnout to another's). Pairs at the
    cap tie; of two that tie, the one with more evidence is the closer ("287" and "287" in two
    articles' votes, before "287" and another article's "326"), so ``cluster_bucket`` adds it, times
    ``TIE_SHARE``, to break ties and nothing else. Without it the first pair in reading order
    merged first, and one article's figures, kept apart, then barred the right pairs."""
    raw = _raw_similarity(feats, agreeing=False)
    raw -= 1.0
    return np.fmax(raw, 0.0, out=raw)


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
        dice = np.divide(2 * shared, np.add.outer(totals, totals))
        if extensions:
            lighter = np.minimum.outer(totals, totals)
            overlap = np.divide(shared, lighter, out=lighter)
            dice += overlap  # the mean of the two
            dice /= 2
    # Weights are positive, so a total is 0 only for an empty bag, whose shared weights are
    # all 0: the only non-finite scores are its 0 / 0, which mean no overlap
    if not totals.all():
        dice[np.isnan(dice)] = 0.0
    return dice


def _evidence(feats: Sequence[Features], agreeing: bool = True) -> np.ndarray:
    """Bonuses: the same verb, the same figure, or (``agreeing``) figures that agree."""
    # Masks of rows and columns below: cheaper than a second outer product
    verbs = _codes([f.verb for f in feats])  # integers: an object array compares slowly
    same_verb = np.equal.outer(verbs, verbs)
    same_verb[[not f.verb for f in feats]] = False  # equal codes: both have one, or neither
    lo, hi = _bounds(feats)
    agree = _relative_gap(lo, hi) <= NEAR_MISS
    unbounded = ~np.isfinite(hi)
    agree[unbounded] = False
    agree[:, unbounded] = False
    figure = np.where(agree, AGREE_BONUS if agreeing else 0.0, 0.0)
    values = np.array([f.value for f in feats])
    figure[np.equal.outer(values, values)] = SAME_FIGURE_BONUS  # nan never equals
    figure[same_verb] += VERB_BONUS
    return figure


def _frame_evidence(feats: Sequence[Features], share: bool = False) -> np.ndarray:
    """Frames that agree are evidence, as the same verb is: ``SLOT_BONUS`` for each of event,
    place and entity that both claims name alike ("1.08 million people demonstrated across the
    country" / "1,28 million de personnes ont manifesté dans toute la France"). Of a share or
    a change (``share``), an event that is all it counts ("sales fell 3 percent") names no part
    and is already all of its text's overlap: no evidence a second time ("overseas-plant sales
    fell 1.7 %" is another quantity). (A count's event alone, "74 000 manifestants", names who
    are counted, and stays evidence.)"""
    n = len(feats)
    out = np.zeros((n, n))
    only_events = np.array([share and _counts_only_its_event(f) for f in feats])
    for slot, same, both_named in _named_slots(feats):
        agree = same & both_named
        if slot == "event" and only_events.any():
            agree[only_events] = False
            agree[:, only_events] = False
        out[agree] += SLOT_BONUS
    return out


def _counts_only_its_event(f: Features) -> bool:
    """What the claim counts is its event and nothing else ("sales": #sell)."""
    return bool(f.frame.event) and f.words == ("#" + f.frame.event,)


def _named_slots(feats: Sequence[Features]) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
    """For each of event, place and entity that at least two claims name: the slot, which pairs
    name the same value, and which pairs both name one."""
    for slot in ("event", "place", "entity"):
        values = [getattr(f.frame, slot) for f in feats]
        if sum(1 for v in values if v) < 2:
            continue
        codes = _codes(values)
        known = np.array([bool(v) for v in values])
        same = np.equal.outer(codes, codes)
        if slot == "entity":
            same = _one_name(values, codes)
        yield slot, same, np.logical_and.outer(known, known)


def _one_name(values: Sequence[str], codes: np.ndarray) -> np.ndarray:
    """Pairs whose entities may be one named thing: the same words, or the words of one
    within the other ("sejin" / "sejin motor"); "sejin" and "hanul motor" are two. A name in
    Hangul and one in Latin letters may be one when they sound alike ("누리바이오" / "nuri
    bio"), and a first word too short to tell says nothing against it
    (``reconcile.name_scripts``)."""
    distinct = list(dict.fromkeys(values))
    words = [frozenset(v.split()) for v in distinct]
    within = np.array([[_may_be_one(a, b, wa, wb) for b, wb in zip(distinct, words, strict=True)]
                       for a, wa in zip(distinct, words, strict=True)])
    return within[np.ix_(codes, codes)]


def _may_be_one(a: str, b: str, wa: frozenset[str], wb: frozenset[str]) -> bool:
    """One name's words within the other's, or two scripts' names that may sound alike."""
    return wa <= wb or wb <= wa or bool(may_be_one(a, b))


def _penalties(feats: Sequence[Features]) -> np.ndarray:
    """Figures decades apart rarely measure one quantity (148 vs 25 is free, 1 300 vs 220 000
    is not)."""
    mag = np.array([f.magnitude for f in feats])
    excess = np.subtract.outer(mag, mag)
    np.abs(excess, out=excess)
    excess -= MAGNITUDE_FREE
    np.fmax(excess, 0.0, out=excess)  # and nan (a magnitude unknown) costs nothing
    excess *= MAGNITUDE_PENALTY
    return excess


def cannot_link(feats: Sequence[Features]) -> np.ndarray:
    """Pairs that may never share a group: frames that contradict each other (``frames_apart``);
    and one article, one period, values that cannot both hold, and neither is a side of a
    stated change."""
    barred = frames_apart(feats)
    together: dict[tuple[str, object], list[int]] = {}
    for k, f in enumerate(feats):
        if not f.changes:
            together.setdefault((f.article, f.period), []).append(k)
    # A bucket's claims come from many articles: a few small groups share one and a period
    for group in together.values():
        if len(group) > 1:
            barred[np.ix_(group, group)] |= _cannot_both_hold(feats, group)
    return barred


def _cannot_both_hold(feats: Sequence[Features], group: list[int]) -> np.ndarray:
    """Pairs of one article and period whose values cannot both hold, unless two named
    sources give them or one is the earlier figure of a revision."""
    apart = _relative_gap(*_bounds([feats[k] for k in group])) > NEAR_MISS  # nan: False
    # unless two named sources give them: "1,1 million selon le ministère, 2,5 millions
    # selon les syndicats" is the disagreement a reader wants to see
    actors = [feats[k].actor for k in group]
    if sum(1 for a in actors if a) > 1:
        apart &= ~_two_named_sources(actors)
    # an earlier figure the sentence says was revised, and the figures of its sentence
    # ("3,450, from an earlier estimate of 2,900"): a revision, not two quantities
    revised = [feats[k].superseded_line for k in group]
    if any(line >= 0 for line in revised):
        lines = np.array([feats[k].line for k in group])
        earlier = np.array(revised)
        apart &= ~(np.equal.outer(earlier, lines) | np.equal.outer(lines, earlier))
    return apart


def _two_named_sources(actors: Sequence[str]) -> np.ndarray:
    """Pairs whose figures two different named sources give."""
    codes = _codes(actors)
    named = np.array([bool(a) for a in actors])
    return np.not_equal.outer(codes, codes) & np.logical_and.outer(named, named)


def frames_apart(feats: Sequence[Features]) -> np.ndarray:
    """Pairs whose frames contradict: both name an event, a place or an entity and they
    differ, or both name a whole and share no word of it, or one is a limit (a capacity, a
    quota) and the other a count. An empty slot contradicts nothing:
    "408 emplois à Metz" and "609 à Lyon" never meet, "408 emplois" meets either."""
    n = len(feats)
    barred = np.zeros((n, n), dtype=bool)
    for _, same, both_named in _named_slots(feats):
        barred |= ~same & both_named
    barred |= kinds_differ([f.frame.kinds for f in feats])
    barred |= parts_apart([f.frame.part for f in feats], [f.words for f in feats])
    barred |= _wholes_apart([f.frame.whole for f in feats])
    limits = np.array([f.frame.limit for f in feats])
    barred |= limits[:, None] != limits[None, :]  # a capacity is never a count of what was
    return barred


def _wholes_apart(wholes: Sequence[frozenset[str]]) -> np.ndarray:
    """Pairs that both name a whole and share no word of it."""
    return barred_pairs(wholes, lambda a, b: not a & b)


def _codes(values: Sequence[object]) -> np.ndarray:
    """Equal values -> equal integers, so equality tests run in numpy."""
    seen: dict[object, int] = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values])


def _bounds(feats: Sequence[Features]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([f.lo for f in feats]), np.array([f.hi for f in feats])


def _relative_gap(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Pairwise distance between intervals as a share of the upper one's low end; nan unknown."""
    # [i, j] = lo_i - hi_j: > 0 when i lies above j; and its transpose, made contiguous
    gap = np.subtract.outer(lo, hi)
    np.maximum(gap, lo - hi[:, None], out=gap)
    scale = np.abs(lo)
    share = np.maximum.outer(scale, scale)
    with np.errstate(invalid="ignore", divide="ignore"):
        np.divide(gap, share, out=share)
    share[gap <= 0] = 0.0  # overlapping or touching; nan compares False and stays
    return share


def average_linkage(
    sim: np.ndarray, threshold: float, cannot: np.ndarray | None = None
) -> list[list[int]]:
    """Merge the closest clusters (mean pairwise similarity) until none reach ``threshold``;
    of equally close pairs, the first in row-major order.

    ``cannot[i, j]`` forbids any cluster holding both i and j. Clusters come back as sorted
    index lists, in order of their first index. Similarities and threshold must be finite.

    A mean of similarities that all miss the threshold misses it too, so no merge ever joins
    two parts of the graph "reaches the threshold, may link": each connected part is merged
    on its own, the same merges in the same order with the same arithmetic as over the whole
    matrix, at a fraction of the cost (a bucket of 150 claims holds parts of a dozen).
    """
    s = np.array(sim, dtype=np.float64)
    largest = float(np.abs(s).max(initial=1.0))  # nan or inf if any is
    if not (math.isfinite(threshold) and math.isfinite(largest)):
        raise ValueError("average_linkage needs finite similarities and threshold")
    # Rounding of the running means, a few ulps a merge, stays far below this margin: parts
    # joined by pairs just under the threshold are merged together, which is always safe.
    margin = 1e-9 * largest
    if cannot is not None:
        s[cannot | cannot.T] = -np.inf
    np.fill_diagonal(s, -np.inf)
    # Pairs clear of the threshold, by row: a part where all pairs are, margin and all, has
    # means that all reach it and merges into one cluster whatever the order (a third of the
    # merges in the scale bench)
    clear = np.count_nonzero(s >= threshold + margin, axis=1).tolist()
    clusters = []
    for part in _components(s >= threshold - margin):
        if all(clear[k] == len(part) - 1 for k in part):  # and a claim alone
            clusters.append(part)
        else:
            rows = s.take(part, 0).take(part, 1).tolist()
            clusters += [sorted(part[k] for k in c) for c in _merge(rows, threshold)]
    return sorted(clusters)


def _components(linked: np.ndarray) -> list[list[int]]:
    """Connected components of a graph (``linked[i, j]``: an edge either way), as sorted
    index lists in order of their first index.

    Each node takes the lowest label among itself and its neighbours, then its label's label,
    until nothing changes: a few rounds of whole-matrix numpy for any bucket.
    """
    n = len(linked)
    linked = linked | linked.T
    np.fill_diagonal(linked, True)
    labels = np.arange(n, dtype=np.int16 if n < 2**15 else np.intp)  # small: a cheap product
    while True:
        # label - n < 0 where linked and 0 elsewhere: the column minimum is the lowest label
        lowest = (linked * (labels - n)[:, None]).min(axis=0, initial=0) + n
        lowest = lowest[lowest]
        if np.array_equal(lowest, labels):
            break
        labels = lowest
    parts: dict[int, list[int]] = {}
    for k, label in enumerate(labels.tolist()):
        parts.setdefault(label, []).append(k)
    return list(parts.values())


def _merge(rows: list[list[float]], threshold: float) -> list[list[int]]:
    """Average linkage over one part of the matrix, as lists (rows: similarities, -inf on the
    diagonal and for pairs that may not link): the clusters, as local indices.

    Plain Python: a part has a few to a few dozen rows, where a numpy call costs more than
    the arithmetic. Merging j into i (i < j) sets row and column i to the size-weighted mean
    of rows i and j and drops row and column j; dropping keeps the other rows in order, so
    the first maximum found is still the first in row-major order. Each row's maximum is
    kept up to date, so a merge costs one pass over the rows.
    """
    sizes = [1.0] * len(rows)
    members = [[k] for k in range(len(rows))]
    best = [max(row) for row in rows]
    while len(rows) > 1:
        top = max(best)
        if top < threshold:
            break
        i = best.index(top)
        j = rows[i].index(top)
        i, j = min(i, j), max(i, j)
        a, b = sizes[i], sizes[j]
        # -inf (diagonal, barred pairs) stays -inf: a barred pair of either side bars both
        merged = [(a * x + b * y) / (a + b) for x, y in zip(rows[i], rows[j], strict=True)]
        del merged[j], rows[j], best[j], sizes[j]
        members[i] += members.pop(j)
        rows[i] = merged
        best[i] = max(merged)
        sizes[i] = a + b
        for k, row in enumerate(rows):
            if k == i:
                continue
            was = best[k]
            lost = row[i] == was or row[j] == was  # the row's maximum may have gone
            row[i] = merged[k]
            del row[j]
            if lost:
                best[k] = max(row)
            elif merged[k] > was:
                best[k] = merged[k]
    return members


def _mean_to_rest(sim: np.ndarray, cluster: list[int]) -> list[float]:
    """Each member's mean similarity to the other members (1.0 alone), at most 1 (a headline
    figure and its twin are set above 1 to merge first: ``as_one``)."""
    if len(cluster) == 1:
        return [1.0]
    inner = sim.take(cluster, 0).take(cluster, 1)  # as np.ix_ would, faster
    np.minimum(inner, 1.0, out=inner)
    others = len(cluster) - 1  # float arithmetic on the sums, as numpy's, without its calls
    return [
        round((total - own) / others, 3)
        for total, own in zip(inner.sum(axis=1).tolist(), inner.diagonal().tolist(), strict=True)
    ]


def _cdist(items: Sequence, scorer: object, scale: float = 100.0) -> np.ndarray:
    """All-pairs scores of one list, scaled to [0, 1]; each distinct item scored once (a
    bucket repeats its heads and actors many times)."""
    codes: dict[object, int] = {}
    index = np.array([codes.setdefault(item, len(codes)) for item in items])
    unique = list(codes)
    scores = process.cdist(unique, unique, scorer=scorer, dtype=np.float32) / scale
    # rows then columns: the same values as np.ix_, several times faster
    return scores[index][:, index] if len(unique) < len(items) else scores


def _token_sort_ratios(texts: Sequence[str]) -> np.ndarray:
    """``_cdist`` of rapidfuzz's token_sort_ratio, computed as rapidfuzz does it: ``fuzz.ratio``
    of the phrases with their words sorted and joined by a space. rapidfuzz sorts both sides
    again for every pair, three quarters of the cost; here each distinct phrase is sorted
    once.

    Python splits words at the same characters as rapidfuzz except a few (no-break space),
    none of them printable: a bucket with a phrase that is not printable takes rapidfuzz's
    way.
    """
    distinct = dict.fromkeys(texts)
    if not all(text.isprintable() for text in distinct):
        return _cdist(texts, fuzz.token_sort_ratio)
    ordered = {text: " ".join(sorted(text.split())) for text in distinct}
    return _cdist([ordered[text] for text in texts], fuzz.ratio)


def _both_known(values: Sequence[str]) -> np.ndarray:
    present = np.array([bool(v) for v in values])
    return np.logical_and.outer(present, present)
