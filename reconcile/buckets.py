"""Cutting a large block of claims into buckets small enough to cluster (step 5 of
``reconcile.group``), in numpy: a block can hold hundreds of thousands of claims.

Each claim is keyed by its words, rarest in the block first, so claims sharing their most
telling word (a place, a topic) sit side by side whatever their language or extra words.
Claims are ordered by key (keys compared word by word, in string order), then by index; a
slice ends where the rarest word changes when it can, so the claims of one quantity are not
cut apart: only a run longer than the bucket size is.

Claims with the same word set share one key, so keys are made once per distinct word set
(a "bag", numbered in order of first appearance by ``reconcile.group.read_rows``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np


class WordSets:
    """Every bag's words as word numbers, flat (``words[offsets[b]:offsets[b + 1]]``), and
    each word's place in string order (``alphabet``), so keys compare as integers."""

    def __init__(self, bags: Sequence[tuple[str, ...]]) -> None:
        vocabulary: dict[str, int] = {}
        flat = [vocabulary.setdefault(w, len(vocabulary)) for bag in bags for w in bag]
        self.words = np.array(flat, dtype=np.int64)
        self.offsets = np.zeros(len(bags) + 1, dtype=np.int64)
        np.cumsum([len(bag) for bag in bags], out=self.offsets[1:])
        self.alphabet = np.empty(len(vocabulary), dtype=np.int64)
        self.alphabet[sorted(range(len(vocabulary)), key=list(vocabulary).__getitem__)] = (
            np.arange(len(vocabulary))
        )

    def slices(self, members: Sequence[int], bags: np.ndarray, size: int) -> Iterator[list[int]]:
        """``members`` (ascending claim indices of one block; ``bags[i]``: claim i's bag) in
        slices of at most ``size``, each ascending (see the module rules)."""
        claims = np.asarray(members, dtype=np.int64)
        mine = bags[claims]
        counts = np.bincount(mine)
        present = np.flatnonzero(counts)  # the block's bags
        starts, ends = self.offsets[present], self.offsets[present + 1]
        lengths = ends - starts
        owner = np.repeat(np.arange(len(present)), lengths)  # flat entry -> its bag's place
        first_entry = np.cumsum(lengths) - lengths
        where = np.arange(int(lengths.sum())) - np.repeat(first_entry, lengths)  # within bag
        words = self.words[np.repeat(starts, lengths) + where]
        # How many claims of the block hold each word; rarest first, ties in string order.
        frequency = np.bincount(words, weights=counts[present][owner], minlength=len(self.alphabet))
        rarity = np.empty(len(self.alphabet), dtype=np.int64)
        rarity[np.lexsort((self.alphabet, frequency))] = np.arange(len(self.alphabet))
        # Each bag's key: its words, rarest first, as places in string order; -1 pads.
        order = np.lexsort((rarity[words], owner))
        keys = np.full((len(present), max(int(lengths.max(initial=0)), 1)), -1, dtype=np.int64)
        keys[owner[order], where] = self.alphabet[words[order]]
        ranked = np.lexsort(keys.T[::-1])  # bags in key order (keys are distinct per bag)
        rank = np.empty(len(present), dtype=np.int64)
        rank[ranked] = np.arange(len(present))
        place = np.full(len(counts), -1, dtype=np.int64)
        place[present] = rank
        claim_rank = place[mine]
        ordered = np.argsort(claim_rank, kind="stable")  # by key, then index
        firsts = keys[ranked, 0][claim_rank[ordered]]  # each claim's rarest word
        cuts = np.flatnonzero(np.diff(firsts)) + 1
        runs = np.split(claims[ordered], cuts)
        yield from _pack(runs, size)


def _pack(runs: Sequence[np.ndarray], size: int) -> Iterator[list[int]]:
    """Consecutive runs packed into slices of at most ``size``; a longer run is cut."""
    piece: list[np.ndarray] = []
    held = 0
    for run in runs:
        if held and held + len(run) > size:
            yield _sorted(piece)
            piece, held = [], 0
        while held + len(run) > size:
            cut = size - held
            yield _sorted([*piece, run[:cut]])
            piece, held, run = [], 0, run[cut:]
        piece.append(run)
        held += len(run)
    if held:
        yield _sorted(piece)


def _sorted(parts: list[np.ndarray]) -> list[int]:
    return np.sort(np.concatenate(parts)).tolist()
