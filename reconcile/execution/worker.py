"""What runs inside a worker process, whichever executor started it: its state for the run,
and chunks of blocks that travel pickled.

Chunks and results are pickled by the caller, in its own thread (``dumps``/``loads``): left to
a pool's feeder threads the same work cost more, those threads and the caller's taking the
interpreter lock from each other.
"""

from __future__ import annotations

import contextlib
import copyreg
import gc
import io
import pickle
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel
from threadpoolctl import threadpool_limits

from claims.models import Period
from reconcile.execution import codec

# ONE_BLAS_THREAD: bucket matrices are small (150 claims), and OpenBLAS threads spin on cores
# other work needs: on a busy 2-core machine a bucket's matrix product took 20 times longer
# with them. So blocks run with one BLAS thread, inline for the run, in workers always.


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    with threadpool_limits(1, user_api="blas"):
        yield


# The state of each run this process works for, by run token: sent once per worker, kept
# for the run's blocks (Dask workers live across runs: see ``forget``).
_STATES: dict[str, Any] = {}
_STARTED = False
KEPT_STATES = 4


def dumps(value: object) -> bytes:
    """``value`` pickled, the frozen models it holds (``SHARED_MODELS``) as their field values:
    rebuilt once per process on arrival (``codec``), not once per chunk. Pickle writes a
    pydantic model as its state dict and rebuilds it through ``__setstate__``: for the periods
    a million claims carry, a third of the time a worker spent reading its chunks."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.dispatch_table = _dispatch_table()
    pickler.dump(value)
    return out.getvalue()


def _as_fields(model: BaseModel) -> tuple:
    return codec.shared_model, ((type(model), *model.__dict__.values()),)


# Frozen models that many claims share (an article's periods): equal ones are one object
# wherever they arrive.
SHARED_MODELS: tuple[type[BaseModel], ...] = (Period,)


def _dispatch_table() -> dict[type, Any]:
    """The pickler's reducers: copyreg's as they are now, and ours. A plain dict, read by the
    pickler in C: a ``ChainMap`` is read through Python for every object pickle does not know
    (each date of each period), 3 % of the parent's CPU at 300k claims."""
    return {**copyreg.dispatch_table, **dict.fromkeys(SHARED_MODELS, _as_fields)}


def loads(data: bytes) -> Any:
    return pickle.loads(data)


def start(token: str, state: bytes) -> None:
    """Set up this process for a run: its state, one BLAS thread."""
    global _STARTED
    if not _STARTED:
        threadpool_limits(1, user_api="blas")  # for the worker's life: see ONE_BLAS_THREAD
        _STARTED = True
    while len(_STATES) >= KEPT_STATES:  # the oldest run's: it has ended
        del _STATES[next(iter(_STATES))]
    _STATES[token] = loads(state)


def run_chunk(
    token: str, state: bytes | None, per_block: Callable[[Any, Any], Any], chunk: bytes
) -> bytes:
    """A task: ``per_block`` over a pickled list of blocks, results pickled. The collector
    is paused meanwhile: blocks make many short-lived objects and no cycles."""
    if token not in _STATES:
        if state is None:
            raise RuntimeError(f"worker has no state for run {token}")
        start(token, state)
    run_state = _STATES[token]
    collecting = gc.isenabled()
    gc.disable()
    try:
        return dumps([per_block(run_state, block) for block in loads(chunk)])
    finally:
        if collecting:
            gc.enable()


def forget(token: str) -> None:
    """Drop a finished run's state."""
    _STATES.pop(token, None)
