"""Settle the id of every article a run reads, once all its inputs are listed.

An article's id is its path relative to the folder given (``index.md`` under ``site-a/``), the
path as given for a file named on its own, ``-`` for standard input: short and stable, and what
golden files, seeds and baseline fingerprints hold. Two folders given to one run may hold files
of the same name (``site-a/index.md``, ``site-b/index.md``); left alone their claims would share
ids, and groups, findings and the store would mix them. So ids are settled over the whole list
of inputs, which is cheap to make (a directory walk, nothing read):

* a file reached through several given paths (``site-a/`` and ``site-a/index.md``) is one
  article, read once, under the smallest of its ids (so the choice does not depend on the
  order of the inputs);
* distinct files whose ids clash each take the path as given instead (the given folder joined
  with the relative path: ``site-a/index.md``, ``site-b/index.md``), again until no id clashes.
  Paths as given name distinct files distinctly, so this ends; an article whose id clashes
  with nothing keeps its short id.

Every rule looks only at the set of inputs, never at their order, so ``report A B`` and
``report B A`` give the same ids (R5).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from claims.input_files import InputError


class ArticleFile(NamedTuple):
    """One article to load: where it is, its id, and its folder-metadata entry.

    ``path`` is ``None`` for standard input (id ``-``).
    """

    path: Path | None
    id: str
    meta: dict[str, Any] | None


def settled(items: Iterable[ArticleFile | InputError]) -> Iterator[ArticleFile | InputError]:
    """``items`` in their order, each file once, with ids that clash with no other's."""
    listed = list(items)
    chosen: dict[str, ArticleFile] = {}  # real file -> the entry kept for it
    first: dict[str, int] = {}  # real file -> where it first appears
    for at, item in enumerate(listed):
        if isinstance(item, InputError):
            continue
        key = _real(item)
        first.setdefault(key, at)
        if key not in chosen or item.id < chosen[key].id:
            chosen[key] = item
    ids = _distinct_ids(chosen)
    kept = {at: key for key, at in first.items()}
    for at, item in enumerate(listed):
        if isinstance(item, InputError):
            yield item
        elif at in kept:
            entry = chosen[kept[at]]
            yield entry._replace(id=ids[kept[at]])


def _distinct_ids(chosen: dict[str, ArticleFile]) -> dict[str, str]:
    """Each real file's id: its own, or its path as given while it clashes with another's."""
    ids = {key: item.id for key, item in chosen.items()}
    while True:
        count = Counter(ids.values())
        clashing = [
            key for key, name in ids.items()
            if count[name] > 1 and name != _as_given(chosen[key])
        ]
        if not clashing:
            return ids
        for key in clashing:
            ids[key] = _as_given(chosen[key])


def _as_given(item: ArticleFile) -> str:
    """The path the article was reached by, with forward slashes (``-`` for stdin)."""
    return item.id if item.path is None else item.path.as_posix()


def _real(item: ArticleFile) -> str:
    """What tells two entries are one file: its real path (``-`` for stdin)."""
    return item.id if item.path is None else os.path.realpath(item.path)
