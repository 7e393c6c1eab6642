"""How work runs: in this process, on a local pool of processes, or on a Dask cluster.

Everything about *how* lives here (pools, what travels between processes and how it is packed,
worker state, the garbage collector); the domain code (extraction, grouping, verdicts) only
says *what* to run, through one call::

    with executor_for(jobs, scheduler) as run:
        for result in run.run_blocks(blocks, per_block, state):
            ...

* ``blocks`` is an iterable of ``Block`` (claims, plus any picklable ``data``), read lazily as
  the workers need them, so later blocks are made while the first ones run.
* ``per_block(state, block)`` runs once per block, wherever the executor puts it; results come
  back in block order, streamed as they are done.
* ``state`` is sent once to each worker and kept there for the run: the settings and the
  per-run caches the domain code needs (a cache is an object passed in, never a module global).

And one call for work of the caller's own that needs no block's result::

    pending = run.beside(work)   # started now
    ...                          # blocks run meanwhile
    result = pending.result()

While its workers run blocks, the caller mostly waits for their results; ``beside`` puts work
of its own in that wait (a thread of this process, for a pool or a cluster; at once, inline).

Three executors, one contract (a test checks they give byte-identical findings):
``Inline`` (no processes), ``LocalPool`` (``--jobs N``: one process per job, from a fork
server) and ``DaskCluster`` (``--scheduler ADDRESS``: a running ``dask.distributed``
scheduler). Claims travel as columns (``reconcile.execution.codec``), which every executor
shares, so a new ``Claim`` field needs no change here.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Any, TypeVar

from reconcile.execution.codec import Block

__all__ = ["Block", "Executor", "Inline", "executor_for"]

S = TypeVar("S")
R = TypeVar("R")

# Below this many items (claims, articles) a pool costs more to start than it saves.
PARALLEL_FROM = 50_000


class Executor:
    """Runs ``per_block`` over blocks (see the module docstring). Used as a context manager:
    while it is open, this process runs without the cyclic collector (a run makes millions of
    objects and no cycles, so collections would only rescan them), and what the run made is
    then counted as old (see ``_age_new_objects``)."""

    workers = 1

    def run_blocks(
        self, blocks: Iterable[Block], per_block: Callable[[S, Block], R], state: S
    ) -> Iterator[R]:
        raise NotImplementedError

    def beside(self, work: Callable[[], R]) -> Future[R]:
        """``work()`` started in this process while blocks run elsewhere, its result (or its
        error) given by the future's ``result()``. A thread: the caller spends most of a pool's
        run waiting for results (85 % of its wall time at 300k claims), and the work fills that
        wait on a core the caller would leave idle, instead of running alone after the blocks.
        Only for work that reads what no block changes (claims, per-run caches that any thread
        may fill)."""
        done: Future[R] = Future()

        def run() -> None:
            try:
                done.set_result(work())
            except BaseException as err:  # given back by result(), in the caller's thread
                done.set_exception(err)

        threading.Thread(target=run, name="beside", daemon=True).start()
        return done

    def close(self) -> None:
        """Release workers and connections."""

    def idle(self) -> None:
        """Nothing will run for a while (what is left of the caller's work is its own): let
        go of what only running needs. A local pool's processes hold their caches (0.4 GB
        each after a million claims) while the caller builds its results; they are started
        again on the next run."""

    def __enter__(self) -> Executor:
        self._collecting = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
        if self._collecting:
            _age_new_objects()
            gc.enable()


class Inline(Executor):
    """Every block in this process, in order: for small inputs, tests and debugging."""

    def run_blocks(
        self, blocks: Iterable[Block], per_block: Callable[[S, Block], R], state: S
    ) -> Iterator[R]:
        from reconcile.execution.worker import one_blas_thread

        with one_blas_thread():
            for block in blocks:
                yield per_block(state, block)

    def beside(self, work: Callable[[], R]) -> Future[R]:
        """``work()`` at once: nothing runs elsewhere to overlap with."""
        done: Future[R] = Future()
        try:
            done.set_result(work())
        except Exception as err:  # given back by result(), as a pool's would be
            done.set_exception(err)
        return done


def executor_for(jobs: int = 1, scheduler: str | None = None, size: int | None = None) -> Executor:
    """The executor for ``--jobs`` and ``--scheduler``: a Dask cluster when a scheduler address
    is given, a local pool for ``jobs`` above one (0: one per CPU), else inline. ``size`` (the
    number of items to run, when known) keeps small inputs inline with ``jobs`` left at its
    default of 0 meaning "decide": see ``auto``."""
    if scheduler:
        from reconcile.execution.cluster import DaskCluster

        return DaskCluster(scheduler)
    workers = jobs if jobs > 0 else os.cpu_count() or 1
    if workers <= 1:
        return Inline()
    from reconcile.execution.local import LocalPool

    return LocalPool(workers)


def auto(size: int) -> Executor:
    """The default for a library call that was given no executor: a pool of one process per
    core from ``PARALLEL_FROM`` items on a machine with more than one core, else inline."""
    if size >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        return executor_for(0)
    return Inline()


def _age_new_objects() -> None:
    """Count what a run made as old: once collection resumes, the youngest generation would
    hold all of it, and its first two collections would walk every object (4 s after 300k
    claims, in whatever the caller did next). Freezing then unfreezing moves every tracked
    object to the oldest generation at once; cycles are still collected there. Not done if the
    caller froze objects itself: unfreezing would release them."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def describe(executor: Any) -> str:
    """A short name for messages and benches: ``inline``, ``local pool (2)``, ``dask (...)``."""
    return getattr(executor, "name", type(executor).__name__.lower())
