"""A headline figure and the body figure it restates, compared as one figure in linkage
(``reconcile.restated`` finds the pairs; ``reconcile.linkage.cluster_bucket`` calls these).

A twin pair merges first, and each side is as close to any claim as the closer of the two
(``as_one``). A side that names nothing it counts is not left alone as a figure of unknown
quantity when its twin names it (``told_twice``): it is compared, and may link, as its twin
(``bound_as_its_twin``); which claims are compared at all is ``compared_or_alone``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reconcile.features import Features


def stays_alone(f: Features) -> bool:
    """Nothing counted, or a frame too thin to say what the figure measures."""
    return not f.text or f.frame.thin


def compared_or_alone(
    feats: Sequence[Features], index: Sequence[int], told: set[int]
) -> tuple[list[int], list[tuple[list[int], list[float]]]]:
    """The places of the claims compared, and each claim left alone as a cluster of its own:
    one that says too little of what it measures (``stays_alone``), unless its twin says it
    (``told_twice``)."""
    alone = [k not in told and stays_alone(f) for k, f in enumerate(feats)]
    known = [k for k, a in enumerate(alone) if not a]
    return known, [([index[k]], [1.0]) for k, a in enumerate(alone) if a]


def told_twice(feats: Sequence[Features], twins: Sequence[tuple[int, int]]) -> set[int]:
    """Twins of which one side names nothing it counts and the other does: a headline's bare
    figure ("주최 측 \"82만 명\"") or a body figure whose phrase was not read ("... 통합재정수지는
    12조4천억 원 흑자로"), restating the other side's figure. The figure is what its twin
    measures: it is compared as its twin is (``as_one``), not left alone."""
    told: set[int] = set()
    for a, b in twins:
        alone_a, alone_b = stays_alone(feats[a]), stays_alone(feats[b])
        if alone_a != alone_b:
            told.add(a if alone_a else b)
    return told


def bound_as_its_twin(
    cannot: np.ndarray, known: Sequence[int], twins: Sequence[tuple[int, int]], told: set[int],
) -> None:
    """A figure told twice that names nothing (``told_twice``) may link where its twin may,
    and nowhere else: a bare headline figure names no source, so against its article's other
    bare figure it read as one article's two values ("주최 측 \"82만 명\", 경찰 \"47만 명\""
    over "870 000 selon le ministère, 1,9 million selon les syndicats"), where its twin, which
    names its source, meets the other source's figure. In place."""
    at = {k: n for n, k in enumerate(known)}
    for a, b in twins:
        bare, twin = (a, b) if a in told else (b, a)
        if bare not in told or bare not in at or twin not in at:
            continue
        i, j = at[bare], at[twin]
        cannot[i, :] = cannot[j, :]
        cannot[:, i] = cannot[:, j]
        cannot[i, i] = cannot[i, j] = cannot[j, i] = False


def as_one(
    sim: np.ndarray, cannot: np.ndarray, known: Sequence[int], twins: Sequence[tuple[int, int]],
    threshold: float,
) -> None:
    """A headline figure and the body figure it restates are one figure told twice: each is
    as close to any claim as the closer of the two is (the headline's few words may match
    another article's wording, the body's full phrase another's), and they merge first,
    unless their frames contradict. Only for twins whose phrases do not link them already
    ("44 morts" / "44 personnes ont perdu la vie" do, and are left as read). In place."""
    at = {k: n for n, k in enumerate(known)}
    top_score = float(sim.max(initial=1.0)) + 1.0
    for a, b in twins:
        if a not in at or b not in at:
            continue
        i, j = at[a], at[b]
        if cannot[i, j] or sim[i, j] >= threshold:
            continue
        closer = np.maximum(sim[i], sim[j])
        sim[i], sim[j] = closer, closer
        sim[:, i], sim[:, j] = closer, closer
        sim[i, j] = sim[j, i] = top_score
