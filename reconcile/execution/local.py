"""``LocalPool``: blocks run in worker processes on this machine (``--jobs N``).

Workers come from a fork server, not from this process: a fork of a process that holds a
million claims shares their memory pages, and every page either side then writes (reference
counts are writes) is copied, so memory grew towards one more copy of the claims per process.
Fresh workers hold only what their blocks carry and their state.

As with any such pool, a script that runs blocks at import time needs the
``if __name__ == "__main__":`` guard (workers import the main module).
"""

from __future__ import annotations

import itertools
import multiprocessing
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from reconcile.execution import Executor
from reconcile.execution import worker as w
from reconcile.execution.codec import Block

S = TypeVar("S")
R = TypeVar("R")

# Blocks per task: a task's fixed cost (a submit, a round trip) spread over several blocks.
CHUNK = 16
# Tasks submitted ahead per worker: blocks are made while the workers compute, and only a
# few exist at a time.
IN_FLIGHT = 3

_START = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class LocalPool(Executor):
    """``workers`` processes, started on the first run and kept until ``close``. A run's
    state travels with each of its tasks and is set up once per worker (``worker.run_chunk``),
    so runs of different kinds (phrases, then buckets) share the pool."""

    def __init__(self, workers: int, chunk: int = CHUNK) -> None:
        self.workers = workers
        self.chunk = chunk
        self.name = f"local pool ({workers})"
        self._pool: ProcessPoolExecutor | None = None

    def run_blocks(
        self, blocks: Iterable[Block], per_block: Callable[[S, Block], R], state: S
    ) -> Iterator[R]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context(_START)
            )
        pool, token, shared = self._pool, uuid.uuid4().hex, w.dumps(state)
        waiting: deque[Future[bytes]] = deque()
        pending = iter(blocks)
        ahead = IN_FLIGHT * self.workers
        try:
            while part := list(itertools.islice(pending, self.chunk)):
                waiting.append(pool.submit(w.run_chunk, token, shared, per_block, w.dumps(part)))
                while len(waiting) > ahead:
                    yield from w.loads(waiting.popleft().result())
            while waiting:
                yield from w.loads(waiting.popleft().result())
        finally:
            for future in waiting:
                future.cancel()

    def idle(self) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)  # results are in
            self._pool = None
