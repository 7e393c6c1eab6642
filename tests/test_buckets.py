"""Cutting big blocks into buckets (``reconcile.buckets``): the numpy version must give the
slices of the plain rule, written here as directly as it reads in the module docstring."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.buckets import WordSets

WORDS = ["aa", "b", "ba", "c", "cz", "d", "#3", "#10", "zeta", "é"]


def reference(members: list[int], bags: list[int], words: list[tuple[str, ...]], size: int):
    """Key each claim by its words, rarest in the block first (ties in string order); order
    by key then index; runs share their rarest word; pack runs greedily, cutting long ones."""
    frequency: Counter[str] = Counter()
    for i in members:
        frequency.update(words[bags[i]])
    def key(i: int) -> tuple[str, ...]:
        return tuple(sorted(words[bags[i]], key=lambda w: (frequency[w], w)))
    ordered = sorted(members, key=lambda i: (key(i), i))
    runs: list[list[int]] = []
    for i in ordered:
        if runs and key(runs[-1][0])[:1] == key(i)[:1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    out, piece = [], []
    for run in runs:
        if piece and len(piece) + len(run) > size:
            out.append(sorted(piece))
            piece = []
        piece += run
        while len(piece) > size:
            out.append(sorted(piece[:size]))
            piece = piece[size:]
    if piece:
        out.append(sorted(piece))
    return out


word_sets = st.lists(
    st.frozensets(st.sampled_from(WORDS), max_size=4).map(lambda s: tuple(sorted(s))),
    min_size=1, max_size=12, unique=True,
)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), words=word_sets, size=st.integers(1, 9))
def test_slices_follow_the_rule(data: st.DataObject, words: list, size: int) -> None:
    bags = data.draw(st.lists(st.integers(0, len(words) - 1), min_size=1, max_size=60))
    members = sorted(data.draw(st.sets(st.integers(0, len(bags) - 1), min_size=1)))
    got = list(WordSets(words).slices(members, np.array(bags), size))
    assert got == reference(members, bags, words, size)
    assert sorted(i for piece in got for i in piece) == members
    assert all(len(piece) <= size for piece in got)


def test_claims_of_one_topic_share_a_slice() -> None:
    # Four topics, each with its own rare word; slices of 6 keep each topic whole.
    words = [("arrested", "seoul"), ("arrested", "busan"), ("removed", "videos"),
             ("arrested", "daegu")]
    bags = [i % 4 for i in range(20)]
    slices = list(WordSets(words).slices(list(range(20)), np.array(bags), 6))
    assert sorted(sorted({bags[i] for i in piece}) for piece in slices) == [[0], [1], [2], [3]]
