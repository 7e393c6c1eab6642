"""Linkage: the per-component merging gives what average linkage over the whole matrix gives,
and the shortcuts in the similarity compute what they stand for."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from reconcile.linkage import _components, _token_sort_ratios, average_linkage, word_overlap


def dense_average_linkage(
    sim: np.ndarray, threshold: float, cannot: np.ndarray | None = None
) -> list[list[int]]:
    """Average linkage over the whole matrix, one argmax per merge: the plain definition."""
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


@pytest.mark.parametrize("seed", range(6))
def test_same_clusters_as_the_whole_matrix(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for trial in range(150):
        n = int(rng.integers(1, 60))
        if trial % 2:  # few distinct values: many ties, broken by row-major order
            sim = rng.choice([0.1, 0.3, 0.59, 0.6, 0.61, 0.7, 0.9], size=(n, n))
        else:  # asymmetric by a hair, as a float32 product can be
            sim = rng.random((n, n)) ** 3
            sim = np.clip(sim + sim.T + rng.normal(0, 1e-7, (n, n)), 0, 1)
        cannot = rng.random((n, n)) < 0.05 if trial % 3 else None
        threshold = float(rng.choice([0.3, 0.6, 0.8]))
        want = dense_average_linkage(sim, threshold, cannot)
        assert average_linkage(sim, threshold, cannot) == want


def test_pairs_within_rounding_of_the_threshold() -> None:
    # similarities a few ulps either side of the threshold: means of them may round across it
    rng = np.random.default_rng(7)
    near = 0.6 + np.arange(-4, 5) * np.spacing(0.6)
    for _ in range(300):
        n = int(rng.integers(2, 25))
        sim = rng.choice(near, size=(n, n))
        assert average_linkage(sim, 0.6) == dense_average_linkage(sim, 0.6)


def test_parts_whose_pairs_all_reach_the_threshold() -> None:
    # merged in one step when every pair clears it; exactly at it, means may round below
    rng = np.random.default_rng(3)
    for level in (0.6, 0.6 + 1e-12, 0.6 + 2e-9, 0.9):
        for _ in range(50):
            n = int(rng.integers(2, 20))
            sim = np.full((n, n), level) + rng.choice([0.0, 0.05], size=(n, n))
            sim[rng.random((n, n)) < 0.05] = 0.1
            cannot = rng.random((n, n)) < 0.02
            assert average_linkage(sim, 0.6, cannot) == dense_average_linkage(sim, 0.6, cannot)


def test_sizes_at_the_edges_of_the_label_type() -> None:
    for n in (0, 1, 2, 127, 128, 129):
        sim = np.random.default_rng(n).random((n, n))
        assert average_linkage(sim, 0.6) == dense_average_linkage(sim, 0.6)


def test_components() -> None:
    linked = np.zeros((6, 6), dtype=bool)
    linked[4, 1] = linked[1, 3] = linked[2, 5] = True  # one way is enough
    assert _components(linked) == [[0], [1, 3, 4], [2, 5]]


def test_non_finite_similarity_is_refused() -> None:
    with pytest.raises(ValueError):
        average_linkage(np.array([[1.0, np.nan], [np.nan, 1.0]]), 0.6)


@pytest.mark.parametrize("odd_spaces", [False, True])
def test_token_sort_ratios_are_rapidfuzz_token_sort_ratio(odd_spaces: bool) -> None:
    rng = np.random.default_rng(int(odd_spaces))
    words = ["a", "b", "ab", "ba", "é", "#12", "Zz", "zz", "mot", "mots", "été", "Ω", "𝔸x", "x𝔸"]
    spaces = [" ", "  "]
    if odd_spaces:  # no-break space and U+0085 are words' insides to rapidfuzz, not to Python
        spaces += ["\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85"]
    texts = ["", " ", "a"]
    for _ in range(200):
        parts = [str(w) + str(rng.choice(spaces)) for w in rng.choice(words, rng.integers(1, 6))]
        texts.append("".join(parts).strip(" "))
    want = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, dtype=np.float32) / 100
    assert np.array_equal(_token_sort_ratios(texts), want)


def test_word_overlap_of_an_empty_bag_is_zero() -> None:
    scores = word_overlap([("a", "b"), (), ("b",)])
    assert not np.isnan(scores).any()
    assert scores[1].tolist() == [0.0, 0.0, 0.0] and scores[:, 1].tolist() == [0.0, 0.0, 0.0]
    assert scores[0, 2] > 0
