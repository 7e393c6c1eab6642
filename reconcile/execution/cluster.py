"""``DaskCluster``: blocks run on a ``dask.distributed`` cluster (``--scheduler ADDRESS``).

The same chunks as the local pool travel as the same bytes (``reconcile.execution.worker``);
the run's state is scattered to every worker once and set up there on its first chunk. The
workers need this package installed (same version) to import the domain code.

Start a cluster with ``dask scheduler`` and ``dask worker ADDRESS`` on each machine, or from
Python with ``distributed.LocalCluster``; the README shows a run.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from reconcile.execution import Executor
from reconcile.execution import worker as w
from reconcile.execution.codec import Block

S = TypeVar("S")
R = TypeVar("R")

CHUNK = 16
IN_FLIGHT = 3


class DaskCluster(Executor):
    """A client of the scheduler at ``address`` (or an existing ``distributed.Client``)."""

    def __init__(self, address: str | Any, chunk: int = CHUNK) -> None:
        try:
            from distributed import Client
        except ImportError as err:  # the dask extra is optional: say so in one line
            raise SchedulerUnreachable(
                f"--scheduler needs Dask: pip install 'claim-reconciler[dask]' ({err})"
            ) from err

        if isinstance(address, str):
            try:
                self.client = Client(address, timeout="10s")
            except OSError as err:
                raise SchedulerUnreachable(f"no Dask scheduler at {address} ({err})") from err
            self._own = True
        else:
            self.client, self._own = address, False
        self.chunk = chunk
        self.workers = max(sum(self.client.nthreads().values()), 1)
        self.name = f"dask ({self.client.scheduler.address}, {self.workers} threads)"

    def run_blocks(
        self, blocks: Iterable[Block], per_block: Callable[[S, Block], R], state: S
    ) -> Iterator[R]:
        client = self.client
        token = uuid.uuid4().hex
        shared = client.scatter(w.dumps(state), broadcast=True, hash=False)
        waiting: deque[Any] = deque()
        pending = iter(blocks)
        ahead = IN_FLIGHT * self.workers
        try:
            while part := [b for _, b in zip(range(self.chunk), pending, strict=False)]:
                waiting.append(client.submit(
                    w.run_chunk, token, shared, per_block, w.dumps(part), pure=False
                ))
                while len(waiting) > ahead:
                    yield from w.loads(waiting.popleft().result())
            while waiting:
                yield from w.loads(waiting.popleft().result())
        finally:
            for future in waiting:
                future.cancel()
            client.run(w.forget, token)
            del shared

    def close(self) -> None:
        if self._own:
            self.client.close()


class SchedulerUnreachable(OSError):
    """The ``--scheduler`` address does not answer."""
